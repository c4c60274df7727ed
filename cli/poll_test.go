package cli_test

import (
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-smtp"
)

// TestPollSendsReminders: `poll` alone (a system cron job, no daemon)
// queues the reminders that are due and sends them in the same run.
func TestPollSendsReminders(t *testing.T) {
	imapPort, sink := startIMAP(t), startSMTP(t)
	f := newFixtureWith(t, fmt.Sprintf(`
[imap]
host = "127.0.0.1"
port = %d
security = "none"
username = "ehrenamt@stadt.example"
password = "geheim"

[smtp]
host = "127.0.0.1"
port = %d
security = "none"
from = "Ehrenamt <ehrenamt@stadt.example>"

[bot]
timezone = "Europe/Berlin"

[[session]]
id = "2025-07-24-1300"
start = 2025-07-24T13:00:00
location = "Rathaus Nord, Raum C409"
capacity = 3
`, imapPort, sink.port))
	f.mustRun("book", "--session", "2025-07-24-1300", "--name", "Erika Beispiel", "--email", "erika@beispiel.example")
	r := runCLI(t, "", "--config", f.config, "--db", f.db, "--now", "2025-07-23T14:00", "poll")
	if r.code != 0 || !strings.Contains(r.stdout, "outbox: 1 sent") {
		t.Fatalf("poll a day before the session: exit %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
	}
	if got := sink.recipients(); len(got) != 1 || got[0] != "erika@beispiel.example" {
		t.Fatalf("mails sent to %v, want the reminder to erika@beispiel.example", got)
	}
}

// startIMAP serves an empty INBOX with go-imap's in-memory server on a
// loopback port and returns the port.
func startIMAP(t *testing.T) int {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser("ehrenamt@stadt.example", "geheim")
	if err := u.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapMove: {}, imap.CapUIDPlus: {}},
		InsecureAuth: true,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().(*net.TCPAddr).Port
}

// smtpSink is a go-smtp server on a loopback port that keeps the
// recipients of every mail it accepts.
type smtpSink struct {
	port int
	mu   sync.Mutex
	rcpt []string
}

func startSMTP(t *testing.T) *smtpSink {
	t.Helper()
	s := &smtpSink{}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &sinkSession{sink: s}, nil }))
	srv.Domain = "mx.stadt.example"
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	s.port = ln.Addr().(*net.TCPAddr).Port
	return s
}

func (s *smtpSink) recipients() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.rcpt...)
}

type sinkSession struct {
	sink *smtpSink
	to   []string
}

func (c *sinkSession) Mail(string, *smtp.MailOptions) error { return nil }
func (c *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	c.to = append(c.to, to)
	return nil
}
func (c *sinkSession) Data(r io.Reader) error {
	if _, err := io.Copy(io.Discard, r); err != nil {
		return err
	}
	c.sink.mu.Lock()
	defer c.sink.mu.Unlock()
	c.sink.rcpt = append(c.sink.rcpt, c.to...)
	return nil
}
func (c *sinkSession) Reset()        { c.to = nil }
func (c *sinkSession) Logout() error { return nil }
