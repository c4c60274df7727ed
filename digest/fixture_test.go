package digest

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/store"
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

[digest]
to = "koordination@stadt.example"
high_demand_threshold = 2

[[session]]
id = "2025-07-24-1300"
title = "Werkstatt"
start = 2025-07-24T13:00:00
duration = "1h"
location = "Rathaus Nord, Raum C409"
capacity = 3

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
)

func loadConfig(t *testing.T, text string) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(text), "test.toml")
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// clock returns local Berlin times on 10 July 2025, a fortnight before
// the first session.
func clock(t *testing.T, cfg *config.Config, hhmm string) time.Time {
	t.Helper()
	v, err := time.ParseInLocation("2006-01-02 15:04", "2025-07-10 "+hhmm, cfg.Location)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func openDB(t *testing.T, cfg *config.Config, now time.Time) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "anmeldebot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	write(t, db, func(tx *store.Tx) error {
		_, err := booking.SyncSessions(tx, now, cfg.Sessions)
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

// testReading is what the worker stores as the reading of a mail.
type testReading struct {
	Intent     string
	Sessions   []string
	PartySize  int
	Name       string
	Confidence float64
	Evidence   []string
	Lang       string
}

// mailBooking records a mail with its reading and books what it asked.
func mailBooking(t *testing.T, db *store.DB, now time.Time, name, addr string, party int, session, excerpt string, evidence ...string) {
	t.Helper()
	key := name + "@mail.example"
	r := testReading{Intent: "register", Sessions: []string{session}, PartySize: party, Name: name,
		Confidence: 0.9, Evidence: evidence, Lang: "de"}
	write(t, db, func(tx *store.Tx) error {
		raw, _ := json.Marshal(r)
		if _, err := tx.RecordMessage(store.Message{Key: key, From: addr, Subject: "Anmeldung",
			Reading: string(raw), Excerpt: excerpt, Outcome: "booked"}, now); err != nil {
			return err
		}
		_, err := booking.Book(tx, now, booking.Request{Name: name, Email: addr, Party: party,
			Sessions: []string{session}, Source: store.SourceMail, MessageID: key})
		return err
	})
}

// fixedStore is the store of the golden tests: a session filled, parties
// waiting (one by phone), a cancellation moving two up, one party left
// waiting (2 places: high demand at the threshold of 2), a held question
// and a refused reply.
func fixedStore(t *testing.T) (*store.DB, *config.Config) {
	cfg := loadConfig(t, testConfig)
	db := openDB(t, cfg, clock(t, cfg, "06:00"))
	mailBooking(t, db, clock(t, cfg, "08:01"), "Erika Beispiel", "erika@beispiel.example", 2, sessD,
		"Hallo, wir möchten uns für den 16. August abends anmelden, wir kommen zu zweit.", "16. August abends", "zu zweit")
	mailBooking(t, db, clock(t, cfg, "08:02"), "Max Muster", "max@muster.example", 1, sessD,
		"Ich würde gern am 16.8. um 18 Uhr kommen.", "16.8. um 18 Uhr")
	mailBooking(t, db, clock(t, cfg, "08:03"), "Jonas Probe", "jonas@probe.example", 3, sessA,
		"Wir sind drei Leute und kommen am 24. Juli mittags.", "24. Juli mittags", "drei Leute")
	write(t, db, func(tx *store.Tx) error {
		_, err := booking.Book(tx, clock(t, cfg, "08:10"), booking.Request{Name: "Paula Telefon",
			Phone: "0631 555 0101", Party: 1, Sessions: []string{sessD}, Source: store.SourcePhone})
		return err
	})
	mailBooking(t, db, clock(t, cfg, "08:12"), "Anna Spät", "anna@spaet.example", 2, sessD,
		"Gibt es am 16. August abends noch zwei Plätze?", "16. August abends", "zwei Plätze")
	write(t, db, func(tx *store.Tx) error {
		_, err := booking.Cancel(tx, clock(t, cfg, "08:20"), booking.CancelRequest{Email: "erika@beispiel.example", Cause: store.CauseCLI})
		return err
	})
	heldQuestion(t, db, clock(t, cfg, "08:30"))
	failedMail(t, db, clock(t, cfg, "08:40"))
	return db, cfg
}

func heldQuestion(t *testing.T, db *store.DB, now time.Time) {
	r := testReading{Intent: "question", Sessions: []string{sessA}, PartySize: 1, Name: "Lena Frage",
		Confidence: 0.5, Evidence: []string{"gibt es einen Aufzug?"}, Lang: "de"}
	raw, _ := json.Marshal(r)
	write(t, db, func(tx *store.Tx) error {
		_, err := tx.RecordMessage(store.Message{Key: "lena@mail.example", From: "lena@frage.example",
			Subject: "Frage zum Termin", Reading: string(raw), Status: store.MessageHeld, Reason: "question for the coordinator",
			Excerpt: "Gibt es einen Aufzug im Rathaus Nord? Dann komme ich am 24. Juli."}, now)
		return err
	})
}

func failedMail(t *testing.T, db *store.DB, now time.Time) {
	write(t, db, func(tx *store.Tx) error {
		id, err := tx.Enqueue(store.Mail{Kind: "booked", To: "tippfehler@beispiel.example", Subject: "Re: Anmeldung",
			MessageID: "r1@stadt.example", Text: "Guten Tag, Sie sind angemeldet."}, now)
		if err != nil {
			return err
		}
		return tx.MarkFailed(id, errorString("550 5.1.1 mailbox unknown"), now)
	})
}

type errorString string

func (e errorString) Error() string { return string(e) }
