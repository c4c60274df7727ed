package store

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

// failThree queues three mails and has the server refuse them at t0+1m,
// t0+2m and t0+3m; it returns their ids.
func failThree(t *testing.T, db *DB) []int64 {
	t.Helper()
	var ids []int64
	mustWrite(t, db, func(tx *Tx) error {
		for i := range 3 {
			id, err := tx.Enqueue(Mail{Kind: "booked", To: "tippfehler@beispiel.example", Subject: "Re: Anmeldung",
				MessageID: fmt.Sprintf("<f%d@bot.example>", i), Text: "t"}, t0)
			if err != nil {
				return err
			}
			if err := tx.MarkFailed(id, errors.New("550 mailbox unknown"), t0.Add(time.Duration(i+1)*time.Minute)); err != nil {
				return err
			}
			ids = append(ids, id)
		}
		return nil
	})
	return ids
}

func failedIDs(t *testing.T, db *DB, since time.Time) []int64 {
	t.Helper()
	var ids []int64
	db.Read(ctxb(), func(tx *Tx) error {
		ms, err := tx.FailedMails(since)
		if err != nil {
			t.Fatalf("FailedMails: %v", err)
		}
		for _, m := range ms {
			ids = append(ids, m.ID)
		}
		return nil
	})
	return ids
}

// TestFailedMails: MarkFailed stamps the time, Mail finds a mail by id,
// and FailedMails lists each failure after since, once, unless dismissed.
func TestFailedMails(t *testing.T) {
	db := newDB(t)
	ids := failThree(t, db)
	db.Read(ctxb(), func(tx *Tx) error {
		m, err := tx.Mail(ids[1])
		if err != nil || m.State != MailFailed || !m.FailedAt.Equal(t0.Add(2*time.Minute)) || m.LastError != "550 mailbox unknown" || m.Attempts != 1 {
			t.Errorf("Mail(%d) = %+v, %v; want failed at t0+2m", ids[1], m, err)
		}
		if _, err := tx.Mail(99); !errors.Is(err, ErrNotFound) {
			t.Errorf("Mail(99) error = %v, want ErrNotFound", err)
		}
		return nil
	})
	tests := []struct {
		since time.Time
		want  string
	}{
		{time.Time{}, fmt.Sprint(ids)},
		{t0.Add(time.Minute), fmt.Sprint(ids[1:])}, // the failure at since was in the last digest
		{t0.Add(3 * time.Minute), "[]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(failedIDs(t, db, tt.since)); got != tt.want {
			t.Errorf("FailedMails(%v) = %s, want %s", tt.since, got, tt.want)
		}
	}
	mustWrite(t, db, func(tx *Tx) error { return tx.DismissMail(ids[0]) })
	if got, want := fmt.Sprint(failedIDs(t, db, time.Time{})), fmt.Sprint(ids[1:]); got != want {
		t.Errorf("FailedMails after DismissMail(%d) = %s, want %s", ids[0], got, want)
	}
	err := db.Write(ctxb(), func(tx *Tx) error { return tx.DismissMail(ids[0]) })
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("DismissMail twice = %v, want ErrNotFound", err)
	}
}

// TestRequeueMail: a requeued failure is due at once with a fresh count
// of attempts and no longer listed as failed; mails that are not
// unsettled failures cannot be requeued.
func TestRequeueMail(t *testing.T) {
	db := newDB(t)
	ids := failThree(t, db)
	now := t0.Add(time.Hour)
	mustWrite(t, db, func(tx *Tx) error {
		if err := tx.RequeueMail(ids[2], now); err != nil {
			return err
		}
		return tx.DismissMail(ids[1])
	})
	db.Read(ctxb(), func(tx *Tx) error {
		due, err := tx.Due(now, 10)
		if err != nil || len(due) != 1 || due[0].ID != ids[2] || due[0].Attempts != 0 || !due[0].FailedAt.IsZero() {
			t.Errorf("Due after RequeueMail = %+v, %v; want mail %d, 0 attempts", due, err, ids[2])
		}
		return nil
	})
	if got, want := fmt.Sprint(failedIDs(t, db, time.Time{})), fmt.Sprint(ids[:1]); got != want {
		t.Errorf("FailedMails after requeue and dismiss = %s, want %s", got, want)
	}
	for name, id := range map[string]int64{"queued": ids[2], "dismissed": ids[1], "unknown": 99} {
		err := db.Write(ctxb(), func(tx *Tx) error { return tx.RequeueMail(id, now) })
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("RequeueMail(%s mail) = %v, want ErrNotFound", name, err)
		}
	}
}
