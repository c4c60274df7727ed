package booking_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/store"
)

// syncCase is one case of TestSyncSessions.
type syncCase struct {
	name    string
	setup   []booking.Request
	sync    []config.Session
	added   []string
	updated []string
	removed []string
	moves   []string
	err     string // substring of the refusal
	booked  map[string]int
}

func syncCases() []syncCase {
	extra := config.Session{ID: "2025-09-06-1300", Title: "Werkstatt", Start: time.Date(2025, 9, 6, 13, 0, 0, 0, berlin),
		Duration: config.Duration(time.Hour), Capacity: 2}
	with := func(ss []config.Session, f func(*config.Session)) []config.Session {
		for i := range ss {
			f(&ss[i])
		}
		return ss
	}
	return []syncCase{
		{name: "unchanged configuration changes nothing", sync: sessions(1)},
		{name: "a new session takes waiting parties who accept any", sync: append(sessions(1), extra),
			setup: append(fillAll(), req("Hans", "hans@beispiel.example", 1, A),
				anyReq("Ida", "ida@beispiel.example", 1, A), anyReq("Jan", "jan@beispiel.example", 1)),
			added: []string{extra.ID}, moves: []string{"Ida>" + extra.ID, "Jan>" + extra.ID}},
		{name: "a raised capacity moves the line up in order",
			sync:    with(sessions(1), func(s *config.Session) { s.Capacity = map[bool]int{true: 3, false: 1}[s.ID == A] }),
			setup:   []booking.Request{req("Fill", "fill@beispiel.example", 1, A), req("Hans", "hans@beispiel.example", 1, A), req("Ida", "ida@beispiel.example", 1, A), req("Jan", "jan@beispiel.example", 1, A)},
			updated: []string{A}, moves: []string{"Hans>" + A, "Ida>" + A}, booked: map[string]int{A: 3}},
		{name: "removing a session with a booking is refused, naming it", sync: sessions(1)[1:],
			setup: []booking.Request{req("Erika", "erika@beispiel.example", 1, A)}, err: A},
		{name: "removing a session that a waiting party named is refused", sync: append(sessions(1)[:2], sessions(1)[3]),
			setup: []booking.Request{req("Fill", "fill@beispiel.example", 1, C), req("Hans", "hans@beispiel.example", 1, C)},
			err:   C},
		{name: "removing an unused session is allowed", sync: sessions(1)[:3], removed: []string{D}},
		{name: "closing keeps the bookings", sync: with(sessions(1), func(s *config.Session) { s.Closed = s.ID == A }),
			setup: []booking.Request{req("Erika", "erika@beispiel.example", 1, A)}, updated: []string{A}, booked: map[string]int{A: 1}},
	}
}

func TestSyncSessions(t *testing.T) {
	cases := syncCases()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db := newDB(t, sessions(1))
			var got booking.SyncResult
			err := db.Write(context.Background(), func(tx *store.Tx) error {
				mustBook(t, tx, before, tc.setup...)
				var err error
				got, err = booking.SyncSessions(tx, before, tc.sync)
				return err
			})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("SyncSessions error = %v, want one naming %s", err, tc.err)
				}
				checkSessionsKept(t, db)
				return
			}
			if err != nil {
				t.Fatalf("SyncSessions: %v", err)
			}
			if !slices.Equal(got.Added, tc.added) || !slices.Equal(got.Updated, tc.updated) || !slices.Equal(got.Removed, tc.removed) {
				t.Errorf("added, updated, removed = %q, %q, %q; want %q, %q, %q",
					got.Added, got.Updated, got.Removed, tc.added, tc.updated, tc.removed)
			}
			if !slices.Equal(moveNames(got.Moves), tc.moves) {
				t.Errorf("Moves = %q, want %q", moveNames(got.Moves), tc.moves)
			}
			checkSessionIDs(t, db, tc.sync, tc.booked)
		})
	}
}

// checkSessionIDs checks the stored sessions are exactly the configured
// ones with their capacities, and the booked places where given.
func checkSessionIDs(t *testing.T, db *store.DB, want []config.Session, booked map[string]int) {
	t.Helper()
	db.Read(context.Background(), func(tx *store.Tx) error {
		ls, err := booking.Occupancy(tx)
		if err != nil {
			t.Fatal(err)
		}
		if len(ls) != len(want) {
			t.Fatalf("%d sessions stored, want %d", len(ls), len(want))
		}
		for i, l := range ls {
			w := want[i]
			if l.Session.ID != w.ID || l.Session.Capacity != w.Capacity || l.Session.Closed != w.Closed || !l.Session.Start.Equal(w.Start) {
				t.Errorf("session %d = %+v, want %+v", i, l.Session, w)
			}
			if n, ok := booked[w.ID]; ok && l.Booked != n {
				t.Errorf("booked in %s = %d, want %d", w.ID, l.Booked, n)
			}
		}
		return nil
	})
}

// checkSessionsKept checks a refused sync changed nothing.
func checkSessionsKept(t *testing.T, db *store.DB) {
	t.Helper()
	checkSessionIDs(t, db, sessions(1), nil)
}

func TestSyncSessionsLowerCapacity(t *testing.T) {
	db := newDB(t, sessions(3))
	write(t, db, func(tx *store.Tx) error {
		mustBook(t, tx, before, req("Erika", "erika@beispiel.example", 3, A))
		if _, err := booking.SyncSessions(tx, before, sessions(2)); err != nil {
			t.Fatal(err)
		}
		ls, _ := booking.Occupancy(tx)
		if ls[0].Booked != 3 || ls[0].Free != 0 {
			t.Errorf("after lowering: booked %d free %d, want 3 and 0", ls[0].Booked, ls[0].Free)
		}
		got, _ := booking.Book(tx, before, req("Hans", "hans@beispiel.example", 1, A))
		if got.Kind != booking.KindWaitlisted {
			t.Errorf("booking an overfull session: %s, want waitlisted", got.Kind)
		}
		return nil
	})
}

func TestReopenAndRestore(t *testing.T) {
	closed := sessions(1)
	closed[0].Closed = true
	db := newDB(t, closed)
	write(t, db, func(tx *store.Tx) error {
		mustBook(t, tx, before, append(fillAll()[1:], anyReq("Hans", "hans@beispiel.example", 1, B))...)
		if _, err := booking.SyncSessions(tx, before, sessions(1)[1:]); err != nil {
			t.Fatalf("removing the unused closed session: %v", err)
		}
		res, err := booking.SyncSessions(tx, before, sessions(1))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Updated, []string{A}) || !slices.Equal(moveNames(res.Moves), []string{"Hans>" + A}) {
			t.Errorf("restoring A: updated %q moves %q; want [%s] and Hans moved into it", res.Updated, moveNames(res.Moves), A)
		}
		return nil
	})
}

// fillAll books the one place of each session (capacity 1).
func fillAll() []booking.Request {
	var out []booking.Request
	for _, id := range []string{A, B, C, D} {
		out = append(out, fill(id, 1)...)
	}
	return out
}
