package mailbot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"strings"
	"time"

	"anmeldebot/store"
	"anmeldebot/templates"
)

// Retry schedule of a mail the SMTP server did not take: one minute after
// the first failure, doubling, at most an hour apart.
const (
	retryFirst  = time.Minute
	retryMax    = time.Hour
	outboxBatch = 50
)

// SendReport counts what one pass over the outbox did.
type SendReport struct {
	Sent, Retried, Failed int
}

// SendDue sends the worker's due outbox mails (see SendOutbox).
func (w *Worker) SendDue(ctx context.Context) (SendReport, error) {
	return SendOutbox(ctx, w.db, w.sender, w.now, w.log)
}

// SendOutbox sends every queued mail that is due, oldest first. Each
// success is marked sent at once, in its own transaction, so a crash
// later never sends it again. A temporary failure is retried with
// exponential backoff; a permanent one (5xx to the message) is marked
// failed, which the digest shows. When the server cannot be reached at
// all, the pass stops and the rest waits for the next one: nothing is
// lost while the server is down.
func SendOutbox(ctx context.Context, db *store.DB, s Sender, now func() time.Time, log *slog.Logger) (SendReport, error) {
	var rep SendReport
	for {
		var due []store.Mail
		err := db.Read(ctx, func(tx *store.Tx) error {
			var err error
			due, err = tx.Due(now(), outboxBatch)
			return err
		})
		if err != nil {
			return rep, fmt.Errorf("reading the outbox: %w", err)
		}
		for _, m := range due {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
			stop, err := sendOne(ctx, db, s, m, now(), &rep, log)
			if err != nil || stop {
				return rep, err
			}
		}
		if len(due) < outboxBatch {
			return rep, nil
		}
	}
}

// sendOne sends one mail and records the result. stop reports that the
// server is unreachable (no SMTP reply at all), so trying the next mail
// now is pointless.
func sendOne(ctx context.Context, db *store.DB, s Sender, m store.Mail, now time.Time, rep *SendReport, log *slog.Logger) (stop bool, err error) {
	sendErr := s.Send(ctx, outgoing(m))
	if sendErr != nil && ctx.Err() != nil {
		return true, ctx.Err() // stopped, not failed: try again next time
	}
	write := func(fn func(*store.Tx) error) error {
		return db.Write(context.WithoutCancel(ctx), fn)
	}
	var se *SendError
	switch {
	case sendErr == nil:
		rep.Sent++
		log.Info("mail sent", "id", m.ID, "kind", m.Kind, "message_id", m.MessageID)
		return false, write(func(tx *store.Tx) error { return tx.MarkSent(m.ID, now) })
	case errors.As(sendErr, &se) && se.Permanent:
		rep.Failed++
		log.Warn("mail refused for good", "id", m.ID, "kind", m.Kind, "code", se.Code, "err", sendErr)
		return false, write(func(tx *store.Tx) error { return tx.MarkFailed(m.ID, sendErr, now) })
	}
	rep.Retried++
	next := now.Add(backoff(m.Attempts))
	log.Warn("mail not sent, will retry", "id", m.ID, "kind", m.Kind, "next", next, "err", sendErr)
	if err := write(func(tx *store.Tx) error { return tx.MarkRetry(m.ID, sendErr, next) }); err != nil {
		return true, err
	}
	return se == nil || se.Code == 0, nil
}

// backoff is the wait after the given number of failed attempts.
func backoff(attempts int) time.Duration {
	d := retryFirst
	for i := 0; i < attempts && d < retryMax; i++ {
		d *= 2
	}
	return min(d, retryMax)
}

// outgoing turns an outbox row into the message to send. Answers to a
// person's mail are "auto-replied"; mails the bot starts itself (moved
// up, reminders, offers, digests) are "auto-generated" (RFC 3834).
func outgoing(m store.Mail) Outgoing {
	to := (&mail.Address{Name: m.ToName, Address: m.To}).String()
	auto := "auto-generated"
	if m.InReplyTo != "" && m.Kind != string(templates.KindMovedUp) {
		auto = "auto-replied"
	}
	o := Outgoing{To: to, Subject: m.Subject, MessageID: m.MessageID, InReplyTo: m.InReplyTo,
		References: strings.Fields(m.References), Text: m.Text, HTML: m.HTML, AutoSubmitted: auto}
	if m.ICS != "" {
		o.ICS = []byte(m.ICS)
	}
	return o
}
