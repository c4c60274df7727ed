package mailbot

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/internal/mailid"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// Replier renders replies with the templates and queues them in the
// outbox. It never sends: queueing happens inside the caller's store
// transaction, together with the booking step the mail reports, so a
// reply is never lost and never sent for a step that was rolled back. The
// outbox sender (SendDue) delivers them later.
//
// It is the one way to mail people about a booking step, whether the step
// came from a mail (the worker) or from outside one (a phone cancel that
// moves people up, `review --book`, a new session): call QueueOutcome in
// the same store.DB.Write as the step.
type Replier struct {
	tpl    *templates.Set
	office templates.Office
	own    string // the bot's address, lower case
	domain string // for our Message-IDs
	loc    *time.Location
}

// NewReplier takes the office's sender block from [smtp].from and
// [bot].phone and shows session times in [bot].timezone.
func NewReplier(cfg *config.Config, tpl *templates.Set) (*Replier, error) {
	if tpl == nil {
		return nil, errors.New("replier: no templates")
	}
	from, err := mail.ParseAddress(cfg.SMTP.From)
	if err != nil {
		return nil, fmt.Errorf("replier: [smtp].from %q: %w", cfg.SMTP.From, err)
	}
	addr := store.NormEmail(from.Address)
	_, domain, _ := strings.Cut(addr, "@")
	loc := cfg.Location
	if loc == nil {
		loc = time.Local
	}
	return &Replier{
		tpl:    tpl,
		office: templates.Office{Name: from.Name, Address: from.Address, Phone: cfg.Bot.Phone},
		own:    addr,
		domain: domain,
		loc:    loc,
	}, nil
}

// OwnAddress is the bot's own address (lower case): mail from it is
// never answered.
func (r *Replier) OwnAddress() string { return r.own }

// Recipient is who a reply goes to. Addr is always the address the
// request came From (or the booking's address), never a Reply-To.
type Recipient struct {
	Addr string
	Name string // for the greeting and the To header; may be empty
	Lang string // "de" or "en"; anything else is German
}

// Thread places a reply in the conversation it answers. The zero Thread
// starts a new conversation (a step made outside a mail).
type Thread struct {
	MessageID  string   // the request's Message-ID, without brackets
	References []string // the request's References
	Subject    string   // the request's Subject ("Re: …" is made of it)
}

// Reply is one mail to queue. Data's Lang, Name, Office and OrigSubject
// are filled in from To and Thread.
type Reply struct {
	Kind      templates.Kind
	To        Recipient
	Thread    Thread
	Data      templates.Data
	BookingID int64
	// Offered are the session ids the mail offers, so that a reply "ja
	// bitte" to it can be resolved (store.Tx.OfferByMessageID).
	Offered []string
}

// Queue renders one reply and puts it in the outbox. It gets its own
// Message-ID <kind>-<random>@<bot domain>; In-Reply-To and References
// point at the request when there is one.
func (r *Replier) Queue(tx *store.Tx, now time.Time, rep Reply) (store.Mail, error) {
	if store.NormEmail(rep.To.Addr) == "" {
		return store.Mail{}, fmt.Errorf("queueing %s reply: no recipient", rep.Kind)
	}
	d := rep.Data
	d.Lang, d.Name, d.Office, d.OrigSubject = rep.To.Lang, rep.To.Name, r.office, rep.Thread.Subject
	if d.Now.IsZero() {
		d.Now = now
	}
	out, err := r.tpl.Render(rep.Kind, d)
	if err != nil {
		return store.Mail{}, fmt.Errorf("queueing %s reply to %s: %w", rep.Kind, rep.To.Addr, err)
	}
	m := store.Mail{
		Kind: string(rep.Kind), To: rep.To.Addr, ToName: rep.To.Name, Subject: out.Subject,
		MessageID: r.newMessageID(rep.Kind), Text: out.Text, HTML: out.HTML, ICS: string(out.ICS),
		BookingID: rep.BookingID, Offered: rep.Offered,
	}
	if id := msgID(rep.Thread.MessageID); id != "" {
		m.InReplyTo = id
		m.References = strings.Join(append(cleanIDs(rep.Thread.References), id), " ")
	}
	if m.ID, err = tx.Enqueue(m, now); err != nil {
		return store.Mail{}, err
	}
	return m, nil
}

// newMessageID makes <kind>-<random>@<domain> (stored without brackets).
func (r *Replier) newMessageID(k templates.Kind) string { return mailid.New(string(k), r.domain) }

func cleanIDs(ids []string) []string {
	var out []string
	for _, id := range ids {
		if id = msgID(id); id != "" {
			out = append(out, id)
		}
	}
	return out
}

