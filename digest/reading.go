package digest

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"anmeldebot/templates"
)

// Reading is the part of the parser's reading (stored as JSON with each
// processed mail) that the digest shows. It is decoded here rather than
// as parser.Reading so that the digest depends only on the stored record;
// encoding/json matches the field names case-insensitively.
type Reading struct {
	Intent      string
	Sessions    []string
	Any         bool
	PartySize   int
	HasQuestion bool
	Lang        string
	Name        string
	Confidence  float64
	Evidence    []string
	Affirmative bool
	MessageID   string
	References  []string
	Subject     string
	FromName    string
	FromAddr    string
	Excerpt     string
}

// DecodeReading reads a stored reading; an empty or broken one gives the
// zero Reading (the digest shows "keine Lesung" rather than failing).
func DecodeReading(s string) (Reading, bool) {
	var r Reading
	if strings.TrimSpace(s) == "" {
		return r, false
	}
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return Reading{}, false
	}
	return r, true
}

// intentNames are the parser's intents as the coordinator reads them.
var intentNames = map[string]string{
	"register": "Anmeldung",
	"cancel":   "Abmeldung",
	"change":   "Änderung",
	"question": "Frage",
	"auto":     "automatische Mail",
	"other":    "Sonstiges",
}

// Summary says in one line what the bot read: "Anmeldung · Sa 16.08.2025
// 18:00 · 2 Personen · sicher 90 %".
func (r Reading) Summary(when func(string) string) string {
	parts := []string{intentName(r.Intent)}
	var ss []string
	for _, id := range r.Sessions {
		ss = append(ss, when(id))
	}
	if r.Any {
		ss = append(ss, "egal wann")
	}
	if len(ss) > 0 {
		parts = append(parts, strings.Join(ss, " oder "))
	}
	if r.PartySize > 0 {
		parts = append(parts, templates.FormatPersons(r.PartySize, "de"))
	}
	if r.Name != "" {
		parts = append(parts, "Name: "+templates.OneLine(r.Name))
	}
	if r.HasQuestion {
		parts = append(parts, "mit Frage")
	}
	if r.Affirmative {
		parts = append(parts, "Zusage („ja“)")
	}
	parts = append(parts, fmt.Sprintf("sicher %d %%", int(r.Confidence*100+0.5)))
	return strings.Join(parts, " · ")
}

func intentName(i string) string {
	if n, ok := intentNames[i]; ok {
		return n
	}
	if i == "" {
		return "unklar"
	}
	return i
}

// clip puts s on one line and cuts it at n runes (at a word when it can),
// marking the cut with "…".
func clip(s string, n int) string {
	s = templates.OneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + " …"
}

// oneLine keeps a value from a mail on one line of the digest.
func oneLine(s string) string { return templates.OneLine(s) }
