package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"anmeldebot/booking"
	"anmeldebot/store"
)

func cancelCommand() Command {
	return Command{
		Name:    "cancel",
		Summary: "Cancel a booking or waiting entry; the waiting list moves up",
		Help: `Cancel one booking by its number (--id, as list shows it), or every booking
and waiting entry of an address (--email, or --phone for a phone booking
without address), optionally only one person's (--name) and only one
session's (--session). The freed places go to the waiting list at once;
everyone who moves up is printed, and is owed a mail.`,
		Setup: func(fs *flag.FlagSet) RunFunc {
			var f cancelFlags
			fs.Int64Var(&f.id, "id", 0, "booking `NUMBER` (see list)")
			fs.StringVar(&f.email, "email", "", "cancel the entries of `ADDR`")
			fs.StringVar(&f.phone, "phone", "", "cancel the entries of phone `NUM` (bookings without e-mail)")
			fs.StringVar(&f.name, "name", "", "only this person's entries of the address (`NAME`)")
			fs.StringVar(&f.session, "session", "", "only the entries in or waiting for session `ID`")
			return func(ctx context.Context, env *Env, _ []string) error {
				req, err := f.request(env)
				if err != nil {
					return err
				}
				return runCancel(ctx, env, req)
			}
		},
	}
}

type cancelFlags struct {
	id                          int64
	email, phone, name, session string
}

// request checks that the flags name exactly one way to find bookings.
func (f cancelFlags) request(env *Env) (booking.CancelRequest, error) {
	byAddress := f.email != "" || f.phone != ""
	switch {
	case f.id != 0 && (byAddress || f.name != "" || f.session != ""):
		return booking.CancelRequest{}, Usagef("--id names one booking; do not combine it with --email, --phone, --name or --session")
	case f.id < 0:
		return booking.CancelRequest{}, Usagef("--id must be a booking number, not %d", f.id)
	case f.id == 0 && !byAddress:
		return booking.CancelRequest{}, Usagef("give --id BOOKING, or --email ADDR (or --phone NUM)")
	}
	if err := checkSession(env, f.session); err != nil {
		return booking.CancelRequest{}, err
	}
	return booking.CancelRequest{BookingID: f.id, Email: strings.TrimSpace(f.email),
		Phone: strings.TrimSpace(f.phone), Name: strings.TrimSpace(f.name),
		SessionID: f.session, Cause: store.CauseCLI}, nil
}

// runCancel cancels and queues the move-up mails in one transaction.
func runCancel(ctx context.Context, env *Env, req booking.CancelRequest) error {
	db, err := env.DB(ctx)
	if err != nil {
		return err
	}
	var out booking.Outcome
	var missing error
	err = db.Write(ctx, func(tx *store.Tx) error {
		out, err = booking.Cancel(tx, env.Now(), req)
		if err != nil {
			return err
		}
		if out.Kind == booking.KindNotFound {
			missing = notFound(tx, req)
			return nil
		}
		return env.queueMails(tx, out)
	})
	if err != nil {
		return fmt.Errorf("cancelling: %w", err)
	}
	if missing != nil {
		return missing
	}
	p := outcomePrinter{env: env}
	p.outcome(out)
	p.moves(out.Moves)
	return p.result(out)
}

// notFound says what a cancel looked for and did not find and, when the
// address has entries elsewhere, where they are: "nothing found" alone
// leaves the coordinator guessing whether the number, the address or the
// session was wrong.
func notFound(tx *store.Tx, req booking.CancelRequest) error {
	const none = "nothing found to cancel: "
	if req.BookingID != 0 {
		b, err := tx.Booking(req.BookingID)
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf(none+"there is no booking #%d (see: anmeldebot list)", req.BookingID)
		}
		if err != nil {
			return fmt.Errorf("looking up booking #%d: %w", req.BookingID, err)
		}
		return fmt.Errorf(none+"booking #%d (%s) is already %s", b.ID, printable(b.Name), b.State)
	}
	who := printable(req.Email)
	if who == "" {
		who = printable(req.Phone)
	}
	mine, err := tx.ActiveBookingsOf(req.Email, req.Phone)
	if err != nil {
		return fmt.Errorf("looking up the bookings of %s: %w", who, err)
	}
	if len(mine) == 0 {
		return fmt.Errorf(none+"%s has no booking or waiting entry (see: anmeldebot list)", who)
	}
	var not []string
	if req.Name != "" {
		not = append(not, fmt.Sprintf("for %q", req.Name))
	}
	if req.SessionID != "" {
		not = append(not, "in "+req.SessionID)
	}
	if len(mine) == 1 && req.Name == "" {
		return fmt.Errorf(none+"%s is %s, not %s", who, entryPlace(mine[0]), strings.Join(not, " "))
	}
	var has []string
	for _, b := range mine {
		has = append(has, fmt.Sprintf("#%d %s %s", b.ID, printable(b.Name), entryPlace(b)))
	}
	return fmt.Errorf(none+"%s has nothing %s; it has %s", who, strings.Join(not, " "), strings.Join(has, "; "))
}

// entryPlace is where an active entry stands: "booked in ID" or
// "waiting for ID or ID".
func entryPlace(b store.Booking) string {
	if b.State == store.Booked {
		return "booked in " + b.SessionID
	}
	if b.AcceptsAny {
		return "waiting for any session"
	}
	return "waiting for " + strings.Join(b.Accepts, " or ")
}
