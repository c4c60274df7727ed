package cli_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"anmeldebot/store"
)

// holdMail records a held mail from addr asking for session (as the
// worker would after an unsure reading) and returns its id.
func holdMail(t *testing.T, f *fixture, addr, intent string, party int, sessions ...string) int64 {
	t.Helper()
	f.mustRun("sessions") // creates the store and its sessions
	db, err := store.Open(context.Background(), f.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	raw, _ := json.Marshal(map[string]any{"Intent": intent, "Sessions": sessions, "PartySize": party,
		"Name": "Lena Frage", "Lang": "de", "Confidence": 0.4, "Evidence": []string{"am 16. August"}})
	var id int64
	err = db.Write(context.Background(), func(tx *store.Tx) error {
		id, err = tx.RecordMessage(store.Message{Key: "q1@mail.example", From: addr, Subject: "Frage zur Werkstatt",
			Reading: string(raw), Status: store.MessageHeld, Reason: "question for the coordinator",
			Excerpt: "Gibt es einen Aufzug? Dann kommen wir am 16. August zu zweit."}, time.Date(2025, 7, 10, 7, 0, 0, 0, time.UTC))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func messageStatus(t *testing.T, f *fixture, id int64) store.MessageStatus {
	t.Helper()
	db, err := store.Open(context.Background(), f.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var m store.Message
	err = db.Read(context.Background(), func(tx *store.Tx) error {
		m, err = tx.Message(id)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m.Status
}

func TestReviewListAndShow(t *testing.T) {
	f := newFixture(t)
	id := holdMail(t, f, "lena@frage.example", "question", 2, "2025-08-16-1800")
	out := f.mustRun("review")
	for _, want := range []string{"#1", "lena@frage.example", "Frage zur Werkstatt", "Aufzug"} {
		if !strings.Contains(out, want) {
			t.Errorf("review lacks %q:\n%s", want, out)
		}
	}
	out = f.mustRun("review", "1")
	for _, want := range []string{"Reading:  Frage", "am 16. August", "anmeldebot review 1 --book 2025-08-16-1800 --party 2", "anmeldebot review 1 --ignore"} {
		if !strings.Contains(out, want) {
			t.Errorf("review 1 lacks %q:\n%s", want, out)
		}
	}
	if messageStatus(t, f, id) != store.MessageHeld {
		t.Errorf("showing a mail settled it")
	}
}

func TestReviewBook(t *testing.T) {
	f := newFixture(t)
	id := holdMail(t, f, "lena@frage.example", "question", 2, "2025-08-16-1800")
	out := f.mustRun("review", "1", "--book", "2025-08-16-1800", "--party", "2")
	if !strings.Contains(out, "Booked") || !strings.Contains(out, "settled") {
		t.Errorf("review --book printed:\n%s", out)
	}
	if list := f.mustRun("list"); !hasRow(list, "1 16.08.2025 18:00 Lena Frage lena@frage.example - 2 booked review") {
		t.Errorf("list after review --book:\n%s", list)
	}
	mails := queuedMails(t, f)
	if len(mails) != 1 || mails[0].Kind != "booked" || mails[0].To != "lena@frage.example" || mails[0].InReplyTo != "q1@mail.example" {
		t.Errorf("queued = %+v, want one booked reply to lena in the mail's thread", mails)
	}
	if messageStatus(t, f, id) != store.MessageResolved {
		t.Errorf("mail still held after review --book")
	}
	if r := f.run("review", "1", "--ignore"); r.code == 0 {
		t.Errorf("settling a settled mail again succeeded")
	}
}

func TestReviewCancel(t *testing.T) {
	f := newFixture(t)
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Lena Frage", "--email", "lena@frage.example")
	id := holdMail(t, f, "lena@frage.example", "cancel", 1)
	f.mustRun("review", "1", "--cancel")
	if strings.Contains(f.mustRun("list"), "lena@frage.example") {
		t.Errorf("booking still listed after review --cancel")
	}
	mails := queuedMails(t, f)
	if len(mails) != 1 || mails[0].Kind != "cancelled" {
		t.Errorf("queued = %+v, want the cancellation reply", mails)
	}
	if messageStatus(t, f, id) != store.MessageResolved {
		t.Errorf("mail still held after review --cancel")
	}
}

func TestReviewIgnore(t *testing.T) {
	f := newFixture(t)
	id := holdMail(t, f, "lena@frage.example", "other", 1)
	f.mustRun("review", "1", "--ignore")
	if messageStatus(t, f, id) != store.MessageResolved {
		t.Errorf("mail still held after review --ignore")
	}
	if len(queuedMails(t, f)) != 0 {
		t.Errorf("review --ignore queued a mail")
	}
	if out := f.mustRun("review"); !strings.Contains(out, "No mails") {
		t.Errorf("review after ignoring the only mail:\n%s", out)
	}
}

func TestReviewReply(t *testing.T) {
	f := newFixture(t)
	id := holdMail(t, f, "lena@frage.example", "question", 1)
	file := filepath.Join(f.dir, "antwort.txt")
	text := "Guten Tag,\n\nja, das Rathaus Nord hat einen Aufzug.\n\nViele Grüße\n"
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	f.mustRun("review", "1", "--reply", file)
	mails := queuedMails(t, f)
	if len(mails) != 1 {
		t.Fatalf("queued %d mails, want the reply", len(mails))
	}
	m := mails[0]
	if m.To != "lena@frage.example" || m.Subject != "Re: Frage zur Werkstatt" || m.InReplyTo != "q1@mail.example" ||
		!strings.Contains(m.References, "q1@mail.example") || !strings.Contains(m.Text, "einen Aufzug") {
		t.Errorf("reply = %+v, want the file's text to lena, Re: her subject, in her thread", m)
	}
	if messageStatus(t, f, id) != store.MessageResolved {
		t.Errorf("mail still held after review --reply")
	}
}

func TestReviewUsage(t *testing.T) {
	f := newFixture(t)
	holdMail(t, f, "lena@frage.example", "question", 1)
	for _, args := range [][]string{
		{"review", "1", "--ignore", "--cancel"},
		{"review", "--ignore"},
		{"review", "eins"},
		{"review", "1", "--book", "2099-01-01-0000"},
		{"review", "1", "--party", "2"},
		{"review", "7"},
	} {
		if r := f.run(args...); r.code != 2 {
			t.Errorf("anmeldebot %s: exit %d, want 2; stderr %q", strings.Join(args, " "), r.code, r.stderr)
		}
	}
}
