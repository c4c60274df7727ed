package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/notify"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// sessionSync is what bringing the store in line with the configuration
// did: the sessions changed, the parties moved up, and the offers of new
// sessions to parties who named only full ones.
type sessionSync struct {
	booking.SyncResult
	Offers notify.Offers
}

// applySessions is the one way the store takes the configuration's
// sessions, inside the caller's transaction: it syncs them, queues the
// moved-up mails and offers each new session to the waiting parties who
// did not accept it. Every process runs it when it opens the store, and
// "sessions add" once more after writing the file; a session is new (and
// offered) only in the sync that adds it, so no offer is queued twice.
func (e *Env) applySessions(tx *store.Tx, c *config.Config, now time.Time) (sessionSync, error) {
	var res sessionSync
	var err error
	if res.SyncResult, err = booking.SyncSessions(tx, now, c.Sessions); err != nil {
		return res, err
	}
	if err := e.queueMails(tx, booking.Outcome{Moves: res.Moves}); err != nil {
		return res, err
	}
	if len(res.Added) == 0 {
		return res, nil
	}
	// Templates are loaded only when someone waits, as for the moved-up
	// mails: a fresh store adds every session, and a broken template
	// folder must not stop commands that mail nobody.
	line, err := tx.WaitingLine()
	if err != nil || len(line) == 0 {
		return res, err
	}
	tpl, err := e.replyTemplates()
	if err != nil {
		return res, err
	}
	if res.Offers, err = notify.QueueOffers(tx, c, tpl, now, res.Added); err != nil {
		return res, fmt.Errorf("offering the new sessions: %w", err)
	}
	return res, nil
}

// syncSessions brings the store's sessions in line with the configuration
// in one transaction, as every process does when it opens the store: a new
// [[session]] appears, a changed capacity applies, and a removed session
// that still has bookings is refused (the command then fails and nothing
// changes). A session added by hand is announced as "sessions add" does
// it: parties moved up are mailed, parties who named only full sessions
// get an offer. All of it is logged, since stdout may be JSON.
func (e *Env) syncSessions(ctx context.Context, db *store.DB, c *config.Config, now time.Time) error {
	var res sessionSync
	err := db.Write(ctx, func(tx *store.Tx) error {
		var err error
		res, err = e.applySessions(tx, c, now)
		return err
	})
	if err != nil {
		return err
	}
	e.logSync(res)
	return nil
}

// logSync reports what a configuration change did. INFO and WARN lines
// carry booking and session ids only: a log is read and kept by more
// people than the participant list, so addresses, names and phone
// numbers appear only at DEBUG.
func (e *Env) logSync(res sessionSync) {
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
			"mailed", e.QueueMails != nil)
		e.Log.Debug("moved up: contact", "booking", m.Booking.ID, "contact", contact(m.Booking))
	}
	for _, m := range res.Offers.Queued {
		e.Log.Info("new session offered by mail", "booking", m.BookingID, "session", strings.Join(m.Offered, ","), "mail", m.ID)
		e.Log.Debug("new session offered: recipient", "booking", m.BookingID, "to", printable(m.To))
	}
	for _, b := range res.Offers.NoAddress {
		e.Log.Warn("new session not offered, no e-mail address: call them (see list or the digest)", "booking", b.ID)
		e.Log.Debug("new session not offered: contact", "booking", b.ID, "contact", contact(b))
	}
}

// replyTemplates loads the reply templates ([bot].templates_dir over the
// built-in ones) on first use and keeps them for the command: commands
// that mail nobody never fail over a broken template folder.
func (e *Env) replyTemplates() (*templates.Set, error) {
	if e.tpl != nil {
		return e.tpl, nil
	}
	tpl, err := templates.Load(e.Config.Bot.TemplatesDir)
	if err != nil {
		return nil, fmt.Errorf("loading reply templates: %w", err)
	}
	e.tpl = tpl
	return tpl, nil
}
