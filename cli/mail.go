package cli

import (
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/mailbot"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// moveUpMailer queues the "moved up" mails of a coordinator's step through
// the mail worker's Replier, the one way the bot mails people about a
// booking step. The Replier (templates parsed and checked) is built on
// first use: list or export never fail over a broken template folder,
// while a cancel that cannot mail the people it moves up is rolled back
// instead of leaving them uninformed.
type moveUpMailer struct {
	cfg       *config.Config
	now       func() time.Time // the Env's clock, so --now dates the mails too
	templates func() (*templates.Set, error)
	replier   *mailbot.Replier
}

func (m *moveUpMailer) queue(tx *store.Tx, o booking.Outcome) error {
	if len(o.Moves) == 0 {
		return nil
	}
	if m.replier == nil {
		tpl, err := m.templates()
		if err != nil {
			return err
		}
		if m.replier, err = mailbot.NewReplier(m.cfg, tpl); err != nil {
			return err
		}
	}
	_, err := m.replier.QueueMoves(tx, m.now(), o.Moves)
	return err
}
