package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func ctxb() context.Context { return context.Background() }

func TestMessages(t *testing.T) {
	db := newDB(t)
	mustWrite(t, db, func(tx *Tx) error {
		if seen, err := tx.MessageSeen("<a@mail.example>"); seen || err != nil {
			t.Errorf("MessageSeen before Record = %v, %v", seen, err)
		}
		_, err := tx.RecordMessage(Message{Key: "<a@mail.example>", Folder: "INBOX", UIDValidity: 7, UID: 1,
			From: "Erika@Beispiel.example", Subject: "Anmeldung", Date: t0, Reading: `{"intent":"book"}`,
			Outcome: "booked 2025-07-24-1300", Excerpt: "Ich melde mich an"}, t0)
		if err != nil {
			return err
		}
		_, err = tx.RecordMessage(Message{Key: "<b@mail.example>", From: "hans@beispiel.example",
			Status: MessageHeld, Reason: "question", Excerpt: "Gibt es Parkplätze?"}, t0)
		return err
	})
	mustWrite(t, db, func(tx *Tx) error {
		if seen, _ := tx.MessageSeen("<a@mail.example>"); !seen {
			t.Error("MessageSeen after Record = false")
		}
		if _, err := tx.RecordMessage(Message{Key: "<a@mail.example>"}, t0); err == nil {
			t.Error("the same message was recorded twice")
		}
		return nil
	})
	mustWrite(t, db, func(tx *Tx) error {
		held, err := tx.HeldMessages()
		if err != nil || len(held) != 1 || held[0].Key != "<b@mail.example>" || held[0].Reason != "question" {
			t.Fatalf("HeldMessages = %+v, %v", held, err)
		}
		if err := tx.ResolveMessage(held[0].ID, "answered by hand", t0.Add(time.Hour)); err != nil {
			return err
		}
		if err := tx.ResolveMessage(held[0].ID, "again", t0); !errors.Is(err, ErrNotFound) {
			t.Errorf("resolving twice = %v, want ErrNotFound", err)
		}
		m, err := tx.Message(held[0].ID)
		if err != nil || m.Status != MessageResolved || m.Outcome != "answered by hand" {
			t.Errorf("after Resolve: %+v, %v", m, err)
		}
		a, err := tx.MessageByKey("<a@mail.example>")
		if err != nil || a.From != "erika@beispiel.example" || !a.Date.Equal(t0) || a.UIDValidity != 7 {
			t.Errorf("MessageByKey = %+v, %v", a, err)
		}
		return nil
	})
}

func TestMailboxState(t *testing.T) {
	db := newDB(t)
	mustWrite(t, db, func(tx *Tx) error {
		if v, u, err := tx.LastUID("INBOX"); v != 0 || u != 0 || err != nil {
			t.Errorf("LastUID of a new folder = %d, %d, %v", v, u, err)
		}
		if err := tx.SetLastUID("INBOX", 1700000000, 41); err != nil {
			return err
		}
		if err := tx.SetLastUID("INBOX", 1700000000, 42); err != nil {
			return err
		}
		if v, u, _ := tx.LastUID("INBOX"); v != 1700000000 || u != 42 {
			t.Errorf("LastUID = %d, %d; want 1700000000, 42", v, u)
		}
		return nil
	})
}
