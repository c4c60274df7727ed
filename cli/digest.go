package cli

import (
	"context"
	"flag"
	"fmt"

	"anmeldebot/digest"
	"anmeldebot/mailbot"
	"anmeldebot/store"
)

func digestCommand() Command {
	return Command{
		Name:    "digest",
		Summary: "Show the coordinator's digest, or send it now",
		Help: `--print (the default) shows the digest's text on the terminal: occupancy, what
happened since the last digest, the mails that need you and the commands that
settle them. It records nothing. --send mails it (with the HTML part and the
participant list as CSV) to [digest].to now and, once it went out, records
the time: the next digest starts from there. The daemon sends it on
[digest].schedule.`,
		Setup: func(fs *flag.FlagSet) RunFunc {
			print := fs.Bool("print", false, "show the digest on the terminal (default)")
			send := fs.Bool("send", false, "mail the digest to [digest].to now")
			return func(ctx context.Context, env *Env, _ []string) error {
				if *print && *send {
					return Usagef("give --print or --send, not both")
				}
				if *send {
					return sendDigest(ctx, env)
				}
				return printDigest(ctx, env)
			}
		},
	}
}

// printDigest shows the text part for the period since the last digest.
func printDigest(ctx context.Context, env *Env) error {
	db, err := env.DB(ctx)
	if err != nil {
		return err
	}
	var d digest.Digest
	err = db.Read(ctx, func(tx *store.Tx) error {
		d, err = digest.BuildFrom(tx, env.Config, env.Now())
		return err
	})
	if err != nil {
		return err
	}
	text, err := digest.RenderText(d)
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(env.Stdout, text)
	return err
}

// sendDigest mails the digest through the configured SMTP server.
func sendDigest(ctx context.Context, env *Env) error {
	db, err := env.DB(ctx)
	if err != nil {
		return err
	}
	s, err := mailbot.NewSender(env.Config.SMTP, env.Log)
	if err != nil {
		return err
	}
	sent, err := digest.SendNow(ctx, db, env.Config, DigestSender(s), env.Log, env.Now())
	if err != nil {
		return err
	}
	if sent {
		fmt.Fprintf(env.Stdout, "Digest sent to %s.\n", env.Config.Digest.To)
	} else {
		fmt.Fprintln(env.Stdout, "Nothing happened and [digest].send_empty is off: no digest sent.")
	}
	return nil
}

// DigestSender adapts the mail worker's Sender to digest.SendFunc, for
// this command and for the daemon's [digest].schedule entry. The digest
// is marked auto-generated (RFC 3834), so no autoresponder answers it.
func DigestSender(s mailbot.Sender) digest.SendFunc {
	return func(ctx context.Context, m digest.Mail) error {
		o := mailbot.Outgoing{To: m.To, Subject: m.Subject, MessageID: m.MessageID, Text: m.Text, HTML: m.HTML,
			AutoSubmitted: "auto-generated"}
		for _, a := range m.Attachments {
			o.Attachments = append(o.Attachments, mailbot.Attachment{Name: a.Name, ContentType: a.ContentType, Data: a.Data})
		}
		return s.Send(ctx, o)
	}
}
