package digest

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/notify"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// phoneBooking books (or waitlists) a party that gave only a phone number.
func phoneBooking(t *testing.T, db *store.DB, now time.Time, name, phone, session string) {
	t.Helper()
	write(t, db, func(tx *store.Tx) error {
		_, err := booking.Book(tx, now, booking.Request{Name: name, Phone: phone, Party: 1,
			Sessions: []string{session}, Source: store.SourcePhone, Cause: store.CausePhone})
		return err
	})
}

// TestPhoneCallsInDigest: people without an address who moved up, are due
// a reminder, or could take a new session are in "Braucht Sie" with name,
// number, session and what to tell them, not only in the daemon's log.
func TestPhoneCallsInDigest(t *testing.T) {
	cfg := loadConfig(t, testConfig)
	at := clock(t, cfg, "08:00")
	db := openDB(t, cfg, at)
	mailBooking(t, db, at, "Erika Beispiel", "erika@beispiel.example", 1, sessD, "16. August")
	mailBooking(t, db, at, "Max Muster", "max@muster.example", 1, sessD, "16. August")
	phoneBooking(t, db, at, "Dora Telefon", "0631 555 0102", sessD) // waits, moves up
	phoneBooking(t, db, at, "Paul Telefon", "0631 555 0103", sessD) // waits, offered the new session
	phoneBooking(t, db, at, "Otto Telefon", "0631 555 0104", sessA) // reminded
	write(t, db, func(tx *store.Tx) error {
		_, err := booking.Cancel(tx, at, booking.CancelRequest{Email: "max@muster.example", Cause: store.CauseCLI})
		return err
	})
	tpl, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	extra := config.Session{ID: "2025-09-06-1300", Title: "Werkstatt", Start: time.Date(2025, 9, 6, 13, 0, 0, 0, cfg.Location),
		Duration: config.Duration(time.Hour), Location: "Rathaus Nord", Capacity: 3}
	write(t, db, func(tx *store.Tx) error {
		res, err := booking.SyncSessions(tx, at, append(slices.Clone(cfg.Sessions), extra))
		if err != nil {
			return err
		}
		_, err = notify.QueueOffers(tx, cfg, tpl, at, res.Added)
		return err
	})
	remindAt := time.Date(2025, 7, 22, 14, 0, 0, 0, cfg.Location)
	if _, err := notify.QueueReminders(context.Background(), db, cfg, tpl, remindAt); err != nil {
		t.Fatal(err)
	}
	d := build(t, db, cfg, clock(t, cfg, "07:00"), remindAt.Add(time.Hour))
	var got []string
	for _, c := range d.Calls {
		got = append(got, c.Name+": "+c.Tell)
	}
	want := []string{"Dora Telefon: ist von der Warteliste nachgerückt",
		"Paul Telefon: neuer Termin frei (nicht gewählt, wartet auf einen vollen Termin)",
		"Otto Telefon: Erinnerung telefonisch"}
	if !slices.Equal(got, want) {
		t.Errorf("Calls = %q, want %q", got, want)
	}
	m, err := Render(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"BRAUCHT SIE (3)", "Bitte anrufen: Dora Telefon, Tel. 0631 555 0102, 1 Person",
		"Sa 16.08.2025 18:00: ist von der Warteliste nachgerückt", "Sa 06.09.2025 13:00: neuer Termin frei",
		"bei Zusage: anmeldebot book --session 2025-09-06-1300 --name 'Paul Telefon' --phone '0631 555 0103'",
		"Do 24.07.2025 13:00: Erinnerung telefonisch", "bei Absage: anmeldebot cancel --id"} {
		if !strings.Contains(m.Text, s) {
			t.Errorf("digest text lacks %q:\n%s", s, m.Text)
		}
	}
	if !strings.Contains(m.Subject, "3 für Sie") || !strings.Contains(m.HTML, "Bitte anrufen: Otto Telefon") {
		t.Errorf("subject %q or HTML does not count or show the calls", m.Subject)
	}
	if d.Empty() {
		t.Errorf("a digest with calls to make is Empty()")
	}
}

// TestPhoneCallGoneAfterCancel: a phone party that moved up and then
// cancelled needs no call.
func TestPhoneCallGoneAfterCancel(t *testing.T) {
	db, cfg := fixedStore(t) // Paula Telefon moved up at 08:20
	write(t, db, func(tx *store.Tx) error {
		_, err := booking.Cancel(tx, clock(t, cfg, "08:50"), booking.CancelRequest{Phone: "0631 555 0101", Cause: store.CausePhone})
		return err
	})
	if d := build(t, db, cfg, clock(t, cfg, "07:00"), clock(t, cfg, "09:00")); len(d.Calls) != 0 {
		t.Errorf("Calls = %+v after the phone party cancelled, want none", d.Calls)
	}
}
