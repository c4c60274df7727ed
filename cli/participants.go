package cli

import (
	"context"
	"fmt"
	"strings"
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
// An id the configuration does not know is a usage error, checked before
// the store is opened.
func readRoster(ctx context.Context, env *Env, sessionID string) (roster, error) {
	if err := checkSession(env, sessionID); err != nil {
		return roster{}, err
	}
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
