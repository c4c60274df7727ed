package cli

import (
	"context"
	"flag"
	"fmt"
)

func pollCommand() Command {
	return Command{
		Name:    "poll",
		Summary: "Read the mailbox once, answer, send the outbox, and exit",
		Help: `One poll of the daemon, e.g. from a system cron job or to try the
configuration: prints one line per mail read. Exits with status 1 when the
mailbox or the mail server failed (what was done before stays done).`,
		Setup: func(*flag.FlagSet) RunFunc {
			return func(ctx context.Context, env *Env, _ []string) error {
				unlock, err := lockWorker(env)
				if err != nil {
					return err
				}
				defer unlock()
				w, err := newWorker(ctx, env)
				if err != nil {
					return err
				}
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
				return err
			}
		},
	}
}
