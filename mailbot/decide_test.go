package mailbot

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"anmeldebot/config"
	"anmeldebot/parser"
	"anmeldebot/store"
)

// TestDecide runs each decision on a fresh store with fixed readings.
func TestDecide(t *testing.T) {
	noAck := func(c *config.Config) { f := false; c.Bot.AckQuestions = &f }
	cases := []struct {
		name    string
		edit    func(*config.Config)
		setup   func(t *testing.T, w *Worker)
		rd      func() *parser.Reading
		action  string // substring of Decision.Action
		held    bool
		replies []string
		booked  []string // the address's active sessions afterwards ("-" = waiting)
	}{
		{name: "register one session", rd: func() *parser.Reading { return reg("erika@beispiel.example", "Erika Beispiel", sB) },
			action: "booked " + sB, replies: []string{"booked"}, booked: []string{sB}},
		{name: "register first choice full", setup: fill(sA, 15),
			rd:     func() *parser.Reading { return reg("erika@beispiel.example", "Erika", sA, sC) },
			action: "booked " + sC, replies: []string{"booked"}, booked: []string{sC}},
		{name: "register full session waitlisted", setup: fill(sA, 15),
			rd:     func() *parser.Reading { return reg("erika@beispiel.example", "Erika", sA) },
			action: "waitlisted, position 1", replies: []string{"waitlisted"}, booked: []string{"-"}},
		{name: "register any books the first open", setup: fill(sA, 15),
			rd: func() *parser.Reading {
				r := reg("erika@beispiel.example", "Erika")
				r.Any = true
				return r
			}, action: "booked " + sB, replies: []string{"booked"}, booked: []string{sB}},
		{name: "register without a session asks which",
			rd:     func() *parser.Reading { return reg("erika@beispiel.example", "Erika") },
			action: "asked which session", replies: []string{"which"}},
		{name: "register with a question is booked and held",
			rd: func() *parser.Reading {
				r := reg("erika@beispiel.example", "Erika", sD)
				r.HasQuestion = true
				return r
			}, action: "booked " + sD, held: true, replies: []string{"booked"}, booked: []string{sD}},
		{name: "party of three", rd: func() *parser.Reading {
			r := reg("erika@beispiel.example", "Erika", sC)
			r.PartySize = 3
			return r
		}, action: "booked " + sC + " (party 3)", replies: []string{"booked"}, booked: []string{sC}},
		{name: "unsure reading held with receipt",
			rd: func() *parser.Reading {
				r := reg("erika@beispiel.example", "Erika", sA)
				r.Confidence = 0.4
				return r
			}, action: "held for review", held: true, replies: []string{"received"}},
		{name: "question held with receipt",
			rd:     func() *parser.Reading { return other(parser.IntentQuestion) },
			action: "held for review", held: true, replies: []string{"received"}},
		{name: "question without receipt when off", edit: noAck,
			rd:     func() *parser.Reading { return other(parser.IntentQuestion) },
			action: "held for review", held: true},
		{name: "other held", rd: func() *parser.Reading { return other(parser.IntentOther) },
			action: "held for review", held: true, replies: []string{"received"}},
		{name: "out of office not answered",
			rd: func() *parser.Reading {
				r := other(parser.IntentAuto)
				r.AutoReason = "Auto-Submitted: auto-replied"
				return r
			}, action: "no reply: machine mail"},
		{name: "own address not answered",
			rd:     func() *parser.Reading { return reg("Ehrenamt@Kaiserslautern.example", "", sA) },
			action: "no reply: the bot's own address"},
		{name: "cancel", setup: mailBooking("erika@beispiel.example", sB),
			rd:     func() *parser.Reading { return cancel("erika@beispiel.example") },
			action: "cancelled 1 entry", replies: []string{"cancelled"}},
		{name: "cancel without booking", rd: func() *parser.Reading { return cancel("erika@beispiel.example") },
			action: "nothing found", replies: []string{"notfound"}},
		{name: "change", setup: mailBooking("erika@beispiel.example", sB),
			rd: func() *parser.Reading {
				r := reg("erika@beispiel.example", "Erika", sD)
				r.Intent = parser.IntentChange
				return r
			}, action: "changed " + sB + " -> " + sD, replies: []string{"changed"}, booked: []string{sD}},
		{name: "change into a full session keeps the booking", setup: both(mailBooking("erika@beispiel.example", sB), fill(sD, 15)),
			rd: func() *parser.Reading {
				r := reg("erika@beispiel.example", "Erika", sD)
				r.Intent = parser.IntentChange
				return r
			}, action: "kept " + sB, held: true, replies: []string{"already"}, booked: []string{sB}},
		{name: "change without booking", rd: func() *parser.Reading {
			r := reg("erika@beispiel.example", "Erika", sD)
			r.Intent = parser.IntentChange
			return r
		}, action: "nothing found", replies: []string{"notfound"}},
		{name: "loop guard", setup: replies("erika@beispiel.example", 5),
			rd:     func() *parser.Reading { return reg("erika@beispiel.example", "Erika", sA) },
			action: "loop guard", held: true},
		{name: "no sender", rd: func() *parser.Reading { return reg("", "", sA) }, action: "no sender", held: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var edits []func(*config.Config)
			if c.edit != nil {
				edits = append(edits, c.edit)
			}
			w, db := newTestWorker(t, nil, nil, edits...)
			if c.setup != nil {
				c.setup(t, w)
			}
			rd := c.rd()
			d := decideOne(t, w, rd)
			if !strings.Contains(d.Action, c.action) || d.Held != c.held {
				t.Errorf("decide = %q held=%v (%s), want %q held=%v", d.Action, d.Held, d.Reason, c.action, c.held)
			}
			if got := kinds(d.Replies); !slices.Equal(got, c.replies) {
				t.Errorf("replies = %v, want %v", got, c.replies)
			}
			for _, m := range d.Replies {
				if m.To != store.NormEmail(rd.FromAddr) || m.InReplyTo != rd.MessageID || !strings.HasPrefix(m.Subject, "Re: ") {
					t.Errorf("reply %s: to %q in-reply-to %q subject %q", m.Kind, m.To, m.InReplyTo, m.Subject)
				}
			}
			if c.booked != nil {
				var got []string
				for _, b := range bookingsOf(t, db, rd.FromAddr) {
					got = append(got, or(b.SessionID, "-"))
				}
				if !slices.Equal(got, c.booked) {
					t.Errorf("bookings = %v, want %v", got, c.booked)
				}
			}
		})
	}
}

