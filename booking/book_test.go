package booking_test

import (
	"slices"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// fill books n single places into session with throwaway addresses.
func fill(session string, n int) []booking.Request {
	var out []booking.Request
	for i := range n {
		out = append(out, req(string(rune('k'+i))+" Fill", string(rune('k'+i))+"-"+session+"@fill.example", 1, session))
	}
	return out
}

// bookCase is one case of TestBook.
type bookCase struct {
	name     string
	capacity int
	closed   []string
	now      time.Time
	setup    []booking.Request
	req      booking.Request
	kind     booking.Kind
	sessions []string // Outcome.Sessions
	position int
	open     []string
	previous string
	unknown  []string
	active   []string // afterwards, activeOf(req.Email)
}

func bookCases() []bookCase {
	phone := booking.Request{Name: "Otto Telefon", Phone: "0631 123", Party: 1, Sessions: []string{A}, Source: store.SourcePhone}
	return []bookCase{
		{name: "free session books", capacity: 15, req: req("Erika Beispiel", "erika@beispiel.example", 1, A),
			kind: booking.KindBooked, sessions: []string{A}, active: []string{"Erika Beispiel@" + A}},
		{name: "party fills the last places exactly", capacity: 3, setup: fill(A, 1),
			req: req("Erika", "erika@beispiel.example", 2, A), kind: booking.KindBooked, sessions: []string{A}},
		{name: "party one too many waits and is offered the others", capacity: 3, setup: fill(A, 2),
			req: req("Erika", "erika@beispiel.example", 2, A), kind: booking.KindWaitlisted,
			sessions: []string{A}, position: 1, open: []string{B, C, D}, active: []string{"Erika@wait"}},
		{name: "first choice full, second has room", capacity: 1, setup: fill(A, 1),
			req: req("Erika", "erika@beispiel.example", 1, A, C), kind: booking.KindBooked, sessions: []string{C}},
		{name: "any books the earliest with room", capacity: 1, setup: fill(A, 1),
			req: anyReq("Erika", "erika@beispiel.example", 1), kind: booking.KindBooked, sessions: []string{B}},
		{name: "any after a first choice prefers the choice", capacity: 5,
			req: anyReq("Erika", "erika@beispiel.example", 1, D), kind: booking.KindBooked, sessions: []string{D}},
		{name: "offer lists only sessions with room for the whole party", capacity: 2,
			setup: append(fill(A, 2), fill(B, 1)...), req: req("Erika", "erika@beispiel.example", 2, A),
			kind: booking.KindWaitlisted, sessions: []string{A}, position: 1, open: []string{C, D}},
		{name: "waiting with several sessions holds one entry", capacity: 1,
			setup: append(fill(A, 1), fill(C, 1)...), req: req("Erika", "erika@beispiel.example", 1, A, C),
			kind: booking.KindWaitlisted, sessions: []string{A, C}, position: 1, open: []string{B, D},
			active: []string{"Erika@wait"}},
		{name: "position counts only entries competing for the same sessions", capacity: 1,
			setup: append(append(fill(A, 1), fill(C, 1)...),
				req("Hans", "hans@beispiel.example", 1, C), req("Ida", "ida@beispiel.example", 1, A),
				anyReq("Jan", "jan@beispiel.example", 9)),
			req: req("Erika", "erika@beispiel.example", 1, A), kind: booking.KindWaitlisted,
			sessions: []string{A}, position: 2, open: []string{B, D}},
		{name: "same address and session is already registered", capacity: 15,
			setup: []booking.Request{req("Erika Beispiel", "erika@beispiel.example", 1, A)},
			req:   req("Erika Beispiel", "Erika@Beispiel.example", 1, A), kind: booking.KindAlready,
			sessions: []string{A}, active: []string{"Erika Beispiel@" + A}},
		{name: "first name alone is the same person", capacity: 15,
			setup: []booking.Request{req("Erika Beispiel", "erika@beispiel.example", 1, A)},
			req:   req("erika", "erika@beispiel.example", 1, A), kind: booking.KindAlready, sessions: []string{A}},
		{name: "already ignores a different party size", capacity: 15,
			setup: []booking.Request{req("Erika", "erika@beispiel.example", 1, A)},
			req:   req("Erika", "erika@beispiel.example", 3, A), kind: booking.KindAlready, sessions: []string{A}},
		{name: "same person asking for another session is a change", capacity: 15,
			setup: []booking.Request{req("Erika", "erika@beispiel.example", 1, A)},
			req:   req("Erika", "erika@beispiel.example", 1, C), kind: booking.KindChanged,
			sessions: []string{C}, previous: A, active: []string{"Erika@" + C}},
		{name: "change into a full session keeps the old booking", capacity: 1,
			setup: append(fill(C, 1), req("Erika", "erika@beispiel.example", 1, A)),
			req:   req("Erika", "erika@beispiel.example", 1, C), kind: booking.KindFull,
			sessions: []string{C}, open: []string{B, D}, active: []string{"Erika@" + A}},
		{name: "another name from the same address is its own booking", capacity: 15,
			setup: []booking.Request{req("Erika Beispiel", "erika@beispiel.example", 1, A)},
			req:   req("Gerda Beispiel", "erika@beispiel.example", 1, A), kind: booking.KindBooked,
			sessions: []string{A}, active: []string{"Erika Beispiel@" + A, "Gerda Beispiel@" + A}},
		{name: "a shared surname alone is another person", capacity: 15,
			setup: []booking.Request{req("Erika Beispiel", "erika@beispiel.example", 1, A)},
			req:   req("Beispiel", "erika@beispiel.example", 1, A), kind: booking.KindBooked, sessions: []string{A}},
		{name: "phone booking without address is matched by phone", capacity: 15,
			setup: []booking.Request{phone}, req: phone, kind: booking.KindAlready, sessions: []string{A}},
		{name: "closed session takes no booking", capacity: 15, closed: []string{A},
			req: req("Erika", "erika@beispiel.example", 1, A), kind: booking.KindClosed,
			sessions: []string{A}, open: []string{B, C, D}},
		{name: "started session takes no booking", capacity: 15, now: at(A),
			req: req("Erika", "erika@beispiel.example", 1, A), kind: booking.KindClosed,
			sessions: []string{A}, open: []string{B, C, D}},
		{name: "closed choice is dropped, full one waits", capacity: 1, closed: []string{B},
			setup: fill(A, 1), req: req("Erika", "erika@beispiel.example", 1, B, A),
			kind: booking.KindWaitlisted, sessions: []string{A}, position: 1, open: []string{C, D}},
		{name: "unknown session asks which", capacity: 15,
			req: req("Erika", "erika@beispiel.example", 1, "2025-09-01-1300"), kind: booking.KindNoSession,
			unknown: []string{"2025-09-01-1300"}, open: []string{A, B, C, D}},
		{name: "no session named asks which", capacity: 15,
			req: req("Erika", "erika@beispiel.example", 1), kind: booking.KindNoSession, open: []string{A, B, C, D}},
		{name: "party larger than every capacity is not put in line", capacity: 4,
			req: req("Erika", "erika@beispiel.example", 5, A), kind: booking.KindTooLarge, sessions: []string{A}},
		{name: "waiting person asking again is already waiting", capacity: 1,
			setup: append(fill(A, 1), req("Erika", "erika@beispiel.example", 1, A)),
			req:   req("Erika", "erika@beispiel.example", 1, A), kind: booking.KindAlready,
			sessions: []string{A}, position: 1, open: []string{B, C, D}, active: []string{"Erika@wait"}},
		{name: "waiting person asking for a free session is booked", capacity: 1,
			setup: append(fill(A, 1), req("Erika", "erika@beispiel.example", 1, A)),
			req:   req("Erika", "erika@beispiel.example", 1, B), kind: booking.KindBooked,
			sessions: []string{B}, active: []string{"Erika@" + B}},
		{name: "waiting person naming other full sessions keeps the place in line", capacity: 1,
			setup: append(append(fill(A, 1), fill(C, 1)...), req("Erika", "erika@beispiel.example", 1, A)),
			req:   req("Erika", "erika@beispiel.example", 1, C), kind: booking.KindWaitlisted,
			sessions: []string{C}, position: 1, open: []string{B, D}, active: []string{"Erika@wait"}},
	}
}

func TestBook(t *testing.T) {
	cases := bookCases()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ss := sessions(tc.capacity)
			for i := range ss {
				ss[i].Closed = slices.Contains(tc.closed, ss[i].ID)
			}
			db := newDB(t, ss)
			now := tc.now
			if now.IsZero() {
				now = before
			}
			write(t, db, func(tx *store.Tx) error {
				mustBook(t, tx, before, tc.setup...)
				before := booked(t, tx)
				got, err := booking.Book(tx, now, tc.req)
				if err != nil {
					t.Fatalf("Book: %v", err)
				}
				checkOutcome(t, got, tc.kind, tc.sessions, tc.position, tc.open)
				if got.Previous != tc.previous || !slices.Equal(got.Unknown, tc.unknown) {
					t.Errorf("Previous, Unknown = %q, %q; want %q, %q", got.Previous, got.Unknown, tc.previous, tc.unknown)
				}
				if tc.active != nil && !slices.Equal(activeOf(t, tx, tc.req.Email), tc.active) {
					t.Errorf("active entries = %q, want %q", activeOf(t, tx, tc.req.Email), tc.active)
				}
				checkPlaces(t, tx, before, got, tc.req.Party)
				return nil
			})
		})
	}
}