// QueueOutcome queues every mail a booking step calls for: the reply to
// `to` that reports the outcome (none when to.Addr is "", e.g. a phone
// booking), and a "movedup" mail to every waiting party the step moved up
// (see QueueMoves). Call it inside the store transaction of the step. It
// returns the queued mails.
//
// Outcome kinds map to replies as: booked → booked; waitlisted →
// waitlisted (offering the open sessions); already → already (waitlisted
// when the person is still waiting); changed → changed (booked when the
// person came from the waiting line); full → already (the kept booking);
// cancelled → cancelled; notfound → notfound; nosession and closed →
// which (offering the open sessions); toolarge → received (the
// coordinator answers).
func (r *Replier) QueueOutcome(tx *store.Tx, now time.Time, out booking.Outcome, to Recipient, th Thread) ([]store.Mail, error) {
	return r.queueOutcome(tx, now, out, to, th, false)
}

// queueOutcome is QueueOutcome; chosen says the request accepted several
// sessions, so a booked reply tells the person the bot picked one.
func (r *Replier) queueOutcome(tx *store.Tx, now time.Time, out booking.Outcome, to Recipient, th Thread, chosen bool) ([]store.Mail, error) {
	var mails []store.Mail
	if store.NormEmail(to.Addr) != "" {
		rep, err := r.outcomeReply(tx, now, out)
		if err != nil {
			return nil, err
		}
		rep.Data.Chosen = chosen && rep.Kind == templates.KindBooked
		rep.To, rep.Thread = to, th
		m, err := r.Queue(tx, now, rep)
		if err != nil {
			return nil, err
		}
		mails = append(mails, m)
	}
	moved, err := r.QueueMoves(tx, now, out.Moves)
	return append(mails, moved...), err
}

// QueueMoves queues a "movedup" mail for each move, in the language and
// the thread of the mail that put the party on the waiting list. Parties
// without an e-mail address (phone bookings) get none: the caller tells
// the coordinator to phone them (MovesWithoutMail).
func (r *Replier) QueueMoves(tx *store.Tx, now time.Time, moves []booking.Move) ([]store.Mail, error) {
	var mails []store.Mail
	for _, mv := range moves {
		b := mv.Booking
		if b.Email == "" {
			continue
		}
		to, th, err := r.origin(tx, b)
		if err != nil {
			return nil, err
		}
		rep := Reply{Kind: templates.KindMovedUp, To: to, Thread: th, BookingID: b.ID,
			Data: templates.Data{Session: r.info(mv.Session, 0), PartySize: b.Party}}
		m, err := r.Queue(tx, now, rep)
		if err != nil {
			return nil, fmt.Errorf("mailing move-up of booking %d: %w", b.ID, err)
		}
		mails = append(mails, m)
	}
	return mails, nil
}

// MovesWithoutMail lists the moved-up parties QueueMoves could not mail
// (phone bookings without an address): someone has to call them.
func MovesWithoutMail(moves []booking.Move) []booking.Move {
	var out []booking.Move
	for _, mv := range moves {
		if mv.Booking.Email == "" {
			out = append(out, mv)
		}
	}
	return out
}

// origin finds the recipient and thread of a booking's own request: its
// language is in the recorded reading, its subject in the message. A
// booking made without a mail gets German and a new thread.
func (r *Replier) origin(tx *store.Tx, b store.Booking) (Recipient, Thread, error) {
	to := Recipient{Addr: b.Email, Name: b.Name, Lang: "de"}
	if b.MessageID == "" {
		return to, Thread{}, nil
	}
	m, err := tx.MessageByKey(b.MessageID)
	if errors.Is(err, store.ErrNotFound) {
		return to, Thread{}, nil
	}
	if err != nil {
		return to, Thread{}, err
	}
	var rd struct{ Lang string }
	if json.Unmarshal([]byte(m.Reading), &rd) == nil && rd.Lang != "" {
		to.Lang = rd.Lang
	}
	return to, Thread{MessageID: b.MessageID, Subject: m.Subject}, nil
}

// info converts a stored session for the templates, in the office's zone.
func (r *Replier) info(s store.Session, free int) templates.SessionInfo {
	start := s.Start.In(r.loc)
	return templates.SessionInfo{ID: s.ID, Title: s.Title, Location: s.Location,
		Start: start, End: start.Add(s.Duration), Free: free}
}

func (r *Replier) infos(ss []store.Session) []templates.SessionInfo {
	out := make([]templates.SessionInfo, 0, len(ss))
	for _, s := range ss {
		out = append(out, r.info(s, 0))
	}
	return out
}

func (r *Replier) loads(ls []store.Load) ([]templates.SessionInfo, []string) {
	out := make([]templates.SessionInfo, 0, len(ls))
	ids := make([]string, 0, len(ls))
	for _, l := range ls {
		out = append(out, r.info(l.Session, l.Free))
		ids = append(ids, l.Session.ID)
	}
	return out, ids
}
