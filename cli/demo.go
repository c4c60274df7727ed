package cli

import (
	"context"
	"flag"
	"log/slog"

	"anmeldebot/mailbot"
)

func demoCommand() Command {
	return Command{
		Name:     "demo",
		Summary:  "Show the whole mail loop with invented citizens, nothing installed",
		NoConfig: true,
		Help: `Starts an IMAP server and an SMTP sink inside the process (on 127.0.0.1),
a temporary store with the example sessions, and lets a dozen invented
citizens write in. For each mail it shows the request, how the bot read
it, what it decided and its reply, then the occupancy. Its clock stands at
2025-07-10 09:00, before the sessions. Needs no configuration; touches
nothing outside a temporary folder.`,
		Setup: func(*flag.FlagSet) RunFunc {
			return func(ctx context.Context, env *Env, _ []string) error {
				log := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
				return mailbot.Demo(ctx, env.Stdout, log)
			}
		},
	}
}
