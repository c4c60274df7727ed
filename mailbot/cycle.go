package mailbot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"anmeldebot/parser"
	"anmeldebot/store"
)

// Handled is one mail of a cycle: what was read, what was decided, where
// it was filed.
type Handled struct {
	UID      uint32
	Size     int64
	Key      string
	Reading  *parser.Reading // nil when the mail could not be read
	ParseErr error
	Decision Decision
	Dest     string // the folder it was moved to; "" when filing failed
}

// CycleReport lists the mails of one cycle in UID order.
type CycleReport struct {
	Handled []Handled
}

// Cycle runs fetch → decide → file once (see Worker). A mail that cannot
// be read is held for review and the cycle goes on; a failing step stops
// the cycle after filing what was decided, and the next cycle picks up
// from the last UID filed. The report covers what was done even when an
// error is returned.
func (w *Worker) Cycle(ctx context.Context) (CycleReport, error) {
	var rep CycleReport
	opts, err := w.parseOptions(ctx)
	if err != nil {
		return rep, err
	}
	mb, err := w.dial(ctx)
	if err != nil {
		return rep, err
	}
	defer func() {
		if err := mb.Logout(); err != nil {
			w.log.Debug("imap logout", "err", err)
		}
	}()
	imapCfg := w.cfg.IMAP
	if err := mb.EnsureFolders(ctx, imapCfg.ProcessedFolder, imapCfg.ReviewFolder); err != nil {
		return rep, err
	}
	validity, last, err := w.mailboxState(ctx, imapCfg.Folder)
	if err != nil {
		return rep, err
	}
	msgs, newValidity, fetchErr := w.fetch(ctx, mb, imapCfg.Folder, last, validity, opts)
	if newValidity == 0 {
		return rep, fetchErr
	}
	rep.Handled, err = w.decideAll(ctx, msgs, imapCfg.Folder, newValidity)
	fileErr := w.fileAll(ctx, mb, rep.Handled, newValidity, validity != newValidity)
	return rep, errors.Join(fetchErr, err, fileErr)
}

func (w *Worker) mailboxState(ctx context.Context, folder string) (validity, last uint32, err error) {
	err = w.db.Read(ctx, func(tx *store.Tx) error {
		validity, last, err = tx.LastUID(folder)
		return err
	})
	return validity, last, err
}

// fetch reads the new messages, each parsed while it streams from the
// server. Only the reading is kept, never the message. After an error,
// the messages read before it are returned too (each one complete).
func (w *Worker) fetch(ctx context.Context, mb Mailbox, folder string, last, validity uint32, opts parser.Options) ([]incoming, uint32, error) {
	var out []incoming
	v, err := mb.FetchNew(ctx, folder, last, validity, func(m Msg) error {
		out = append(out, readMessage(m, opts))
		return nil
	})
	if err != nil {
		err = fmt.Errorf("fetching from %q: %w", folder, err)
	}
	return out, v, err
}

// readMessage parses one message as it streams by, hashing its header on
// the way for a mail that has no Message-ID.
func readMessage(m Msg, opts parser.Options) incoming {
	h := newHeaderHash()
	rd, err := parser.Parse(io.TeeReader(m.Body, h), opts)
	in := incoming{UID: m.UID, Size: m.Size, Reading: rd, ParseErr: err}
	if err == nil && strings.TrimSpace(rd.MessageID) != "" {
		in.Key = messageKey(rd.MessageID)
		return in
	}
	if !h.done() {
		// The parser stopped early: read on to the header's end, so the
		// hash is the same on every fetch.
		io.Copy(io.Discard, io.TeeReader(io.LimitReader(m.Body, maxHeaderHash), h))
	}
	in.Key = h.key()
	return in
}

// messageKey is a Message-ID as stored: without brackets, trimmed.
func messageKey(id string) string {
	if k := msgID(id); k != "" {
		return k
	}
	return strings.TrimSpace(id)
}

// decideAll decides the messages in order, each in its own transaction.
// It stops at the first store error (later mails must not be filed past
// it) and between messages when ctx is cancelled.
func (w *Worker) decideAll(ctx context.Context, msgs []incoming, folder string, validity uint32) ([]Handled, error) {
	var out []Handled
	for _, in := range msgs {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		d, err := w.decide(ctx, in, folder, validity)
		if err != nil {
			return out, err
		}
		// The key is a Message-ID, which often holds the sender's address:
		// DEBUG only (see redact).
		w.log.Info("mail decided", "uid", in.UID, "action", redact(d.Action),
			"held", d.Held, "replies", len(d.Replies), "duplicate", d.Duplicate)
		w.log.Debug("mail decided: key", "uid", in.UID, "key", in.Key)
		out = append(out, Handled{UID: in.UID, Size: in.Size, Key: in.Key, Reading: in.Reading,
			ParseErr: in.ParseErr, Decision: d})
	}
	return out, nil
}

// fileAll moves each decided mail to the processed or the review folder
// and only then advances the stored last UID past it. After a UIDVALIDITY
// change with nothing to file, the new UIDVALIDITY is stored with UID 0.
func (w *Worker) fileAll(ctx context.Context, mb Mailbox, hs []Handled, validity uint32, renumbered bool) error {
	folder := w.cfg.IMAP.Folder
	if len(hs) == 0 && renumbered {
		return w.setLastUID(ctx, folder, validity, 0)
	}
	for i := range hs {
		if err := ctx.Err(); err != nil {
			return err
		}
		dest := w.cfg.IMAP.ProcessedFolder
		if hs[i].Decision.Held {
			dest = w.cfg.IMAP.ReviewFolder
		}
		if err := mb.File(ctx, folder, hs[i].UID, dest); err != nil {
			return fmt.Errorf("filing: %w", err)
		}
		hs[i].Dest = dest
		if err := w.setLastUID(ctx, folder, validity, hs[i].UID); err != nil {
			return err
		}
	}
	return nil
}

func (w *Worker) setLastUID(ctx context.Context, folder string, validity, uid uint32) error {
	return w.db.Write(context.WithoutCancel(ctx), func(tx *store.Tx) error {
		return tx.SetLastUID(folder, validity, uid)
	})
}
