package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/mattn/go-sqlite3"
)

// migration is one step of the schema. Steps are never edited once
// released: a change to the schema is a new step at the end of the list.
type migration struct {
	name string
	sql  string
}

// migrations returns the ordered schema steps; step i brings the file to
// user_version i+1.
func migrations() []migration {
	return []migration{
		{"sessions, bookings, waiting choices, audit log", schemaV1},
		{"processed messages, mailbox state, outbox", schemaV2},
		{"reminders and key/value state (digest)", schemaV3},
		{"outbox: failed_at and dismissed", schemaV4},
		{"outbox: lease_until (a sender's claim)", schemaV5},
	}
}

// SchemaVersion is the newest schema this binary knows.
func SchemaVersion() int { return len(migrations()) }

// migrateRetrying runs migrate, starting over when SQLite answers "database
// is locked" at once. That happens on a brand-new file while another
// process switches it to WAL mode: SQLite then reports busy without waiting
// in the busy handler. Each step is idempotent, so starting over is safe.
func migrateRetrying(ctx context.Context, db *sql.DB, target int) error {
	for attempt := 1; ; attempt++ {
		err := migrate(ctx, db, target)
		if err == nil || attempt == 30 || !isBusy(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt) * 10 * time.Millisecond):
		}
	}
}

// isBusy reports whether err is SQLite's "busy" or "locked".
func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

// migrate brings the file up to version target, one transaction per step.
func migrate(ctx context.Context, db *sql.DB, target int) error {
	steps := migrations()
	for v := 0; v < target; v++ {
		if err := migrateStep(ctx, db, v+1, steps[v]); err != nil {
			return err
		}
	}
	return checkNotNewer(ctx, db, len(steps))
}

// migrateStep applies step to a file at version-1 and does nothing to a
// file that already has it. The version is read inside the (immediate)
// transaction, so two processes starting at once apply a step only once.
func migrateStep(ctx context.Context, db *sql.DB, version int, step migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %d: %w", version, err)
	}
	defer tx.Rollback()
	var have int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("migration %d: reading user_version: %w", version, err)
	}
	if have >= version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, step.sql); err != nil {
		return fmt.Errorf("migration %d (%s): %w", version, step.name, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
		return fmt.Errorf("migration %d: setting user_version: %w", version, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %d: committing: %w", version, err)
	}
	return nil
}

func checkNotNewer(ctx context.Context, db *sql.DB, known int) error {
	var have int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("reading user_version: %w", err)
	}
	if have > known {
		return fmt.Errorf("the file has schema version %d, this program knows only up to %d: use a newer anmeldebot", have, known)
	}
	return nil
}

// Version returns the file's schema version (PRAGMA user_version).
func (t *Tx) Version() (int, error) {
	var v int
	if err := t.queryRow("PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("reading user_version: %w", err)
	}
	return v, nil
}
