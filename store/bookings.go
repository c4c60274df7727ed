package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// State is where a booking stands.
type State string

// Booking states.
const (
	Booked     State = "booked"
	Waitlisted State = "waitlisted"
	Cancelled  State = "cancelled"
)

// Source is how a booking came in.
type Source string

// Booking sources.
const (
	SourceMail   Source = "mail"
	SourcePhone  Source = "phone"
	SourceReview Source = "review" // made by the coordinator resolving a held mail
)

// Booking is one party: a booked place in a session, or a waiting entry.
type Booking struct {
	ID        int64
	SessionID string // the booked session; "" while waiting
	Name      string
	Email     string // lower case; "" for a phone booking without address
	Phone     string
	Party     int
	State     State
	Source    Source
	// Accepts are the sessions a waiting entry takes, best first. They are
	// kept after the entry is booked (history).
	Accepts    []string
	AcceptsAny bool   // "egal wann": any session, after those in Accepts
	MessageID  string // the Message-ID of the mail that caused it
	Created    time.Time
	Updated    time.Time
}

// Active reports whether the booking holds a place or a place in line.
func (b Booking) Active() bool { return b.State == Booked || b.State == Waitlisted }

const bookingCols = `b.id, COALESCE(b.session_id, ''), b.name, b.email, b.phone, b.party,
b.state, b.source, b.accepts_any, b.message_id, b.created, b.updated`

func scanBooking(sc interface{ Scan(...any) error }) (Booking, error) {
	var b Booking
	var created, updated string
	err := sc.Scan(&b.ID, &b.SessionID, &b.Name, &b.Email, &b.Phone, &b.Party, &b.State,
		&b.Source, &b.AcceptsAny, &b.MessageID, &created, &updated)
	if err != nil {
		return Booking{}, err
	}
	if b.Created, err = parseTS(created); err != nil {
		return Booking{}, err
	}
	b.Updated, err = parseTS(updated)
	return b, err
}

