package mailtest

import (
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Message is one message as List sees it.
type Message struct {
	UID    uint32
	Flags  []imap.Flag
	Size   int64
	Header []byte // the raw header block
}

// HasFlag reports whether the message carries flag.
func (m Message) HasFlag(flag imap.Flag) bool {
	for _, f := range m.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

// Login opens an IMAP session as user (implicit TLS) and closes it when
// the test ends.
func (e *Env) Login(t testing.TB, user string) *imapclient.Client {
	t.Helper()
	addr := net.JoinHostPort(e.Host, strconv.Itoa(e.IMAPSPort))
	c, err := imapclient.DialTLS(addr, &imapclient.Options{
		TLSConfig: &tls.Config{RootCAs: e.CAPool, ServerName: e.Host},
	})
	if err != nil {
		t.Fatalf("imap dial %s: %v", addr, err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(user, e.Password).Wait(); err != nil {
		t.Fatalf("imap login %s: %v", user, err)
	}
	return c
}

// Append stores raw in user's folder (created when missing) and returns
// its UID.
func (e *Env) Append(t testing.TB, user, folder string, raw []byte) uint32 {
	t.Helper()
	return e.AppendReader(t, user, folder, bytes.NewReader(raw), int64(len(raw)))
}

// AppendReader is Append for a message that should not be held in memory.
func (e *Env) AppendReader(t testing.TB, user, folder string, r io.Reader, size int64) uint32 {
	t.Helper()
	c := e.Login(t, user)
	defer c.Logout()
	ensureFolder(t, c, folder)
	cmd := c.Append(folder, size, nil)
	if _, err := io.Copy(cmd, r); err != nil {
		t.Fatalf("append to %s: %v", folder, err)
	}
	if err := cmd.Close(); err != nil {
		t.Fatalf("append to %s: %v", folder, err)
	}
	data, err := cmd.Wait()
	if err != nil {
		t.Fatalf("append to %s: %v", folder, err)
	}
	return uint32(data.UID)
}

func ensureFolder(t testing.TB, c *imapclient.Client, folder string) {
	t.Helper()
	err := c.Create(folder, nil).Wait()
	var ie *imap.Error
	if err != nil && !(errors.As(err, &ie) && ie.Code == imap.ResponseCodeAlreadyExists) {
		t.Fatalf("create %s: %v", folder, err)
	}
}

// List returns the messages in user's folder, oldest first; a folder that
// does not exist is an error.
func (e *Env) List(t testing.TB, user, folder string) []Message {
	t.Helper()
	msgs, err := e.list(t, user, folder)
	if err != nil {
		t.Fatal(err)
	}
	return msgs
}

func (e *Env) list(t testing.TB, user, folder string) ([]Message, error) {
	c := e.Login(t, user)
	defer c.Logout()
	sel, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, fmt.Errorf("select %s of %s: %w", folder, user, err)
	}
	if sel.NumMessages == 0 {
		return nil, nil
	}
	header := &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true}
	bufs, err := c.Fetch(allSeq(), &imap.FetchOptions{
		UID: true, Flags: true, RFC822Size: true, BodySection: []*imap.FetchItemBodySection{header},
	}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetch %s of %s: %w", folder, user, err)
	}
	out := make([]Message, 0, len(bufs))
	for _, b := range bufs {
		out = append(out, Message{UID: uint32(b.UID), Flags: b.Flags, Size: b.RFC822Size, Header: b.FindBodySection(header)})
	}
	return out, nil
}

func allSeq() imap.SeqSet {
	var s imap.SeqSet
	s.AddRange(1, 0)
	return s
}

// Raw returns the whole message with uid in user's folder.
func (e *Env) Raw(t testing.TB, user, folder string, uid uint32) []byte {
	t.Helper()
	c := e.Login(t, user)
	defer c.Logout()
	if _, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatalf("select %s: %v", folder, err)
	}
	body := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(imap.UIDSetNum(imap.UID(uid)), &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{body}}).Collect()
	if err != nil || len(bufs) != 1 {
		t.Fatalf("fetch uid %d in %s: %v (%d messages)", uid, folder, err, len(bufs))
	}
	return bufs[0].FindBodySection(body)
}

// WaitFor polls user's folder until it holds at least n messages (mail
// sent over SMTP arrives a moment later, through Postfix and LMTP).
func (e *Env) WaitFor(t testing.TB, user, folder string, n int, timeout time.Duration) []Message {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		msgs, err := e.list(t, user, folder)
		if err == nil && len(msgs) >= n {
			return msgs
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %d messages in %s of %s: have %d (%v); see %s/postfix/maillog",
				n, folder, user, len(msgs), err, e.Dir)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
