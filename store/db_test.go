package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func newDB(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "a?b#c.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func mustWrite(t *testing.T, db *DB, fn func(*Tx) error) {
	t.Helper()
	if err := db.Write(context.Background(), fn); err != nil {
		t.Fatal(err)
	}
}

func TestOpenPragmas(t *testing.T) {
	db := newDB(t)
	for _, c := range []struct{ pragma, want string }{
		{"journal_mode", "wal"}, {"foreign_keys", "1"}, {"busy_timeout", "10000"},
	} {
		var got string
		if err := db.write.QueryRow("PRAGMA " + c.pragma).Scan(&got); err != nil || got != c.want {
			t.Errorf("PRAGMA %s = %q, %v; want %q", c.pragma, got, err, c.want)
		}
	}
}

func TestWriteRollsBackOnError(t *testing.T) {
	db := newDB(t)
	boom := errors.New("boom")
	err := db.Write(context.Background(), func(tx *Tx) error {
		if _, err := tx.InsertBooking(Booking{Name: "Erika", Email: "e@beispiel.example", Party: 1,
			State: Waitlisted, Source: SourceMail}, t0); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Write error = %v, want boom", err)
	}
	db.Read(context.Background(), func(tx *Tx) error {
		if bs, _ := tx.WaitingLine(); len(bs) != 0 {
			t.Errorf("after rollback the waiting line has %d entries", len(bs))
		}
		return nil
	})
}

func TestReadIsReadOnly(t *testing.T) {
	db := newDB(t)
	err := db.Read(context.Background(), func(tx *Tx) error {
		return tx.SetLastUID("INBOX", 1, 2)
	})
	if err == nil {
		t.Fatal("a write inside Read succeeded")
	}
}

func TestForeignKeysEnforced(t *testing.T) {
	db := newDB(t)
	err := db.Write(context.Background(), func(tx *Tx) error {
		_, err := tx.InsertBooking(Booking{SessionID: "no-such-session", Name: "Erika", Party: 1,
			State: Booked, Source: SourcePhone}, t0)
		return err
	})
	if err == nil {
		t.Fatal("booking into an unknown session was stored")
	}
}

func TestNewFileIsPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "private.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode of a new store file = %v, %v; want -rw-------", fi.Mode(), err)
	}
}
