package cli

import (
	"fmt"
	"strings"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// outcomePrinter reports what a booking rule did, for the coordinator:
// book, cancel and the review commands share it so that the same outcome
// always reads the same.
type outcomePrinter struct{ env *Env }

// outcome prints an outcome that changed or confirmed something. Outcomes
// that booked nothing are reported by result, as an error.
func (p outcomePrinter) outcome(o booking.Outcome) {
	w, b := p.env.Stdout, o.Booking
	switch o.Kind {
	case booking.KindBooked:
		fmt.Fprintf(w, "Booked %s in %s.\n", p.who(b), p.session(b.SessionID, o.Sessions))
	case booking.KindWaitlisted:
		fmt.Fprintf(w, "Waitlisted %s: position %d on the waiting list for %s.\n",
			p.who(b), o.Position, p.ids(o.Sessions))
		p.open(o.Open)
	case booking.KindAlready:
		if b.State == store.Waitlisted {
			fmt.Fprintf(w, "Already on the waiting list: %s, position %d.\n", p.who(b), o.Position)
		} else {
			fmt.Fprintf(w, "Already registered: %s in %s.\n", p.who(b), p.session(b.SessionID, o.Sessions))
		}
	case booking.KindChanged:
		from := "the waiting list"
		if o.Previous != "" {
			from = o.Previous
		}
		fmt.Fprintf(w, "Changed %s from %s to %s.\n", p.who(b), from, p.session(b.SessionID, o.Sessions))
	case booking.KindCancelled:
		for _, c := range o.Cancelled {
			where := "on the waiting list"
			if c.SessionID != "" {
				where = "in " + c.SessionID
			}
			fmt.Fprintf(w, "Cancelled %s %s.\n", p.who(c), where)
		}
	}
}

// result turns an outcome that booked nothing into an error (exit 1):
// the request was understood, the world said no.
func (p outcomePrinter) result(o booking.Outcome) error {
	switch o.Kind {
	case booking.KindFull:
		p.open(o.Open)
		return fmt.Errorf("not changed: %s is full; %s keeps %s", p.ids(o.Sessions), p.who(o.Booking), o.Booking.SessionID)
	case booking.KindClosed:
		p.open(o.Open)
		return fmt.Errorf("nothing booked: %s has started or is closed", p.ids(o.Sessions))
	case booking.KindTooLarge:
		p.open(o.Open)
		return fmt.Errorf("nothing booked: %s has fewer places than the party", p.ids(o.Sessions))
	case booking.KindNoSession:
		return Usagef("unknown session %s", strings.Join(o.Unknown, ", "))
	case booking.KindNotFound:
		return fmt.Errorf("nothing found to cancel or change")
	}
	return nil
}

// moves prints who moved up from the waiting list and how they hear of
// it: a queued mail (sent by the daemon), or, for a phone booking without
// address or when nothing queues mails, a call from the coordinator.
func (p outcomePrinter) moves(ms []booking.Move) {
	for _, m := range ms {
		fmt.Fprintf(p.env.Stdout, "Moved up from the waiting list: %s into %s.\n",
			p.who(m.Booking), p.session(m.Session.ID, []store.Session{m.Session}))
		switch {
		case p.env.QueueMails != nil && m.Booking.Email != "":
			fmt.Fprintf(p.env.Stdout, "  Mail queued to %s (\"anmeldebot run\" sends it).\n", printable(m.Booking.Email))
		case m.Booking.Email == "":
			fmt.Fprintf(p.env.Stdout, "  No e-mail address: please tell them at %s.\n", contact(m.Booking))
		default:
			fmt.Fprintf(p.env.Stdout, "  Not mailed: please tell them at %s.\n", contact(m.Booking))
		}
	}
}

// open lists the sessions that still have room, for the coordinator to
// offer on the phone.
func (p outcomePrinter) open(ls []store.Load) {
	if len(ls) == 0 {
		return
	}
	var parts []string
	for _, l := range ls {
		parts = append(parts, fmt.Sprintf("%s (%s, %d free)", l.Session.ID, germanTime(l.Session.Start, p.env.Location()), l.Free))
	}
	fmt.Fprintf(p.env.Stdout, "Sessions with room: %s.\n", strings.Join(parts, ", "))
}

// who names a booking: "#12 Erika Beispiel (2 places)".
func (p outcomePrinter) who(b store.Booking) string {
	name := printable(b.Name)
	if name == "" {
		name = contact(b)
	}
	places := "1 place"
	if b.Party != 1 {
		places = fmt.Sprintf("%d places", b.Party)
	}
	return fmt.Sprintf("#%d %s (%s)", b.ID, name, places)
}

// session names a session by id with its local start and place.
func (p outcomePrinter) session(id string, known []store.Session) string {
	for _, s := range known {
		if s.ID == id {
			text := germanTime(s.Start, p.env.Location())
			if s.Location != "" {
				text += ", " + s.Location
			}
			return fmt.Sprintf("%s (%s)", id, text)
		}
	}
	return id
}

func (p outcomePrinter) ids(ss []store.Session) string {
	var ids []string
	for _, s := range ss {
		ids = append(ids, s.ID)
	}
	if len(ids) == 0 {
		return "any session"
	}
	return strings.Join(ids, ", ")
}

// contact is how to reach the person behind a booking.
func contact(b store.Booking) string {
	var parts []string
	for _, s := range []string{b.Email, b.Phone} {
		if s != "" {
			parts = append(parts, printable(s))
		}
	}
	if len(parts) == 0 {
		return "no address or phone on record"
	}
	return strings.Join(parts, ", ")
}
