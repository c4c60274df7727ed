package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// MessageStatus says whether a processed mail needs the coordinator.
type MessageStatus string

// Message statuses.
const (
	MessageDone     MessageStatus = "done"
	MessageHeld     MessageStatus = "held" // held for review
	MessageResolved MessageStatus = "resolved"
)

// Message is a mail the worker has handled. Key is its Message-ID, or for a
// mail without one a hash of its headers (the caller computes it); it is
// what makes handling a mail twice impossible.
type Message struct {
	ID          int64
	Key         string
	Folder      string
	UIDValidity uint32
	UID         uint32
	From        string // address, lower case
	Subject     string
	Date        time.Time
	Reading     string // the parser's reading as JSON
	Outcome     string // what the bot did, short (e.g. "booked 2025-07-24-1300")
	Status      MessageStatus
	Reason      string // why it is held
	Excerpt     string // a short excerpt of the mail's own words
	Created     time.Time
	Updated     time.Time
}

const msgCols = `id, msg_key, folder, uidvalidity, uid, from_addr, subject, date, reading,
outcome, status, reason, excerpt, created, updated`

func scanMessage(sc interface{ Scan(...any) error }) (Message, error) {
	var m Message
	var date, created, updated string
	err := sc.Scan(&m.ID, &m.Key, &m.Folder, &m.UIDValidity, &m.UID, &m.From, &m.Subject, &date,
		&m.Reading, &m.Outcome, &m.Status, &m.Reason, &m.Excerpt, &created, &updated)
	if err != nil {
		return Message{}, err
	}
	var e1, e2, e3 error
	m.Date, e1 = parseTS(date)
	m.Created, e2 = parseTS(created)
	m.Updated, e3 = parseTS(updated)
	return m, errors.Join(e1, e2, e3)
}

const sqlMessageSeen = `SELECT EXISTS (SELECT 1 FROM messages WHERE msg_key = ?)`

// MessageSeen reports whether a mail with this key was already handled.
func (t *Tx) MessageSeen(key string) (bool, error) {
	var seen bool
	if err := t.queryRow(sqlMessageSeen, key).Scan(&seen); err != nil {
		return false, fmt.Errorf("looking up message %q: %w", key, err)
	}
	return seen, nil
}

const sqlRecordMessage = `INSERT INTO messages (msg_key, folder, uidvalidity, uid, from_addr, subject,
date, reading, outcome, status, reason, excerpt, created, updated)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// RecordMessage stores a handled mail (Status defaults to done) and returns
// its id. A second mail with the same key fails: check MessageSeen first
// in the same transaction.
func (t *Tx) RecordMessage(m Message, now time.Time) (int64, error) {
	if m.Status == "" {
		m.Status = MessageDone
	}
	res, err := t.exec(sqlRecordMessage, m.Key, m.Folder, m.UIDValidity, m.UID, NormEmail(m.From),
		m.Subject, ts(m.Date), m.Reading, m.Outcome, m.Status, m.Reason, m.Excerpt, ts(now), ts(now))
	if err != nil {
		return 0, fmt.Errorf("recording message %q: %w", m.Key, err)
	}
	return res.LastInsertId()
}

const sqlMessage = `SELECT ` + msgCols + ` FROM messages WHERE id = ?`

// Message returns one recorded mail by id; ErrNotFound if none.
func (t *Tx) Message(id int64) (Message, error) {
	m, err := scanMessage(t.queryRow(sqlMessage, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Message{}, fmt.Errorf("message %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Message{}, fmt.Errorf("reading message %d: %w", id, err)
	}
	return m, nil
}

const sqlMessageByKey = `SELECT ` + msgCols + ` FROM messages WHERE msg_key = ?`

// MessageByKey returns a recorded mail by its Message-ID (or header hash).
func (t *Tx) MessageByKey(key string) (Message, error) {
	m, err := scanMessage(t.queryRow(sqlMessageByKey, key))
	if errors.Is(err, sql.ErrNoRows) {
		return Message{}, fmt.Errorf("message %q: %w", key, ErrNotFound)
	}
	if err != nil {
		return Message{}, fmt.Errorf("reading message %q: %w", key, err)
	}
	return m, nil
}

const sqlHeldMessages = `SELECT ` + msgCols + ` FROM messages WHERE status = 'held' ORDER BY id`

// HeldMessages returns the mails waiting for the coordinator, oldest first.
func (t *Tx) HeldMessages() ([]Message, error) {
	rows, err := t.query(sqlHeldMessages)
	if err != nil {
		return nil, fmt.Errorf("listing held messages: %w", err)
	}
	defer rows.Close()
	var out []Message
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return nil, fmt.Errorf("listing held messages: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

const sqlResolveMessage = `UPDATE messages SET status = 'resolved', outcome = ?, updated = ?
WHERE id = ? AND status = 'held'`

// ResolveMessage marks a held mail resolved with what the coordinator did.
// It returns ErrNotFound if there is no held mail with that id.
func (t *Tx) ResolveMessage(id int64, outcome string, now time.Time) error {
	res, err := t.exec(sqlResolveMessage, outcome, ts(now), id)
	if err != nil {
		return fmt.Errorf("resolving message %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("resolving message %d: no held message with that id: %w", id, ErrNotFound)
	}
	return nil
}

const (
	sqlLastUID    = `SELECT uidvalidity, last_uid FROM mailbox WHERE folder = ?`
	sqlSetLastUID = `INSERT INTO mailbox (folder, uidvalidity, last_uid) VALUES (?, ?, ?)
ON CONFLICT (folder) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid`
)

// LastUID returns the folder's UIDVALIDITY and the last UID handled; both
// are 0 for a folder never read.
func (t *Tx) LastUID(folder string) (uidValidity, uid uint32, err error) {
	err = t.queryRow(sqlLastUID, folder).Scan(&uidValidity, &uid)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("reading mailbox state of %s: %w", folder, err)
	}
	return uidValidity, uid, nil
}

// SetLastUID stores the folder's UIDVALIDITY and the last UID handled.
func (t *Tx) SetLastUID(folder string, uidValidity, uid uint32) error {
	if _, err := t.exec(sqlSetLastUID, folder, uidValidity, uid); err != nil {
		return fmt.Errorf("storing mailbox state of %s: %w", folder, err)
	}
	return nil
}
