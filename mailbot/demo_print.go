package mailbot

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"anmeldebot/parser"
	"anmeldebot/store"
)

func (d *demo) header() {
	fmt.Fprintf(d.out, "anmeldebot demo — the whole mail loop in this process, nothing installed\n\n")
	fmt.Fprintf(d.out, "  mailbox   in-memory IMAP server on %s (folders %s, %s, %s)\n",
		d.im.addr, d.cfg.IMAP.Folder, d.cfg.IMAP.ProcessedFolder, d.cfg.IMAP.ReviewFolder)
	fmt.Fprintf(d.out, "  outgoing  SMTP sink on %s (keeps every mail, delivers none)\n", d.sink.addr)
	fmt.Fprintf(d.out, "  store     a temporary SQLite file, deleted at the end\n")
	fmt.Fprintf(d.out, "  clock     %s (as with --now), before the sessions\n",
		d.now.Format("Mon 2006-01-02 15:04 MST"))
	fmt.Fprintf(d.out, "  people    invented citizens at .example domains\n")
}

// printHandled shows one mail: the request, the reading, the decision and
// the replies.
func (d *demo) printHandled(n int, h Handled) {
	m := d.mail[h.Key]
	fmt.Fprintf(d.out, "\n── Mail %d %s\n", n, rule('─', 60))
	fmt.Fprintf(d.out, "From:     %s <%s>\n", m.FromName, m.From)
	fmt.Fprintf(d.out, "Subject:  %s\n", m.Subject)
	for _, l := range firstLines(bodyAfterGreeting(m.Body), 3) {
		fmt.Fprintf(d.out, "          │ %s\n", l)
	}
	fmt.Fprintf(d.out, "Reading:  %s\n", describeReading(h.Reading, h.ParseErr))
	dec := h.Decision.Action
	if h.Decision.Held {
		dec += " — for the coordinator: " + h.Decision.Reason
	}
	fmt.Fprintf(d.out, "Decision: %s\n", dec)
	fmt.Fprintf(d.out, "Filed:    %s\n", or(h.Dest, "(not filed)"))
	if len(h.Decision.Replies) == 0 {
		fmt.Fprintf(d.out, "Reply:    none\n")
	}
	for _, r := range h.Decision.Replies {
		fmt.Fprintf(d.out, "Reply:    [%s] to %s: %q\n", r.Kind, r.To, r.Subject)
		for _, l := range firstLines(bodyAfterGreeting(r.Text), 4) {
			fmt.Fprintf(d.out, "          │ %s\n", l)
		}
	}
}

// describeReading is the parser's reading on one line.
func describeReading(rd *parser.Reading, err error) string {
	if rd == nil {
		return fmt.Sprintf("unreadable (%v)", err)
	}
	parts := []string{string(rd.Intent)}
	switch {
	case len(rd.Sessions) > 0:
		parts = append(parts, "sessions "+strings.Join(rd.Sessions, ", "))
	case rd.Any:
		parts = append(parts, "any session")
	}
	if rd.PartySize > 0 {
		parts = append(parts, fmt.Sprintf("party %d", rd.PartySize))
	}
	if rd.HasQuestion {
		parts = append(parts, "asks a question")
	}
	if rd.Affirmative {
		parts = append(parts, `a bare "yes"`)
	}
	if rd.AutoReason != "" {
		parts = append(parts, rd.AutoReason)
	}
	parts = append(parts, "lang "+rd.Lang, fmt.Sprintf("confidence %.2f", rd.Confidence))
	return strings.Join(parts, " · ")
}

// occupancy prints the sessions table.
func (d *demo) occupancy(ctx context.Context, title string) error {
	var loads []store.Load
	err := d.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		loads, err = tx.Occupancy()
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(d.out, "\n%s\n%s\n", title, rule('=', len(title)))
	tw := tabwriter.NewWriter(d.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SESSION\tWHEN\tBOOKED\tFREE\tWAITING")
	for _, l := range loads {
		when := l.Session.Start.In(d.cfg.Location).Format("Mon 02.01.2006 15:04")
		fmt.Fprintf(tw, "%s\t%s\t%d/%d\t%d\t%d\n", l.Session.ID, when, l.Booked, l.Session.Capacity, l.Free, l.Waiting)
	}
	return tw.Flush()
}

// summary says where the mails went and that nothing went twice.
func (d *demo) summary() error {
	processed, err := d.im.count(d.cfg.IMAP.ProcessedFolder)
	if err != nil {
		return err
	}
	review, err := d.im.count(d.cfg.IMAP.ReviewFolder)
	if err != nil {
		return err
	}
	inbox, err := d.im.count(d.cfg.IMAP.Folder)
	if err != nil {
		return err
	}
	fmt.Fprintf(d.out, "\nMailbox: %d in %s, %d in %s (for the coordinator), %d left in %s.\n",
		processed, d.cfg.IMAP.ProcessedFolder, review, d.cfg.IMAP.ReviewFolder, inbox, d.cfg.IMAP.Folder)
	fmt.Fprintf(d.out, "SMTP sink: %d mails received (the outbox sent %d, none twice).\n", len(d.sink.received()), d.sent)
	return nil
}

// firstLines returns up to n non-empty lines, quoted lines left out.
func firstLines(s string, n int) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, ">") {
			continue
		}
		if out = append(out, l); len(out) == n {
			break
		}
	}
	return out
}

// bodyAfterGreeting drops the salutation line of a reply, so the lines
// shown say what the reply is about.
func bodyAfterGreeting(s string) string {
	first, rest, ok := strings.Cut(strings.TrimLeft(s, "\n"), "\n")
	if ok && len(first) < 50 && strings.HasSuffix(strings.TrimSpace(first), ",") {
		return rest
	}
	return s
}

func rule(c rune, n int) string { return strings.Repeat(string(c), n) }

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
