package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"anmeldebot/digest"
	"anmeldebot/store"
)

func reviewCommand() Command {
	return Command{
		Name:    "review",
		Args:    "[ID]",
		Summary: "List, show and settle the mails held for the coordinator",
		Help: `Without ID: every held mail (questions, other mail, unsure readings, unreadable
mail), oldest first. With ID: that mail in full (fetched from the
mailbox's review or processed folder; the stored excerpt when the mailbox
cannot be reached), with the bot's reading and the commands that settle it.
With ID and one action, settle it:
  --book SESSION [--party N]  book the sender as the mail asked; the sender is
                              mailed as usual (confirmation or waiting list)
  --cancel                    cancel the sender's bookings; the sender is mailed
  --reply FILE                send FILE's text as a reply in the mail's thread
  --ignore                    mark it settled without doing anything
A reply the mail server refused for good (shown in the digest, by its
number N) is settled with one of:
  --mail N --to ADDR          send a copy to a corrected address
  --mail N --retry            send it again to the same address
  --mail N --dismiss          let it go (e.g. after a phone call)
Held mails also stay in the mailbox's review folder, so they can be answered
from a mail client as well (then settle them here with --ignore).`,
		Setup: func(fs *flag.FlagSet) RunFunc {
			var f reviewFlags
			fs.StringVar(&f.book, "book", "", "book the sender into session `ID`")
			fs.IntVar(&f.party, "party", 0, "with --book: party size `N` (default: as read from the mail)")
			fs.BoolVar(&f.cancel, "cancel", false, "cancel the sender's bookings")
			fs.BoolVar(&f.ignore, "ignore", false, "settle the mail without action")
			fs.StringVar(&f.reply, "reply", "", "reply with the text of `FILE`")
			fs.Int64Var(&f.mail, "mail", 0, "a refused reply's `NUMBER` (see the digest), with --to")
			fs.StringVar(&f.to, "to", "", "with --mail: send a copy to `ADDR`")
			fs.BoolVar(&f.retry, "retry", false, "with --mail: send it again to the same address")
			fs.BoolVar(&f.dismiss, "dismiss", false, "with --mail: settle it without sending")
			return func(ctx context.Context, env *Env, args []string) error {
				return f.run(ctx, env, args)
			}
		},
	}
}

type reviewFlags struct {
	book, reply, to string
	party           int
	cancel, ignore  bool
	mail            int64 // a refused reply, settled by to, retry or dismiss
	retry, dismiss  bool
}

// actions counts the settling actions given; at most one is allowed.
func (f reviewFlags) actions() int {
	n := 0
	for _, on := range []bool{f.book != "", f.cancel, f.ignore, f.reply != ""} {
		if on {
			n++
		}
	}
	return n
}

func (f reviewFlags) run(ctx context.Context, env *Env, args []string) error {
	if f.mail != 0 || f.to != "" || f.retry || f.dismiss {
		return f.settleFailed(ctx, env, args)
	}
	if len(args) > 1 {
		return Usagef("give at most one mail ID")
	}
	if f.actions() > 1 {
		return Usagef("give only one of --book, --cancel, --reply, --ignore")
	}
	if f.party < 0 || (f.party > 0 && f.book == "") {
		return Usagef("--party N goes with --book, N at least 1")
	}
	if len(args) == 0 {
		if f.actions() > 0 {
			return Usagef("which mail? give its ID (see: anmeldebot review)")
		}
		return listHeld(ctx, env)
	}
	id, err := strconv.ParseInt(args[0], 10, 64)
	if err != nil || id <= 0 {
		return Usagef("mail ID must be a number, not %q", args[0])
	}
	if f.actions() == 0 {
		return showHeld(ctx, env, id)
	}
	if err := checkSession(env, f.book); err != nil {
		return err
	}
	return f.resolve(ctx, env, id)
}

