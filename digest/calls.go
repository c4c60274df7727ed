package digest

import (
	"fmt"
	"strings"
	"time"

	"anmeldebot/notify"
	"anmeldebot/store"
)

// Call is a person the bot could not mail because they gave only a phone
// number, and who must hear from the coordinator: moved up from the
// waiting list, due a reminder, or able to take a new session. It is
// derived from the audit log (the move, or the call recorded by notify
// with the reminder or offer), so nothing depends on someone reading the
// daemon's log.
type Call struct {
	At      time.Time
	Booking int64
	Name    string
	Phone   string // or "keine Telefonnummer"
	Party   int
	Session string // "Sa 16.08.2025 18:00"
	Tell    string // what to tell them
	Command string // what to run after the call, if anything
}

// readCalls lists the calls owed since the last digest. An entry that no
// longer applies (the person cancelled, or the waiting entry was settled
// since) is left out.
func (d *Digest) readCalls(tx *store.Tx) error {
	audits, err := tx.AuditSince(d.Since)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, a := range audits {
		if a.BookingID == 0 || !isCall(a.Action) {
			continue
		}
		key := fmt.Sprintf("%s/%d/%s", a.Action, a.BookingID, a.SessionID)
		if seen[key] {
			continue
		}
		seen[key] = true
		b, err := tx.Booking(a.BookingID)
		if err != nil {
			return fmt.Errorf("audit entry %d: %w", a.ID, err)
		}
		if c, ok := d.call(a, b); ok {
			d.Calls = append(d.Calls, c)
		}
	}
	return nil
}

func isCall(a store.Action) bool {
	return a == store.ActionMovedUp || a == notify.ActionCallReminder || a == notify.ActionCallOffer
}

// call describes the call an audit entry asks for, if it still applies to
// booking b: only people without an address, and only while the booking
// stands where the entry put it.
func (d *Digest) call(a store.Audit, b store.Booking) (Call, bool) {
	if b.Email != "" || (b.Phone == "" && b.Name == "") {
		return Call{}, false // mailed, or forgotten
	}
	c := Call{At: a.At.In(d.loc), Booking: b.ID, Name: oneLine(b.Name), Phone: oneLine(b.Phone),
		Party: b.Party, Session: d.when(a.SessionID)}
	if c.Phone == "" {
		c.Phone = "keine Telefonnummer"
	}
	stillBooked := b.State == store.Booked && b.SessionID == a.SessionID
	switch {
	case a.Action == store.ActionMovedUp && stillBooked:
		c.Tell = "ist von der Warteliste nachgerückt"
	case a.Action == notify.ActionCallReminder && stillBooked:
		c.Tell = "Erinnerung telefonisch"
	case a.Action == notify.ActionCallOffer && b.State == store.Waitlisted:
		c.Tell = "neuer Termin frei (nicht gewählt, wartet auf einen vollen Termin)"
		c.Command = fmt.Sprintf("bei Zusage: anmeldebot book --session %s --name %s --phone %s",
			a.SessionID, shellQuote(b.Name), shellQuote(b.Phone))
		return c, true
	default:
		return Call{}, false
	}
	c.Command = fmt.Sprintf("bei Absage: anmeldebot cancel --id %d", b.ID)
	return c, true
}

// shellQuote quotes s for a POSIX shell, so a name with spaces (or worse)
// can be pasted as it is.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(oneLine(s), "'", `'\''`) + "'"
}

// NeedCount is everything under "Braucht Sie": held mails, refused
// replies and calls.
func (d Digest) NeedCount() int { return len(d.Needs) + len(d.Calls) }
