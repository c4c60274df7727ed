package mailbot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/store"
)

// demoNow is the demo's clock: a fortnight before the first example
// session, so the 2025 dates work on any day.
func demoNow(loc *time.Location) time.Time { return time.Date(2025, 7, 10, 9, 0, 0, 0, loc) }

// demoPhone are the places taken by phone before the demo starts: two
// sessions full, one a single place short, so the demo shows a session
// filling up, the waiting list and a "which session?" with one offer.
var demoPhone = map[string]int{"2025-07-24-1300": 15, "2025-07-24-1800": 14, "2025-08-16-1300": 15}

// Demo shows the whole loop with nothing installed: an in-process IMAP
// server and SMTP sink on loopback, a temporary store with the example
// sessions, and a dozen mails from invented citizens in two rounds (the
// second answers the bot's replies). For each mail it prints the request,
// the reading, the decision and the reply, then the occupancy.
func Demo(ctx context.Context, out io.Writer, log *slog.Logger) (err error) {
	cfg, err := DemoConfig()
	if err != nil {
		return err
	}
	im, err := startLoopIMAP(cfg.IMAP.Username, "demo")
	if err != nil {
		return err
	}
	defer im.close()
	sink, err := startLoopSMTP()
	if err != nil {
		return err
	}
	defer sink.close()
	cfg.IMAP, cfg.SMTP = im.config(cfg.IMAP), sink.config(cfg.SMTP)
	dir, err := os.MkdirTemp("", "anmeldebot-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, db.Close()) }()
	d := &demo{cfg: cfg, db: db, im: im, sink: sink, out: out, now: demoNow(cfg.Location)}
	if err := d.prepare(ctx); err != nil {
		return err
	}
	if d.w, err = NewWorker(Options{Config: cfg, DB: db, Now: d.clock, Log: log}); err != nil {
		return err
	}
	return d.run(ctx)
}

// demo is one run of the demo.
type demo struct {
	cfg  *config.Config
	db   *store.DB
	w    *Worker
	im   *loopIMAP
	sink *loopSMTP
	out  io.Writer
	now  time.Time
	sent int
	n    int                    // mails shown so far
	mail map[string]citizenMail // by Message-ID
}

func (d *demo) clock() time.Time { return d.now }

// prepare loads the sessions and the phone bookings.
func (d *demo) prepare(ctx context.Context) error {
	return d.db.Write(ctx, func(tx *store.Tx) error {
		if _, err := booking.SyncSessions(tx, d.now, d.cfg.Sessions); err != nil {
			return err
		}
		for _, s := range d.cfg.Sessions {
			for i := range demoPhone[s.ID] {
				_, err := booking.Book(tx, d.now, booking.Request{Name: fmt.Sprintf("Telefon %s/%d", s.ID, i+1),
					Phone: fmt.Sprintf("0631 %s-%d", s.ID, i+1), Sessions: []string{s.ID}, Source: store.SourcePhone})
				if err != nil {
					return fmt.Errorf("demo phone bookings: %w", err)
				}
			}
		}
		return nil
	})
}

func (d *demo) run(ctx context.Context) error {
	d.mail = map[string]citizenMail{}
	d.header()
	if err := d.occupancy(ctx, "Before the first mail (phone bookings only)"); err != nil {
		return err
	}
	first, err := d.round(ctx, "Round 1: the inbox in the morning", demoRound1())
	if err != nil {
		return err
	}
	offer := replyTo(first, demoPaul.ID)
	d.now = d.now.Add(2 * time.Hour)
	if _, err := d.round(ctx, "Round 2: answers to the bot's mails, a cancellation", demoRound2(offer)); err != nil {
		return err
	}
	if err := d.occupancy(ctx, "Occupancy at the end"); err != nil {
		return err
	}
	return d.summary()
}

// round delivers mails to the inbox, runs one poll (cycle and outbox) and
// prints what happened to each mail.
func (d *demo) round(ctx context.Context, title string, mails []citizenMail) (CycleReport, error) {
	for _, m := range mails {
		d.mail[m.ID] = m
		if err := d.im.deliver(d.cfg.IMAP.Folder, m.raw(d.cfg.IMAP.Username)); err != nil {
			return CycleReport{}, fmt.Errorf("demo: delivering %s: %w", m.ID, err)
		}
	}
	rep, srep, err := d.w.Poll(ctx)
	if err != nil {
		return rep, fmt.Errorf("demo poll: %w", err)
	}
	d.sent += srep.Sent
	fmt.Fprintf(d.out, "\n%s\n%s\n", title, rule('=', len(title)))
	for _, h := range rep.Handled {
		d.n++
		d.printHandled(d.n, h)
	}
	fmt.Fprintf(d.out, "\n→ %d mails read, %d replies sent over SMTP.\n", len(rep.Handled), srep.Sent)
	return rep, nil
}

// replyTo finds the Message-ID of the bot's reply to the mail with id.
func replyTo(rep CycleReport, id string) string {
	for _, h := range rep.Handled {
		if h.Key == id && len(h.Decision.Replies) > 0 {
			return h.Decision.Replies[0].MessageID
		}
	}
	return ""
}
