package cli

import (
	"context"
	"fmt"
	"os"
	"strings"

	"anmeldebot/booking"
	"anmeldebot/digest"
	"anmeldebot/internal/mailid"
	"anmeldebot/mailbot"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// resolve settles held mail id in one transaction: the booking step, the
// mails it owes (through the mail worker's Replier, as for any mail), and
// the mail marked resolved. A step that books nothing (full, closed)
// rolls back and leaves the mail held.
func (f reviewFlags) resolve(ctx context.Context, env *Env, id int64) error {
	m, err := heldMessage(ctx, env, id)
	if err != nil {
		return err
	}
	if m.Status != store.MessageHeld {
		return fmt.Errorf("mail #%d is already settled: %s", id, printable(m.Outcome))
	}
	var reply string
	if f.reply != "" {
		b, err := os.ReadFile(f.reply)
		if err != nil {
			return Usagef("reading the reply: %v", err)
		}
		if reply = strings.TrimSpace(string(b)); reply == "" {
			return Usagef("the reply file %s is empty", f.reply)
		}
	}
	rp, err := reviewReplier(env)
	if err != nil {
		return err
	}
	db, err := env.DB(ctx)
	if err != nil {
		return err
	}
	p := outcomePrinter{env: env}
	var out booking.Outcome
	var what string
	err = db.Write(ctx, func(tx *store.Tx) error {
		out, what, err = f.apply(tx, env, rp, m, reply)
		if err != nil {
			return err
		}
		if err := p.result(out); err != nil {
			return err
		}
		if err := tx.ResolveMessage(m.ID, what, env.Now()); err != nil {
			return err
		}
		return tx.AddAudit(store.Audit{At: env.Now(), Action: store.ActionResolved, BookingID: out.Booking.ID,
			Cause: store.CauseReview, Detail: fmt.Sprintf("mail #%d: %s", m.ID, what)})
	})
	if err != nil {
		return fmt.Errorf("settling mail #%d: %w", id, err)
	}
	p.outcome(out)
	p.moves(out.Moves)
	fmt.Fprintf(env.Stdout, "Mail #%d settled: %s.\n", id, what)
	return nil
}

// apply carries out the chosen action inside the transaction.
func (f reviewFlags) apply(tx *store.Tx, env *Env, rp *mailbot.Replier, m store.Message, reply string) (booking.Outcome, string, error) {
	r, _ := digest.DecodeReading(m.Reading)
	to := mailbot.Recipient{Addr: m.From, Name: r.Name, Lang: r.Lang}
	th := mailbot.Thread{MessageID: threadID(m.Key), References: r.References, Subject: m.Subject}
	now := env.Now()
	switch {
	case f.ignore:
		return booking.Outcome{}, "ignored by the coordinator", nil
	case reply != "":
		if err := queueReply(tx, env, m, th, reply); err != nil {
			return booking.Outcome{}, "", err
		}
		return booking.Outcome{}, "answered by the coordinator", nil
	case f.cancel:
		out, err := booking.Cancel(tx, now, booking.CancelRequest{Email: m.From, Cause: store.CauseReview})
		if err != nil {
			return out, "", err
		}
		_, err = rp.QueueOutcome(tx, now, out, to, th)
		return out, "cancelled by the coordinator", err
	}
	party := f.party
	if party == 0 {
		party = max(r.PartySize, 1)
	}
	out, err := booking.Book(tx, now, booking.Request{Name: r.Name, Email: m.From, Party: party,
		Sessions: []string{f.book}, Source: store.SourceReview, MessageID: m.Key, Cause: store.CauseReview})
	if err != nil {
		return out, "", err
	}
	if _, err := rp.QueueOutcome(tx, now, out, to, th); err != nil {
		return out, "", err
	}
	return out, fmt.Sprintf("%s %s (%d) by the coordinator", out.Kind, f.book, party), nil
}

// threadID is the held mail's Message-ID for In-Reply-To; a key that is a
// header hash (a mail without Message-ID) starts no thread.
func threadID(key string) string {
	if strings.Contains(key, "@") {
		return key
	}
	return ""
}

// queueReply queues the coordinator's own text as a reply in the mail's
// thread: "Re: <subject>", In-Reply-To and References to the mail.
func queueReply(tx *store.Tx, env *Env, m store.Message, th mailbot.Thread, text string) error {
	subject := templates.ReplySubject(m.Subject)
	if subject == "" {
		subject = "Re: Ihre Nachricht"
	}
	mm := store.Mail{Kind: mailbot.KindHumanReply, To: m.From, Subject: subject, MessageID: reviewMessageID(env, mailbot.KindHumanReply),
		Text: text + "\n"}
	if th.MessageID != "" {
		mm.InReplyTo = th.MessageID
		mm.References = strings.Join(append(append([]string{}, th.References...), th.MessageID), " ")
	}
	_, err := tx.Enqueue(mm, env.Now())
	return err
}

// newMessageID makes <kind>-<random>@<bot domain> for a mail the
// coordinator queues, like the worker's own.
func reviewMessageID(e *Env, kind string) string {
	return mailid.New(kind, mailid.Domain(e.Config.SMTP.From))
}

// reviewReplier builds the mail worker's Replier with the configured
// templates.
func reviewReplier(e *Env) (*mailbot.Replier, error) {
	tpl, err := e.replyTemplates()
	if err != nil {
		return nil, err
	}
	return mailbot.NewReplier(e.Config, tpl)
}