const sqlInsertBooking = `INSERT INTO bookings
(session_id, name, email, phone, party, state, source, accepts_any, message_id, created, updated)
VALUES (NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// InsertBooking stores a new booking or waiting entry (with its accepted
// sessions) and returns it with ID and times set.
func (t *Tx) InsertBooking(b Booking, now time.Time) (Booking, error) {
	b.Email = NormEmail(b.Email)
	b.Created, b.Updated = now.UTC(), now.UTC()
	res, err := t.exec(sqlInsertBooking, b.SessionID, b.Name, b.Email, b.Phone, b.Party,
		b.State, b.Source, b.AcceptsAny, b.MessageID, ts(now), ts(now))
	if err != nil {
		return Booking{}, fmt.Errorf("inserting booking: %w", err)
	}
	if b.ID, err = res.LastInsertId(); err != nil {
		return Booking{}, fmt.Errorf("inserting booking: %w", err)
	}
	if err := t.setChoices(b.ID, b.Accepts); err != nil {
		return Booking{}, err
	}
	return b, nil
}

const sqlBooking = `SELECT ` + bookingCols + ` FROM bookings b WHERE id = ?`

// Booking returns one booking with its accepted sessions; ErrNotFound if
// there is none with that id.
func (t *Tx) Booking(id int64) (Booking, error) {
	b, err := scanBooking(t.queryRow(sqlBooking, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Booking{}, fmt.Errorf("booking %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Booking{}, fmt.Errorf("reading booking %d: %w", id, err)
	}
	if b.Accepts, err = t.choices(b.ID); err != nil {
		return Booking{}, err
	}
	return b, nil
}

const sqlPlaceBooking = `UPDATE bookings SET state = 'booked', session_id = ?, updated = ? WHERE id = ?`

// PlaceBooking books the entry into session (a move-up, a change). It does
// not check capacity: that is the caller's rule.
func (t *Tx) PlaceBooking(id int64, session string, now time.Time) error {
	if _, err := t.exec(sqlPlaceBooking, session, ts(now), id); err != nil {
		return fmt.Errorf("placing booking %d in %s: %w", id, session, err)
	}
	return nil
}

const sqlWaitBooking = `UPDATE bookings SET state = 'waitlisted', session_id = NULL,
accepts_any = ?, updated = ? WHERE id = ?`

// WaitBooking puts the entry (back) in line with the given accepted
// sessions. Its place in line is its id, so it keeps its original place.
func (t *Tx) WaitBooking(id int64, accepts []string, any bool, now time.Time) error {
	if _, err := t.exec(sqlWaitBooking, any, ts(now), id); err != nil {
		return fmt.Errorf("putting booking %d on the waiting list: %w", id, err)
	}
	return t.setChoices(id, accepts)
}

const sqlCancelBooking = `UPDATE bookings SET state = 'cancelled', updated = ? WHERE id = ?`

// CancelBooking marks the booking cancelled. The session is kept (history).
func (t *Tx) CancelBooking(id int64, now time.Time) error {
	if _, err := t.exec(sqlCancelBooking, ts(now), id); err != nil {
		return fmt.Errorf("cancelling booking %d: %w", id, err)
	}
	return nil
}

const sqlSetParty = `UPDATE bookings SET party = ?, updated = ? WHERE id = ?`

// SetParty changes the party size of a booking. Capacity is the caller's rule.
func (t *Tx) SetParty(id int64, party int, now time.Time) error {
	if _, err := t.exec(sqlSetParty, party, ts(now), id); err != nil {
		return fmt.Errorf("changing party of booking %d: %w", id, err)
	}
	return nil
}

const (
	sqlDeleteChoices = `DELETE FROM booking_choices WHERE booking_id = ?`
	sqlInsertChoice  = `INSERT INTO booking_choices (booking_id, rank, session_id) VALUES (?, ?, ?)`
	sqlChoices       = `SELECT session_id FROM booking_choices WHERE booking_id = ? ORDER BY rank`
)

func (t *Tx) setChoices(id int64, accepts []string) error {
	if _, err := t.exec(sqlDeleteChoices, id); err != nil {
		return fmt.Errorf("replacing choices of booking %d: %w", id, err)
	}
	for i, s := range accepts {
		if _, err := t.exec(sqlInsertChoice, id, i, s); err != nil {
			return fmt.Errorf("adding choice %s to booking %d: %w", s, id, err)
		}
	}
	return nil
}

func (t *Tx) choices(id int64) ([]string, error) {
	rows, err := t.query(sqlChoices, id)
	if err != nil {
		return nil, fmt.Errorf("reading choices of booking %d: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("reading choices of booking %d: %w", id, err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// queryBookings runs a SELECT of bookingCols and loads each row's choices.
func (t *Tx) queryBookings(what, query string, args ...any) ([]Booking, error) {
	rows, err := t.query(query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	var out []Booking
	for rows.Next() {
		b, err := scanBooking(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	for i := range out {
		if out[i].Accepts, err = t.choices(out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

const sqlActiveByEmail = `SELECT ` + bookingCols + ` FROM bookings b
WHERE email = ? AND state IN ('booked', 'waitlisted') ORDER BY id`

const sqlActiveByPhone = `SELECT ` + bookingCols + ` FROM bookings b
WHERE email = '' AND phone = ? AND state IN ('booked', 'waitlisted') ORDER BY id`

// ActiveBookingsOf returns the booked and waiting entries of an address,
// oldest first. Without an address it matches phone bookings that have no
// address by phone number.
func (t *Tx) ActiveBookingsOf(email, phone string) ([]Booking, error) {
	if e := NormEmail(email); e != "" {
		return t.queryBookings("listing bookings of "+e, sqlActiveByEmail, e)
	}
	if p := strings.TrimSpace(phone); p != "" {
		return t.queryBookings("listing bookings of "+p, sqlActiveByPhone, p)
	}
	return nil, nil
}

const sqlWaitingLine = `SELECT ` + bookingCols + ` FROM bookings b
WHERE state = 'waitlisted' ORDER BY id`

// WaitingLine returns every waiting entry in line order (first come first).
func (t *Tx) WaitingLine() ([]Booking, error) {
	return t.queryBookings("listing the waiting line", sqlWaitingLine)
}

const sqlBookedPlaces = `SELECT session_id, SUM(party) FROM bookings
WHERE state = 'booked' GROUP BY session_id`

// BookedPlaces returns the booked places (sum of party sizes) per session.
func (t *Tx) BookedPlaces() (map[string]int, error) {
	rows, err := t.query(sqlBookedPlaces)
	if err != nil {
		return nil, fmt.Errorf("counting booked places: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("counting booked places: %w", err)
		}
		out[id] = n
	}
	return out, rows.Err()
}
