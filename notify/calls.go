package notify

import (
	"time"

	"anmeldebot/store"
)

// Audit actions for people the bot could not mail because they gave only
// a phone number. They are recorded in the same transaction as the
// reminder or offer they stand for, so the digest can list whom to call
// from recorded facts (a log line is read by nobody). Moves up need no
// action of their own: store.ActionMovedUp of a booking without address
// says it already.
const (
	ActionCallReminder store.Action = "call_reminder" // a reminder is due: tell them by phone
	ActionCallOffer    store.Action = "call_offer"    // a new session they did not name has room
)

// Causes of the call entries: a reminder comes from the schedule, an
// offer from a session added to the configuration.
const causeReminder = "reminder"

// recordCall notes that booking b should be called about session.
func recordCall(tx *store.Tx, now time.Time, action store.Action, b store.Booking, session, cause string) error {
	return tx.AddAudit(store.Audit{At: now, Action: action, BookingID: b.ID, SessionID: session,
		Party: b.Party, Cause: cause})
}
