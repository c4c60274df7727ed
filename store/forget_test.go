package store

import (
	"testing"
)

func TestForget(t *testing.T) {
	db := newDB(t)
	mustWrite(t, db, func(tx *Tx) error {
		addSession(t, tx, "s", t0.Add(72*3600e9))
		for _, b := range []Booking{
			{SessionID: "s", Name: "Erika Beispiel", Email: "Erika@Beispiel.example", Phone: "0631 1", Party: 2, State: Booked, Source: SourceMail, MessageID: "<e@mail.example>"},
			{SessionID: "s", Name: "Hans", Email: "hans@beispiel.example", Party: 1, State: Booked, Source: SourceMail},
		} {
			if _, err := tx.InsertBooking(b, t0); err != nil {
				return err
			}
		}
		if _, err := tx.RecordMessage(Message{Key: "<e@mail.example>", From: "erika@beispiel.example", Excerpt: "Ich heiße Erika"}, t0); err != nil {
			return err
		}
		_, err := tx.Enqueue(Mail{To: "erika@beispiel.example", Subject: "Re", MessageID: "<r@bot.example>", Text: "Hallo Erika"}, t0)
		return err
	})
	mustWrite(t, db, func(tx *Tx) error {
		f, err := tx.Forget(" ERIKA@beispiel.example ", t0)
		if err != nil {
			return err
		}
		if f != (Forgotten{Bookings: 1, Messages: 1, Mails: 1}) {
			t.Errorf("Forget = %+v, want one of each", f)
		}
		b, _ := tx.Booking(1)
		if b.Name != "" || b.Email != "" || b.Phone != "" || b.MessageID != "" || b.Party != 2 || b.State != Booked {
			t.Errorf("forgotten booking = %+v, want anonymous but counted", b)
		}
		if h, _ := tx.Booking(2); h.Name != "Hans" {
			t.Errorf("another person's booking changed: %+v", h)
		}
		m, err := tx.MessageByKey("<e@mail.example>")
		if err != nil || m.From != "" || m.Excerpt != "" {
			t.Errorf("the forgotten person's mail = %+v, %v; want only its key kept", m, err)
		}
		return nil
	})
}
