package store

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestOutboxLifecycle(t *testing.T) {
	db := newDB(t)
	mail := func(id string) Mail {
		return Mail{Kind: "waitlisted", To: "Erika@Beispiel.example", ToName: "Erika", Subject: "Re: Anmeldung",
			MessageID: id, InReplyTo: "<req@mail.example>", Text: "Sie stehen auf der Warteliste.",
			Offered: []string{"2025-08-16-1300", "2025-08-16-1800"}}
	}
	mustWrite(t, db, func(tx *Tx) error {
		for _, id := range []string{"<1@bot.example>", "<2@bot.example>", "<3@bot.example>"} {
			if _, err := tx.Enqueue(mail(id), t0); err != nil {
				return err
			}
		}
		if _, err := tx.Enqueue(mail("<1@bot.example>"), t0); err == nil {
			t.Error("a second mail with the same Message-ID was queued")
		}
		due, err := tx.Due(t0, 2)
		if err != nil || len(due) != 2 || due[0].MessageID != "<1@bot.example>" || due[0].To != "erika@beispiel.example" {
			t.Fatalf("Due(limit 2) = %+v, %v", due, err)
		}
		if err := tx.MarkSent(due[0].ID, t0); err != nil {
			return err
		}
		if err := tx.MarkRetry(due[1].ID, errors.New("421 try later"), t0.Add(time.Minute)); err != nil {
			return err
		}
		return tx.MarkFailed(3, errors.New("550 no such user"), t0.Add(2*time.Minute))
	})
	db.Read(ctxb(), func(tx *Tx) error {
		if due, _ := tx.Due(t0.Add(30*time.Second), 10); len(due) != 0 {
			t.Errorf("Due before the retry time = %d mails, want 0", len(due))
		}
		due, _ := tx.Due(t0.Add(time.Minute), 10)
		if len(due) != 1 || due[0].Attempts != 1 || due[0].LastError != "421 try later" {
			t.Errorf("Due at the retry time = %+v, want mail 2 with one attempt", due)
		}
		failed, _ := tx.MailsByState(MailFailed)
		if len(failed) != 1 || failed[0].ID != 3 || failed[0].LastError != "550 no such user" {
			t.Errorf("failed mails = %+v", failed)
		}
		if n, _ := tx.RepliesSince("erika@beispiel.example", t0.Add(-time.Hour)); n != 3 {
			t.Errorf("RepliesSince = %d, want 3", n)
		}
		return nil
	})
}

func TestOfferByMessageID(t *testing.T) {
	db := newDB(t)
	mustWrite(t, db, func(tx *Tx) error {
		_, err := tx.Enqueue(Mail{Kind: "waitlisted", To: "erika@beispiel.example", Subject: "Re: x",
			MessageID: "<offer@bot.example>", InReplyTo: "<req@mail.example>", Text: "t",
			Offered: []string{"2025-08-16-1300", "2025-08-16-1800"}}, t0)
		return err
	})
	db.Read(ctxb(), func(tx *Tx) error {
		o, err := tx.OfferByMessageID("<offer@bot.example>")
		if err != nil || !slices.Equal(o.Sessions, []string{"2025-08-16-1300", "2025-08-16-1800"}) || o.InReplyTo != "<req@mail.example>" {
			t.Errorf("OfferByMessageID = %+v, %v", o, err)
		}
		if _, err := tx.OfferByMessageID("<other@mail.example>"); !errors.Is(err, ErrNotFound) {
			t.Errorf("OfferByMessageID(unknown) error = %v, want ErrNotFound", err)
		}
		return nil
	})
}

func TestMarkUnknownMail(t *testing.T) {
	db := newDB(t)
	err := db.Write(ctxb(), func(tx *Tx) error { return tx.MarkSent(99, t0) })
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkSent(99) = %v, want ErrNotFound", err)
	}
}
