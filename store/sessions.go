package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Session is one date of the workshop as the store knows it (synced from
// the configuration's [[session]] blocks).
type Session struct {
	ID       string
	Title    string
	Start    time.Time // UTC when read back; convert for display
	Duration time.Duration
	Location string
	Capacity int
	Closed   bool // closed in the configuration: listed, takes no booking
	Removed  bool // gone from the configuration: hidden, kept for history
}

// Bookable reports whether the session takes bookings and move-ups at now:
// not closed, not removed, not yet started.
func (s Session) Bookable(now time.Time) bool {
	return !s.Closed && !s.Removed && now.Before(s.Start)
}

// SessionChange says what UpsertSession did.
type SessionChange int

// What UpsertSession did to a session.
const (
	SessionUnchanged SessionChange = iota
	SessionAdded
	SessionUpdated
)

const sessionCols = `id, title, start, duration_s, location, capacity, closed, removed`

func scanSession(sc interface{ Scan(...any) error }) (Session, error) {
	var s Session
	var start string
	var dur int64
	if err := sc.Scan(&s.ID, &s.Title, &start, &dur, &s.Location, &s.Capacity, &s.Closed, &s.Removed); err != nil {
		return Session{}, err
	}
	t, err := parseTS(start)
	s.Start, s.Duration = t, secs(dur)
	return s, err
}

const sqlSessions = `SELECT ` + sessionCols + ` FROM sessions
WHERE removed = 0 OR ? ORDER BY start, id`

// Sessions returns the sessions in start order; removed ones only when
// withRemoved is set.
func (t *Tx) Sessions(withRemoved bool) ([]Session, error) {
	rows, err := t.query(sqlSessions, withRemoved)
	if err != nil {
		return nil, fmt.Errorf("listing sessions: %w", err)
	}
	defer rows.Close()
	var out []Session
	for rows.Next() {
		s, err := scanSession(rows)
		if err != nil {
			return nil, fmt.Errorf("listing sessions: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

const sqlSession = `SELECT ` + sessionCols + ` FROM sessions WHERE id = ?`

// Session returns one session, removed or not; ErrNotFound if unknown.
func (t *Tx) Session(id string) (Session, error) {
	s, err := scanSession(t.queryRow(sqlSession, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, fmt.Errorf("session %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return Session{}, fmt.Errorf("reading session %q: %w", id, err)
	}
	return s, nil
}

const sqlInsertSession = `INSERT INTO sessions
(id, title, start, duration_s, location, capacity, closed, removed, created, updated)
VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`

const sqlUpdateSession = `UPDATE sessions SET title = ?, start = ?, duration_s = ?,
location = ?, capacity = ?, closed = ?, removed = 0, updated = ? WHERE id = ?`

// UpsertSession adds s or brings the stored session up to date with it
// (a removed session that reappears is restored). It returns the stored
// state before the change, for the caller to see e.g. a raised capacity.
func (t *Tx) UpsertSession(s Session, now time.Time) (SessionChange, Session, error) {
	old, err := t.Session(s.ID)
	if errors.Is(err, ErrNotFound) {
		_, err = t.exec(sqlInsertSession, s.ID, s.Title, ts(s.Start), int64(s.Duration/time.Second),
			s.Location, s.Capacity, s.Closed, ts(now), ts(now))
		if err != nil {
			return 0, Session{}, fmt.Errorf("adding session %q: %w", s.ID, err)
		}
		return SessionAdded, Session{}, nil
	}
	if err != nil {
		return 0, Session{}, err
	}
	if sameSession(old, s) {
		return SessionUnchanged, old, nil
	}
	_, err = t.exec(sqlUpdateSession, s.Title, ts(s.Start), int64(s.Duration/time.Second),
		s.Location, s.Capacity, s.Closed, ts(now), s.ID)
	if err != nil {
		return 0, Session{}, fmt.Errorf("updating session %q: %w", s.ID, err)
	}
	return SessionUpdated, old, nil
}

// sameSession compares what the store keeps (start to the microsecond,
// duration to the second).
func sameSession(stored, s Session) bool {
	return !stored.Removed && stored.Title == s.Title && stored.Location == s.Location &&
		stored.Start.Equal(s.Start.Truncate(time.Microsecond)) &&
		stored.Duration == s.Duration.Truncate(time.Second) &&
		stored.Capacity == s.Capacity && stored.Closed == s.Closed
}

const sqlRemoveSession = `UPDATE sessions SET removed = 1, updated = ? WHERE id = ?`

// RemoveSession hides a session. It does not check for bookings: the
// caller (booking.SyncSessions) refuses removal while any are active.
func (t *Tx) RemoveSession(id string, now time.Time) error {
	if _, err := t.exec(sqlRemoveSession, ts(now), id); err != nil {
		return fmt.Errorf("removing session %q: %w", id, err)
	}
	return nil
}

const sqlSessionUse = `SELECT
 (SELECT COUNT(*) FROM bookings WHERE session_id = ?1 AND state = 'booked'),
 (SELECT COUNT(*) FROM bookings b JOIN booking_choices c ON c.booking_id = b.id
   WHERE c.session_id = ?1 AND b.state = 'waitlisted')`

// SessionUse counts the active bookings in a session and the waiting
// entries that named it (entries that accept "any" are not counted: they
// do not depend on this session).
func (t *Tx) SessionUse(id string) (booked, waiting int, err error) {
	if err := t.queryRow(sqlSessionUse, id).Scan(&booked, &waiting); err != nil {
		return 0, 0, fmt.Errorf("counting bookings of session %q: %w", id, err)
	}
	return booked, waiting, nil
}

func secs(n int64) time.Duration { return time.Duration(n) * time.Second }
