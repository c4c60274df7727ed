package digest

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// TestFailedMailReportedOnce: a refused mail is in the first digest after
// the server refused it, even when it was queued before the last digest,
// in no later digest, and in none once the coordinator settled it.
func TestFailedMailReportedOnce(t *testing.T) {
	db, cfg := fixedStore(t) // refused at 08:40: mail r1
	var late int64
	write(t, db, func(tx *store.Tx) error {
		id, err := tx.Enqueue(store.Mail{Kind: "booked", To: "spaet@beispiel.example", Subject: "Re: Anmeldung",
			MessageID: "late@stadt.example", Text: "Guten Tag"}, clock(t, cfg, "06:50"))
		if err != nil {
			return err
		}
		late = id
		return tx.MarkFailed(id, errorString("550 5.1.1 mailbox unknown"), clock(t, cfg, "07:30"))
	})
	failed := func(since string) string {
		var ids []int64
		for _, n := range build(t, db, cfg, clock(t, cfg, since), clock(t, cfg, "09:00")).Needs {
			if n.Kind == "failed" {
				ids = append(ids, n.ID)
			}
		}
		return fmt.Sprint(ids)
	}
	tests := []struct{ since, want string }{
		{"07:00", fmt.Sprint([]int64{late, 1})}, // late: queued before 07:00, refused after it
		{"08:00", "[1]"},
		{"08:45", "[]"},
	}
	for _, tt := range tests {
		if got := failed(tt.since); got != tt.want {
			t.Errorf("digest since %s lists failed mails %s, want %s", tt.since, got, tt.want)
		}
	}
	write(t, db, func(tx *store.Tx) error { return tx.DismissMail(1) })
	if got := failed("07:00"); got != fmt.Sprint([]int64{late}) {
		t.Errorf("after dismissing mail 1, digest since 07:00 lists %s, want [%d]", got, late)
	}
}

// TestHeldMailAlreadyBooked: a mail the worker booked and held only for
// its question offers no --book (the person is booked), only a reply or
// ignoring it, and says what is booked.
func TestHeldMailAlreadyBooked(t *testing.T) {
	cfg := loadConfig(t, testConfig)
	now := clock(t, cfg, "08:00")
	db := openDB(t, cfg, now)
	r := testReading{Intent: "register", Sessions: []string{sessA}, PartySize: 2, Name: "Lena Frage",
		Confidence: 0.9, Evidence: []string{"am 24. Juli"}, Lang: "de"}
	raw, _ := json.Marshal(r)
	write(t, db, func(tx *store.Tx) error {
		if _, err := tx.RecordMessage(store.Message{Key: "lena@mail.example", From: "lena@frage.example",
			Subject: "Anmeldung und Frage", Reading: string(raw), Status: store.MessageHeld,
			Reason: "asks a question besides: needs an answer", Outcome: "booked " + sessA,
			Excerpt: "Wir kommen am 24. Juli zu zweit. Gibt es einen Aufzug?"}, now); err != nil {
			return err
		}
		_, err := booking.Book(tx, now, booking.Request{Name: "Lena Frage", Email: "lena@frage.example", Party: 2,
			Sessions: []string{sessA}, Source: store.SourceMail, MessageID: "lena@mail.example"})
		return err
	})
	d := build(t, db, cfg, clock(t, cfg, "07:00"), clock(t, cfg, "09:00"))
	if len(d.Needs) != 1 {
		t.Fatalf("Needs = %v, want the held mail", d.Needs)
	}
	n := d.Needs[0]
	cmds := strings.Join(n.Commands, "\n")
	if strings.Contains(cmds, "--book") || !strings.Contains(cmds, "--reply") || !strings.Contains(cmds, "--ignore") {
		t.Errorf("commands for a booked held mail:\n%s\nwant only --reply and --ignore", cmds)
	}
	if want := "bereits gebucht: Do 24.07.2025 13:00, 2 Personen"; !strings.Contains(n.Booked, want) {
		t.Errorf("Booked = %q, want it to say %q", n.Booked, want)
	}
	text, err := RenderText(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "bereits gebucht") || strings.Contains(text, "--book") {
		t.Errorf("digest text for a booked held mail:\n%s", text)
	}
}
