package notify

import (
	"fmt"
	"slices"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// Offers says what QueueOffers did.
type Offers struct {
	Queued []store.Mail
	// NoAddress are waiting parties (phone registrations) who would have
	// been offered a session but have no address: recorded as
	// ActionCallOffer, so the digest asks the coordinator to call them.
	NoAddress []store.Booking
}

// QueueOffers offers each new session to the waiting parties that did not
// name it (and did not say "egal wann"): they waited only for sessions that
// are full. Call it in the transaction that added the sessions, after
// booking.SyncSessions has moved up everyone who accepts them (give it
// SyncResult.Added). Each offer is a KindOffer mail whose Offered holds
// the session, so a reply "ja" books it (the mail worker finds the offer
// by In-Reply-To). A party larger than the places left is not offered.
// Places are not held for an offer: they go to whoever answers first.
func QueueOffers(tx *store.Tx, cfg *config.Config, tpl *templates.Set, now time.Time, added []string) (Offers, error) {
	var res Offers
	if len(added) == 0 {
		return res, nil
	}
	m, err := newMailer(cfg, tpl)
	if err != nil {
		return res, fmt.Errorf("offering new sessions: %w", err)
	}
	booked, err := tx.BookedPlaces()
	if err != nil {
		return res, err
	}
	line, err := tx.WaitingLine()
	if err != nil {
		return res, err
	}
	for _, id := range added {
		s, err := tx.Session(id)
		if err != nil {
			return res, fmt.Errorf("offering new session: %w", err)
		}
		free := s.Capacity - booked[id]
		if !s.Bookable(now) || free <= 0 {
			continue
		}
		if err := m.offer(tx, now, s, free, line, &res); err != nil {
			return res, err
		}
	}
	return res, nil
}

// offer queues the offer of s to every waiting party that did not accept
// it and fits into its free places.
func (m *mailer) offer(tx *store.Tx, now time.Time, s store.Session, free int, line []store.Booking, res *Offers) error {
	for _, w := range line {
		if w.State != store.Waitlisted || w.AcceptsAny || slices.Contains(w.Accepts, s.ID) || w.Party > free {
			continue
		}
		if w.Email == "" {
			res.NoAddress = append(res.NoAddress, w)
			if err := recordCall(tx, now, ActionCallOffer, w, s.ID, store.CauseConfig); err != nil {
				return fmt.Errorf("offering session %s to booking %d: %w", s.ID, w.ID, err)
			}
			continue
		}
		pos, err := booking.Position(tx, w.ID)
		if err != nil {
			return err
		}
		d := templates.Data{Session: m.info(s, free), Position: pos}
		mail, err := m.queue(tx, now, templates.KindOffer, w, d, []string{s.ID})
		if err != nil {
			return fmt.Errorf("offering session %s to booking %d: %w", s.ID, w.ID, err)
		}
		res.Queued = append(res.Queued, mail)
	}
	return nil
}
