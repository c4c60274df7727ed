package mailbot

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-smtp"

	"anmeldebot/config"
)

// loopIMAP is go-imap's in-memory IMAP server on 127.0.0.1 (a random
// port), with MOVE and UIDPLUS as Dovecot has them and plain login
// allowed, for the demo and the fast tests. Nothing leaves the process.
type loopIMAP struct {
	srv  *imapserver.Server
	user *imapmemserver.User
	addr net.Addr
	name string
	pass string
}

func startLoopIMAP(user, pass string) (*loopIMAP, error) {
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(user, pass)
	if err := u.Create("INBOX", nil); err != nil {
		return nil, fmt.Errorf("in-memory imap: %w", err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapMove: {}, imap.CapUIDPlus: {}},
		InsecureAuth: true,
		Logger:       nopLogger{},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("in-memory imap: %w", err)
	}
	go srv.Serve(ln)
	return &loopIMAP{srv: srv, user: u, addr: ln.Addr(), name: user, pass: pass}, nil
}

// config returns IMAP settings that reach the server.
func (s *loopIMAP) config(c config.IMAP) config.IMAP {
	c.Host, c.Port = "127.0.0.1", s.addr.(*net.TCPAddr).Port
	c.Security, c.Username, c.Secret = "none", s.name, config.Secret{Password: s.pass}
	c.CAFile = ""
	return c
}

// deliver puts a raw message into a folder, as an MTA would.
func (s *loopIMAP) deliver(folder string, raw []byte) error {
	_, err := s.user.Append(folder, sizedReader{bytes.NewReader(raw), int64(len(raw))}, &imap.AppendOptions{Time: time.Now()})
	return err
}

// count is the number of messages in a folder.
func (s *loopIMAP) count(folder string) (int, error) {
	d, err := s.user.Status(folder, &imap.StatusOptions{NumMessages: true})
	if err != nil {
		return 0, err
	}
	return int(*d.NumMessages), nil
}

func (s *loopIMAP) close() error { return s.srv.Close() }

type sizedReader struct {
	io.Reader
	size int64
}

func (r sizedReader) Size() int64 { return r.size }

type nopLogger struct{}

func (nopLogger) Printf(string, ...any) {}

// loopSMTP is a go-smtp server on 127.0.0.1 that keeps every mail it is
// given (a sink). refuse, when set, answers RCPT for an address.
type loopSMTP struct {
	srv    *smtp.Server
	addr   net.Addr
	mu     sync.Mutex
	mails  []sunk
	refuse func(rcpt string) error
}

// sunk is one mail the sink took.
type sunk struct {
	To   []string
	Data []byte
}

func startLoopSMTP() (*loopSMTP, error) {
	s := &loopSMTP{}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &sinkConn{s: s}, nil
	}))
	s.srv.Domain = "sink.kaiserslautern.example"
	s.srv.AllowInsecureAuth = true
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("smtp sink: %w", err)
	}
	s.addr = ln.Addr()
	go s.srv.Serve(ln)
	return s, nil
}

func (s *loopSMTP) config(c config.SMTP) config.SMTP {
	c.Host, c.Port = "127.0.0.1", s.addr.(*net.TCPAddr).Port
	c.Security, c.Username, c.Secret, c.CAFile = "none", "", config.Secret{}, ""
	return c
}

func (s *loopSMTP) received() []sunk {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]sunk(nil), s.mails...)
}

func (s *loopSMTP) close() error { return s.srv.Close() }

type sinkConn struct {
	s  *loopSMTP
	to []string
}

func (c *sinkConn) Mail(string, *smtp.MailOptions) error { return nil }

func (c *sinkConn) Rcpt(to string, _ *smtp.RcptOptions) error {
	c.s.mu.Lock()
	refuse := c.s.refuse
	c.s.mu.Unlock()
	if refuse != nil {
		if err := refuse(to); err != nil {
			return err
		}
	}
	c.to = append(c.to, to)
	return nil
}

func (c *sinkConn) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if len(c.to) == 0 {
		return errors.New("no recipient")
	}
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	c.s.mails = append(c.s.mails, sunk{To: c.to, Data: b})
	return nil
}

func (c *sinkConn) Reset()        { c.to = nil }
func (c *sinkConn) Logout() error { return nil }
