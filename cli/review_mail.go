package cli

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"strings"

	"anmeldebot/store"
)

// settleFailed settles a reply the mail server refused for good
// ("review --mail N" with exactly one of --to, --retry, --dismiss). Each
// way marks the failure settled in the same transaction, so it is offered
// neither in the digest nor here again.
func (f reviewFlags) settleFailed(ctx context.Context, env *Env, args []string) error {
	ways := 0
	for _, on := range []bool{f.to != "", f.retry, f.dismiss} {
		if on {
			ways++
		}
	}
	if f.mail <= 0 || ways != 1 || len(args) > 0 || f.actions() > 0 || f.party != 0 {
		return Usagef("--mail NUMBER goes with exactly one of --to ADDR, --retry, --dismiss, and without ID or other actions")
	}
	var addr *mail.Address
	if f.to != "" {
		var err error
		if addr, err = mail.ParseAddress(strings.TrimSpace(f.to)); err != nil {
			return Usagef("--to %q is not an address: %v", f.to, err)
		}
	}
	db, err := env.DB(ctx)
	if err != nil {
		return err
	}
	var said string
	err = db.Write(ctx, func(tx *store.Tx) error {
		m, err := failedMail(tx, f.mail)
		if err != nil {
			return err
		}
		switch {
		case addr != nil:
			said, err = resendCopy(tx, env, m, addr.Address)
		case f.retry:
			said = fmt.Sprintf("Reply #%d queued again, to %s.", m.ID, printable(m.To))
			err = tx.RequeueMail(m.ID, env.Now())
		default:
			said = fmt.Sprintf("Reply #%d to %s dismissed; it will not be sent.", m.ID, printable(m.To))
			err = tx.DismissMail(m.ID)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("settling refused reply #%d: %w", f.mail, err)
	}
	fmt.Fprintln(env.Stdout, said)
	return nil
}

// failedMail reads outbox mail id and checks that it is a refused,
// unsettled one; anything else is the coordinator's typo (usage error).
func failedMail(tx *store.Tx, id int64) (store.Mail, error) {
	m, err := tx.Mail(id)
	if errors.Is(err, store.ErrNotFound) {
		return m, Usagef("no mail #%d in the outbox (the digest lists refused replies)", id)
	}
	if err != nil {
		return m, err
	}
	if m.State != store.MailFailed {
		return m, Usagef("mail #%d was not refused (it is %s)", id, m.State)
	}
	if m.Dismissed {
		return m, Usagef("mail #%d is already settled", id)
	}
	return m, nil
}

// resendCopy queues a copy of m to a corrected address, with a Message-ID
// of its own, and dismisses m: the copy is the one that counts now.
func resendCopy(tx *store.Tx, env *Env, m store.Mail, to string) (string, error) {
	c := m
	c.To, c.MessageID = to, reviewMessageID(env, m.Kind)
	id, err := tx.Enqueue(c, env.Now())
	if err != nil {
		return "", err
	}
	if err := tx.DismissMail(m.ID); err != nil {
		return "", err
	}
	return fmt.Sprintf("Reply #%d queued again, to %s (as #%d).", m.ID, printable(to), id), nil
}
