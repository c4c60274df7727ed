package booking

import (
	"errors"
	"fmt"
	"time"

	"anmeldebot/config"
	"anmeldebot/store"
)

// SyncResult says what SyncSessions changed.
type SyncResult struct {
	Added   []string
	Updated []string
	Removed []string
	Moves   []Move // waiting parties moved up into new or larger sessions
}

// SyncSessions makes the store's sessions those of the configuration: new
// ones are added, changed ones (title, start, duration, place, capacity,
// closed) updated, missing ones removed. Removing a session that still
// has bookings or waiting entries naming it is refused, and then nothing
// changes (the error names every such session). Afterwards the waiting
// line moves up into new, reopened or larger sessions.
func SyncSessions(tx *store.Tx, now time.Time, sessions []config.Session) (SyncResult, error) {
	existing, err := tx.Sessions(false)
	if err != nil {
		return SyncResult{}, fmt.Errorf("syncing sessions: %w", err)
	}
	want := map[string]bool{}
	for _, s := range sessions {
		want[s.ID] = true
	}
	var res SyncResult
	var refused []error
	for _, s := range existing {
		if want[s.ID] {
			continue
		}
		booked, waiting, err := tx.SessionUse(s.ID)
		if err != nil {
			return SyncResult{}, err
		}
		if booked+waiting > 0 {
			refused = append(refused, fmt.Errorf("session %s was removed from the configuration but still has %d booking(s) and %d waiting entr(ies): cancel or move them first, or keep the session with closed = true", s.ID, booked, waiting))
			continue
		}
		res.Removed = append(res.Removed, s.ID)
	}
	if len(refused) > 0 {
		return SyncResult{}, fmt.Errorf("syncing sessions: %w", errors.Join(refused...))
	}
	if err := upsertAll(tx, now, sessions, &res); err != nil {
		return SyncResult{}, err
	}
	for _, id := range res.Removed {
		if err := tx.RemoveSession(id, now); err != nil {
			return SyncResult{}, err
		}
		if err := tx.AddAudit(store.Audit{At: now, Action: store.ActionSessionRemoved, SessionID: id, Cause: store.CauseConfig}); err != nil {
			return SyncResult{}, err
		}
	}
	if res.Moves, err = MoveUp(tx, now, store.CauseConfig); err != nil {
		return SyncResult{}, err
	}
	return res, nil
}

func upsertAll(tx *store.Tx, now time.Time, sessions []config.Session, res *SyncResult) error {
	for _, c := range sessions {
		s := store.Session{ID: c.ID, Title: c.Title, Start: c.Start, Duration: c.Duration.D(),
			Location: c.Location, Capacity: c.Capacity, Closed: c.Closed}
		change, old, err := tx.UpsertSession(s, now)
		if err != nil {
			return fmt.Errorf("syncing sessions: %w", err)
		}
		a := store.Audit{At: now, SessionID: c.ID, Cause: store.CauseConfig}
		switch change {
		case store.SessionAdded:
			res.Added = append(res.Added, c.ID)
			a.Action, a.Detail = store.ActionSessionAdded, fmt.Sprintf("capacity %d", c.Capacity)
		case store.SessionUpdated:
			res.Updated = append(res.Updated, c.ID)
			a.Action, a.Detail = store.ActionSessionUpdated, sessionDiff(old, s)
		default:
			continue
		}
		if err := tx.AddAudit(a); err != nil {
			return err
		}
	}
	return nil
}

// sessionDiff says in a few words what changed, for the audit log.
func sessionDiff(old, s store.Session) string {
	var d string
	add := func(f string, a ...any) {
		if d != "" {
			d += ", "
		}
		d += fmt.Sprintf(f, a...)
	}
	if old.Capacity != s.Capacity {
		add("capacity %d -> %d", old.Capacity, s.Capacity)
	}
	if old.Closed != s.Closed {
		add("closed %t -> %t", old.Closed, s.Closed)
	}
	if !old.Start.Equal(s.Start) {
		add("start %s -> %s", old.Start.Format(time.RFC3339), s.Start.Format(time.RFC3339))
	}
	if old.Removed {
		add("restored")
	}
	if d == "" {
		d = "title, place or duration"
	}
	return d
}
