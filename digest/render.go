package digest

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"io"
	"strings"
	"text/template"
	"time"

	"anmeldebot/store"
	"anmeldebot/templates"
)

// files are the digest's templates. They live here, not in package
// templates, because the digest goes to the coordinator only: it has no
// English version, no per-person data and nothing to override.
//
//go:embed files
var files embed.FS

// Mail is a rendered digest, ready for the sender.
type Mail struct {
	To, Subject, Text, HTML string
	// MessageID is set by SendNow (<digest-random@bot domain>, no brackets).
	MessageID   string
	Attachments []Attachment
}

// Attachment is a file attached to the digest (the participant CSV).
type Attachment struct {
	Name, ContentType string
	Data              []byte
}

// CSVContentType is the participant list's media type.
const CSVContentType = "text/csv; charset=utf-8"

// Render writes the digest as subject, text, HTML and the participant
// list attachment.
func Render(d Digest) (Mail, error) {
	m := Mail{To: d.To}
	var err error
	if m.Subject, err = execText("digest.subject.txt", d); err != nil {
		return Mail{}, err
	}
	m.Subject = templates.OneLine(m.Subject)
	if m.Text, err = RenderText(d); err != nil {
		return Mail{}, err
	}
	if m.HTML, err = execHTML("digest.html", d); err != nil {
		return Mail{}, err
	}
	var csv bytes.Buffer
	if err := WriteCSV(&csv, d.Participants, d.sessionByID, d.loc); err != nil {
		return Mail{}, err
	}
	m.Attachments = []Attachment{{Name: "teilnehmer-" + d.Now.Format("2006-01-02") + ".csv",
		ContentType: CSVContentType, Data: csv.Bytes()}}
	return m, nil
}

// RenderText writes only the text body (digest --print).
func RenderText(d Digest) (string, error) {
	s, err := execText("digest.txt", d)
	if err != nil {
		return "", err
	}
	return tidy(s), nil
}

func funcs() map[string]any {
	f := map[string]any{
		"short":    func(t time.Time) string { return shortTime(t) },
		"textbar":  textBar,
		"barColor": barColor,
	}
	for k, v := range templates.Funcs("de") {
		if _, ok := f[k]; !ok {
			f[k] = v
		}
	}
	return f
}

// execText and execHTML render one digest template; the HTML one
// escapes what people wrote. Both parse on each call: the digest is
// rendered once a day.
func execText(name string, d Digest) (string, error) {
	t, err := template.New(name).Funcs(funcs()).ParseFS(files, "files/"+name)
	return execute(name, t, err, d)
}

func execHTML(name string, d Digest) (string, error) {
	t, err := htmltemplate.New(name).Funcs(funcs()).ParseFS(files, "files/"+name)
	return execute(name, t, err, d)
}

// execute runs a parsed template (text or HTML) on d; parseErr is the
// error of parsing it, so that both kinds report alike.
func execute(name string, t interface{ Execute(io.Writer, any) error }, parseErr error, d Digest) (string, error) {
	if parseErr != nil {
		return "", fmt.Errorf("parsing digest template %s: %w", name, parseErr)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		return "", fmt.Errorf("rendering digest template %s: %w", name, err)
	}
	return b.String(), nil
}

// textBar draws a 20-character bar for the text part: [#########-----].
func textBar(pct int) string {
	n := min(20, max(0, (pct*20+50)/100))
	return "[" + strings.Repeat("#", n) + strings.Repeat("-", 20-n) + "]"
}

// barColor is blue while there is room, amber when nearly full, red when full.
func barColor(pct int) htmltemplate.CSS {
	switch {
	case pct >= 100:
		return "#b03a2e"
	case pct >= 80:
		return "#d68910"
	}
	return "#1f5f8b"
}

// Count is the number of events of one action (for the subject line).
func (d Digest) Count(action string) int {
	n := 0
	for _, e := range d.Events {
		if string(e.Action) == action {
			n++
		}
	}
	return n
}

// Free is the free places in sessions that still take bookings.
func (d Digest) Free() int {
	n := 0
	for _, s := range d.Sessions {
		if !s.Closed && !s.Past {
			n += s.Free
		}
	}
	return n
}

// tidy trims trailing spaces and squeezes blank lines, as the reply
// templates do, so optional blocks leave no holes.
func tidy(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimRight(l, " \t")
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}

// sessionsByID indexes sessions by id.
func sessionsByID(ss []store.Session) map[string]store.Session {
	m := make(map[string]store.Session, len(ss))
	for _, s := range ss {
		m[s.ID] = s
	}
	return m
}
