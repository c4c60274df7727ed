package booking

import (
	"fmt"
	"slices"
	"time"

	"anmeldebot/store"
)

// view is the sessions and booked places as one step sees them. It is read
// once per step inside the write transaction and kept up to date by the
// step itself, so the rules need few queries.
type view struct {
	now    time.Time
	order  []store.Session // not removed, in start order
	byID   map[string]store.Session
	booked map[string]int
}

func loadView(tx *store.Tx, now time.Time) (*view, error) {
	ss, err := tx.Sessions(false)
	if err != nil {
		return nil, err
	}
	booked, err := tx.BookedPlaces()
	if err != nil {
		return nil, err
	}
	v := &view{now: now, order: ss, byID: map[string]store.Session{}, booked: booked}
	for _, s := range ss {
		v.byID[s.ID] = s
	}
	return v, nil
}

// fits reports whether party places are free in a bookable session.
func (v *view) fits(id string, party int) bool {
	s, ok := v.byID[id]
	return ok && s.Bookable(v.now) && v.booked[id]+party <= s.Capacity
}

// take books party places in id (in the view; the caller writes the row).
func (v *view) take(id string, party int) { v.booked[id] += party }

// free gives back party places in id.
func (v *view) free(id string, party int) { v.booked[id] -= party }

// open lists the bookable sessions with room for party, except one.
func (v *view) open(party int, except string) []store.Load {
	var out []store.Load
	for _, s := range v.order {
		if s.ID != except && v.fits(s.ID, party) {
			out = append(out, v.load(s))
		}
	}
	return out
}

func (v *view) load(s store.Session) store.Load {
	b := v.booked[s.ID]
	return store.Load{Session: s, Booked: b, Free: max(0, s.Capacity-b)}
}

func (v *view) sessions(ids []string) []store.Session {
	var out []store.Session
	for _, id := range ids {
		if s, ok := v.byID[id]; ok {
			out = append(out, s)
		}
	}
	return out
}

// preference is the order in which an entry accepts sessions: the named
// ones, then (with "any") every other session in start order.
func (v *view) preference(accepts []string, any bool) []string {
	out := slices.Clone(accepts)
	if any {
		for _, s := range v.order {
			if !slices.Contains(out, s.ID) {
				out = append(out, s.ID)
			}
		}
	}
	return out
}

// wish resolves a request's sessions to the bookable ones in preference
// order. When nothing is left it returns the outcome to give instead.
func (v *view) wish(ids []string, any bool, party int) ([]string, *Outcome) {
	var unknown []string
	for _, id := range ids {
		if _, ok := v.byID[id]; !ok {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 || (len(ids) == 0 && !any) {
		return nil, &Outcome{Kind: KindNoSession, Unknown: unknown, Open: v.open(party, "")}
	}
	var wish []string
	for _, id := range v.preference(ids, any) {
		if v.byID[id].Bookable(v.now) && !slices.Contains(wish, id) {
			wish = append(wish, id)
		}
	}
	if len(wish) == 0 {
		return nil, &Outcome{Kind: KindClosed, Sessions: v.sessions(ids), Open: v.open(party, "")}
	}
	if !slices.ContainsFunc(wish, func(id string) bool { return v.byID[id].Capacity >= party }) {
		return nil, &Outcome{Kind: KindTooLarge, Sessions: v.sessions(wish), Open: v.open(party, "")}
	}
	return wish, nil
}

// firstFit returns the first session in order with room for party.
func (v *view) firstFit(order []string, party int) (string, bool) {
	for _, id := range order {
		if v.fits(id, party) {
			return id, true
		}
	}
	return "", false
}

func audit(tx *store.Tx, now time.Time, a store.Action, b store.Booking, from, cause string) error {
	err := tx.AddAudit(store.Audit{At: now, Action: a, BookingID: b.ID, SessionID: b.SessionID,
		FromSession: from, Party: b.Party, Cause: cause})
	if err != nil {
		return fmt.Errorf("booking %d: %w", b.ID, err)
	}
	return nil
}
