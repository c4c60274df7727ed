package cli

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"text/tabwriter"

	"anmeldebot/booking"
	"anmeldebot/digest"
	"anmeldebot/store"
)

func listCommand() Command {
	return Command{
		Name:    "list",
		Summary: "Show the participants: booked, then the waiting list in order",
		Help: `With --session, the list of one session: its booked parties, then the
waiting parties that accept it. The waiting position is the place in the
one waiting line that all sessions share (the number the person was told).`,
		Setup: func(fs *flag.FlagSet) RunFunc {
			session := fs.String("session", "", "only session `ID`")
			return func(ctx context.Context, env *Env, _ []string) error {
				r, err := readRoster(ctx, env, *session)
				if err != nil {
					return err
				}
				return printRoster(env, r)
			}
		},
	}
}

func printRoster(env *Env, r roster) error {
	if len(r.people) == 0 {
		fmt.Fprintln(env.Stdout, "No participants.")
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSESSION\tNAME\tE-MAIL\tPHONE\tPARTY\tSTATUS\tSOURCE")
	for _, p := range r.people {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", p.ID,
			printable(digest.SessionCell(p, r.sessions, env.Location())), printable(p.Name),
			orDash(printable(p.Email)), orDash(printable(p.Phone)), p.Party, statusText(p), p.Source)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing the list: %w", err)
	}
	return nil
}

// statusText is "booked" or "waiting #N".
func statusText(p booking.Participant) string {
	if p.State == store.Waitlisted {
		return "waiting #" + strconv.Itoa(p.Position)
	}
	return string(p.State)
}

// orDash keeps an empty cell visible in an aligned table.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
