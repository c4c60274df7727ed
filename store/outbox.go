package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// MailState is where an outgoing mail stands.
type MailState string

// Outbox states.
const (
	MailQueued MailState = "queued"
	MailSent   MailState = "sent"
	MailFailed MailState = "failed" // permanent failure (5xx): not retried, shown in the digest
)

// Mail is one outgoing mail in the outbox. It is queued in the same
// transaction as the change it reports, so a reply is never lost and never
// sent for a change that was rolled back.
type Mail struct {
	ID         int64
	Kind       string // template kind: booked, waitlisted, moved_up, reminder, digest, ...
	To         string // the bare address (Forget and the loop guard match on it)
	ToName     string // display name for the To header
	Subject    string
	MessageID  string // our own Message-ID, unique
	InReplyTo  string
	References string
	Text       string
	HTML       string
	ICS        string // optional calendar attachment
	BookingID  int64  // 0 when not about a booking
	// Offered are the session ids this mail offered (waitlisted, "which
	// session?"), so a reply "ja bitte" can be resolved by OfferByMessageID.
	Offered     []string
	State       MailState
	Attempts    int
	NextAttempt time.Time
	LastError   string
	Created     time.Time
	SentAt      time.Time
	// FailedAt is when the server refused the mail for good (MarkFailed);
	// zero unless State is MailFailed.
	FailedAt time.Time
	// Dismissed marks a failed mail the coordinator has settled
	// (DismissMail): the digest and review no longer offer it.
	Dismissed bool
}

const mailCols = `id, kind, to_addr, to_name, subject, message_id, in_reply_to, refs, text_body, html_body,
ics, COALESCE(booking_id, 0), offered, state, attempts, next_attempt, last_error, created, sent_at,
failed_at, dismissed`

func scanMail(sc interface{ Scan(...any) error }) (Mail, error) {
	var m Mail
	var offered, next, created, sent, failed string
	err := sc.Scan(&m.ID, &m.Kind, &m.To, &m.ToName, &m.Subject, &m.MessageID, &m.InReplyTo, &m.References,
		&m.Text, &m.HTML, &m.ICS, &m.BookingID, &offered, &m.State, &m.Attempts, &next,
		&m.LastError, &created, &sent, &failed, &m.Dismissed)
	if err != nil {
		return Mail{}, err
	}
	if offered != "" {
		if err := json.Unmarshal([]byte(offered), &m.Offered); err != nil {
			return Mail{}, fmt.Errorf("offered sessions of mail %d: %w", m.ID, err)
		}
	}
	var e1, e2, e3, e4 error
	m.NextAttempt, e1 = parseTS(next)
	m.Created, e2 = parseTS(created)
	m.SentAt, e3 = parseTS(sent)
	m.FailedAt, e4 = parseTS(failed)
	return m, errors.Join(e1, e2, e3, e4)
}

const sqlEnqueue = `INSERT INTO outbox (kind, to_addr, to_name, subject, message_id, in_reply_to,
refs, text_body, html_body, ics, booking_id, offered, state, attempts, next_attempt, created)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, 0), ?, 'queued', 0, ?, ?)`

// Enqueue queues a mail to be sent at once and returns its id. MessageID
// must be set and unique.
func (t *Tx) Enqueue(m Mail, now time.Time) (int64, error) {
	if m.MessageID == "" || m.To == "" {
		return 0, fmt.Errorf("queueing mail %q: Message-ID and recipient are required", m.Subject)
	}
	offered := ""
	if len(m.Offered) > 0 {
		b, _ := json.Marshal(m.Offered)
		offered = string(b)
	}
	res, err := t.exec(sqlEnqueue, m.Kind, NormEmail(m.To), m.ToName, m.Subject, m.MessageID, m.InReplyTo, m.References,
		m.Text, m.HTML, m.ICS, m.BookingID, offered, ts(now), ts(now))
	if err != nil {
		return 0, fmt.Errorf("queueing mail %s: %w", m.MessageID, err)
	}
	return res.LastInsertId()
}

const sqlDue = `SELECT ` + mailCols + ` FROM outbox
WHERE state = 'queued' AND next_attempt <= ? AND lease_until <= ? ORDER BY next_attempt, id LIMIT ?`

// Due returns up to limit queued mails whose next attempt is at or before
// now and that no sender holds (see ClaimDue), oldest first. It only
// looks: a sender must claim a mail with ClaimDue before sending it.
func (t *Tx) Due(now time.Time, limit int) ([]Mail, error) {
	return t.queryMails("listing due mail", sqlDue, ts(now), ts(now), limit)
}

const sqlMailsByState = `SELECT ` + mailCols + ` FROM outbox WHERE state = ? ORDER BY id`

// MailsByState lists outbox mails in one state, dismissed failures
// included (FailedMails lists only the unsettled ones).
func (t *Tx) MailsByState(s MailState) ([]Mail, error) {
	return t.queryMails("listing "+string(s)+" mail", sqlMailsByState, s)
}

func (t *Tx) queryMails(what, query string, args ...any) ([]Mail, error) {
	rows, err := t.query(query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []Mail
	for rows.Next() {
		m, err := scanMail(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

const sqlMarkSent = `UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_at = ?,
last_error = '', lease_until = '' WHERE id = ?`

// MarkSent records a successful send and releases the sender's claim.
func (t *Tx) MarkSent(id int64, now time.Time) error {
	return t.updateMail(id, "marking mail %d sent", sqlMarkSent, ts(now), id)
}

const sqlMarkRetry = `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt = ?,
lease_until = '' WHERE id = ? AND state = 'queued'`

// MarkRetry records a temporary failure and releases the sender's claim;
// the mail is due again at next.
func (t *Tx) MarkRetry(id int64, sendErr error, next time.Time) error {
	return t.updateMail(id, "scheduling retry of mail %d", sqlMarkRetry, errText(sendErr), ts(next), id)
}

func (t *Tx) updateMail(id int64, what, query string, args ...any) error {
	res, err := t.exec(query, args...)
	if err != nil {
		return fmt.Errorf(what+": %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf(what+": %w", id, ErrNotFound)
	}
	return nil
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// Offer is what one of the bot's mails offered, found by its Message-ID.
type Offer struct {
	MailID    int64
	Kind      string
	To        string
	BookingID int64    // the booking or waiting entry the mail was about, 0 if none
	Sessions  []string // offered session ids, in the order offered
	InReplyTo string   // the request the mail answered (its reading is in messages)
}

const sqlOfferByMessageID = `SELECT ` + mailCols + ` FROM outbox WHERE message_id = ?`

// OfferByMessageID finds the bot's mail with this Message-ID (as named in a
// reply's In-Reply-To or References). ErrNotFound if it is not ours.
func (t *Tx) OfferByMessageID(msgID string) (Offer, error) {
	m, err := t.oneMail(fmt.Sprintf("mail %q", msgID), sqlOfferByMessageID, msgID)
	if err != nil {
		return Offer{}, err
	}
	return Offer{MailID: m.ID, Kind: m.Kind, To: m.To, BookingID: m.BookingID,
		Sessions: m.Offered, InReplyTo: m.InReplyTo}, nil
}

const sqlRepliesSince = `SELECT COUNT(*) FROM outbox WHERE to_addr = ? AND created > ?`

// RepliesSince counts mails queued to an address after since (the loop
// guard: at most N replies per address per hour).
func (t *Tx) RepliesSince(to string, since time.Time) (int, error) {
	var n int
	if err := t.queryRow(sqlRepliesSince, NormEmail(to), ts(since)).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting replies to %s: %w", to, err)
	}
	return n, nil
}
