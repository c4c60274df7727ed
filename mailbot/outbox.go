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
	retryFirst = time.Minute
	retryMax   = time.Hour
)

// claimLease is how long a sender holds a mail it claimed (store.ClaimDue).
// It must outlast one send (smtpTimeout bounds the SMTP session); a
// sender that dies mid-send leaves the mail due again after it.
const claimLease = 5 * time.Minute

// SendReport counts what one pass over the outbox did.
type SendReport struct {
	Sent, Retried, Failed int
}

// SendDue sends the worker's due outbox mails (see SendOutbox).
func (w *Worker) SendDue(ctx context.Context) (SendReport, error) {
	return SendOutbox(ctx, w.db, w.sender, w.now, w.log)
}

// SendOutbox sends every queued mail that is due, oldest first. Each mail
// is claimed in the store before it is sent, so passes running at once
// (in this process or another) never send one mail twice. It claims one
// mail at a time: the lease then only has to outlast one SMTP session,
// and a pass that stops early holds nothing back from the others. Each
// success is marked sent at once, in its own transaction, so a crash
// later never sends it again. A temporary failure is retried with
// exponential backoff; a permanent one (5xx to the message) is marked
// failed, which the digest shows. When the server cannot be reached at
// all, the pass stops and the rest waits for the next one: nothing is
// lost while the server is down.
func SendOutbox(ctx context.Context, db *store.DB, s Sender, now func() time.Time, log *slog.Logger) (SendReport, error) {
	var rep SendReport
	for {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		var due []store.Mail
		err := db.Write(ctx, func(tx *store.Tx) error {
			var err error
			t := now()
			due, err = tx.ClaimDue(t, t.Add(claimLease), 1)
			return err
		})
		if err != nil {
			return rep, fmt.Errorf("claiming outbox mail: %w", err)
		}
		if len(due) == 0 {
			return rep, nil
		}
		stop, err := sendOne(ctx, db, s, due[0], now(), &rep, log)
		if err != nil || stop {
			return rep, err
		}
	}
}

// sendOne sends one mail and records the result. stop reports that the
// server is unreachable (no SMTP reply at all), so trying the next mail
// now is pointless.
func sendOne(ctx context.Context, db *store.DB, s Sender, m store.Mail, now time.Time, rep *SendReport, log *slog.Logger) (stop bool, err error) {
	sendErr := s.Send(ctx, outgoing(m))
	write := func(fn func(*store.Tx) error) error {
		return db.Write(context.WithoutCancel(ctx), fn)
	}
	if sendErr != nil && ctx.Err() != nil { // stopped, not failed: due again at once
		return true, errors.Join(ctx.Err(), write(func(tx *store.Tx) error { return tx.Release(m.ID) }))
	}
	var se *SendError
	switch {
	case sendErr == nil:
		rep.Sent++
		log.Info("mail sent", "id", m.ID, "kind", m.Kind, "message_id", m.MessageID)
		return false, write(func(tx *store.Tx) error { return tx.MarkSent(m.ID, now) })
	case errors.As(sendErr, &se) && se.Permanent:
		rep.Failed++
		log.Warn("mail refused for good", "id", m.ID, "kind", m.Kind, "code", se.Code, "err", redactErr(sendErr))
		log.Debug("mail refused for good: details", "id", m.ID, "to", m.To, "err", sendErr)
		return false, write(func(tx *store.Tx) error { return tx.MarkFailed(m.ID, sendErr, now) })
	}
	rep.Retried++
	next := now.Add(backoff(m.Attempts))
	log.Warn("mail not sent, will retry", "id", m.ID, "kind", m.Kind, "next", next, "err", redactErr(sendErr))
	log.Debug("mail not sent: details", "id", m.ID, "to", m.To, "err", sendErr)
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

// KindHumanReply is the outbox kind of a text the coordinator wrote
// (`review ID --reply FILE`, cli/review_resolve.go queues it by this name).
const KindHumanReply = "reply"

// outgoing turns an outbox row into the message to send. Answers to a
// person's mail are "auto-replied"; mails the bot starts itself (moved
// up, reminders, offers, digests) are "auto-generated" (RFC 3834). The
// coordinator's own answer is neither: a human wrote it, so it carries no
// Auto-Submitted header (RFC 3834 section 5), and the person's
// vacation responder may answer it like any personal mail.
func outgoing(m store.Mail) Outgoing {
	to := (&mail.Address{Name: m.ToName, Address: m.To}).String()
	auto := "auto-generated"
	switch {
	case m.Kind == KindHumanReply:
		auto = ""
	case m.InReplyTo != "" && m.Kind != string(templates.KindMovedUp):
		auto = "auto-replied"
	}
	o := Outgoing{To: to, Subject: m.Subject, MessageID: m.MessageID, InReplyTo: m.InReplyTo,
		References: strings.Fields(m.References), Text: m.Text, HTML: m.HTML, AutoSubmitted: auto}
	if m.ICS != "" {
		o.ICS = []byte(m.ICS)
	}
	return o
}
