package store

import (
	"database/sql"
	"fmt"
	"time"
)

// Action names what an audit entry records.
type Action string

// Audit actions. The digest groups its "since the last digest" section by
// them.
const (
	ActionBooked         Action = "booked"
	ActionWaitlisted     Action = "waitlisted"
	ActionCancelled      Action = "cancelled"
	ActionChanged        Action = "changed"  // moved by the person's own request
	ActionMovedUp        Action = "moved_up" // from the waiting line into a session
	ActionPartyChanged   Action = "party_changed"
	ActionSessionAdded   Action = "session_added"
	ActionSessionUpdated Action = "session_updated"
	ActionSessionRemoved Action = "session_removed"
	ActionForgotten      Action = "forgotten"
	ActionResolved       Action = "resolved" // a held message resolved by the coordinator
)

// Causes for changes that did not come from a mail (a mail's cause is its
// Message-ID).
const (
	CauseCLI    = "cli"
	CausePhone  = "phone"
	CauseReview = "review"
	CauseConfig = "config"
)

// Audit is one recorded change. It holds no personal data of its own
// (names and addresses stay in bookings, where Forget can reach them).
type Audit struct {
	ID          int64
	At          time.Time
	Action      Action
	BookingID   int64  // 0 when not about a booking
	SessionID   string // the session concerned (the new one for a change)
	FromSession string // for a change or move: where it came from ("" = waiting line)
	Party       int
	Cause       string // Message-ID, "cli", "phone", "review", "config"
	Detail      string // short free text, e.g. "capacity 15 -> 18"
}

const sqlAddAudit = `INSERT INTO audit (at, action, booking_id, session_id, from_session, party, cause, detail)
VALUES (?, ?, NULLIF(?, 0), ?, ?, ?, ?, ?)`

// AddAudit records one change.
func (t *Tx) AddAudit(a Audit) error {
	_, err := t.exec(sqlAddAudit, ts(a.At), a.Action, a.BookingID, a.SessionID, a.FromSession,
		a.Party, a.Cause, a.Detail)
	if err != nil {
		return fmt.Errorf("recording %s in the audit log: %w", a.Action, err)
	}
	return nil
}

const sqlAuditSince = `SELECT id, at, action, COALESCE(booking_id, 0), session_id, from_session,
party, cause, detail FROM audit WHERE at > ? ORDER BY id`

// AuditSince returns the changes recorded after t, oldest first (the
// digest's "since the last digest").
func (t *Tx) AuditSince(since time.Time) ([]Audit, error) {
	rows, err := t.query(sqlAuditSince, ts(since))
	if err != nil {
		return nil, fmt.Errorf("reading the audit log: %w", err)
	}
	defer rows.Close()
	return scanAudits(rows)
}

func scanAudits(rows *sql.Rows) ([]Audit, error) {
	var out []Audit
	for rows.Next() {
		var a Audit
		var at string
		err := rows.Scan(&a.ID, &at, &a.Action, &a.BookingID, &a.SessionID, &a.FromSession,
			&a.Party, &a.Cause, &a.Detail)
		if err != nil {
			return nil, fmt.Errorf("reading the audit log: %w", err)
		}
		if a.At, err = parseTS(at); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
