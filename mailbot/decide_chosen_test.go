package mailbot

import (
	"strings"
	"testing"
)

// TestDecideChosenSession: "für den 16. August" accepts both sessions of
// that day; the bot books the first with room and the reply says that a
// choice was made, in the person's language. A mail naming one session
// gets the plain reply.
func TestDecideChosenSession(t *testing.T) {
	const de, en = "Sie haben mehrere passende Termine genannt", "You named more than one date that fits"
	cases := []struct {
		name     string
		setup    func(*testing.T, *Worker)
		lang     string
		sessions []string
		booked   string
		want     string // in the reply's text and HTML; "" for neither line
	}{
		{"two sessions, first free", nil, "de", []string{sC, sD}, sC, de},
		{"two sessions, first full", fill(sC, 15), "de", []string{sC, sD}, sD, de},
		{"two sessions in English", nil, "en", []string{sC, sD}, sC, en},
		{"one session", nil, "de", []string{sC}, sC, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, _ := newTestWorker(t, nil, nil)
			if c.setup != nil {
				c.setup(t, w)
			}
			rd := reg("erika@beispiel.example", "Erika", c.sessions...)
			rd.Lang = c.lang
			d := decideOne(t, w, rd)
			if !strings.Contains(d.Action, "booked "+c.booked) || len(d.Replies) != 1 {
				t.Fatalf("decide = %q with %d replies, want booked %s", d.Action, len(d.Replies), c.booked)
			}
			m := d.Replies[0]
			for _, line := range []string{de, en} {
				want := line == c.want
				if inText, inHTML := strings.Contains(m.Text, line), strings.Contains(m.HTML, line); inText != want || inHTML != want {
					t.Errorf("reply has %q: text %v, html %v; want %v\n%s", line, inText, inHTML, want, m.Text)
				}
			}
			if chose := strings.Contains(d.Action, "first with room"); chose != (c.want != "") {
				t.Errorf("decide = %q: says it chose = %v, want %v", d.Action, chose, c.want != "")
			}
		})
	}
}
