package booking_test

import (
	"slices"
	"testing"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// changeCase is one case of TestChange.
type changeCase struct {
	name     string
	capacity int
	setup    []booking.Request
	change   booking.ChangeRequest
	kind     booking.Kind
	session  string // Booking.SessionID afterwards
	party    int
	previous string
	moves    []string
	open     []string
}

func changeCases() []changeCase {
	erika := "erika@beispiel.example"
	return []changeCase{
		{name: "moves to a session with room and frees the old place", capacity: 1,
			setup:  []booking.Request{req("Erika", erika, 1, A), req("Hans", "hans@beispiel.example", 1, A)},
			change: booking.ChangeRequest{Email: erika, Sessions: []string{C}}, kind: booking.KindChanged,
			session: C, party: 1, previous: A, moves: []string{"Hans>" + A}},
		{name: "full target keeps the old booking", capacity: 1,
			setup:  []booking.Request{req("Erika", erika, 1, A), req("Fill", "fill@beispiel.example", 1, C)},
			change: booking.ChangeRequest{Email: erika, Sessions: []string{C}}, kind: booking.KindFull,
			session: A, party: 1, open: []string{B, D}},
		{name: "by booking id", capacity: 2, setup: []booking.Request{req("Erika", erika, 1, A)},
			change: booking.ChangeRequest{BookingID: 1, Sessions: []string{D}}, kind: booking.KindChanged,
			session: D, party: 1, previous: A},
		{name: "larger party that fits stays in its session", capacity: 3,
			setup:  []booking.Request{req("Erika", erika, 1, A)},
			change: booking.ChangeRequest{Email: erika, Party: 3}, kind: booking.KindChanged,
			session: A, party: 3, previous: A},
		{name: "larger party that does not fit changes nothing", capacity: 3,
			setup:  []booking.Request{req("Erika", erika, 1, A), req("Hans", "hans@beispiel.example", 1, A)},
			change: booking.ChangeRequest{Email: erika, Party: 3}, kind: booking.KindFull,
			session: A, party: 1, open: []string{B, C, D}},
		{name: "smaller party lets the line move up", capacity: 3,
			setup:  []booking.Request{req("Erika", erika, 3, A), req("Hans", "hans@beispiel.example", 2, A)},
			change: booking.ChangeRequest{Email: erika, Party: 1}, kind: booking.KindChanged,
			session: A, party: 1, previous: A, moves: []string{"Hans>" + A}},
		{name: "nothing to change", capacity: 3,
			change: booking.ChangeRequest{Email: erika, Sessions: []string{A}}, kind: booking.KindNotFound},
		{name: "another address's booking id is not found", capacity: 3,
			setup:  []booking.Request{req("Hans", "hans@beispiel.example", 1, A)},
			change: booking.ChangeRequest{BookingID: 1, Email: erika, Sessions: []string{B}}, kind: booking.KindNotFound},
	}
}

func TestChange(t *testing.T) {
	cases := changeCases()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db := newDB(t, sessions(tc.capacity))
			write(t, db, func(tx *store.Tx) error {
				mustBook(t, tx, before, tc.setup...)
				got, err := booking.Change(tx, before, tc.change)
				if err != nil {
					t.Fatalf("Change: %v", err)
				}
				if got.Kind != tc.kind {
					t.Fatalf("Kind = %s, want %s (%+v)", got.Kind, tc.kind, got)
				}
				if tc.kind == booking.KindNotFound {
					return nil
				}
				b, err := tx.Booking(got.Booking.ID)
				if err != nil {
					t.Fatal(err)
				}
				if b.SessionID != tc.session || b.Party != tc.party || got.Previous != tc.previous {
					t.Errorf("stored session, party, previous = %s, %d, %q; want %s, %d, %q",
						b.SessionID, b.Party, got.Previous, tc.session, tc.party, tc.previous)
				}
				if !slices.Equal(moveNames(got.Moves), tc.moves) {
					t.Errorf("Moves = %q, want %q", moveNames(got.Moves), tc.moves)
				}
				if !slices.Equal(loadIDs(got.Open), tc.open) {
					t.Errorf("Open = %q, want %q", loadIDs(got.Open), tc.open)
				}
				checkCapacity(t, tx)
				return nil
			})
		})
	}
}
