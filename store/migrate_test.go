package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var t0 = time.Date(2025, 7, 10, 7, 0, 0, 0, time.UTC)

// openAt creates a file at an old schema version, as an older binary left it.
func openAt(t *testing.T, path string, version int) *sql.DB {
	t.Helper()
	raw, err := sql.Open("sqlite3", dsn(path, "immediate", false))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(context.Background(), raw, version); err != nil {
		t.Fatalf("migrating to %d: %v", version, err)
	}
	return raw
}

func TestMigrateKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	raw := openAt(t, path, 1)
	for _, q := range []string{
		`INSERT INTO sessions (id, title, start, capacity, created, updated)
		 VALUES ('2025-07-24-1300', 'Werkstatt', '2025-07-24T11:00:00.000000Z', 15, '2025-07-10T07:00:00.000000Z', '2025-07-10T07:00:00.000000Z')`,
		`INSERT INTO bookings (session_id, name, email, party, state, source, created, updated)
		 VALUES ('2025-07-24-1300', 'Erika Beispiel', 'erika@beispiel.example', 2, 'booked', 'mail', '2025-07-10T07:00:00.000000Z', '2025-07-10T07:00:00.000000Z')`,
		`INSERT INTO audit (at, action, booking_id, session_id, cause) VALUES ('2025-07-10T07:00:00.000000Z', 'booked', 1, '2025-07-24-1300', '<a@mail.example>')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("old data: %v", err)
		}
	}
	raw.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open on a version 1 file: %v", err)
	}
	defer db.Close()
	err = db.Write(ctx, func(tx *Tx) error {
		if v, _ := tx.Version(); v != SchemaVersion() {
			t.Errorf("version after Open = %d, want %d", v, SchemaVersion())
		}
		b, err := tx.Booking(1)
		if err != nil || b.Name != "Erika Beispiel" || b.Party != 2 || b.SessionID != "2025-07-24-1300" {
			t.Errorf("booking after migration = %+v, %v", b, err)
		}
		log, err := tx.AuditSince(time.Time{})
		if err != nil || len(log) != 1 || log[0].Cause != "<a@mail.example>" {
			t.Errorf("audit after migration = %+v, %v", log, err)
		}
		// The new tables work.
		_, err = tx.Enqueue(Mail{To: "erika@beispiel.example", Subject: "s", MessageID: "<m1@bot.example>", Text: "t"}, t0)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	raw := openAt(t, path, SchemaVersion())
	if _, err := raw.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	_, err := Open(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), "99") {
		t.Fatalf("Open(version 99) error = %v, want a refusal naming the version", err)
	}
}

// TestOpenConcurrently: several processes starting at once on a new file
// must migrate it once, without errors.
func TestOpenConcurrently(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fresh.db")
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			db, err := Open(context.Background(), path)
			if err == nil {
				err = db.Close()
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("Open: %v", err)
		}
	}
}

// TestMigrateFailedAt: failures recorded before schema 4 get their last
// try as failed_at, so the next digest reports them by time like new ones.
func TestMigrateFailedAt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v3.db")
	raw := openAt(t, path, 3)
	_, err := raw.Exec(`INSERT INTO outbox (kind, to_addr, subject, message_id, text_body, state, attempts, next_attempt, last_error, created)
		VALUES ('booked', 'tippfehler@beispiel.example', 'Re: x', '<f@bot.example>', 't', 'failed', 1,
		'2025-07-10T07:05:00.000000Z', '550 mailbox unknown', '2025-07-10T07:00:00.000000Z')`)
	raw.Close()
	if err != nil {
		t.Fatalf("old data: %v", err)
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open on a version 3 file: %v", err)
	}
	defer db.Close()
	db.Read(ctxb(), func(tx *Tx) error {
		m, err := tx.Mail(1)
		if err != nil || !m.FailedAt.Equal(t0.Add(5*time.Minute)) || m.Dismissed {
			t.Errorf("failed mail after migration = %+v, %v; want failed_at = its last try", m, err)
		}
		if ms, err := tx.FailedMails(t0); err != nil || len(ms) != 1 {
			t.Errorf("FailedMails after migration = %d mails, %v; want 1", len(ms), err)
		}
		return nil
	})
}
