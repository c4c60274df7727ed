package digest

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"anmeldebot/store"
)

// Event is one change since the last digest, with who, what, and — when
// a mail caused it — what the bot read in that mail and the mail's own
// words beside it.
type Event struct {
	Action  store.Action
	At      time.Time // in the office's zone
	Booking int64
	Name    string // "" when the person was forgotten
	Contact string // address and/or phone
	Party   int
	Session string // where it stands now (or was, for a cancellation)
	From    string // for changes and moves: where it came from
	Source  string // "E-Mail", "Telefon", "Koordination", "Konfiguration"
	// Reading, Evidence and Excerpt come from the processed mail that
	// caused the change; all empty for a phone or command-line change.
	Reading  string
	Evidence string
	Excerpt  string
	Detail   string
}

// Sections are the event groups of "since the last digest", in the order
// shown, with their German headings.
var sections = []struct {
	Action  store.Action
	Heading string
}{
	{store.ActionBooked, "Neue Anmeldungen"},
	{store.ActionWaitlisted, "Auf die Warteliste"},
	{store.ActionMovedUp, "Von der Warteliste nachgerückt"},
	{store.ActionChanged, "Änderungen"},
	{store.ActionCancelled, "Abmeldungen"},
}

// Section is one group of events for the templates.
type Section struct {
	Heading string
	Events  []Event
}

// Sections groups the events under their headings, leaving out empty ones.
func (d Digest) Sections() []Section {
	var out []Section
	for _, s := range sections {
		var evs []Event
		for _, e := range d.Events {
			if e.Action == s.Action {
				evs = append(evs, e)
			}
		}
		if len(evs) > 0 {
			out = append(out, Section{Heading: s.Heading, Events: evs})
		}
	}
	return out
}

// shownActions are the audit actions the digest reports as events; a
// changed party size reads as a change.
func shownAction(a store.Action) (store.Action, bool) {
	switch a {
	case store.ActionBooked, store.ActionWaitlisted, store.ActionCancelled, store.ActionChanged, store.ActionMovedUp:
		return a, true
	case store.ActionPartyChanged:
		return store.ActionChanged, true
	}
	return "", false
}

func (d *Digest) readEvents(tx *store.Tx) error {
	audits, err := tx.AuditSince(d.Since)
	if err != nil {
		return err
	}
	for _, a := range audits {
		action, ok := shownAction(a.Action)
		if !ok || a.BookingID == 0 {
			continue
		}
		e, err := d.event(tx, a)
		if err != nil {
			return err
		}
		e.Action = action
		d.Events = append(d.Events, e)
	}
	return nil
}

// event describes one audit entry with the booking it is about and the
// mail that caused it.
func (d *Digest) event(tx *store.Tx, a store.Audit) (Event, error) {
	b, err := tx.Booking(a.BookingID)
	if err != nil {
		return Event{}, fmt.Errorf("audit entry %d: %w", a.ID, err)
	}
	e := Event{At: a.At.In(d.loc), Booking: b.ID, Name: oneLine(b.Name), Contact: contact(b),
		Party: b.Party, Source: sourceName(b.Source, a.Cause), Detail: a.Detail}
	if a.Party > 0 {
		e.Party = a.Party // the size at the time of the change
	}
	e.Session = d.sessionText(a.SessionID, b)
	if a.FromSession != "" {
		e.From = d.when(a.FromSession)
	} else if a.Action == store.ActionMovedUp {
		e.From = "Warteliste"
	}
	if !isMailCause(a.Cause) {
		return e, nil
	}
	m, err := tx.MessageByKey(a.Cause)
	if errors.Is(err, store.ErrNotFound) {
		return e, nil // forgotten, or a reply to an offer recorded elsewhere
	}
	if err != nil {
		return Event{}, err
	}
	if r, ok := DecodeReading(m.Reading); ok {
		e.Reading = r.Summary(d.when)
		e.Evidence = evidenceText(r.Evidence, m.Excerpt, m.Subject)
	}
	e.Excerpt = clip(m.Excerpt, 160)
	return e, nil
}

// sessionText is the session an event is about; a waiting entry shows
// the sessions it accepts.
func (d *Digest) sessionText(id string, b store.Booking) string {
	if id != "" {
		return d.when(id)
	}
	var parts []string
	for _, s := range b.Accepts {
		parts = append(parts, d.when(s))
	}
	if b.AcceptsAny {
		parts = append(parts, "egal wann")
	}
	if len(parts) == 0 {
		return "Warteliste"
	}
	return "wartet auf " + strings.Join(parts, " oder ")
}

// isMailCause reports whether an audit cause is a Message-ID rather than
// one of the fixed causes (cli, phone, review, config).
func isMailCause(c string) bool {
	switch c {
	case "", store.CauseCLI, store.CausePhone, store.CauseReview, store.CauseConfig:
		return false
	}
	return true
}

func sourceName(s store.Source, cause string) string {
	switch {
	case cause == store.CauseConfig:
		return "neuer/größerer Termin"
	case cause == store.CauseReview || s == store.SourceReview:
		return "Koordination"
	case cause == store.CauseCLI:
		return "Kommandozeile"
	case s == store.SourcePhone:
		return "Telefon"
	}
	return "E-Mail"
}

// contact is how to reach the person: address and/or phone.
func contact(b store.Booking) string {
	var parts []string
	for _, s := range []string{b.Email, b.Phone} {
		if s = oneLine(s); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return "keine Kontaktdaten"
	}
	return strings.Join(parts, ", ")
}
