package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

const (
	sqlReminderDue = `SELECT ` + bookingCols + ` FROM bookings b
JOIN sessions s ON s.id = b.session_id
WHERE b.state = 'booked' AND s.removed = 0 AND s.start > ?1 AND s.start <= ?2
  AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.booking_id = b.id AND r.session_id = b.session_id)
ORDER BY s.start, b.id`
	sqlMarkReminded = `INSERT OR IGNORE INTO reminders (booking_id, session_id, sent_at) VALUES (?, ?, ?)`
)

// RemindersDue returns booked entries whose session starts within before
// of now (and has not started) and who have not had a reminder for that
// session. A booking moved to another session gets a reminder for the new one.
func (t *Tx) RemindersDue(now time.Time, before time.Duration) ([]Booking, error) {
	return t.queryBookings("listing due reminders", sqlReminderDue, ts(now), ts(now.Add(before)))
}

// MarkReminded records that the booking got its reminder for session.
func (t *Tx) MarkReminded(bookingID int64, session string, now time.Time) error {
	if _, err := t.exec(sqlMarkReminded, bookingID, session, ts(now)); err != nil {
		return fmt.Errorf("recording reminder for booking %d: %w", bookingID, err)
	}
	return nil
}

const (
	sqlGetState = `SELECT value FROM state WHERE key = ?`
	sqlSetState = `INSERT INTO state (key, value) VALUES (?, ?)
ON CONFLICT (key) DO UPDATE SET value = excluded.value`
	keyLastDigest = "digest.last_sent"
)

// LastDigest returns when the last digest was sent (zero if never).
func (t *Tx) LastDigest() (time.Time, error) {
	var v string
	err := t.queryRow(sqlGetState, keyLastDigest).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("reading last digest time: %w", err)
	}
	return parseTS(v)
}

// SetLastDigest records when the digest was sent.
func (t *Tx) SetLastDigest(at time.Time) error {
	if _, err := t.exec(sqlSetState, keyLastDigest, ts(at)); err != nil {
		return fmt.Errorf("storing last digest time: %w", err)
	}
	return nil
}
