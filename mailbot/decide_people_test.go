package mailbot

import (
	"slices"
	"strings"
	"testing"

	"anmeldebot/parser"
)

// TestDecideSeveralPeople: Erika booked herself and her mother Maria from
// one address. A cancel or change touches only the person the mail names
// (its name, else the From display name); when it names none of them, or
// nobody booked there, the mail is held and nothing is touched.
func TestDecideSeveralPeople(t *testing.T) {
	const addr = "erika@beispiel.example"
	family := both(bookAs(addr, "Erika Beispiel", sB), bookAs(addr, "Maria Beispiel", sC))
	withNames := func(r *parser.Reading, name, fromName string) *parser.Reading {
		r.Name, r.FromName = name, fromName
		return r
	}
	change := func(sessions ...string) *parser.Reading {
		r := reg(addr, "", sessions...)
		r.Intent = parser.IntentChange
		return r
	}
	cases := []struct {
		name   string
		rd     *parser.Reading
		action string
		held   bool
		booked []string // the address's sessions afterwards, in booking order
	}{
		{"cancel names Erika", withNames(cancel(addr), "Erika", ""), "cancelled 1 entry", false, []string{sC}},
		{"cancel signed by From name", withNames(cancel(addr), "", "Erika Beispiel"), "cancelled 1 entry", false, []string{sC}},
		{"cancel names nobody", cancel(addr), "nothing cancelled (several people", true, []string{sB, sC}},
		{"cancel names a stranger", withNames(cancel(addr), "Hans", "Hans Beispiel"), "nothing cancelled", true, []string{sB, sC}},
		{"cancel of a family name only", withNames(cancel(addr), "", "Familie Beispiel"), "nothing cancelled", true, []string{sB, sC}},
		{"cancel of a session only Maria holds", cancel(addr, sC), "cancelled 1 entry", false, []string{sB}},
		{"change names Maria", withNames(change(sD), "Maria", "Erika Beispiel"), "changed " + sC + " -> " + sD, false, []string{sB, sD}},
		{"change names nobody", change(sD), "nothing changed (several people", true, []string{sB, sC}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, db := newTestWorker(t, nil, nil)
			family(t, w)
			d := decideOne(t, w, c.rd)
			if !strings.Contains(d.Action, c.action) || d.Held != c.held {
				t.Errorf("decide = %q held=%v (%s), want %q held=%v", d.Action, d.Held, d.Reason, c.action, c.held)
			}
			var got []string
			for _, b := range bookingsOf(t, db, addr) {
				got = append(got, b.SessionID)
			}
			if !slices.Equal(got, c.booked) {
				t.Errorf("bookings = %v, want %v", got, c.booked)
			}
		})
	}
}

// bookAs books session for the person name at addr by mail.
func bookAs(addr, name, session string) func(*testing.T, *Worker) {
	return func(t *testing.T, w *Worker) {
		if d := decideOne(t, w, reg(addr, name, session)); !strings.HasPrefix(d.Action, "booked") {
			t.Fatalf("setup booking of %s: %s", name, d.Action)
		}
	}
}
