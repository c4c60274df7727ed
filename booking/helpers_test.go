package booking_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/store"
)

// The four sessions of the seed, by short names.
const (
	A = "2025-07-24-1300"
	B = "2025-07-24-1800"
	C = "2025-08-16-1300"
	D = "2025-08-16-1800"
)

var berlin = mustLoc("Europe/Berlin")

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// before is the usual clock: a fortnight before the first session.
var before = time.Date(2025, 7, 10, 9, 0, 0, 0, berlin)

func at(id string) time.Time {
	t, err := time.ParseInLocation("2006-01-02-1504", id, berlin)
	if err != nil {
		panic(err)
	}
	return t
}

// sessions returns the four seed sessions with the given capacity each.
func sessions(capacity int) []config.Session {
	var out []config.Session
	for _, id := range []string{A, B, C, D} {
		out = append(out, config.Session{ID: id, Title: "Werkstatt", Start: at(id),
			Duration: config.Duration(time.Hour), Location: "Raum C409", Capacity: capacity})
	}
	return out
}

// newDB opens a fresh store in a temp dir with the given sessions.
func newDB(t *testing.T, ss []config.Session) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "anmeldebot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	write(t, db, func(tx *store.Tx) error {
		_, err := booking.SyncSessions(tx, before, ss)
		return err
	})
	return db
}

func write(t *testing.T, db *store.DB, fn func(*store.Tx) error) {
	t.Helper()
	if err := db.Write(context.Background(), fn); err != nil {
		t.Fatal(err)
	}
}

// req is a mail request for a party of n.
func req(name, email string, n int, sessions ...string) booking.Request {
	return booking.Request{Name: name, Email: email, Party: n, Sessions: sessions,
		Source: store.SourceMail, MessageID: "<" + name + "@mail.example>"}
}

func anyReq(name, email string, n int, sessions ...string) booking.Request {
	r := req(name, email, n, sessions...)
	r.Any = true
	return r
}

// mustBook applies requests that are part of a test's setup.
func mustBook(t *testing.T, tx *store.Tx, now time.Time, rs ...booking.Request) {
	t.Helper()
	for _, r := range rs {
		if _, err := booking.Book(tx, now, r); err != nil {
			t.Fatalf("setup Book(%s): %v", r.Name, err)
		}
	}
}

func ids(ss []store.Session) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.ID)
	}
	return out
}

func loadIDs(ls []store.Load) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Session.ID)
	}
	return out
}

func moveNames(ms []booking.Move) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Booking.Name+">"+m.Session.ID)
	}
	return out
}

// booked returns the booked places per session.
func booked(t *testing.T, tx *store.Tx) map[string]int {
	t.Helper()
	ls, err := booking.Occupancy(tx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, l := range ls {
		out[l.Session.ID] = l.Booked
	}
	return out
}

// activeOf lists "name@session" (or "name@wait") for an address.
func activeOf(t *testing.T, tx *store.Tx, email string) []string {
	t.Helper()
	bs, err := tx.ActiveBookingsOf(email, "")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, b := range bs {
		where := b.SessionID
		if b.State == store.Waitlisted {
			where = "wait"
		}
		out = append(out, b.Name+"@"+where)
	}
	slices.Sort(out)
	return out
}
