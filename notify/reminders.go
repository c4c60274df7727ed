package notify

import (
	"context"
	"fmt"
	"time"

	"anmeldebot/config"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// DefaultReminderBefore applies when [bot].reminder_before is not set.
const DefaultReminderBefore = 48 * time.Hour

// Reminders says what QueueReminders did.
type Reminders struct {
	Queued []store.Mail
	// NoAddress are booked parties without an e-mail address (phone
	// bookings): recorded as reminded and as ActionCallReminder, so the
	// digest asks the coordinator to call them.
	NoAddress []store.Booking
}

// QueueReminders queues a reminder (place, time, how to cancel) to every
// booked party whose session starts within [bot].reminder_before of now
// and has not started. Each booking gets one reminder per session,
// recorded in the same transaction; cancelled bookings and waiting
// entries get none. The daemon calls it on every poll.
func QueueReminders(ctx context.Context, db *store.DB, cfg *config.Config, tpl *templates.Set, now time.Time) (Reminders, error) {
	m, err := newMailer(cfg, tpl)
	if err != nil {
		return Reminders{}, fmt.Errorf("queueing reminders: %w", err)
	}
	before := cfg.Bot.ReminderBefore.D()
	if before <= 0 {
		before = DefaultReminderBefore
	}
	var res Reminders
	err = db.Write(ctx, func(tx *store.Tx) error {
		res = Reminders{}
		due, err := tx.RemindersDue(now, before)
		if err != nil {
			return err
		}
		for _, b := range due {
			if err := m.remind(tx, now, b, &res); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Reminders{}, fmt.Errorf("queueing reminders: %w", err)
	}
	return res, nil
}

// remind queues one reminder and records it.
func (m *mailer) remind(tx *store.Tx, now time.Time, b store.Booking, res *Reminders) error {
	if b.Email == "" {
		res.NoAddress = append(res.NoAddress, b)
		if err := recordCall(tx, now, ActionCallReminder, b, b.SessionID, causeReminder); err != nil {
			return err
		}
		return tx.MarkReminded(b.ID, b.SessionID, now)
	}
	s, err := tx.Session(b.SessionID)
	if err != nil {
		return err
	}
	mail, err := m.queue(tx, now, templates.KindReminder, b, templates.Data{Session: m.info(s, 0)}, nil)
	if err != nil {
		return err
	}
	res.Queued = append(res.Queued, mail)
	return tx.MarkReminded(b.ID, b.SessionID, now)
}