func checkOutcome(t *testing.T, got booking.Outcome, kind booking.Kind, sessions []string, pos int, open []string) {
	t.Helper()
	if got.Kind != kind {
		t.Fatalf("Kind = %s, want %s (outcome %+v)", got.Kind, kind, got)
	}
	if !slices.Equal(ids(got.Sessions), sessions) {
		t.Errorf("Sessions = %q, want %q", ids(got.Sessions), sessions)
	}
	if got.Position != pos {
		t.Errorf("Position = %d, want %d", got.Position, pos)
	}
	if !slices.Equal(loadIDs(got.Open), open) {
		t.Errorf("Open = %q, want %q", loadIDs(got.Open), open)
	}
}

// checkPlaces checks that a booking took exactly its party's places and
// that other kinds took none.
func checkPlaces(t *testing.T, tx *store.Tx, before map[string]int, got booking.Outcome, party int) {
	t.Helper()
	after := booked(t, tx)
	want := before
	switch got.Kind {
	case booking.KindBooked:
		want[got.Booking.SessionID] += party
	case booking.KindChanged:
		want[got.Previous] -= got.Booking.Party
		want[got.Booking.SessionID] += got.Booking.Party
	}
	for id, n := range after {
		if n != want[id] {
			t.Errorf("booked places in %s = %d, want %d", id, n, want[id])
		}
	}
}
