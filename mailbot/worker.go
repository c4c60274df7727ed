package mailbot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"anmeldebot/config"
	"anmeldebot/parser"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// Dialer opens the mailbox for one cycle.
type Dialer func(ctx context.Context) (Mailbox, error)

// Options are a Worker's parts. Dial and Sender default to the real IMAP
// and SMTP servers of the configuration; tests and the demo pass their own.
type Options struct {
	Config    *config.Config
	DB        *store.DB
	Templates *templates.Set
	Dial      Dialer
	Sender    Sender
	Now       func() time.Time // the clock (--now); nil: time.Now
	Log       *slog.Logger
}

// A Worker runs the mail cycle. One cycle (Worker.Cycle) is four separate steps:
//
//  1. fetch: the new messages of [imap].folder (UID above the stored last
//     UID; all of them again after a UIDVALIDITY change), each parsed while
//     it streams from the server, never held whole;
//  2. decide: per message ONE store transaction that skips a mail already
//     handled (by Message-ID, or a hash of its headers), applies the
//     reading with the booking rules, queues the replies in the outbox and
//     records the message with its reading and outcome;
//  3. file: after the commit, \Seen and a move to the processed folder, or
//     to the review folder when the coordinator must look at it; only then
//     is the last UID advanced, so a crash between 2 and 3 refetches the
//     mail, finds it handled and only files it;
//  4. send (SendDue): the due outbox mails over SMTP, with retries.
//
// Replies go only to the From address of a mail. Reply-To is ignored: a
// stranger could otherwise have the bot mail a third party, and the
// booking must belong to the address that asked.
//
// Run one cycle at a time (the daemon skips a tick while a cycle still runs); the store
// keeps any number of processes from overbooking.
type Worker struct {
	cfg     *config.Config
	db      *store.DB
	replier *Replier
	dial    Dialer
	sender  Sender
	now     func() time.Time
	log     *slog.Logger
}

// NewWorker checks the parts and fills in the defaults.
func NewWorker(o Options) (*Worker, error) {
	if o.Config == nil || o.DB == nil {
		return nil, errors.New("mail worker: configuration and store are required")
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	tpl := o.Templates
	if tpl == nil {
		var err error
		if tpl, err = templates.Load(o.Config.Bot.TemplatesDir); err != nil {
			return nil, fmt.Errorf("mail worker: %w", err)
		}
	}
	rp, err := NewReplier(o.Config, tpl)
	if err != nil {
		return nil, fmt.Errorf("mail worker: %w", err)
	}
	w := &Worker{cfg: o.Config, db: o.DB, replier: rp, dial: o.Dial, sender: o.Sender, now: o.Now, log: o.Log}
	if w.now == nil {
		w.now = time.Now
	}
	if w.dial == nil {
		cfg := o.Config.IMAP
		w.dial = func(ctx context.Context) (Mailbox, error) { return Dial(ctx, cfg, o.Log) }
	}
	if w.sender == nil {
		if w.sender, err = NewSender(o.Config.SMTP, o.Log); err != nil {
			return nil, fmt.Errorf("mail worker: %w", err)
		}
	}
	return w, nil
}

// Replier is the worker's replier, for callers that mail people about a
// step of their own.
func (w *Worker) Replier() *Replier { return w.replier }

// parseOptions tells the parser the sessions as the store has them now
// (the configuration's, plus any added since) and the bot's own address.
func (w *Worker) parseOptions(ctx context.Context) (parser.Options, error) {
	var ss []store.Session
	err := w.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		ss, err = tx.Sessions(false)
		return err
	})
	if err != nil {
		return parser.Options{}, fmt.Errorf("reading sessions: %w", err)
	}
	loc := w.location()
	opts := parser.Options{Location: loc, OwnAddresses: []string{w.replier.own}}
	for _, s := range ss {
		opts.Sessions = append(opts.Sessions, parser.Session{ID: s.ID, Start: s.Start.In(loc)})
	}
	return opts, nil
}

func (w *Worker) location() *time.Location {
	if w.cfg.Location != nil {
		return w.cfg.Location
	}
	return time.Local
}
