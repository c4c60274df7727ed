package booking

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"anmeldebot/store"
)

// Cancel ends bookings and waiting entries: the one with BookingID, or an
// address's (optionally only one person's, only one session's; without a
// session: all of them). Freed places go to the waiting line at once; the
// outcome lists both what was cancelled and who moved up.
func Cancel(tx *store.Tx, now time.Time, req CancelRequest) (Outcome, error) {
	targets, err := cancelTargets(tx, req)
	if err != nil {
		return Outcome{}, fmt.Errorf("cancelling: %w", err)
	}
	if len(targets) == 0 {
		return Outcome{Kind: KindNotFound}, nil
	}
	v, err := loadView(tx, now)
	if err != nil {
		return Outcome{}, fmt.Errorf("cancelling: %w", err)
	}
	cause := causeOr(req.Cause, store.CauseCLI)
	out := Outcome{Kind: KindCancelled, Booking: targets[0]}
	for _, b := range targets {
		if err := tx.CancelBooking(b.ID, now); err != nil {
			return Outcome{}, err
		}
		if b.State == store.Booked {
			v.free(b.SessionID, b.Party)
			out.Sessions = append(out.Sessions, v.byID[b.SessionID])
		}
		if err := audit(tx, now, store.ActionCancelled, b, "", cause); err != nil {
			return Outcome{}, err
		}
		b.State, b.Updated = store.Cancelled, now.UTC()
		out.Cancelled = append(out.Cancelled, b)
	}
	out.Booking = out.Cancelled[0]
	if out.Moves, err = moveUp(tx, v, cause); err != nil {
		return Outcome{}, err
	}
	return out, nil
}

func cancelTargets(tx *store.Tx, req CancelRequest) ([]store.Booking, error) {
	if req.BookingID != 0 {
		b, err := tx.Booking(req.BookingID)
		if errors.Is(err, store.ErrNotFound) {
			return nil, nil
		}
		if err != nil || !b.Active() || (req.Email != "" && store.NormEmail(req.Email) != b.Email) {
			return nil, err
		}
		return []store.Booking{b}, nil
	}
	if req.Email == "" && req.Phone == "" {
		return nil, errors.New("a booking id, an e-mail address or a phone number is required")
	}
	mine, err := tx.ActiveBookingsOf(req.Email, req.Phone)
	if err != nil {
		return nil, err
	}
	var out []store.Booking
	for _, b := range personsEntries(mine, req.Name) {
		if req.SessionID == "" || b.SessionID == req.SessionID || waitsFor(b, req.SessionID) {
			out = append(out, b)
		}
	}
	return out, nil
}

func waitsFor(b store.Booking, session string) bool {
	return b.State == store.Waitlisted && (b.AcceptsAny || slices.Contains(b.Accepts, session))
}

// Forget cancels every active entry of the address (moving the line up),
// then has the store forget the person: bookings anonymised, their mails
// and queued replies deleted. The outcome lists the cancellations and moves.
func Forget(tx *store.Tx, now time.Time, email, cause string) (Outcome, store.Forgotten, error) {
	if store.NormEmail(email) == "" {
		return Outcome{}, store.Forgotten{}, errors.New("forgetting: no address given")
	}
	cause = causeOr(cause, store.CauseCLI)
	out, err := Cancel(tx, now, CancelRequest{Email: email, Cause: cause})
	if err != nil {
		return Outcome{}, store.Forgotten{}, err
	}
	f, err := tx.Forget(email, now)
	if err != nil {
		return Outcome{}, store.Forgotten{}, err
	}
	detail := fmt.Sprintf("%d bookings and %d mails anonymised, %d outbox rows deleted", f.Bookings, f.Messages, f.Mails)
	err = tx.AddAudit(store.Audit{At: now, Action: store.ActionForgotten, Cause: cause, Detail: detail})
	return out, f, err
}
