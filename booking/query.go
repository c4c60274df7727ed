package booking

import (
	"fmt"
	"time"

	"anmeldebot/store"
)

// Occupancy returns each session with capacity, booked, free and waiting
// places (the `sessions` command, the digest).
func Occupancy(tx *store.Tx) ([]store.Load, error) { return tx.Occupancy() }

// OpenSessions returns the sessions that take a booking for a party of
// this size at now, in start order (the "which session?" reply).
func OpenSessions(tx *store.Tx, now time.Time, party int) ([]store.Load, error) {
	v, err := loadView(tx, now)
	if err != nil {
		return nil, fmt.Errorf("listing open sessions: %w", err)
	}
	return v.open(max(party, 1), ""), nil
}

// Participant is one row of a participant list.
type Participant struct {
	store.Booking
	Session  store.Session // the booked session; zero while waiting
	Position int           // in the waiting line; 0 when booked
}

// Participants returns the participant list for list and export: booked
// parties by session start, then the waiting line in order with positions.
func Participants(tx *store.Tx, f store.BookingFilter) ([]Participant, error) {
	bs, err := tx.ListBookings(f)
	if err != nil {
		return nil, err
	}
	sessions, err := tx.Sessions(true)
	if err != nil {
		return nil, err
	}
	byID := map[string]store.Session{}
	for _, s := range sessions {
		byID[s.ID] = s
	}
	out := make([]Participant, 0, len(bs))
	for _, b := range bs {
		p := Participant{Booking: b, Session: byID[b.SessionID]}
		if b.State == store.Waitlisted {
			if p.Position, err = position(tx, b); err != nil {
				return nil, err
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// Position returns a waiting entry's place in line (see the package doc),
// or 0 if the booking is not waiting.
func Position(tx *store.Tx, bookingID int64) (int, error) {
	b, err := tx.Booking(bookingID)
	if err != nil {
		return 0, err
	}
	if b.State != store.Waitlisted {
		return 0, nil
	}
	return position(tx, b)
}
