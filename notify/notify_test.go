package notify_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/mailbot"
	"anmeldebot/notify"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// Only invented people at .example domains appear in these tests.
const testConfig = `
[imap]
host = "imap.example.org"
username = "ehrenamt@stadt.example"
password = "geheim"

[smtp]
host = "smtp.example.org"
password = "geheim"
from = "Ehrenamt <ehrenamt@stadt.example>"

[bot]
timezone = "Europe/Berlin"
reminder_before = "48h"

[[session]]
id = "2025-07-24-1300"
title = "Werkstatt"
start = 2025-07-24T13:00:00
duration = "1h"
location = "Rathaus Nord, Raum C409"
capacity = 2

[[session]]
id = "2025-08-16-1800"
title = "Werkstatt"
start = 2025-08-16T18:00:00
duration = "1h"
location = "Rathaus Nord, Raum C409"
capacity = 2
`

const (
	sessA = "2025-07-24-1300"
	sessD = "2025-08-16-1800"
	sessE = "2025-09-06-1300" // the extra session
)

type fixture struct {
	t   *testing.T
	cfg *config.Config
	tpl *templates.Set
	db  *store.DB
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	cfg, err := config.Parse([]byte(testConfig), "test.toml")
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "anmeldebot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{t: t, cfg: cfg, tpl: tpl, db: db}
	f.write(func(tx *store.Tx) error {
		_, err := booking.SyncSessions(tx, f.at("2025-07-10 09:00"), cfg.Sessions)
		return err
	})
	return f
}

func (f *fixture) at(s string) time.Time {
	v, err := time.ParseInLocation("2006-01-02 15:04", s, f.cfg.Location)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *fixture) write(fn func(*store.Tx) error) {
	f.t.Helper()
	if err := f.db.Write(context.Background(), fn); err != nil {
		f.t.Fatal(err)
	}
}

// book books (or waitlists) a party by mail, or by phone when addr is "".
func (f *fixture) book(name, addr string, party int, any bool, sessions ...string) store.Booking {
	f.t.Helper()
	var o booking.Outcome
	f.write(func(tx *store.Tx) error {
		var err error
		o, err = booking.Book(tx, f.at("2025-07-10 09:30"), booking.Request{Name: name, Email: addr,
			Phone: map[bool]string{true: "0631 555 0199"}[addr == ""], Party: party, Sessions: sessions, Any: any})
		return err
	})
	return o.Booking
}

func (f *fixture) outbox() []store.Mail {
	f.t.Helper()
	var out []store.Mail
	err := f.db.Read(context.Background(), func(tx *store.Tx) error {
		var err error
		out, err = tx.MailsByState(store.MailQueued)
		return err
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return out
}

func recipients(ms []store.Mail) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Kind+":"+m.To)
	}
	slices.Sort(out)
	return out
}

