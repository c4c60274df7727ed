package cli

import (
	"context"
	"flag"

	"anmeldebot/mailbot"
)

func daemonCommand() Command {
	return Command{
		Name:    "run",
		Summary: "Run the mail worker: read the mailbox on [bot].poll, answer, send the outbox",
		Help: `The daemon. It polls at once and then on every [bot].poll tick (a tick is
skipped while the previous poll still runs). Each poll reads the new mail
of [imap].folder, answers it, files it in the processed or review folder
and sends the outbox. The digest goes out on [digest].schedule and the
reminders are queued on every poll. SIGINT or SIGTERM stops it cleanly: the mail being
decided is finished, then it exits.`,
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
				jobs, err := digestJobs(ctx, env)
				if err != nil {
					return err
				}
				return w.Run(ctx, jobs...)
			}
		},
	}
}

// newWorker builds the mail worker from the configuration, the store and
// the clock of env, with the real IMAP and SMTP servers.
func newWorker(ctx context.Context, env *Env) (*mailbot.Worker, error) {
	db, err := env.DB(ctx)
	if err != nil {
		return nil, err
	}
	return mailbot.NewWorker(mailbot.Options{Config: env.Config, DB: db, Now: env.Now, Log: env.Log})
}
