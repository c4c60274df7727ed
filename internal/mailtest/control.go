package mailtest

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"net"
	"net/smtp"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// Send delivers raw to the given recipients through Postfix (STARTTLS,
// no AUTH), as a citizen's mail server would.
func (e *Env) Send(t testing.TB, from string, to []string, raw []byte) {
	t.Helper()
	if err := e.send(from, to, raw); err != nil {
		t.Fatalf("smtp send from %s to %v: %v", from, to, err)
	}
}

func (e *Env) send(from string, to []string, raw []byte) error {
	addr := net.JoinHostPort(e.Host, strconv.Itoa(e.SMTPPort))
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.StartTLS(&tls.Config{RootCAs: e.CAPool, ServerName: e.Host}); err != nil {
		return fmt.Errorf("starttls: %w", err)
	}
	if err := c.Mail(from); err != nil {
		return err
	}
	for _, rcpt := range to {
		if err := c.Rcpt(rcpt); err != nil {
			return fmt.Errorf("rcpt %s: %w", rcpt, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(raw); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// RestartIMAP stops and starts Dovecot; open IMAP connections break.
// Use it only in a test that took StackExclusive.
func (e *Env) RestartIMAP(t testing.TB) { e.run(t, "restart-imap") }

// StopSMTP stops Postfix until StartSMTP, or until the test ends, so that
// a failing test leaves the stack whole for the next one. Use it only in
// a test that took StackExclusive.
func (e *Env) StopSMTP(t testing.TB) {
	e.run(t, "stop-smtp")
	t.Cleanup(func() { e.run(t, "start-smtp") })
}

// StartSMTP starts Postfix again (a no-op when it runs).
func (e *Env) StartSMTP(t testing.TB) { e.run(t, "start-smtp") }

func (e *Env) run(t testing.TB, command string) {
	t.Helper()
	if e.Script == "" {
		t.Fatalf("the env file names no mailstack script (ANMELDEBOT_TEST_MAILSTACK_SCRIPT)")
	}
	start := time.Now()
	var out bytes.Buffer
	cmd := exec.Command(e.Script, command, e.Dir)
	cmd.Stdout, cmd.Stderr = &out, &out
	// A daemon that inherited the pipe would keep Run waiting; the script
	// detaches them, and WaitDelay is the safety net.
	cmd.WaitDelay = 10 * time.Second
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s %s: %v\n%s", e.Script, command, e.Dir, err, out.String())
	}
	t.Logf("mailstack %s took %v", command, time.Since(start).Round(time.Millisecond))
}
