package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// BusyTimeout is how long a transaction waits for another process's write
// lock before it gives up with "database is locked".
const BusyTimeout = 10 * time.Second

// ErrNotFound is returned (wrapped) when a row asked for by key is missing.
var ErrNotFound = errors.New("not found")

// DB is an open store. It holds two pools: one for writes, whose
// transactions begin IMMEDIATE, and one for reads, whose transactions are
// deferred and query-only.
type DB struct {
	path  string
	write *sql.DB
	read  *sql.DB
}

// Tx is one transaction. Its methods are the store's SQL; they are only
// valid inside the function given to DB.Write or DB.Read.
type Tx struct {
	ctx context.Context
	tx  *sql.Tx
}

// Open opens (creating it if needed) the SQLite file at path and migrates
// it to the newest schema.
func Open(ctx context.Context, path string) (*DB, error) {
	if err := createPrivate(path); err != nil {
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	w, err := sql.Open("sqlite3", dsn(path, "immediate", false))
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	// One writer per process: goroutines queue in database/sql instead of
	// spinning on SQLite's busy handler; other processes wait in it.
	w.SetMaxOpenConns(1)
	d := &DB{path: path, write: w}
	if err := migrateRetrying(ctx, w, len(migrations())); err != nil {
		w.Close()
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	r, err := sql.Open("sqlite3", dsn(path, "deferred", true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("opening store %s: %w", path, err)
	}
	d.read = r
	return d, nil
}

// createPrivate creates a missing store file readable by its owner only:
// it holds names and addresses. SQLite gives its -wal and -shm files the
// same mode.
func createPrivate(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}

func dsn(path, txlock string, readOnly bool) string {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", fmt.Sprint(BusyTimeout.Milliseconds()))
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", txlock)
	if readOnly {
		q.Set("_query_only", "on")
	}
	return "file:" + escapePath(path) + "?" + q.Encode()
}

// escapePath keeps '?' and '#' in a file name from being read as the start
// of the DSN's query.
func escapePath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

// Path is the file the store was opened from.
func (d *DB) Path() string { return d.path }

// Close closes both pools.
func (d *DB) Close() error {
	return errors.Join(d.read.Close(), d.write.Close())
}

// Write runs fn in one write transaction and commits when fn returns nil;
// any error (or panic) rolls everything back.
func (d *DB) Write(ctx context.Context, fn func(*Tx) error) error {
	return run(ctx, d.write, fn)
}

// Read runs fn in one read-only transaction (a consistent snapshot).
func (d *DB) Read(ctx context.Context, fn func(*Tx) error) error {
	return run(ctx, d.read, fn)
}

func run(ctx context.Context, db *sql.DB, fn func(*Tx) error) (err error) {
	sqlTx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("beginning transaction: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			sqlTx.Rollback()
			panic(p)
		}
		if err != nil {
			sqlTx.Rollback()
		}
	}()
	if err = fn(&Tx{ctx: ctx, tx: sqlTx}); err != nil {
		return err
	}
	if err = sqlTx.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}

func (t *Tx) exec(query string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(t.ctx, query, args...)
}

func (t *Tx) query(query string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(t.ctx, query, args...)
}

func (t *Tx) queryRow(query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(t.ctx, query, args...)
}

// timeLayout is fixed-width so that text order is time order.
const timeLayout = "2006-01-02T15:04:05.000000Z07:00"

// ts formats a time for storage; the zero time is stored as "".
func ts(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// parseTS reads a stored time; "" is the zero time.
func parseTS(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}

// NormEmail is how addresses are compared and stored: trimmed, lower case.
func NormEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
