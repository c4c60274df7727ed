package mailbot

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/parser"
	"anmeldebot/store"
)

// The four example sessions, by short names.
const (
	sA = "2025-07-24-1300"
	sB = "2025-07-24-1800"
	sC = "2025-08-16-1300"
	sD = "2025-08-16-1800"
)

// fakeSender records what it is asked to send, or fails with err.
type fakeSender struct {
	mu   sync.Mutex
	sent []Outgoing
	err  error
}

func (f *fakeSender) Send(_ context.Context, o Outgoing) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	f.sent = append(f.sent, o)
	return nil
}

// testClock is the demo's time: a fortnight before the first session.
func testClock(cfg *config.Config) time.Time {
	return time.Date(2025, 7, 10, 9, 0, 0, 0, cfg.Location)
}

// newTestWorker opens a fresh store with the example sessions and a
// worker on it. dial may be nil when the test only decides.
func newTestWorker(t *testing.T, dial Dialer, s Sender, edit ...func(*config.Config)) (*Worker, *store.DB) {
	t.Helper()
	cfg, err := DemoConfig()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range edit {
		e(cfg)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "anmeldebot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := testClock(cfg)
	if err := db.Write(ctx, func(tx *store.Tx) error {
		_, err := booking.SyncSessions(tx, now, cfg.Sessions)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if s == nil {
		s = &fakeSender{}
	}
	w, err := NewWorker(Options{Config: cfg, DB: db, Dial: dial, Sender: s,
		Now: func() time.Time { return now }, Log: testLog(t)})
	if err != nil {
		t.Fatal(err)
	}
	return w, db
}

// testLog logs to the test's output with -v, else nowhere.
func testLog(t *testing.T) *slog.Logger {
	if !testing.Verbose() {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// phoneBookings fills a session with n phone bookings of one place each.
func phoneBookings(t *testing.T, w *Worker, session string, n int) {
	t.Helper()
	err := w.db.Write(context.Background(), func(tx *store.Tx) error {
		for i := range n {
			_, err := booking.Book(tx, w.now(), booking.Request{Name: fmt.Sprintf("Anrufer %d %s", i+1, session),
				Phone: fmt.Sprintf("0631 555 %03d %s", i, session), Sessions: []string{session}, Source: store.SourcePhone})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// reg is a confident registration reading from addr for the sessions.
func reg(addr, name string, sessions ...string) *parser.Reading {
	return &parser.Reading{Intent: parser.IntentRegister, Sessions: sessions, PartySize: 1, Lang: "de",
		Name: name, FromName: name, FromAddr: addr, Confidence: 0.9,
		MessageID: fmt.Sprintf("%s-%d@mail.example", addr, time.Now().UnixNano()), Subject: "Anmeldung"}
}

// decideOne decides a reading as a fetched mail would be.
func decideOne(t *testing.T, w *Worker, rd *parser.Reading) Decision {
	t.Helper()
	key := rd.MessageID
	if key == "" {
		key = "sha256:" + rd.FromAddr + rd.Subject
	}
	d, err := w.decide(context.Background(), incoming{UID: 1, Key: key, Reading: rd}, "INBOX", 1)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func kinds(ms []store.Mail) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Kind)
	}
	return out
}

// bookingsOf returns the active entries of an address.
func bookingsOf(t *testing.T, db *store.DB, addr string) []store.Booking {
	t.Helper()
	var bs []store.Booking
	err := db.Read(context.Background(), func(tx *store.Tx) error {
		var err error
		bs, err = tx.ActiveBookingsOf(addr, "")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return bs
}
