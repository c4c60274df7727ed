package store

import (
	"fmt"
	"time"
)

// Claims. Several processes may send the outbox at once (the daemon, a
// `poll` from cron, a coordinator's `poll` after an outage). Reading the
// due mails and then sending them would let each process send every mail:
// the same Message-ID delivered twice. So a sender first claims mails in
// a write transaction (the write lock makes the select-and-mark atomic
// across processes), sends only what it claimed, and MarkSent, MarkRetry
// or MarkFailed release the claim. A claim is a lease: if the sender dies
// mid-send, the mail becomes due again when the lease runs out.

const sqlClaim = `UPDATE outbox SET lease_until = ? WHERE id = ?`

// ClaimDue claims up to limit due mails (see Due) until the lease time
// until and returns them. Call it in a write transaction (DB.Write); the
// lease must outlast sending all of them.
func (t *Tx) ClaimDue(now, until time.Time, limit int) ([]Mail, error) {
	due, err := t.Due(now, limit)
	if err != nil {
		return nil, err
	}
	for _, m := range due {
		if _, err := t.exec(sqlClaim, ts(until), m.ID); err != nil {
			return nil, fmt.Errorf("claiming mail %d: %w", m.ID, err)
		}
	}
	return due, nil
}

const sqlRelease = `UPDATE outbox SET lease_until = '' WHERE id = ? AND state = 'queued'`

// Release gives up the claim on a mail without recording an attempt (the
// sender was stopped before it knew the result of the send): the mail is
// due again at once, for this process or another.
func (t *Tx) Release(id int64) error {
	if _, err := t.exec(sqlRelease, id); err != nil {
		return fmt.Errorf("releasing mail %d: %w", id, err)
	}
	return nil
}
