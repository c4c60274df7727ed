package mailbot

import (
	"context"
	"fmt"
	"slices"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// fetchBatch is how many messages one UID FETCH asks for. Batches keep a
// cycle that finds thousands of new mails from holding one command open
// for its whole length; old mail is never asked for at all.
const fetchBatch = 50

// FetchNew selects folder and hands every message with a UID above lastUID
// to fn, oldest first, streaming each body from the connection while fn
// reads it (a 25 MB attachment is never held in memory). It returns the
// folder's UIDVALIDITY. When uidValidity is non-zero and differs from it,
// the UIDs were renumbered and lastUID means nothing: every message in the
// folder is handed over, and the caller must skip those it has handled
// before (by Message-ID). An error from fn stops the fetch and is returned
// wrapped with the UID; messages before it were handed over completely.
func (m *IMAPMailbox) FetchNew(ctx context.Context, folder string, lastUID, uidValidity uint32, fn func(Msg) error) (uint32, error) {
	defer watch(ctx, m.c)()
	sel, err := m.selectFolder(folder)
	if err != nil {
		return 0, err
	}
	if uidValidity != 0 && sel.UIDValidity != uidValidity {
		m.log.Warn("UIDVALIDITY changed: offering every message again", "folder", folder,
			"was", uidValidity, "now", sel.UIDValidity)
		lastUID = 0
	}
	uids, err := m.newUIDs(sel, lastUID)
	if err != nil {
		return sel.UIDValidity, fmt.Errorf("listing new messages in %q: %w", folder, err)
	}
	m.log.Debug("new messages", "folder", folder, "count", len(uids), "after_uid", lastUID)
	for batch := range slices.Chunk(uids, fetchBatch) {
		if err := m.fetchBodies(ctx, batch, fn); err != nil {
			return sel.UIDValidity, err
		}
	}
	return sel.UIDValidity, nil
}

// newUIDs lists the UIDs above lastUID, ascending. "UID N+1:*" always
// matches the highest message even when its UID is N or less, so the
// answer is filtered; when UIDNEXT shows nothing new, no search is sent.
func (m *IMAPMailbox) newUIDs(sel *imap.SelectData, lastUID uint32) ([]imap.UID, error) {
	if sel.NumMessages == 0 {
		return nil, nil
	}
	if sel.UIDNext != 0 && uint32(sel.UIDNext) <= lastUID+1 {
		return nil, nil
	}
	var set imap.UIDSet
	set.AddRange(imap.UID(lastUID+1), 0) // 0 stands for "*"
	data, err := m.c.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{set}}, nil).Wait()
	if err != nil {
		return nil, err
	}
	var uids []imap.UID
	for _, uid := range data.AllUIDs() {
		if uint32(uid) > lastUID {
			uids = append(uids, uid)
		}
	}
	slices.Sort(uids)
	return uids, nil
}

// fetchBodies fetches BODY.PEEK[] of the given UIDs and calls fn while
// each literal streams. go-imap blocks its reader until the literal is
// consumed, so nothing is buffered beyond bufio's few kilobytes. Every UID
// asked for must come back: a silent gap would let the caller's lastUID
// pass a message it never saw.
func (m *IMAPMailbox) fetchBodies(ctx context.Context, uids []imap.UID, fn func(Msg) error) error {
	set := imap.UIDSetNum(uids...)
	opts := &imap.FetchOptions{
		UID:         true,
		BodySection: []*imap.FetchItemBodySection{{Peek: true}},
	}
	cmd := m.c.Fetch(set, opts)
	seen := make(map[imap.UID]bool, len(uids))
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		uid, err := m.handleMessage(ctx, msg, fn)
		if err != nil {
			cmd.Close()
			return err
		}
		seen[uid] = true
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("fetching uids %v: %w", set, err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("fetching uids %v: %w", set, err)
	}
	for _, uid := range uids {
		if !seen[uid] {
			return fmt.Errorf("fetching uid %d: the server did not return it", uid)
		}
	}
	return nil
}

// handleMessage walks one message's FETCH items. The UID comes before the
// body literal (go-imap needs it there to match the response to the
// command), so fn always knows which message it reads.
func (m *IMAPMailbox) handleMessage(ctx context.Context, msg *imapclient.FetchMessageData, fn func(Msg) error) (imap.UID, error) {
	var uid imap.UID
	for {
		item := msg.Next()
		if item == nil {
			break
		}
		switch item := item.(type) {
		case imapclient.FetchItemDataUID:
			uid = item.UID
		case imapclient.FetchItemDataBodySection:
			if uid == 0 {
				return 0, fmt.Errorf("fetching seq %d: body came before its UID", msg.SeqNum)
			}
			if err := ctx.Err(); err != nil {
				return uid, fmt.Errorf("fetching uid %d: %w", uid, err)
			}
			if item.Literal == nil {
				return uid, fmt.Errorf("fetching uid %d: the server sent no body", uid)
			}
			if err := fn(Msg{UID: uint32(uid), Size: item.Literal.Size(), Body: item.Literal}); err != nil {
				return uid, fmt.Errorf("handling uid %d: %w", uid, err)
			}
		}
	}
	return uid, nil
}
