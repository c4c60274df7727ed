package booking

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"anmeldebot/store"
)

// Change moves an existing booking to the wished sessions (the first with
// room for the party), and/or changes its party size, in one step. If
// nothing has room the booking stays as it is (KindFull, with the open
// sessions). Places freed by the move go to the waiting line (Moves).
func Change(tx *store.Tx, now time.Time, req ChangeRequest) (Outcome, error) {
	b, found, err := findForChange(tx, req)
	if err != nil || !found {
		return Outcome{Kind: KindNotFound}, err
	}
	v, err := loadView(tx, now)
	if err != nil {
		return Outcome{}, fmt.Errorf("changing booking %d: %w", b.ID, err)
	}
	party := b.Party
	if req.Party > 0 {
		party = req.Party
	}
	ids, any := req.Sessions, req.Any
	if len(ids) == 0 && !any && b.State == store.Booked {
		ids = []string{b.SessionID} // only the party size changes
	}
	wish, early := v.wish(ids, any, party)
	if early != nil {
		early.Booking = b
		return *early, nil
	}
	cause := causeOr(req.Cause, store.CauseCLI)
	if party != b.Party && b.State == store.Booked {
		return changeParty(tx, v, b, party, wish, cause)
	}
	if party != b.Party {
		if err := setParty(tx, v, &b, party, cause); err != nil {
			return Outcome{}, err
		}
	}
	if b.State == store.Booked && slices.Contains(wish, b.SessionID) {
		return Outcome{Kind: KindAlready, Booking: b, Sessions: v.sessions([]string{b.SessionID})}, nil
	}
	if b.State == store.Waitlisted {
		return again(tx, v, b, Request{Sessions: ids, Any: any, Cause: cause}, wish)
	}
	return moveTo(tx, v, b, wish, cause)
}

func findForChange(tx *store.Tx, req ChangeRequest) (store.Booking, bool, error) {
	if req.BookingID != 0 {
		b, err := tx.Booking(req.BookingID)
		if errors.Is(err, store.ErrNotFound) {
			return b, false, nil
		}
		ok := err == nil && b.Active() && (req.Email == "" || store.NormEmail(req.Email) == b.Email)
		return b, ok, err
	}
	mine, err := tx.ActiveBookingsOf(req.Email, req.Phone)
	if err != nil {
		return store.Booking{}, false, err
	}
	person := personsEntries(mine, req.Name)
	if len(person) == 0 {
		return store.Booking{}, false, nil
	}
	return person[0], true, nil
}

// moveTo moves booked entry b into the first wished session with room.
func moveTo(tx *store.Tx, v *view, b store.Booking, wish []string, cause string) (Outcome, error) {
	from := b.SessionID
	for _, id := range wish {
		if id == from || !v.fits(id, b.Party) {
			continue
		}
		if err := place(tx, v, &b, id, store.ActionChanged, cause); err != nil {
			return Outcome{}, fmt.Errorf("changing booking %d: %w", b.ID, err)
		}
		moves, err := moveUp(tx, v, cause)
		if err != nil {
			return Outcome{}, err
		}
		return Outcome{Kind: KindChanged, Booking: b, Previous: from,
			Sessions: v.sessions([]string{id}), Moves: moves}, nil
	}
	return Outcome{Kind: KindFull, Booking: b, Sessions: v.sessions(wish), Open: v.open(b.Party, from)}, nil
}

// changeParty gives booked entry b a new party size, in its current
// session if that is wished and has room, else in the first wished session
// with room; if none has room nothing changes (KindFull).
func changeParty(tx *store.Tx, v *view, b store.Booking, party int, wish []string, cause string) (Outcome, error) {
	from := b.SessionID
	v.free(from, b.Party) // its own places count as free for it
	target, ok := v.firstFit(wish, party)
	v.take(from, b.Party)
	if !ok {
		return Outcome{Kind: KindFull, Booking: b, Sessions: v.sessions(wish), Open: v.open(party, from)}, nil
	}
	if err := setParty(tx, v, &b, party, cause); err != nil {
		return Outcome{}, err
	}
	if target != from {
		if err := place(tx, v, &b, target, store.ActionChanged, cause); err != nil {
			return Outcome{}, err
		}
	}
	moves, err := moveUp(tx, v, cause)
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Kind: KindChanged, Booking: b, Previous: from, Sessions: v.sessions([]string{target}), Moves: moves}, nil
}

// setParty stores a new party size for b (and its places in the view).
func setParty(tx *store.Tx, v *view, b *store.Booking, party int, cause string) error {
	if err := tx.SetParty(b.ID, party, v.now); err != nil {
		return err
	}
	if b.State == store.Booked {
		v.free(b.SessionID, b.Party)
		v.take(b.SessionID, party)
	}
	detail := fmt.Sprintf("party %d -> %d", b.Party, party)
	b.Party = party
	return tx.AddAudit(store.Audit{At: v.now, Action: store.ActionPartyChanged, BookingID: b.ID,
		SessionID: b.SessionID, Party: party, Cause: cause, Detail: detail})
}
