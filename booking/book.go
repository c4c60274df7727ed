package booking

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"anmeldebot/store"
)

// Book applies a booking request: book, put in line, or recognise the
// person and report "already" or change their booking (see the package
// doc for the rules).
func Book(tx *store.Tx, now time.Time, req Request) (Outcome, error) {
	req = req.normalized()
	if req.Email == "" && req.Phone == "" {
		return Outcome{}, errors.New("booking: an e-mail address or a phone number is required")
	}
	v, err := loadView(tx, now)
	if err != nil {
		return Outcome{}, fmt.Errorf("booking %s: %w", req.Name, err)
	}
	wish, early := v.wish(req.Sessions, req.Any, req.Party)
	if early != nil {
		return *early, nil
	}
	mine, err := tx.ActiveBookingsOf(req.Email, req.Phone)
	if err != nil {
		return Outcome{}, err
	}
	person := personsEntries(mine, req.Name)
	for _, b := range person {
		if b.State == store.Booked && slices.Contains(wish, b.SessionID) {
			return Outcome{Kind: KindAlready, Booking: b, Sessions: v.sessions([]string{b.SessionID})}, nil
		}
	}
	if len(person) > 0 {
		return again(tx, v, person[0], req, wish)
	}
	return bookNew(tx, v, req, wish)
}

// bookNew books a new party into its first wish with room, or puts it in line.
func bookNew(tx *store.Tx, v *view, req Request, wish []string) (Outcome, error) {
	b := store.Booking{Name: req.Name, Email: req.Email, Phone: req.Phone, Party: req.Party,
		Source: req.Source, MessageID: req.MessageID, Accepts: namedIn(req.Sessions, wish), AcceptsAny: req.Any}
	id, ok := v.firstFit(wish, req.Party)
	if ok {
		b.State, b.SessionID = store.Booked, id
	} else {
		b.State = store.Waitlisted
	}
	b, err := tx.InsertBooking(b, v.now)
	if err != nil {
		return Outcome{}, fmt.Errorf("booking %s: %w", req.Name, err)
	}
	if ok {
		v.take(id, b.Party)
		if err := audit(tx, v.now, store.ActionBooked, b, "", req.cause()); err != nil {
			return Outcome{}, err
		}
		return Outcome{Kind: KindBooked, Booking: b, Sessions: v.sessions([]string{id})}, nil
	}
	if err := audit(tx, v.now, store.ActionWaitlisted, b, "", req.cause()); err != nil {
		return Outcome{}, err
	}
	return waitingOutcome(tx, v, b, KindWaitlisted)
}

// namedIn keeps the named sessions that are still bookable, in order: a
// waiting entry stores what the person named, "any" is stored as a flag.
func namedIn(named, wish []string) []string {
	var out []string
	for _, id := range named {
		if slices.Contains(wish, id) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// again handles a request from a person who already has an entry that
// does not hold any wished session.
func again(tx *store.Tx, v *view, b store.Booking, req Request, wish []string) (Outcome, error) {
	if b.State == store.Booked {
		return moveTo(tx, v, b, wish, req.cause())
	}
	id, ok := v.firstFit(wish, b.Party)
	if ok {
		if err := place(tx, v, &b, id, store.ActionBooked, req.cause()); err != nil {
			return Outcome{}, err
		}
		return Outcome{Kind: KindBooked, Booking: b, Sessions: v.sessions([]string{id})}, nil
	}
	accepts := namedIn(req.Sessions, wish)
	if slices.Equal(accepts, b.Accepts) && req.Any == b.AcceptsAny {
		return waitingOutcome(tx, v, b, KindAlready)
	}
	if err := tx.WaitBooking(b.ID, accepts, req.Any, v.now); err != nil {
		return Outcome{}, err
	}
	b.Accepts, b.AcceptsAny = accepts, req.Any
	err := tx.AddAudit(store.Audit{At: v.now, Action: store.ActionWaitlisted, BookingID: b.ID, Party: b.Party,
		Cause: req.cause(), Detail: "accepted sessions changed: " + strings.Join(v.preference(accepts, req.Any), ", ")})
	if err != nil {
		return Outcome{}, err
	}
	return waitingOutcome(tx, v, b, KindWaitlisted)
}

// place books entry b into session id (in the store, the view and the
// audit log) and updates b.
func place(tx *store.Tx, v *view, b *store.Booking, id string, a store.Action, cause string) error {
	from := b.SessionID
	if err := tx.PlaceBooking(b.ID, id, v.now); err != nil {
		return err
	}
	if from != "" {
		v.free(from, b.Party)
	}
	v.take(id, b.Party)
	b.State, b.SessionID, b.Updated = store.Booked, id, v.now.UTC()
	return audit(tx, v.now, a, *b, from, cause)
}

// waitingOutcome describes a waiting entry: its position, its sessions and
// the sessions that have room for it now.
func waitingOutcome(tx *store.Tx, v *view, b store.Booking, k Kind) (Outcome, error) {
	pos, err := position(tx, b)
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Kind: k, Booking: b, Position: pos,
		Sessions: v.sessions(v.preference(b.Accepts, b.AcceptsAny)), Open: v.open(b.Party, "")}, nil
}