// listHeld prints every held mail in a few lines each.
func listHeld(ctx context.Context, env *Env) error {
	held, err := readHeld(ctx, env)
	if err != nil {
		return err
	}
	if len(held) == 0 {
		fmt.Fprintln(env.Stdout, "No mails are waiting for review.")
		return nil
	}
	for _, m := range held {
		fmt.Fprintf(env.Stdout, "#%d  %s  %s  %s\n", m.ID, germanTime(m.Created, env.Location()),
			printable(m.From), printable(oneLine(m.Subject)))
		fmt.Fprintf(env.Stdout, "     why:     %s\n", printable(m.Reason))
		if m.Excerpt != "" {
			fmt.Fprintf(env.Stdout, "     excerpt: %s\n", printable(clipText(m.Excerpt, 100)))
		}
	}
	fmt.Fprintf(env.Stdout, "\n%d held. Show one with: anmeldebot review ID\n", len(held))
	return nil
}

func readHeld(ctx context.Context, env *Env) ([]store.Message, error) {
	db, err := env.DB(ctx)
	if err != nil {
		return nil, err
	}
	var held []store.Message
	err = db.Read(ctx, func(tx *store.Tx) error {
		held, err = tx.HeldMessages()
		return err
	})
	return held, err
}

// showHeld prints one held mail with its reading and the commands that
// settle it.
func showHeld(ctx context.Context, env *Env, id int64) error {
	m, err := heldMessage(ctx, env, id)
	if err != nil {
		return err
	}
	w := env.Stdout
	fmt.Fprintf(w, "Mail #%d (%s)\n", m.ID, m.Status)
	fmt.Fprintf(w, "Received: %s\n", germanTime(m.Created, env.Location()))
	fmt.Fprintf(w, "Held:     %s\n", printable(m.Reason))
	printMail(ctx, env, m)
	r, ok := digest.DecodeReading(m.Reading)
	if !ok {
		fmt.Fprintln(w, "Reading:  none (the mail could not be read)")
		r = digest.Reading{}
	} else {
		fmt.Fprintf(w, "Reading:  %s\n", printable(r.Summary(func(id string) string { return id })))
		for _, e := range r.Evidence {
			fmt.Fprintf(w, "Evidence: %q\n", printable(e))
		}
	}
	if m.Status != store.MessageHeld {
		fmt.Fprintf(w, "\nAlready settled: %s\n", printable(m.Outcome))
		return nil
	}
	s, err := heldSettling(ctx, env, m)
	if err != nil {
		return err
	}
	if s.Booked != "" {
		fmt.Fprintf(w, "Booking:  %s\n", printable(s.Booked))
	}
	fmt.Fprintln(w, "\nSettle it with one of:")
	for _, c := range s.Commands {
		fmt.Fprintf(w, "  %s\n", c)
	}
	return nil
}

// heldSettling asks the digest for the commands that settle m, so that
// review and the digest always offer the same.
func heldSettling(ctx context.Context, env *Env, m store.Message) (digest.Settling, error) {
	db, err := env.DB(ctx)
	if err != nil {
		return digest.Settling{}, err
	}
	var s digest.Settling
	err = db.Read(ctx, func(tx *store.Tx) error {
		s, err = digest.SettleHeld(tx, m, func(id string) string { return id })
		return err
	})
	return s, err
}

// heldMessage reads one recorded mail; an unknown id is a usage error.
func heldMessage(ctx context.Context, env *Env, id int64) (store.Message, error) {
	db, err := env.DB(ctx)
	if err != nil {
		return store.Message{}, err
	}
	var m store.Message
	err = db.Read(ctx, func(tx *store.Tx) error {
		m, err = tx.Message(id)
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return store.Message{}, Usagef("no mail #%d (see: anmeldebot review)", id)
	}
	return m, err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func clipText(s string, n int) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + " …"
	}
	return s
}

func indent(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = "  | " + printable(l)
	}
	return strings.Join(lines, "\n")
}
