package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"anmeldebot/store"
)

func sessionsCommand() Command {
	return Command{
		Name:    "sessions",
		Summary: "List the sessions with capacity, booked, free and waiting places",
		Help: `Places, not parties: a party of three counts three. "waiting" counts every
waiting party that accepts the session, so a party that accepts two
sessions is counted in both. Opening the store first brings its sessions
in line with the configuration (new ones added, capacities applied).
"anmeldebot sessions add --help" tells how to add a session.`,
		Subcommands: []Command{sessionsAddCommand()},
		Setup: func(fs *flag.FlagSet) RunFunc {
			asJSON := fs.Bool("json", false, "print one JSON array (id, start, capacity, booked, free, waiting)")
			return func(ctx context.Context, env *Env, _ []string) error {
				loads, err := occupancy(ctx, env)
				if err != nil {
					return err
				}
				if *asJSON {
					return printSessionsJSON(env, loads)
				}
				return printSessionsTable(env, loads)
			}
		},
	}
}

// occupancy reads every session's load in one snapshot.
func occupancy(ctx context.Context, env *Env) ([]store.Load, error) {
	db, err := env.DB(ctx)
	if err != nil {
		return nil, err
	}
	var loads []store.Load
	err = db.Read(ctx, func(tx *store.Tx) error {
		loads, err = tx.Occupancy()
		return err
	})
	return loads, err
}

// sessionJSON is the documented shape of "sessions --json"; scripts read
// it, so its keys do not change.
type sessionJSON struct {
	ID       string `json:"id"`
	Start    string `json:"start"` // local wall clock, 2025-07-24T13:00
	Capacity int    `json:"capacity"`
	Booked   int    `json:"booked"`
	Free     int    `json:"free"`
	Waiting  int    `json:"waiting"`
}

// localMinute is how sessions are named by time across the command line,
// the parser's labels and the JSON outputs.
const localMinute = "2006-01-02T15:04"

func printSessionsJSON(env *Env, loads []store.Load) error {
	out := make([]sessionJSON, 0, len(loads)) // [] rather than null when empty
	for _, l := range loads {
		out = append(out, sessionJSON{
			ID:       l.Session.ID,
			Start:    l.Session.Start.In(env.Location()).Format(localMinute),
			Capacity: l.Session.Capacity,
			Booked:   l.Booked,
			Free:     l.Free,
			Waiting:  l.Waiting,
		})
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("writing sessions: %w", err)
	}
	return nil
}

func printSessionsTable(env *Env, loads []store.Load) error {
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTART\tCAPACITY\tBOOKED\tFREE\tWAITING")
	now := env.Now()
	for _, l := range loads {
		s := l.Session
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d", s.ID, germanTime(s.Start, env.Location()),
			s.Capacity, l.Booked, l.Free, l.Waiting)
		if note := sessionNote(s, l, now); note != "" {
			fmt.Fprint(tw, "\t", note)
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing sessions: %w", err)
	}
	return nil
}

// sessionNote says why a session takes no more bookings, if it does not.
func sessionNote(s store.Session, l store.Load, now time.Time) string {
	switch {
	case s.Closed:
		return "closed"
	case !now.Before(s.Start):
		return "started"
	case l.Free == 0:
		return "full"
	}
	return ""
}

// germanTime formats a time for people: "Do 24.07.2025 13:00" in loc.
func germanTime(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	day := [...]string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"}[t.Weekday()]
	return day + " " + t.Format("02.01.2006 15:04")
}
