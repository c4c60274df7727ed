package mailbot

import (
	"fmt"
	"time"

	"anmeldebot/booking"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// outcomeReply chooses the reply for a booking outcome and fills its data
// (see QueueOutcome for the mapping). Every reply about a place names the
// resolved session in full, so a misreading shows at once.
func (r *Replier) outcomeReply(tx *store.Tx, now time.Time, out booking.Outcome) (Reply, error) {
	b := out.Booking
	d := templates.Data{PartySize: b.Party}
	rep := Reply{BookingID: b.ID}
	open, openIDs := r.loads(out.Open)
	switch out.Kind {
	case booking.KindBooked:
		rep.Kind, d.Session = templates.KindBooked, r.first(out.Sessions)
	case booking.KindWaitlisted:
		rep.Kind, d.Sessions, d.Position, d.Open = templates.KindWaitlisted, r.infos(out.Sessions), out.Position, open
		rep.Offered = openIDs
	case booking.KindAlready, booking.KindFull:
		return r.alreadyReply(tx, now, out)
	case booking.KindChanged:
		return r.changedReply(tx, out)
	case booking.KindCancelled:
		s, err := r.cancelledSession(tx, out)
		if err != nil {
			return Reply{}, err
		}
		rep.Kind, d.Session = templates.KindCancelled, s
	case booking.KindNotFound:
		if open, _, err := r.openNow(tx, now); err == nil {
			d.Open = open
		} else {
			return Reply{}, err
		}
		rep.Kind, rep.BookingID = templates.KindNotFound, 0
	case booking.KindNoSession, booking.KindClosed:
		rep.Kind, d.Open, rep.Offered = templates.KindWhich, open, openIDs
	case booking.KindTooLarge:
		rep.Kind = templates.KindReceived
	default:
		return Reply{}, fmt.Errorf("no reply for booking outcome %q", out.Kind)
	}
	rep.Data = d
	return rep, nil
}

func (r *Replier) first(ss []store.Session) templates.SessionInfo {
	if len(ss) == 0 {
		return templates.SessionInfo{}
	}
	return r.info(ss[0], 0)
}

// alreadyReply: a booked person hears their booking again (also after a
// change into a full session, which keeps it); a waiting person hears
// their place in line and the sessions with room.
func (r *Replier) alreadyReply(tx *store.Tx, now time.Time, out booking.Outcome) (Reply, error) {
	b := out.Booking
	rep := Reply{BookingID: b.ID, Data: templates.Data{PartySize: b.Party}}
	if b.State == store.Waitlisted {
		pos, err := booking.Position(tx, b.ID)
		if err != nil {
			return Reply{}, err
		}
		open, ids, err := r.openNowFor(tx, now, b.Party)
		if err != nil {
			return Reply{}, err
		}
		rep.Kind, rep.Offered = templates.KindWaitlisted, ids
		rep.Data.Sessions, rep.Data.Position, rep.Data.Open = r.infos(out.Sessions), pos, open
		return rep, nil
	}
	s, err := tx.Session(b.SessionID)
	if err != nil {
		return Reply{}, fmt.Errorf("reply about booking %d: %w", b.ID, err)
	}
	rep.Kind, rep.Data.Session = templates.KindAlready, r.info(s, 0)
	return rep, nil
}

// changedReply: a move between sessions names both; a party that came
// from the waiting line simply has a booking now.
func (r *Replier) changedReply(tx *store.Tx, out booking.Outcome) (Reply, error) {
	b := out.Booking
	rep := Reply{BookingID: b.ID, Data: templates.Data{PartySize: b.Party, Session: r.first(out.Sessions)}}
	if out.Previous == "" || out.Previous == b.SessionID {
		rep.Kind = templates.KindBooked
		return rep, nil
	}
	old, err := tx.Session(out.Previous)
	if err != nil {
		return Reply{}, fmt.Errorf("reply about booking %d: %w", b.ID, err)
	}
	oi := r.info(old, 0)
	rep.Kind, rep.Data.Old = templates.KindChanged, &oi
	return rep, nil
}

// cancelledSession is the session a cancel reply names: the booked one, or
// for a waiting entry the first it waited for (any session: the first).
func (r *Replier) cancelledSession(tx *store.Tx, out booking.Outcome) (templates.SessionInfo, error) {
	if len(out.Sessions) > 0 {
		return r.info(out.Sessions[0], 0), nil
	}
	b := out.Booking
	id := b.SessionID
	if id == "" && len(b.Accepts) > 0 {
		id = b.Accepts[0]
	}
	if id == "" {
		ss, err := tx.Sessions(false)
		if err != nil || len(ss) == 0 {
			return templates.SessionInfo{}, fmt.Errorf("reply about cancelled booking %d: no session to name (%v)", b.ID, err)
		}
		return r.info(ss[0], 0), nil
	}
	s, err := tx.Session(id)
	if err != nil {
		return templates.SessionInfo{}, fmt.Errorf("reply about cancelled booking %d: %w", b.ID, err)
	}
	return r.info(s, 0), nil
}

func (r *Replier) openNow(tx *store.Tx, now time.Time) ([]templates.SessionInfo, []string, error) {
	return r.openNowFor(tx, now, 1)
}

func (r *Replier) openNowFor(tx *store.Tx, now time.Time, party int) ([]templates.SessionInfo, []string, error) {
	ls, err := booking.OpenSessions(tx, now, party)
	if err != nil {
		return nil, nil, err
	}
	open, ids := r.loads(ls)
	return open, ids, nil
}
