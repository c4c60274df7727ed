package store

import (
	"testing"
	"time"
)

// addSession stores a session starting at start with capacity 15.
func addSession(t *testing.T, tx *Tx, id string, start time.Time) {
	t.Helper()
	if _, _, err := tx.UpsertSession(Session{ID: id, Title: "Werkstatt", Start: start, Duration: time.Hour, Capacity: 15}, t0); err != nil {
		t.Fatal(err)
	}
}

func TestRemindersOncePerBookingAndSession(t *testing.T) {
	db := newDB(t)
	mustWrite(t, db, func(tx *Tx) error {
		addSession(t, tx, "soon", t0.Add(24*time.Hour))
		addSession(t, tx, "later", t0.Add(10*24*time.Hour))
		for _, b := range []Booking{
			{SessionID: "soon", Name: "Erika", Email: "erika@beispiel.example", Party: 1, State: Booked, Source: SourceMail},
			{SessionID: "later", Name: "Hans", Email: "hans@beispiel.example", Party: 1, State: Booked, Source: SourceMail},
			{SessionID: "soon", Name: "Ida", Email: "ida@beispiel.example", Party: 1, State: Cancelled, Source: SourceMail},
		} {
			if _, err := tx.InsertBooking(b, t0); err != nil {
				return err
			}
		}
		due, err := tx.RemindersDue(t0, 48*time.Hour)
		if err != nil || len(due) != 1 || due[0].Name != "Erika" {
			t.Fatalf("RemindersDue = %+v, %v; want only Erika", due, err)
		}
		if err := tx.MarkReminded(due[0].ID, due[0].SessionID, t0); err != nil {
			return err
		}
		if due, _ := tx.RemindersDue(t0, 48*time.Hour); len(due) != 0 {
			t.Errorf("after MarkReminded %d reminders are due, want 0", len(due))
		}
		if due, _ := tx.RemindersDue(t0.Add(25*time.Hour), 48*time.Hour); len(due) != 0 {
			t.Errorf("a started session still gets %d reminders", len(due))
		}
		return nil
	})
}

func TestLastDigest(t *testing.T) {
	db := newDB(t)
	mustWrite(t, db, func(tx *Tx) error {
		if last, err := tx.LastDigest(); !last.IsZero() || err != nil {
			t.Errorf("LastDigest of a new store = %v, %v", last, err)
		}
		if err := tx.SetLastDigest(t0); err != nil {
			return err
		}
		if last, _ := tx.LastDigest(); !last.Equal(t0) {
			t.Errorf("LastDigest = %v, want %v", last, t0)
		}
		return nil
	})
}