func TestRemindersOnceAndOnlyToBooked(t *testing.T) {
	f := newFixture(t)
	f.book("Erika Beispiel", "erika@beispiel.example", 2, false, sessA)
	f.book("Max Muster", "max@muster.example", 1, false, sessA)           // waiting: A is full
	gone := f.book("Jonas Probe", "jonas@probe.example", 1, false, sessD) // cancelled below
	f.book("Lena Später", "lena@spaeter.example", 1, false, sessD)        // D is not due yet
	f.book("Paula Telefon", "", 1, false, sessD)                          // no address
	f.write(func(tx *store.Tx) error {
		_, err := booking.Cancel(tx, f.at("2025-07-10 10:00"), booking.CancelRequest{BookingID: gone.ID})
		return err
	})

	early, err := notify.QueueReminders(context.Background(), f.db, f.cfg, f.tpl, f.at("2025-07-22 12:00"))
	if err != nil {
		t.Fatal(err)
	}
	if len(early.Queued) != 0 {
		t.Errorf("50 h before: queued %v, want none", recipients(early.Queued))
	}
	now := f.at("2025-07-22 14:00") // 47 h before A
	first, err := notify.QueueReminders(context.Background(), f.db, f.cfg, f.tpl, now)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := recipients(first.Queued), []string{"reminder:erika@beispiel.example"}; !slices.Equal(got, want) {
		t.Errorf("QueueReminders 47 h before A = %v, want %v", got, want)
	}
	m := first.Queued[0]
	for _, s := range []string{"Donnerstag, 24. Juli 2025, 13:00 Uhr", "Rathaus Nord, Raum C409", "abmelden"} {
		if !strings.Contains(m.Text, s) {
			t.Errorf("reminder text lacks %q:\n%s", s, m.Text)
		}
	}
	again, err := notify.QueueReminders(context.Background(), f.db, f.cfg, f.tpl, now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Queued) != 0 {
		t.Errorf("second call: queued %v again", recipients(again.Queued))
	}
	late, err := notify.QueueReminders(context.Background(), f.db, f.cfg, f.tpl, f.at("2025-08-15 12:00"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := recipients(late.Queued), []string{"reminder:lena@spaeter.example"}; !slices.Equal(got, want) {
		t.Errorf("QueueReminders 30 h before D = %v, want %v (not the cancelled Jonas)", got, want)
	}
	if len(late.NoAddress) != 1 || late.NoAddress[0].Name != "Paula Telefon" {
		t.Errorf("NoAddress = %v, want the phone booking", late.NoAddress)
	}
}

// TestNewSessionMovesUpAndOffers: a [[session]] added to the configuration
// moves up the waiting parties that accept it (or any session) in order,
// each mailed; parties that named only full sessions are offered it.
func TestNewSessionMovesUpAndOffers(t *testing.T) {
	f := newFixture(t)
	f.book("Erika Beispiel", "erika@beispiel.example", 2, false, sessA)
	f.book("Max Muster", "max@muster.example", 2, false, sessD)
	f.book("Anna Warte", "anna@warte.example", 1, true, sessA)  // A, else any
	f.book("Ben Egal", "ben@egal.example", 1, true)             // "egal wann"
	f.book("Carla Nur", "carla@nur.example", 1, false, sessD)   // only a full session
	f.book("Dora Telefon", "", 1, false, sessA)                 // only full, no address
	f.book("Emil Gross", "emil@gross.example", 3, false, sessD) // only full, too big for what is left

	sessions := append(slices.Clone(f.cfg.Sessions), config.Session{ID: sessE, Title: "Werkstatt",
		Start: f.at("2025-09-06 13:00"), Duration: config.Duration(time.Hour), Location: "Rathaus Nord, Raum C409", Capacity: 4})
	rp, err := mailbot.NewReplier(f.cfg, f.tpl)
	if err != nil {
		t.Fatal(err)
	}
	now := f.at("2025-07-11 08:00")
	var res booking.SyncResult
	var offers notify.Offers
	f.write(func(tx *store.Tx) error {
		if res, err = booking.SyncSessions(tx, now, sessions); err != nil {
			return err
		}
		if _, err := rp.QueueMoves(tx, now, res.Moves); err != nil {
			return err
		}
		offers, err = notify.QueueOffers(tx, f.cfg, f.tpl, now, res.Added)
		return err
	})
	var moved []string
	for _, m := range res.Moves {
		moved = append(moved, m.Booking.Name)
	}
	if want := []string{"Anna Warte", "Ben Egal"}; !slices.Equal(moved, want) {
		t.Errorf("moved up into %s = %v, want %v in line order", sessE, moved, want)
	}
	want := []string{"movedup:anna@warte.example", "movedup:ben@egal.example", "offer:carla@nur.example"}
	if got := recipients(f.outbox()); !slices.Equal(got, want) {
		t.Errorf("outbox = %v, want %v", got, want)
	}
	if len(offers.Queued) != 1 || !slices.Equal(offers.Queued[0].Offered, []string{sessE}) || offers.Queued[0].BookingID == 0 {
		t.Fatalf("offers = %+v, want one offer of %s recorded with the booking", offers.Queued, sessE)
	}
	if !strings.Contains(offers.Queued[0].Text, "Samstag, 6. September 2025, 13:00 Uhr") {
		t.Errorf("offer text does not name the new session:\n%s", offers.Queued[0].Text)
	}
	if len(offers.NoAddress) != 1 || offers.NoAddress[0].Name != "Dora Telefon" {
		t.Errorf("NoAddress = %v, want the phone registration", offers.NoAddress)
	}
	f.write(func(tx *store.Tx) error {
		o, err := tx.OfferByMessageID(offers.Queued[0].MessageID)
		if err == nil && !slices.Equal(o.Sessions, []string{sessE}) {
			t.Errorf("OfferByMessageID(offer).Sessions = %v, want [%s]", o.Sessions, sessE)
		}
		return err
	})
}
