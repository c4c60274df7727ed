package cli

import (
	"context"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/store"
)

// syncSessions brings the store's sessions in line with the configuration
// in one transaction, as every process does when it opens the store: a new
// [[session]] appears, a changed capacity applies, and a removed session
// that still has bookings is refused (the command then fails and nothing
// changes). Parties moved up by a new or larger session are owed a mail
// like any other move; they are logged, since stdout may be JSON.
func (e *Env) syncSessions(ctx context.Context, db *store.DB, c *config.Config, now time.Time) error {
	var res booking.SyncResult
	err := db.Write(ctx, func(tx *store.Tx) error {
		var err error
		if res, err = booking.SyncSessions(tx, now, c.Sessions); err != nil {
			return err
		}
		if len(res.Moves) == 0 {
			return nil
		}
		return e.queueMails(tx, booking.Outcome{Moves: res.Moves})
	})
	if err != nil {
		return err
	}
	for _, id := range res.Added {
		e.Log.Info("session added from the configuration", "session", id)
	}
	for _, id := range res.Updated {
		e.Log.Info("session updated from the configuration", "session", id)
	}
	for _, id := range res.Removed {
		e.Log.Info("session removed from the configuration", "session", id)
	}
	for _, m := range res.Moves {
		e.Log.Info("moved up from the waiting list", "booking", m.Booking.ID, "session", m.Session.ID,
			"mailed", e.QueueMails != nil, "contact", contact(m.Booking))
	}
	return nil
}
