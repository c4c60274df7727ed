package mailbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"anmeldebot/parser"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// Decision is what the worker did with one mail.
type Decision struct {
	// Action says it in a few words ("booked 2025-07-24-1300"); it is
	// stored as the message's outcome and shown in the digest.
	Action string
	// Held: the coordinator must look at the mail (review folder).
	Held   bool
	Reason string // why it is held
	// Replies are the mails queued: the answer, and move-up mails.
	Replies []store.Mail
	// Duplicate: the mail was handled before (a refetch after a crash or
	// a UIDVALIDITY change); nothing was done but filing it.
	Duplicate bool
}

// incoming is one fetched message: the parser's reading of it, or why
// there is none, and the key that makes handling it twice impossible.
type incoming struct {
	UID      uint32
	Size     int64
	Key      string // Message-ID, else "sha256:" + a hash of the header
	Reading  *parser.Reading
	ParseErr error
}

// decide handles one message in ONE store transaction: skip it when its
// key was handled, else decide, queue the replies and record the message.
// The transaction runs to its end even when ctx is cancelled meanwhile
// (a stop signal): the caller checks ctx between messages.
func (w *Worker) decide(ctx context.Context, in incoming, folder string, validity uint32) (Decision, error) {
	now := w.now()
	var d Decision
	err := w.db.Write(context.WithoutCancel(ctx), func(tx *store.Tx) error {
		d = Decision{}
		seen, err := tx.MessageSeen(in.Key)
		if err != nil {
			return err
		}
		if seen {
			m, err := tx.MessageByKey(in.Key)
			if err != nil {
				return err
			}
			d = Decision{Duplicate: true, Held: m.Status == store.MessageHeld, Action: "already handled: " + m.Outcome}
			return nil
		}
		if in.ParseErr != nil {
			d = Decision{Held: true, Action: "held: unreadable mail", Reason: "unreadable mail: " + in.ParseErr.Error()}
		} else if d, err = w.decideReading(tx, now, in.Key, in.Reading); err != nil {
			return err
		}
		_, err = tx.RecordMessage(record(in, d, folder, validity), now)
		return err
	})
	if err != nil {
		return Decision{}, fmt.Errorf("deciding uid %d: %w", in.UID, err) // no key: it names the sender
	}
	return d, nil
}

// record is the row that remembers a handled mail, its reading and what
// was done. The reading is kept whole (as JSON) for review and digest.
func record(in incoming, d Decision, folder string, validity uint32) store.Message {
	m := store.Message{Key: in.Key, Folder: folder, UIDValidity: validity, UID: in.UID,
		Outcome: d.Action, Reason: d.Reason, Status: store.MessageDone}
	if d.Held {
		m.Status = store.MessageHeld
	}
	if rd := in.Reading; rd != nil {
		b, _ := json.Marshal(rd)
		m.Reading, m.From, m.Subject, m.Date, m.Excerpt = string(b), rd.FromAddr, rd.Subject, rd.Date, rd.Excerpt
	}
	return m
}

// request is one mail being decided, inside its transaction.
type request struct {
	w     *Worker
	tx    *store.Tx
	now   time.Time
	rd    *parser.Reading
	key   string // the mail's key: the cause of its booking steps
	from  string
	to    Recipient
	th    Thread
	offer *store.Offer // the bot's mail this one answers, if any
	// chosen: the mail accepted several sessions, so booking one of them
	// was the bot's choice; the booked reply says so (register).
	chosen bool
}

