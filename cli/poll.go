package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
)

func pollCommand() Command {
	return Command{
		Name:    "poll",
		Summary: "Read the mailbox once, answer, queue due reminders, send the outbox, and exit",
		Help: `One poll of the daemon, e.g. from a system cron job or to try the
configuration: queues the reminders that are due, reads the new mail,
prints one line per mail read, and sends the outbox (replies and
reminders). The coordinator's digest is not sent here: ` + "`run`" + ` sends it on
[digest].schedule, or send it now with ` + "`digest --send`" + `. Exits with status 1
when the mailbox or the mail server failed (what was done before stays
done). Only one run or poll works on a database at a time.`,
		Setup: func(*flag.FlagSet) RunFunc {
			return func(ctx context.Context, env *Env, _ []string) error {
				unlock, err := lockWorker(env)
				if err != nil {
					return err
				}
				defer unlock()
				return pollOnce(ctx, env)
			}
		},
	}
}

// pollOnce queues the due reminders first, so the poll's outbox pass sends
// them: without it a setup that runs `poll` from cron instead of the
// daemon would never remind anyone. A reminder failure does not stop the
// poll; it is reported with the rest.
func pollOnce(ctx context.Context, env *Env) error {
	w, err := newWorker(ctx, env)
	if err != nil {
		return err
	}
	tpl, err := env.replyTemplates()
	if err != nil {
		return err
	}
	db, err := env.DB(ctx)
	if err != nil {
		return err
	}
	remErr := queueReminders(ctx, env, db, tpl)
	rep, srep, err := w.Poll(ctx)
	for _, h := range rep.Handled {
		line := h.Decision.Action
		if h.Decision.Held {
			line += " [held: " + h.Decision.Reason + "]"
		}
		fmt.Fprintf(env.Stdout, "uid %d: %s\n", h.UID, line)
	}
	fmt.Fprintf(env.Stdout, "%d mail(s) read; outbox: %d sent, %d to retry, %d failed\n",
		len(rep.Handled), srep.Sent, srep.Retried, srep.Failed)
	return errors.Join(remErr, err)
}