// TestDecideDuplicate: the same Message-ID twice is handled once.
func TestDecideDuplicate(t *testing.T) {
	w, db := newTestWorker(t, nil, nil)
	rd := reg("erika@beispiel.example", "Erika", sA)
	decideOne(t, w, rd)
	d := decideOne(t, w, rd)
	if !d.Duplicate || len(d.Replies) != 0 {
		t.Fatalf("second decide = %+v, want a duplicate with no reply", d)
	}
	if n := len(bookingsOf(t, db, rd.FromAddr)); n != 1 {
		t.Fatalf("%d bookings, want 1", n)
	}
}

// TestDecideUnreadable: a mail the parser refuses is recorded as held.
func TestDecideUnreadable(t *testing.T) {
	w, db := newTestWorker(t, nil, nil)
	in := incoming{UID: 7, Key: "sha256:abc", ParseErr: errors.New("malformed header")}
	d, err := w.decide(t.Context(), in, "INBOX", 1)
	if err != nil || !d.Held || len(d.Replies) != 0 {
		t.Fatalf("decide = %+v, %v; want held, no reply", d, err)
	}
	var held []store.Message
	db.Read(t.Context(), func(tx *store.Tx) error { held, err = tx.HeldMessages(); return err })
	if len(held) != 1 || !strings.Contains(held[0].Reason, "malformed header") {
		t.Fatalf("held = %+v", held)
	}
}

func other(intent parser.Intent) *parser.Reading {
	r := reg("hans@muster.example", "Hans Muster")
	r.Intent = intent
	return r
}

func cancel(addr string, sessions ...string) *parser.Reading {
	r := reg(addr, "", sessions...)
	r.Intent = parser.IntentCancel
	return r
}

