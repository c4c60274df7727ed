package booking_test

import (
	"slices"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// cancelCase is one case of TestCancel.
type cancelCase struct {
	name      string
	capacity  int
	now       time.Time
	setup     []booking.Request
	cancel    booking.CancelRequest
	kind      booking.Kind
	cancelled []string // names
	moves     []string // "name>session", in order
	active    []string // activeOf(erika) afterwards
}

func cancelCases() []cancelCase {
	erikaA := req("Erika Beispiel", "erika@beispiel.example", 1, A)
	gerdaB := req("Gerda Beispiel", "erika@beispiel.example", 1, B)
	return []cancelCase{
		{name: "by address frees the place and moves the first waiting up", capacity: 1,
			setup:  []booking.Request{erikaA, req("Hans", "hans@beispiel.example", 1, A), req("Ida", "ida@beispiel.example", 1, A)},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example"}, kind: booking.KindCancelled,
			cancelled: []string{"Erika Beispiel"}, moves: []string{"Hans>" + A}, active: []string{}},
		{name: "by booking id", capacity: 1,
			setup:  []booking.Request{erikaA, req("Hans", "hans@beispiel.example", 1, A)},
			cancel: booking.CancelRequest{BookingID: 1}, kind: booking.KindCancelled,
			cancelled: []string{"Erika Beispiel"}, moves: []string{"Hans>" + A}},
		{name: "booking id with another address is not found", capacity: 1, setup: []booking.Request{erikaA},
			cancel: booking.CancelRequest{BookingID: 1, Email: "mallory@boese.example"}, kind: booking.KindNotFound,
			active: []string{"Erika Beispiel@" + A}},
		{name: "unknown address is not found", capacity: 1, setup: []booking.Request{erikaA},
			cancel: booking.CancelRequest{Email: "niemand@beispiel.example"}, kind: booking.KindNotFound},
		{name: "unknown booking id is not found", capacity: 1,
			cancel: booking.CancelRequest{BookingID: 42}, kind: booking.KindNotFound},
		{name: "a big party does not block smaller ones behind it", capacity: 3,
			setup: []booking.Request{erikaA, req("Hans", "hans@beispiel.example", 2, A),
				req("Gross", "gross@beispiel.example", 3, A), req("Klein", "klein@beispiel.example", 1, A)},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example"}, kind: booking.KindCancelled,
			cancelled: []string{"Erika Beispiel"}, moves: []string{"Klein>" + A}},
		{name: "freed places go to several waiting parties in order", capacity: 2,
			setup: []booking.Request{req("Erika", "erika@beispiel.example", 2, A), req("Hans", "hans@beispiel.example", 1, A),
				req("Ida", "ida@beispiel.example", 1, A), req("Jan", "jan@beispiel.example", 1, A)},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example"}, kind: booking.KindCancelled,
			cancelled: []string{"Erika"}, moves: []string{"Hans>" + A, "Ida>" + A}},
		{name: "moves into whichever accepted session frees", capacity: 1,
			setup: []booking.Request{erikaA, req("Fill", "fill@beispiel.example", 1, B),
				req("Hans", "hans@beispiel.example", 1, B, A)},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example"}, kind: booking.KindCancelled,
			cancelled: []string{"Erika Beispiel"}, moves: []string{"Hans>" + A}},
		{name: "prefers the first choice when several free at once", capacity: 1,
			setup:  []booking.Request{erikaA, gerdaB, req("Hans", "hans@beispiel.example", 1, B, A)},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example"}, kind: booking.KindCancelled,
			cancelled: []string{"Erika Beispiel", "Gerda Beispiel"}, moves: []string{"Hans>" + B}, active: []string{}},
		{name: "by address and session leaves the other bookings", capacity: 1,
			setup:  []booking.Request{erikaA, gerdaB},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example", SessionID: B}, kind: booking.KindCancelled,
			cancelled: []string{"Gerda Beispiel"}, active: []string{"Erika Beispiel@" + A}},
		{name: "by address and name leaves the other person", capacity: 1,
			setup:  []booking.Request{erikaA, gerdaB},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example", Name: "Gerda Beispiel"}, kind: booking.KindCancelled,
			cancelled: []string{"Gerda Beispiel"}, active: []string{"Erika Beispiel@" + A}},
		{name: "without session also ends waiting entries", capacity: 1,
			setup: []booking.Request{req("Fill", "fill@beispiel.example", 1, B), erikaA,
				req("Gerda Beispiel", "erika@beispiel.example", 1, B)},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example"}, kind: booking.KindCancelled,
			cancelled: []string{"Erika Beispiel", "Gerda Beispiel"}, active: []string{}},
		{name: "a waiting entry for the session is cancelled by session", capacity: 1,
			setup: []booking.Request{req("Fill", "fill@beispiel.example", 1, B),
				req("Gerda Beispiel", "erika@beispiel.example", 1, B)},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example", SessionID: B}, kind: booking.KindCancelled,
			cancelled: []string{"Gerda Beispiel"}, active: []string{}},
		{name: "no move-up into a session that has started", capacity: 1, now: at(A).Add(time.Minute),
			setup:  []booking.Request{erikaA, req("Hans", "hans@beispiel.example", 1, A)},
			cancel: booking.CancelRequest{Email: "erika@beispiel.example"}, kind: booking.KindCancelled,
			cancelled: []string{"Erika Beispiel"}},
		{name: "phone booking cancelled by phone", capacity: 1,
			setup: []booking.Request{{Name: "Otto", Phone: "0631 1", Party: 1, Sessions: []string{A}, Source: store.SourcePhone},
				req("Hans", "hans@beispiel.example", 1, A)},
			cancel: booking.CancelRequest{Phone: "0631 1"}, kind: booking.KindCancelled,
			cancelled: []string{"Otto"}, moves: []string{"Hans>" + A}},
	}
}

func TestCancel(t *testing.T) {
	cases := cancelCases()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db := newDB(t, sessions(tc.capacity))
			now := tc.now
			if now.IsZero() {
				now = before
			}
			write(t, db, func(tx *store.Tx) error {
				mustBook(t, tx, before, tc.setup...)
				tc.cancel.Cause = "<cancel@mail.example>"
				got, err := booking.Cancel(tx, now, tc.cancel)
				if err != nil {
					t.Fatalf("Cancel: %v", err)
				}
				if got.Kind != tc.kind {
					t.Fatalf("Kind = %s, want %s", got.Kind, tc.kind)
				}
				var names []string
				for _, b := range got.Cancelled {
					names = append(names, b.Name)
				}
				if !slices.Equal(names, tc.cancelled) {
					t.Errorf("Cancelled = %q, want %q", names, tc.cancelled)
				}
				if !slices.Equal(moveNames(got.Moves), tc.moves) {
					t.Errorf("Moves = %q, want %q", moveNames(got.Moves), tc.moves)
				}
				if tc.active != nil && !slices.Equal(activeOf(t, tx, "erika@beispiel.example"), tc.active) {
					t.Errorf("Erika's entries = %q, want %q", activeOf(t, tx, "erika@beispiel.example"), tc.active)
				}
				checkMovesAudited(t, tx, got.Moves)
				checkCapacity(t, tx)
				return nil
			})
		})
	}
}

// checkMovesAudited checks that every move is in the audit log with the
// step's cause, so the mail worker and the digest can report it.
func checkMovesAudited(t *testing.T, tx *store.Tx, moves []booking.Move) {
	t.Helper()
	log, err := tx.AuditSince(time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range moves {
		found := slices.ContainsFunc(log, func(a store.Audit) bool {
			return a.Action == store.ActionMovedUp && a.BookingID == m.Booking.ID && a.SessionID == m.Session.ID
		})
		if !found {
			t.Errorf("move of %s into %s not in the audit log", m.Booking.Name, m.Session.ID)
		}
	}
}

// checkCapacity fails when any session holds more than its capacity.
func checkCapacity(t *testing.T, tx *store.Tx) {
	t.Helper()
	ls, err := booking.Occupancy(tx)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ls {
		if l.Booked > l.Session.Capacity {
			t.Errorf("session %s overbooked: %d of %d", l.Session.ID, l.Booked, l.Session.Capacity)
		}
	}
}
