package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"anmeldebot/booking"
	"anmeldebot/store"
)

func forgetCommand() Command {
	return Command{
		Name:    "forget",
		Summary: "Erase a person's data (right to erasure): cancel, then anonymise",
		Help: `Cancels every booking and waiting entry of the address (the waiting list
moves up as after any cancellation), then removes the name, address and
phone from the bookings (their places and dates stay, so counts and history
remain right), and deletes the person's processed mails and the mails to
them in the outbox, including unsent ones. The audit log holds no personal
data and stays. This cannot be undone.`,
		Setup: func(fs *flag.FlagSet) RunFunc {
			email := fs.String("email", "", "the person's e-mail `ADDR` (required)")
			return func(ctx context.Context, env *Env, _ []string) error {
				addr := strings.TrimSpace(*email)
				if addr == "" {
					return Usagef("--email ADDR is required")
				}
				return runForget(ctx, env, addr)
			}
		},
	}
}

func runForget(ctx context.Context, env *Env, email string) error {
	db, err := env.DB(ctx)
	if err != nil {
		return err
	}
	var out booking.Outcome
	var gone store.Forgotten
	err = db.Write(ctx, func(tx *store.Tx) error {
		out, gone, err = booking.Forget(tx, env.Now(), email, store.CauseCLI)
		if err != nil {
			return err
		}
		// Only the people moved up are owed a mail: the forgotten person
		// must not get one more mail, built from data just erased.
		return env.queueMails(tx, booking.Outcome{Moves: out.Moves})
	})
	if err != nil {
		return fmt.Errorf("forgetting %s: %w", email, err)
	}
	p := outcomePrinter{env: env}
	p.outcome(out)
	p.moves(out.Moves)
	fmt.Fprintf(env.Stdout, "Forgot %s: %d booking(s) anonymised, %d mail(s) received and %d mail(s) to them deleted.\n",
		printable(email), gone.Bookings, gone.Messages, gone.Mails)
	return nil
}
