// Package notify queues the mails the bot sends on its own initiative,
// not as a reply to a mail: the reminder shortly before a session
// (QueueReminders) and the offer of a new session to waiting people who
// did not name it (QueueOffers).
//
// Both only queue in the outbox, inside a store transaction, so a mail is
// recorded exactly when the step that calls for it commits; the outbox
// sender delivers them. Both are safe to call again: a reminder is
// recorded per booking and session, and offers are made only for the
// sessions the caller names as new.
//
// The package renders with package templates and does not import the mail
// worker, so the daemon (in mailbot) can call it.
package notify

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"anmeldebot/config"
	"anmeldebot/internal/mailid"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// mailer renders and queues one kind of unsolicited mail.
type mailer struct {
	tpl    *templates.Set
	office templates.Office
	domain string
	loc    *time.Location
}

func newMailer(cfg *config.Config, tpl *templates.Set) (*mailer, error) {
	if tpl == nil {
		return nil, errors.New("no templates")
	}
	from, err := mail.ParseAddress(cfg.SMTP.From)
	if err != nil {
		return nil, fmt.Errorf("[smtp].from %q: %w", cfg.SMTP.From, err)
	}
	_, domain, _ := strings.Cut(store.NormEmail(from.Address), "@")
	if domain == "" {
		domain = "anmeldebot.invalid"
	}
	loc := cfg.Location
	if loc == nil {
		loc = time.Local
	}
	return &mailer{tpl: tpl, office: templates.Office{Name: from.Name, Address: from.Address, Phone: cfg.Bot.Phone},
		domain: domain, loc: loc}, nil
}

// queue renders kind for booking b and puts it in the outbox as a new
// conversation (reminders and offers carry their own subject).
func (m *mailer) queue(tx *store.Tx, now time.Time, kind templates.Kind, b store.Booking, d templates.Data, offered []string) (store.Mail, error) {
	lang, err := bookingLang(tx, b)
	if err != nil {
		return store.Mail{}, err
	}
	d.Lang, d.Name, d.Office, d.PartySize, d.Now = lang, b.Name, m.office, b.Party, now
	out, err := m.tpl.Render(kind, d)
	if err != nil {
		return store.Mail{}, fmt.Errorf("rendering %s for booking %d: %w", kind, b.ID, err)
	}
	mm := store.Mail{Kind: string(kind), To: b.Email, ToName: b.Name, Subject: out.Subject,
		MessageID: m.newMessageID(kind), Text: out.Text, HTML: out.HTML, BookingID: b.ID, Offered: offered}
	if mm.ID, err = tx.Enqueue(mm, now); err != nil {
		return store.Mail{}, err
	}
	return mm, nil
}

// info is a stored session as the templates show it, in the office's zone.
func (m *mailer) info(s store.Session, free int) templates.SessionInfo {
	start := s.Start.In(m.loc)
	return templates.SessionInfo{ID: s.ID, Title: s.Title, Location: s.Location,
		Start: start, End: start.Add(s.Duration), Free: free}
}

// newMessageID makes <kind>-<random>@<bot domain>, stored without brackets
// as the mail worker's own IDs are.
func (m *mailer) newMessageID(k templates.Kind) string { return mailid.New(string(k), m.domain) }

// bookingLang is the language the person wrote in, from the reading of
// the mail that made the booking; German without one.
func bookingLang(tx *store.Tx, b store.Booking) (string, error) {
	if b.MessageID == "" {
		return "de", nil
	}
	msg, err := tx.MessageByKey(b.MessageID)
	if errors.Is(err, store.ErrNotFound) {
		return "de", nil
	}
	if err != nil {
		return "", err
	}
	var r struct{ Lang string }
	if json.Unmarshal([]byte(msg.Reading), &r) == nil && r.Lang != "" {
		return r.Lang, nil
	}
	return "de", nil
}
