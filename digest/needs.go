package digest

import (
	"fmt"
	"strings"
	"time"

	"anmeldebot/store"
	"anmeldebot/templates"
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
	Booked   string // what a held mail already booked ("bereits gebucht: …")
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
		n, err := d.heldNeed(tx, m)
		if err != nil {
			return err
		}
		d.Needs = append(d.Needs, n)
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
func (d *Digest) heldNeed(tx *store.Tx, m store.Message) (Need, error) {
	n := Need{Kind: "held", ID: m.ID, At: m.Created.In(d.loc), From: oneLine(m.From),
		Subject: clip(m.Subject, 80), Reason: reasonText(m.Reason), Excerpt: clip(m.Excerpt, 240)}
	s, err := SettleHeld(tx, m, d.when)
	if err != nil {
		return Need{}, err
	}
	n.Booked, n.Commands = s.Booked, s.Commands
	r, ok := DecodeReading(m.Reading)
	if !ok {
		n.Guess = "keine Lesung (Mail nicht lesbar)"
		return n, nil
	}
	n.Guess = r.Summary(d.when)
	if ev := evidenceText(r.Evidence, m.Excerpt, m.Subject); ev != "" {
		n.Guess += " — laut " + ev
	}
	return n, nil
}

// Settling is how a held mail can be settled: what it already led to,
// and the commands, the one that carries out the bot's reading first.
type Settling struct {
	Booked   string // "bereits gebucht: …"; "" when the mail booked nothing
	Commands []string
}

// SettleHeld works out the commands for held mail m. A mail the worker
// booked and held only for its question must not be offered --book: the
// person is booked already, and a second --book would read as a change.
// when names a session (the digest's "Sa 16.08.2025 18:00", or the id).
func SettleHeld(tx *store.Tx, m store.Message, when func(string) string) (Settling, error) {
	booked, err := mailBookings(tx, m)
	if err != nil {
		return Settling{}, fmt.Errorf("looking up the bookings of mail #%d: %w", m.ID, err)
	}
	r, ok := DecodeReading(m.Reading)
	if len(booked) > 0 || !ok {
		return Settling{Booked: bookedText(booked, when), Commands: []string{
			fmt.Sprintf("anmeldebot review %d --reply antwort.txt", m.ID),
			fmt.Sprintf("anmeldebot review %d --ignore", m.ID),
		}}, nil
	}
	return Settling{Commands: HeldCommands(m.ID, r.Intent, r.Sessions, r.PartySize)}, nil
}

// mailBookings are the active bookings and waiting entries that mail m
// made (the booking keeps the Message-ID of the mail that caused it).
func mailBookings(tx *store.Tx, m store.Message) ([]store.Booking, error) {
	if m.From == "" || m.Key == "" {
		return nil, nil
	}
	mine, err := tx.ActiveBookingsOf(m.From, "")
	if err != nil {
		return nil, err
	}
	var out []store.Booking
	for _, b := range mine {
		if b.MessageID == m.Key {
			out = append(out, b)
		}
	}
	return out, nil
}

// bookedText says what a held mail already booked: "bereits gebucht: Sa
// 16.08.2025 18:00, 2 Personen (Buchung #3)".
func bookedText(bs []store.Booking, when func(string) string) string {
	var parts []string
	for _, b := range bs {
		where := "bereits gebucht: " + when(b.SessionID)
		if b.State == store.Waitlisted {
			var ss []string
			for _, s := range b.Accepts {
				ss = append(ss, when(s))
			}
			if b.AcceptsAny {
				ss = append(ss, "egal wann")
			}
			where = "bereits auf der Warteliste für " + strings.Join(ss, " oder ")
		}
		parts = append(parts, fmt.Sprintf("%s, %s (Buchung #%d)", where, templates.FormatPersons(b.Party, "de"), b.ID))
	}
	return strings.Join(parts, "; ")
}

// HeldCommands are the commands that settle held mail id, the one that
// carries out the bot's reading first. Use SettleHeld for a recorded
// mail: it leaves out --book when the mail booked already.
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
