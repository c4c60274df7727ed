package digest

import (
	"fmt"
	"strings"
	"time"

	"anmeldebot/store"
)

// Need is something only the coordinator can settle: a mail held for
// review, or a reply the mail server refused for good. Commands are the
// exact command lines that settle it, the most likely first.
type Need struct {
	Kind     string // "held" or "failed"
	ID       int64  // message id (held) or outbox id (failed)
	At       time.Time
	From     string // sender (held) or recipient (failed)
	Subject  string
	Reason   string // why it is held, or the server's answer
	Excerpt  string
	Guess    string // the bot's best reading
	Commands []string
}

// Held reports whether the need is a held mail (for the templates).
func (n Need) Held() bool { return n.Kind == "held" }

func (d *Digest) readNeeds(tx *store.Tx) error {
	held, err := tx.HeldMessages()
	if err != nil {
		return err
	}
	for _, m := range held {
		d.Needs = append(d.Needs, d.heldNeed(m))
	}
	// A failure is reported once, in the first digest after it; one the
	// coordinator has already settled is not reported at all.
	failed, err := tx.FailedMails(d.Since)
	if err != nil {
		return err
	}
	for _, m := range failed {
		n, err := d.failedNeed(tx, m)
		if err != nil {
			return err
		}
		d.Needs = append(d.Needs, n)
	}
	return nil
}

// heldNeed describes a held mail with the bot's reading and the commands
// that would carry it out or settle it otherwise.
func (d *Digest) heldNeed(m store.Message) Need {
	n := Need{Kind: "held", ID: m.ID, At: m.Created.In(d.loc), From: oneLine(m.From),
		Subject: clip(m.Subject, 80), Reason: reasonText(m.Reason), Excerpt: clip(m.Excerpt, 240)}
	r, ok := DecodeReading(m.Reading)
	if !ok {
		n.Guess = "keine Lesung (Mail nicht lesbar)"
		n.Commands = []string{
			fmt.Sprintf("anmeldebot review %d --reply antwort.txt", m.ID),
			fmt.Sprintf("anmeldebot review %d --ignore", m.ID),
		}
		return n
	}
	n.Guess = r.Summary(d.when)
	if ev := quoteEvidence(r.Evidence); ev != "" {
		n.Guess += " — laut " + ev
	}
	n.Commands = HeldCommands(m.ID, r.Intent, r.Sessions, r.PartySize)
	return n
}

// HeldCommands are the commands that settle held mail id, the one that
// carries out the bot's reading first. The review command prints the
// same list.
func HeldCommands(id int64, intent string, sessions []string, party int) []string {
	var out []string
	switch {
	case (intent == "register" || intent == "change" || intent == "question") && len(sessions) > 0:
		cmd := fmt.Sprintf("anmeldebot review %d --book %s", id, sessions[0])
		if party > 1 {
			cmd += fmt.Sprintf(" --party %d", party)
		}
		out = append(out, cmd)
	case intent == "cancel":
		out = append(out, fmt.Sprintf("anmeldebot review %d --cancel", id))
	}
	return append(out,
		fmt.Sprintf("anmeldebot review %d --reply antwort.txt", id),
		fmt.Sprintf("anmeldebot review %d --ignore", id))
}

// failedNeed describes a reply the server refused for good, with how to
// reach the person otherwise.
func (d *Digest) failedNeed(tx *store.Tx, m store.Mail) (Need, error) {
	n := Need{Kind: "failed", ID: m.ID, At: m.FailedAt.In(d.loc), From: oneLine(m.To),
		Subject: clip(m.Subject, 80), Reason: clip(m.LastError, 200), Excerpt: clip(m.Text, 160),
		Guess: "Adresse falsch oder Postfach nicht erreichbar"}
	n.Commands = []string{fmt.Sprintf("anmeldebot review --mail %d --to RICHTIGE-ADRESSE", m.ID)}
	if m.BookingID == 0 {
		return n, nil
	}
	b, err := tx.Booking(m.BookingID)
	if err != nil {
		return Need{}, err
	}
	if b.Phone != "" {
		n.Guess += "; telefonisch erreichbar unter " + oneLine(b.Phone)
	}
	if b.Active() {
		n.Commands = append(n.Commands, fmt.Sprintf("anmeldebot cancel --id %d", b.ID))
	}
	return n, nil
}

// reasonText puts the worker's hold reasons in German where it knows
// them (by their start) and shows any other reason as it is.
func reasonText(r string) string {
	known := []struct{ prefix, german string }{
		{"question", "Frage an die Koordination"},
		{"not a registration", "keine Anmeldung"},
		{"unreadable", "Mail nicht lesbar"},
		{"no sender", "kein Absender"},
		{"loop guard", "zu viele Mails von dieser Adresse"},
		{"low confidence", "unsichere Lesung"},
		{"unsure", "unsichere Lesung"},
	}
	r = oneLine(r)
	for _, k := range known {
		if strings.HasPrefix(strings.ToLower(r), k.prefix) {
			if _, detail, ok := strings.Cut(r, ":"); ok {
				return k.german + ":" + detail
			}
			return k.german
		}
	}
	return r
}
