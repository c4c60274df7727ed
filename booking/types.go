package booking

import (
	"strings"

	"anmeldebot/store"
)

// Kind is what a rule did; the mail worker picks the reply by it.
type Kind string

// Outcome kinds.
const (
	KindBooked     Kind = "booked"     // a place booked (new, or a waiting person's own request)
	KindWaitlisted Kind = "waitlisted" // in line; Position and Open are set
	KindAlready    Kind = "already"    // the person holds (or waits for) what was asked
	KindChanged    Kind = "changed"    // a booking moved to another session (Previous)
	KindFull       Kind = "full"       // a change into a full session: the old booking is kept
	KindCancelled  Kind = "cancelled"  // Cancelled lists what was cancelled
	KindNotFound   Kind = "notfound"   // nothing to cancel or change
	KindNoSession  Kind = "nosession"  // no session named, or an unknown one (Unknown)
	KindClosed     Kind = "closed"     // every named session is closed or has started
	KindTooLarge   Kind = "toolarge"   // the party exceeds the capacity of every named session
)

// Request is a booking request: a mail's reading, a phone call, a review.
type Request struct {
	Name  string
	Email string
	Phone string
	Party int // 0 counts as 1
	// Sessions are the wished session ids, best first.
	Sessions []string
	// Any: every session is acceptable ("egal wann"), after those named.
	Any       bool
	Source    store.Source
	MessageID string // the mail that asked; "" for phone/CLI
	// Cause for the audit log; defaults to MessageID, else the source.
	Cause string
}

// Outcome is what a rule did, with everything a reply needs.
type Outcome struct {
	Kind Kind
	// Booking is the booking concerned, as it stands after the step (for
	// KindFull: the unchanged old booking; for KindCancelled: the first
	// cancelled one).
	Booking store.Booking
	// Previous is the session a changed booking left ("" when it came from
	// the waiting line).
	Previous string
	// Position in the waiting line, 1 = next (KindWaitlisted, and
	// KindAlready for someone already waiting).
	Position int
	// Sessions concerned: the booked one; the accepted ones (in order) when
	// waiting; the requested ones for KindFull, KindClosed, KindTooLarge.
	Sessions []store.Session
	// Open are the bookable sessions with room for this party, in start
	// order (set for waitlisted, full, closed, nosession, toolarge).
	Open []store.Load
	// Cancelled are the bookings and waiting entries a cancel ended.
	Cancelled []store.Booking
	// Moves are the waiting parties moved up by this step; each needs a mail.
	Moves []Move
	// Unknown are requested session ids that do not exist (KindNoSession).
	Unknown []string
}

// Move is one waiting party moved up into a session.
type Move struct {
	Booking store.Booking // after the move (State booked, SessionID set)
	Session store.Session
}

// CancelRequest names what to cancel: a booking id, or an address (or,
// without one, a phone number) with optionally a person's name and a session.
type CancelRequest struct {
	BookingID int64
	// Email, when given with BookingID, must match the booking's address
	// (so a mail cannot cancel someone else's booking by its number).
	Email     string
	Phone     string
	Name      string // only this person's entries of the address
	SessionID string // only entries in (or waiting for) this session
	Cause     string
}

// ChangeRequest moves an existing booking of the address (or the booking
// with BookingID) to the wished sessions, and/or changes its party size.
type ChangeRequest struct {
	BookingID int64
	Email     string
	Phone     string
	Name      string
	Sessions  []string
	Any       bool
	Party     int // 0: keep
	Cause     string
}

func (r Request) cause() string {
	switch {
	case r.Cause != "":
		return r.Cause
	case r.MessageID != "":
		return r.MessageID
	case r.Source == store.SourcePhone:
		return store.CausePhone
	case r.Source == store.SourceReview:
		return store.CauseReview
	}
	return string(r.Source)
}

func (r Request) normalized() Request {
	r.Name = strings.Join(strings.Fields(r.Name), " ")
	r.Email = store.NormEmail(r.Email)
	r.Phone = strings.TrimSpace(r.Phone)
	if r.Party < 1 {
		r.Party = 1
	}
	if r.Source == "" {
		r.Source = store.SourceMail
	}
	return r
}

func causeOr(c, def string) string {
	if c != "" {
		return c
	}
	return def
}
