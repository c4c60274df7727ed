package cli

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// roster is what list and export show, read in one snapshot.
type roster struct {
	// people: booked parties by session start, then the waiting line in
	// order, each with the position the booking rules report.
	people   []booking.Participant
	sessions map[string]store.Session // by id, removed ones included (history)
}

// readRoster reads the participants of one session (its booked parties
// and the waiting parties that accept it), or of all when sessionID is "".
func readRoster(ctx context.Context, env *Env, sessionID string) (roster, error) {
	db, err := env.DB(ctx)
	if err != nil {
		return roster{}, err
	}
	r := roster{sessions: map[string]store.Session{}}
	err = db.Read(ctx, func(tx *store.Tx) error {
		if r.people, err = booking.Participants(tx, store.BookingFilter{SessionID: sessionID}); err != nil {
			return err
		}
		sessions, err := tx.Sessions(true)
		for _, s := range sessions {
			r.sessions[s.ID] = s
		}
		return err
	})
	if err != nil {
		return roster{}, fmt.Errorf("reading participants: %w", err)
	}
	return r, nil
}

// sessionText names where a participant stands: the booked session, or
// for a waiting entry the sessions it accepts, first choice first.
func (r roster) sessionText(p booking.Participant, loc *time.Location) string {
	if p.State == store.Booked {
		return r.start(p.SessionID, loc)
	}
	var parts []string
	for _, id := range p.Accepts {
		parts = append(parts, r.start(id, loc))
	}
	if p.AcceptsAny {
		parts = append(parts, "jeder Termin")
	}
	return strings.Join(parts, " / ")
}

// start formats a session's start, or its id when the store lost it.
func (r roster) start(id string, loc *time.Location) string {
	s, ok := r.sessions[id]
	if !ok {
		return id
	}
	return s.Start.In(loc).Format("02.01.2006 15:04")
}

// checkSession refuses a session id the configuration does not know, with
// the usage exit status: a typo, not a failure.
func checkSession(env *Env, id string) error {
	if id == "" {
		return nil
	}
	if _, ok := env.Config.Session(id); !ok {
		var ids []string
		for _, s := range env.Config.Sessions {
			ids = append(ids, s.ID)
		}
		return Usagef("unknown session %q (known: %s)", id, strings.Join(ids, ", "))
	}
	return nil
}

// printable keeps text from a mail (a name, a phone number) from breaking
// a terminal table, sending escape sequences to the terminal or turning
// a line around: control and bidi-control characters become spaces.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return ' '
		}
		return r
	}, s)
}
