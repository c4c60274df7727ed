package mailbot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"slices"
	"strings"

	"github.com/emersion/go-imap/v2"
)

// ErrMailNotFound is returned by FetchByMessageID when no folder holds a
// mail with the Message-ID (the coordinator moved or deleted it).
var ErrMailNotFound = errors.New("mail not found in the mailbox")

// maxFoundSize caps how much of one found mail is read into memory; the
// coordinator reads the text, not a large attachment.
const maxFoundSize = 16 << 20

// Found is a mail FetchByMessageID found: its folder, UID and raw bytes
// (cut at 16 MiB).
type Found struct {
	Folder string
	UID    uint32
	Raw    []byte
}

// FetchByMessageID looks for the mail with Message-ID id (with or without
// angle brackets) in each folder in turn, opened read-only so nothing is
// flagged \Seen, and returns the first whose Message-ID is exactly id.
// IMAP's HEADER search matches substrings, so each candidate's header is
// checked. A folder that does not exist is skipped; no match anywhere is
// ErrMailNotFound.
func (m *IMAPMailbox) FetchByMessageID(ctx context.Context, folders []string, id string) (Found, error) {
	defer watch(ctx, m.c)()
	id = strings.Trim(strings.TrimSpace(id), "<>")
	if id == "" {
		return Found{}, fmt.Errorf("finding a mail: no Message-ID given")
	}
	for _, folder := range folders {
		f, err := m.findIn(folder, id)
		if errors.Is(err, ErrMailNotFound) {
			continue
		}
		return f, err
	}
	return Found{}, fmt.Errorf("finding <%s> in %s: %w", id, strings.Join(folders, ", "), ErrMailNotFound)
}

// findIn searches one folder. It leaves no folder selected read-write,
// so a later File selects again.
func (m *IMAPMailbox) findIn(folder, id string) (Found, error) {
	m.selected = ""
	if _, err := m.c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		var ie *imap.Error
		if errors.As(err, &ie) && ie.Type == imap.StatusResponseTypeNo {
			return Found{}, ErrMailNotFound // no such folder
		}
		return Found{}, fmt.Errorf("opening folder %q: %w", folder, err)
	}
	crit := &imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: id}}}
	data, err := m.c.UIDSearch(crit, nil).Wait()
	if err != nil {
		return Found{}, fmt.Errorf("searching %q for <%s>: %w", folder, id, err)
	}
	uids := data.AllUIDs()
	slices.Reverse(uids) // the newest copy first
	for _, uid := range uids {
		raw, err := m.fetchRaw(uid)
		if err != nil {
			return Found{}, fmt.Errorf("fetching uid %d from %q: %w", uid, folder, err)
		}
		if messageIDIs(raw, id) {
			return Found{Folder: folder, UID: uint32(uid), Raw: raw}, nil
		}
	}
	return Found{}, ErrMailNotFound
}

// fetchRaw reads one message (BODY.PEEK[]) into memory, up to maxFoundSize.
func (m *IMAPMailbox) fetchRaw(uid imap.UID) ([]byte, error) {
	opts := &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}}
	cmd := m.c.Fetch(imap.UIDSetNum(uid), opts)
	defer cmd.Close()
	var raw []byte
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		buf, err := msg.Collect()
		if err != nil {
			return nil, err
		}
		if b := buf.FindBodySection(&imap.FetchItemBodySection{}); b != nil && buf.UID == uid {
			raw = b
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, err
	}
	if raw == nil {
		return nil, errors.New("the server sent no body")
	}
	return raw[:min(len(raw), maxFoundSize)], nil
}

// messageIDIs reports whether raw's Message-ID header is exactly id.
func messageIDIs(raw []byte, id string) bool {
	msg, err := mail.ReadMessage(io.MultiReader(bytes.NewReader(raw), strings.NewReader("\r\n\r\n")))
	if err != nil {
		return false
	}
	return strings.Trim(strings.TrimSpace(msg.Header.Get("Message-Id")), "<>") == id
}