// decideReading applies the rules in order: machine mail and our own
// mail get nothing; the loop guard stops replies to a busy address; then
// the thread (a reply to one of our offers) and the confidence decide
// whether the bot may act on its own; then the intent.
func (w *Worker) decideReading(tx *store.Tx, now time.Time, key string, rd *parser.Reading) (Decision, error) {
	from := store.NormEmail(rd.FromAddr)
	switch {
	case from == w.replier.own:
		return Decision{Action: "no reply: the bot's own address"}, nil
	case rd.Intent == parser.IntentAuto:
		return Decision{Action: "no reply: machine mail (" + rd.AutoReason + ")"}, nil
	case from == "":
		return Decision{Held: true, Action: "held: no sender address", Reason: "no sender address"}, nil
	}
	n, err := tx.RepliesSince(from, now.Add(-time.Hour))
	if err != nil {
		return Decision{}, err
	}
	if n >= w.cfg.Bot.MaxRepliesPerHour {
		reason := fmt.Sprintf("loop guard: %d replies to %s in the last hour", n, from)
		return Decision{Held: true, Action: "held, not answered: loop guard", Reason: reason}, nil
	}
	r := &request{w: w, tx: tx, now: now, rd: rd, key: key, from: from,
		to: Recipient{Addr: from, Name: rd.FromName, Lang: rd.Lang},
		th: Thread{MessageID: rd.MessageID, References: rd.References, Subject: rd.Subject}}
	if rd.Name != "" {
		r.to.Name = rd.Name
	}
	if r.offer, err = r.findOffer(); err != nil {
		return Decision{}, err
	}
	return r.byIntent()
}

func (r *request) byIntent() (Decision, error) {
	rd, min := r.rd, r.w.cfg.Bot.MinConfidence
	intent := rd.Intent
	if rd.Affirmative && r.offer != nil && (intent == parser.IntentOther || intent == parser.IntentQuestion) {
		intent = parser.IntentRegister // "ja bitte" to our offer
	}
	if rd.Confidence < min && !r.offerSettles(intent) {
		return r.hold(fmt.Sprintf("unsure reading (confidence %.2f < %.2f)", rd.Confidence, min), true)
	}
	switch intent {
	case parser.IntentRegister:
		return r.register()
	case parser.IntentCancel:
		return r.cancel()
	case parser.IntentChange:
		return r.change()
	case parser.IntentQuestion:
		return r.hold("question for the coordinator", r.w.cfg.AckQuestionsOn())
	}
	return r.hold("not a registration ("+string(intent)+")", r.w.cfg.AckQuestionsOn())
}

// hold keeps the mail for the coordinator, with a "received" reply when
// ack is set.
func (r *request) hold(reason string, ack bool) (Decision, error) {
	d := Decision{Held: true, Reason: reason, Action: "held for review"}
	if !ack || !r.w.cfg.AckQuestionsOn() {
		return d, nil
	}
	m, err := r.w.replier.Queue(r.tx, r.now, Reply{Kind: templates.KindReceived, To: r.to, Thread: r.th})
	if err != nil {
		return Decision{}, err
	}
	d.Action, d.Replies = "held for review, receipt sent", []store.Mail{m}
	return d, nil
}

// findOffer finds the bot's own mail that this one answers: In-Reply-To
// first, then References from the newest. Only a mail that went to the
// same address counts, so a forwarded offer cannot book for someone else.
func (r *request) findOffer() (*store.Offer, error) {
	ids := append([]string{r.rd.InReplyTo}, reversed(r.rd.References)...)
	for _, id := range ids {
		if id = msgID(id); id == "" {
			continue
		}
		o, err := r.tx.OfferByMessageID(id)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if store.NormEmail(o.To) == r.from {
			return &o, nil
		}
	}
	return nil, nil
}

// offerSettles: a bare yes to one of our offers is clear however short
// the mail (the parser rates "ja bitte" low on its own): it books the
// offer's only session, or asks again when the offer named several.
func (r *request) offerSettles(intent parser.Intent) bool {
	return intent == parser.IntentRegister && r.offer != nil && len(r.offer.Sessions) > 0 &&
		len(r.rd.Sessions) == 0 && !r.rd.Any
}

func reversed(s []string) []string {
	out := make([]string, 0, len(s))
	for i := len(s) - 1; i >= 0; i-- {
		out = append(out, s[i])
	}
	return out
}