func fill(session string, n int) func(*testing.T, *Worker) {
	return func(t *testing.T, w *Worker) { phoneBookings(t, w, session, n) }
}

func mailBooking(addr, session string) func(*testing.T, *Worker) {
	return func(t *testing.T, w *Worker) {
		if d := decideOne(t, w, reg(addr, "Erika Beispiel", session)); !strings.HasPrefix(d.Action, "booked") {
			t.Fatalf("setup booking: %s", d.Action)
		}
	}
}

// replies makes n earlier replies to addr (questions answered with a receipt).
func replies(addr string, n int) func(*testing.T, *Worker) {
	return func(t *testing.T, w *Worker) {
		for range n {
			r := other(parser.IntentQuestion)
			r.FromAddr = addr
			decideOne(t, w, r)
		}
	}
}

func both(fs ...func(*testing.T, *Worker)) func(*testing.T, *Worker) {
	return func(t *testing.T, w *Worker) {
		for _, f := range fs {
			f(t, w)
		}
	}
}

// TestDecideThread: "ja bitte" to a "which" offer of one session books it;
// to an offer of several it asks again; to a mail sent to someone else it
// books nothing.
func TestDecideThread(t *testing.T) {
	w, db := newTestWorker(t, nil, nil)
	for _, s := range []string{sA, sB, sC} {
		phoneBookings(t, w, s, 15)
	}
	erika := "erika@beispiel.example"
	ask := decideOne(t, w, reg(erika, "Erika")) // offers the one open session sD
	if len(ask.Replies) != 1 || !slices.Equal(ask.Replies[0].Offered, []string{sD}) {
		t.Fatalf("which = %+v, want an offer of %s", ask.Replies, sD)
	}
	yes := func(addr string, offer store.Mail) *parser.Reading {
		r := reg(addr, "")
		r.Affirmative, r.Intent, r.Confidence = true, parser.IntentOther, 0.3
		r.InReplyTo, r.References = offer.MessageID, []string{"x@mail.example", offer.MessageID}
		return r
	}
	thief := decideOne(t, w, yes("mallory@boese.example", ask.Replies[0]))
	if len(bookingsOf(t, db, "mallory@boese.example")) != 0 || !thief.Held {
		t.Fatalf("a yes from another address = %+v, want no booking, held", thief)
	}
	d := decideOne(t, w, yes(erika, ask.Replies[0]))
	if !strings.Contains(d.Action, "booked "+sD) || !strings.Contains(d.Action, "offer") {
		t.Fatalf("yes = %q, want booked %s via the offer", d.Action, sD)
	}

	w2, _ := newTestWorker(t, nil, nil)
	ask = decideOne(t, w2, reg(erika, "Erika"))
	d = decideOne(t, w2, yes(erika, ask.Replies[0]))
	if !strings.Contains(d.Action, "asked which") {
		t.Fatalf("yes to an offer of four = %q, want asked again", d.Action)
	}
}

// TestDecideCancelMovesUp: a cancellation mails the first waiting person.
func TestDecideCancelMovesUp(t *testing.T) {
	w, db := newTestWorker(t, nil, nil)
	phoneBookings(t, w, sA, 14)
	decideOne(t, w, reg("erika@beispiel.example", "Erika", sA))
	wait := decideOne(t, w, reg("hans@muster.example", "Hans", sA))
	if !strings.Contains(wait.Action, "waitlisted, position 1") {
		t.Fatalf("second = %q", wait.Action)
	}
	d := decideOne(t, w, cancel("erika@beispiel.example"))
	if got := kinds(d.Replies); !slices.Equal(got, []string{"cancelled", "movedup"}) || !strings.Contains(d.Action, "1 moved up") {
		t.Fatalf("cancel = %q %v", d.Action, got)
	}
	mv := d.Replies[1]
	if mv.To != "hans@muster.example" || mv.InReplyTo == "" || len(mv.ICS) == 0 {
		t.Fatalf("move-up mail = to %q in-reply-to %q ics %d", mv.To, mv.InReplyTo, len(mv.ICS))
	}
	if bs := bookingsOf(t, db, "hans@muster.example"); len(bs) != 1 || bs[0].SessionID != sA {
		t.Fatalf("hans = %+v", bs)
	}
}
