package mailbot

import (
	"fmt"
	"slices"
	"strings"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// register books what the mail names. A mail that names nothing is a
// "which session?" unless it answers one of our mails that offered exactly
// one session ("ja bitte"). The bot never books a session the person did
// not name or accept in reply to an offer. A mail that accepts several
// ("den 16. August": both times that day) gets the first with room, and
// the reply says a choice was made (r.chosen).
func (r *request) register() (Decision, error) {
	sessions, via := r.wished()
	if len(sessions) == 0 && !r.rd.Any {
		return r.which()
	}
	r.chosen = len(sessions) > 1
	out, err := booking.Book(r.tx, r.now, booking.Request{
		Name: r.to.Name, Email: r.from, Party: max(r.rd.PartySize, 1),
		Sessions: sessions, Any: r.rd.Any, Source: store.SourceMail, MessageID: r.key,
	})
	if err != nil {
		return Decision{}, err
	}
	return r.report(out, via)
}

// wished is the sessions the mail asks for. In reply to an offer, a date
// that matches several sessions ("den 16. August") is narrowed to those
// offered, and a bare yes takes the offer's only session.
func (r *request) wished() ([]string, string) {
	sessions := r.rd.Sessions
	if r.offer == nil {
		return sessions, ""
	}
	if len(sessions) > 1 {
		if in := intersect(sessions, r.offer.Sessions); len(in) > 0 {
			return in, " (reply to our offer)"
		}
	}
	if len(sessions) == 0 && !r.rd.Any && len(r.offer.Sessions) == 1 {
		return r.offer.Sessions, " (reply to our offer)"
	}
	return sessions, ""
}

// which asks back, listing the sessions with room, and records them as
// offered so the answer can be read against them.
func (r *request) which() (Decision, error) {
	open, err := booking.OpenSessions(r.tx, r.now, max(r.rd.PartySize, 1))
	if err != nil {
		return Decision{}, err
	}
	return r.report(booking.Outcome{Kind: booking.KindNoSession, Open: open}, "")
}

// cancel ends the address's entries: those in the named session(s), else
// the booking the answered mail was about, else all of them; and only the
// named person's when the address holds several (see person).
func (r *request) cancel() (Decision, error) {
	req := booking.CancelRequest{Email: r.from, Cause: r.key}
	sessions := r.rd.Sessions
	if len(sessions) == 0 && r.offer != nil && r.offer.BookingID != 0 {
		req.BookingID = r.offer.BookingID
	} else {
		name, ok, err := r.person(sessions)
		if err != nil || !ok {
			return r.unclearPerson("cancelled", err)
		}
		req.Name = name
	}
	if len(sessions) <= 1 {
		if len(sessions) == 1 {
			req.SessionID = sessions[0]
		}
		out, err := booking.Cancel(r.tx, r.now, req)
		if err != nil {
			return Decision{}, err
		}
		return r.report(out, "")
	}
	merged := booking.Outcome{Kind: booking.KindNotFound}
	for _, id := range sessions {
		req.SessionID = id
		out, err := booking.Cancel(r.tx, r.now, req)
		if err != nil {
			return Decision{}, err
		}
		merged = mergeCancel(merged, out)
	}
	return r.report(merged, "")
}

func mergeCancel(acc, out booking.Outcome) booking.Outcome {
	if out.Kind != booking.KindCancelled {
		return acc
	}
	if acc.Kind != booking.KindCancelled {
		return out
	}
	acc.Cancelled = append(acc.Cancelled, out.Cancelled...)
	acc.Sessions = append(acc.Sessions, out.Sessions...)
	acc.Moves = append(acc.Moves, out.Moves...)
	return acc
}

// change moves the address's booking to the named session(s) and/or
// changes its party size. The parser counts 1 when no number is named, so
// only a larger party counts as a wish to change it; a change that names
// nothing is asked back.
func (r *request) change() (Decision, error) {
	sessions, via := r.wished()
	party := 0
	if r.rd.PartySize > 1 {
		party = r.rd.PartySize
	}
	if len(sessions) == 0 && !r.rd.Any && party == 0 {
		return r.which()
	}
	name, ok, err := r.person(nil)
	if err != nil || !ok {
		return r.unclearPerson("changed", err)
	}
	out, err := booking.Change(r.tx, r.now, booking.ChangeRequest{
		Email: r.from, Name: name, Sessions: sessions, Any: r.rd.Any, Party: party, Cause: r.key,
	})
	if err != nil {
		return Decision{}, err
	}
	return r.report(out, via)
}

// person is whose entries a cancel or change means: the name the mail
// gives (the parser's, else the From display name, as in r.to.Name),
// checked against the people the address holds places for (in sessions,
// when given). ok is false when the address holds several people and the
// name picks none or several of them.
func (r *request) person(sessions []string) (name string, ok bool, err error) {
	return booking.PersonFor(r.tx, r.from, r.to.Name, sessions)
}

// unclearPerson holds a cancel or change that could mean several people
// at one address, touching no booking: guessing wrong would end or move
// the place of someone who did not ask (a mother booked by her daughter).
func (r *request) unclearPerson(verb string, err error) (Decision, error) {
	if err != nil {
		return Decision{}, err
	}
	d, err := r.hold("several people booked from this address and the mail does not say which one: nothing "+verb, true)
	if err != nil {
		return Decision{}, err
	}
	d.Action = "nothing " + verb + " (several people at this address), " + d.Action
	return d, nil
}

// report queues the replies for an outcome and says what was done. A
// booking that also asks a question, a change into a full session and a
// party too large for any session go to the coordinator as well.
func (r *request) report(out booking.Outcome, via string) (Decision, error) {
	mails, err := r.w.replier.queueOutcome(r.tx, r.now, out, r.to, r.th, r.chosen)
	if err != nil {
		return Decision{}, err
	}
	if r.chosen && out.Kind == booking.KindBooked {
		via += " (the first with room of several accepted)"
	}
	d := Decision{Action: describe(out) + via, Replies: mails}
	switch {
	case out.Kind == booking.KindFull:
		d.Held, d.Reason = true, "wanted a full session; the old booking was kept"
	case out.Kind == booking.KindTooLarge:
		d.Held, d.Reason = true, fmt.Sprintf("party of %d is larger than the sessions", max(r.rd.PartySize, 1))
	case r.rd.HasQuestion:
		d.Held, d.Reason = true, "asks a question besides: needs an answer"
	}
	return d, nil
}

// describe says in a few words what a booking step did.
func describe(out booking.Outcome) string {
	b := out.Booking
	var s string
	switch out.Kind {
	case booking.KindBooked:
		s = fmt.Sprintf("booked %s (party %d)", b.SessionID, b.Party)
	case booking.KindWaitlisted:
		s = fmt.Sprintf("waitlisted, position %d (party %d)", out.Position, b.Party)
	case booking.KindAlready:
		s = "already booked " + b.SessionID
		if b.State == store.Waitlisted {
			s = "already waiting"
		}
	case booking.KindChanged:
		s = fmt.Sprintf("changed %s -> %s", orLine(out.Previous), b.SessionID)
	case booking.KindFull:
		s = "kept " + b.SessionID + ": the wished session is full"
	case booking.KindCancelled:
		s = fmt.Sprintf("cancelled %d entr%s", len(out.Cancelled), plural(len(out.Cancelled), "y", "ies"))
	case booking.KindNotFound:
		s = "nothing found to cancel or change"
	case booking.KindNoSession:
		s = "asked which session"
		if len(out.Unknown) > 0 {
			s += " (unknown: " + strings.Join(out.Unknown, ", ") + ")"
		}
	case booking.KindClosed:
		s = "asked which session (the named one takes no bookings)"
	default:
		s = string(out.Kind)
	}
	if n := len(out.Moves); n > 0 {
		s += fmt.Sprintf("; %d moved up", n)
	}
	return s
}

func orLine(s string) string {
	if s == "" {
		return "waiting line"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}
