package templates

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Render produces the reply of one kind in d.Lang (German for anything but
// English). It refuses a reply that would confirm a session without naming
// one. The subject is always a single line, whatever d holds.
func (s *Set) Render(kind Kind, d Data) (Mail, error) {
	d.Lang = normLang(d.Lang)
	e, ok := s.entries[key{d.Lang, kind}]
	if !ok {
		return Mail{}, fmt.Errorf("rendering %q: unknown kind", kind)
	}
	if err := validate(kind, d); err != nil {
		return Mail{}, fmt.Errorf("rendering %s/%s: %w", d.Lang, kind, err)
	}
	d = fillDefaults(kind, d)
	var m Mail
	var err error
	if m.Subject, err = renderSubject(e, d); err != nil {
		return Mail{}, err
	}
	if m.Text, err = execute(e.text, e.textFile, d); err != nil {
		return Mail{}, err
	}
	m.Text = tidyText(m.Text)
	if m.HTML, err = execute(e.html, e.htmlFile, d); err != nil {
		return Mail{}, err
	}
	if hasICS(kind) {
		if m.ICS, err = ICS(d.Session, uidFor(d), nowOr(d.Now), d.Office); err != nil {
			return Mail{}, fmt.Errorf("rendering %s/%s: %w", d.Lang, kind, err)
		}
	}
	return m, nil
}

// executor is what text/template and html/template have in common.
type executor interface {
	Execute(w io.Writer, data any) error
}

func execute(t executor, file string, d Data) (string, error) {
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		return "", fmt.Errorf("executing template %s: %w", file, err)
	}
	return b.String(), nil
}

// renderSubject executes the subject template and flattens the result to
// one line, so no value (a name, the person's own subject) can end the
// header and start another.
func renderSubject(e entry, d Data) (string, error) {
	subj, err := execute(e.subject, e.subjectFile, d)
	if err != nil {
		return "", err
	}
	subj = OneLine(subj)
	if subj == "" {
		return "", fmt.Errorf("executing template %s: empty subject", e.subjectFile)
	}
	return subj, nil
}

// validate refuses data that would make a misleading mail: a booking
// confirmation without a date, or a change without the session left.
func validate(kind Kind, d Data) error {
	if needsSession(kind) && d.Session.Start.IsZero() {
		return errors.New("no session given (Data.Session.Start is zero)")
	}
	if kind == KindChanged && d.Old == nil {
		return errors.New("no previous session given (Data.Old is nil)")
	}
	return nil
}

// fillDefaults counts a party of at least one and, for a waiting-list
// reply without Sessions, lists the resolved session, so the reply still
// names the date the person waits for.
func fillDefaults(kind Kind, d Data) Data {
	d.PartySize = max(d.PartySize, 1)
	if kind == KindWaitlisted && len(d.Sessions) == 0 && !d.Session.Start.IsZero() {
		d.Sessions = []SessionInfo{d.Session}
	}
	return d
}

// tidyText trims trailing spaces on every line, squeezes runs of blank
// lines (left by optional template blocks) to one, and ends the text with
// exactly one newline.
func tidyText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}

// uidFor gives the calendar UID: d.UID, else one per session and office, so
// a later calendar file for the same session updates the same entry.
func uidFor(d Data) string {
	if d.UID != "" {
		return d.UID
	}
	domain := "anmeldebot.invalid"
	if _, after, ok := strings.Cut(d.Office.Address, "@"); ok && after != "" {
		domain = after
	}
	return "session-" + d.Session.ID + "@" + domain
}

func nowOr(t time.Time) time.Time {
	if t.IsZero() {
		return time.Now()
	}
	return t
}
