package cli

import (
	"context"
	"flag"
	"fmt"
	"net/mail"
	"strings"

	"anmeldebot/booking"
	"anmeldebot/store"
)

func bookCommand() Command {
	return Command{
		Name:    "book",
		Summary: "Enter a phone registration: book a place or join the waiting list",
		Help: `Applies the same rules as a registration by mail: a full session puts the
party on the waiting list (the position is printed), the same address asking
again for a session it holds is "already registered", and asking for another
session reads as a change of the booking. Give --session several times for
alternatives, first choice first. Exit status 1 when nothing could be booked
(session closed or started, party too large).`,
		Setup: func(fs *flag.FlagSet) RunFunc {
			var req bookFlags
			fs.Func("session", "session `ID` (repeat for alternatives, first choice first)", func(s string) error {
				req.sessions = append(req.sessions, s)
				return nil
			})
			fs.BoolVar(&req.any, "any", false, "any other session is fine too")
			fs.StringVar(&req.name, "name", "", "the person's `NAME`")
			fs.StringVar(&req.email, "email", "", "e-mail `ADDR` (for the confirmation and cancelling)")
			fs.StringVar(&req.phone, "phone", "", "phone `NUM` (needed when there is no e-mail)")
			fs.IntVar(&req.party, "party", 1, "number of people, `N` places")
			return func(ctx context.Context, env *Env, _ []string) error {
				r, err := req.request(env)
				if err != nil {
					return err
				}
				return runBook(ctx, env, r)
			}
		},
	}
}

// bookFlags are book's flags before they are checked.
type bookFlags struct {
	sessions           []string
	any                bool
	name, email, phone string
	party              int
}

// request checks the flags and turns them into a booking request. Every
// mistake here is a usage error (exit 2): retrying cannot help.
func (f bookFlags) request(env *Env) (booking.Request, error) {
	if len(f.sessions) == 0 && !f.any {
		return booking.Request{}, Usagef("--session ID is required")
	}
	for _, id := range f.sessions {
		if err := checkSession(env, id); err != nil {
			return booking.Request{}, err
		}
	}
	name := strings.TrimSpace(f.name)
	if name == "" {
		return booking.Request{}, Usagef("--name is required")
	}
	if strings.TrimSpace(f.email) == "" && strings.TrimSpace(f.phone) == "" {
		return booking.Request{}, Usagef("give --email or --phone, so the person can be reached")
	}
	email := strings.TrimSpace(f.email)
	if email != "" {
		a, err := mail.ParseAddress(email)
		if err != nil || a.Address != email {
			return booking.Request{}, Usagef("--email %q is not a plain e-mail address", f.email)
		}
	}
	if f.party < 1 {
		return booking.Request{}, Usagef("--party must be at least 1, not %d", f.party)
	}
	return booking.Request{Name: name, Email: email, Phone: strings.TrimSpace(f.phone), Party: f.party,
		Sessions: f.sessions, Any: f.any, Source: store.SourcePhone}, nil
}

// runBook applies the request and the mails it owes in one transaction.
func runBook(ctx context.Context, env *Env, req booking.Request) error {
	db, err := env.DB(ctx)
	if err != nil {
		return err
	}
	var out booking.Outcome
	err = db.Write(ctx, func(tx *store.Tx) error {
		out, err = booking.Book(tx, env.Now(), req)
		if err != nil {
			return err
		}
		return env.queueMails(tx, out)
	})
	if err != nil {
		return fmt.Errorf("booking %s: %w", req.Name, err)
	}
	env.Log.Debug("phone booking", "kind", out.Kind, "booking", out.Booking.ID)
	p := outcomePrinter{env: env}
	p.outcome(out)
	p.moves(out.Moves)
	return p.result(out)
}
