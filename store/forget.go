package store

import (
	"fmt"
	"time"
)

// Forgotten counts what Forget removed or anonymised.
type Forgotten struct {
	Bookings int // anonymised (kept as counts: party, session, state)
	Messages int // anonymised: only the key stays, so the mail is never answered twice
	Mails    int // outbox rows deleted
}

const (
	sqlForgetBookings = `UPDATE bookings SET name = '', email = '', phone = '', message_id = '',
updated = ? WHERE email = ?`
	sqlForgetMessages = `UPDATE messages SET from_addr = '', subject = '', reading = '', outcome = '',
excerpt = '', reason = '', status = CASE status WHEN 'held' THEN 'resolved' ELSE status END,
updated = ? WHERE from_addr = ?`
	sqlForgetMails = `DELETE FROM outbox WHERE to_addr = ?`
)

// Forget removes what the store knows about an address: its bookings keep
// only party size, session and state (so counts and history stay right),
// its processed mails keep only their Message-ID (so that a mail still in
// the mailbox is never answered twice; a held one counts as resolved), and
// the mails sent to it are deleted. It does not
// cancel anything; booking.Forget cancels active bookings first. The audit
// log holds no personal data, so it stays. Mails to the address that are
// still queued are deleted too: they will not be sent.
func (t *Tx) Forget(email string, now time.Time) (Forgotten, error) {
	e := NormEmail(email)
	if e == "" {
		return Forgotten{}, fmt.Errorf("forgetting: no address given")
	}
	var f Forgotten
	counts := []struct {
		n     *int
		query string
		args  []any
	}{
		{&f.Bookings, sqlForgetBookings, []any{ts(now), e}},
		{&f.Messages, sqlForgetMessages, []any{ts(now), e}},
		{&f.Mails, sqlForgetMails, []any{e}},
	}
	for _, c := range counts {
		res, err := t.exec(c.query, c.args...)
		if err != nil {
			return Forgotten{}, fmt.Errorf("forgetting %s: %w", e, err)
		}
		n, _ := res.RowsAffected()
		*c.n = int(n)
	}
	return f, nil
}
