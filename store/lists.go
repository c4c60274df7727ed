package store

import (
	"fmt"
	"strings"
)

// BookingFilter selects bookings for participant lists and exports.
type BookingFilter struct {
	// SessionID limits the list to one session: bookings in it, and
	// waiting entries that accept it (by name or "any").
	SessionID string
	// States to include; empty means booked and waitlisted.
	States []State
}

const sqlListBookings = `SELECT ` + bookingCols + ` FROM bookings b
LEFT JOIN sessions s ON s.id = b.session_id
WHERE instr(?1, ',' || b.state || ',') > 0
  AND (?2 = '' OR b.session_id = ?2
       OR (b.state = 'waitlisted' AND (b.accepts_any = 1 OR EXISTS (
           SELECT 1 FROM booking_choices c WHERE c.booking_id = b.id AND c.session_id = ?2))))
ORDER BY CASE b.state WHEN 'booked' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END,
  s.start, b.session_id, b.id`

// ListBookings returns bookings for a participant list: booked ones by
// session start, then the waiting line in order, then cancelled ones.
func (t *Tx) ListBookings(f BookingFilter) ([]Booking, error) {
	states := f.States
	if len(states) == 0 {
		states = []State{Booked, Waitlisted}
	}
	set := ","
	for _, s := range states {
		set += string(s) + ","
	}
	return t.queryBookings("listing bookings", sqlListBookings, set, strings.TrimSpace(f.SessionID))
}

// Load is one session's occupancy.
type Load struct {
	Session Session
	Booked  int // booked places (sum of party sizes)
	Free    int // capacity - booked, never below 0 (a lowered capacity may leave it overfull)
	// Waiting is the places (not parties) waiting for this session: entries
	// that named it or accept any. An entry accepting several sessions
	// counts in each; WaitingTotal counts it once.
	Waiting        int
	WaitingParties int
}

const sqlOccupancy = `SELECT s.id, s.title, s.start, s.duration_s, s.location, s.capacity, s.closed, s.removed,
 COALESCE((SELECT SUM(b.party) FROM bookings b WHERE b.session_id = s.id AND b.state = 'booked'), 0),
 COALESCE(SUM(w.party), 0), COUNT(w.id)
FROM sessions s
LEFT JOIN bookings w ON w.state = 'waitlisted' AND (w.accepts_any = 1 OR EXISTS (
  SELECT 1 FROM booking_choices c WHERE c.booking_id = w.id AND c.session_id = s.id))
WHERE s.removed = 0
GROUP BY s.id ORDER BY s.start, s.id`

// Occupancy returns each (not removed) session with booked, free and
// waiting places, in start order.
func (t *Tx) Occupancy() ([]Load, error) {
	rows, err := t.query(sqlOccupancy)
	if err != nil {
		return nil, fmt.Errorf("reading occupancy: %w", err)
	}
	defer rows.Close()
	var out []Load
	for rows.Next() {
		var l Load
		var start string
		var dur int64
		s := &l.Session
		err := rows.Scan(&s.ID, &s.Title, &start, &dur, &s.Location, &s.Capacity, &s.Closed, &s.Removed,
			&l.Booked, &l.Waiting, &l.WaitingParties)
		if err != nil {
			return nil, fmt.Errorf("reading occupancy: %w", err)
		}
		if s.Start, err = parseTS(start); err != nil {
			return nil, err
		}
		s.Duration = secs(dur)
		l.Free = max(0, s.Capacity-l.Booked)
		out = append(out, l)
	}
	return out, rows.Err()
}

const sqlWaitingTotal = `SELECT COALESCE(SUM(party), 0), COUNT(*) FROM bookings WHERE state = 'waitlisted'`

// WaitingTotal returns the places and parties on the waiting line, each
// entry counted once however many sessions it accepts (the digest's
// "high demand" figure).
func (t *Tx) WaitingTotal() (places, parties int, err error) {
	if err := t.queryRow(sqlWaitingTotal).Scan(&places, &parties); err != nil {
		return 0, 0, fmt.Errorf("counting the waiting line: %w", err)
	}
	return places, parties, nil
}
