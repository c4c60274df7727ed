package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Permanent send failures. The mail worker records one with MarkFailed;
// the digest lists those since its last run (FailedMails), and the
// coordinator settles each: the mail is queued again (RequeueMail, when
// the cause is fixed on the other side), or a copy goes to a corrected
// address and the original is dismissed (DismissMail), or it is simply
// let go (DismissMail).

const sqlMarkFailed = `UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?,
failed_at = ?, lease_until = '' WHERE id = ?`

// MarkFailed records a permanent failure at now and releases the sender's
// claim; the mail is not tried again unless the coordinator requeues it.
func (t *Tx) MarkFailed(id int64, sendErr error, now time.Time) error {
	return t.updateMail(id, "marking mail %d failed", sqlMarkFailed, errText(sendErr), ts(now), id)
}

const sqlMail = `SELECT ` + mailCols + ` FROM outbox WHERE id = ?`

// Mail reads one outbox mail by id; ErrNotFound if there is none.
func (t *Tx) Mail(id int64) (Mail, error) {
	return t.oneMail(fmt.Sprintf("mail %d", id), sqlMail, id)
}

// oneMail reads the mail query finds, named what in errors.
func (t *Tx) oneMail(what, query string, arg any) (Mail, error) {
	m, err := scanMail(t.queryRow(query, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return Mail{}, fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	if err != nil {
		return Mail{}, fmt.Errorf("reading %s: %w", what, err)
	}
	return m, nil
}

const sqlFailedMails = `SELECT ` + mailCols + ` FROM outbox
WHERE state = 'failed' AND NOT dismissed AND failed_at > ? ORDER BY failed_at, id`

// FailedMails lists the failures recorded after since that nobody has
// settled, oldest first: what the digest reports, each failure once.
// A zero since lists every unsettled failure.
func (t *Tx) FailedMails(since time.Time) ([]Mail, error) {
	return t.queryMails("listing failed mail", sqlFailedMails, ts(since))
}

const sqlRequeueMail = `UPDATE outbox SET state = 'queued', attempts = 0, next_attempt = ?, failed_at = ''
WHERE id = ? AND state = 'failed' AND NOT dismissed`

// RequeueMail queues a failed, unsettled mail again, due at now, with a
// fresh count of attempts (so the retry backoff starts over). It keeps
// its Message-ID and last error. ErrNotFound if id is not such a mail.
func (t *Tx) RequeueMail(id int64, now time.Time) error {
	return t.updateMail(id, "queueing failed mail %d again", sqlRequeueMail, ts(now), id)
}

const sqlDismissMail = `UPDATE outbox SET dismissed = 1 WHERE id = ? AND state = 'failed' AND NOT dismissed`

// DismissMail settles a failed mail without sending it: it stays in the
// outbox as a record, and is neither listed nor sent. ErrNotFound if id
// is not a failed, unsettled mail.
func (t *Tx) DismissMail(id int64) error {
	return t.updateMail(id, "dismissing failed mail %d", sqlDismissMail, id)
}
