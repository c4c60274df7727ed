// Package mailtest connects integration tests to the real Dovecot and
// Postfix that .ci/mailstack runs on 127.0.0.1.
//
// Stack reads the env file named by ANMELDEBOT_TEST_MAILSTACK (the
// DIR/env that `.ci/mailstack start DIR` prints). Without it the test is
// skipped, except under CI=true, where it fails: CI must really run the
// tests against real servers. Every address at a *.example domain is a
// mailbox there (local parts starting with "unknown" are rejected with
// 550), and all log in with one password. Mail stays in DIR between runs,
// so each test takes fresh addresses from NewUser.
package mailtest

import (
	"bufio"
	"crypto/rand"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"anmeldebot/config"
)

// EnvVar names the env file of a running stack.
const EnvVar = "ANMELDEBOT_TEST_MAILSTACK"

// Env is a running mail stack.
type Env struct {
	Host      string // 127.0.0.1
	IMAPPort  int    // STARTTLS
	IMAPSPort int    // implicit TLS
	SMTPPort  int    // STARTTLS offered, AUTH only after it
	SMTPSPort int    // implicit TLS
	Password  string // every user's password
	CAFile    string // the servers' self-signed certificate (PEM)
	CAPool    *x509.CertPool
	Dir       string // all state of the stack
	Domain    string // the office's domain, kaiserslautern.example
	Script    string // .ci/mailstack, for stopping and starting servers
}

// Stack returns the running stack, or skips the test when there is none
// (fails under CI=true). The test holds a shared lock on the stack until
// it ends, so that no test of another package stops a server under it.
func Stack(t testing.TB) *Env {
	t.Helper()
	e := load(t)
	e.lock(t, syscall.LOCK_SH)
	return e
}

// StackExclusive is Stack for a test that stops or restarts a server: it
// waits until no other test uses the stack, and keeps it to itself.
func StackExclusive(t testing.TB) *Env {
	t.Helper()
	e := load(t)
	e.lock(t, syscall.LOCK_EX)
	return e
}

// lock takes a flock on DIR/lock, released when the test ends. go test
// runs the test binaries of several packages at once.
func (e *Env) lock(t testing.TB, how int) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(e.Dir, "lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("mail stack lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), how); err != nil {
		f.Close()
		t.Fatalf("mail stack lock: %v", err)
	}
	t.Cleanup(func() { f.Close() })
}

func load(t testing.TB) *Env {
	t.Helper()
	path := os.Getenv(EnvVar)
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not set under CI=true: run `.ci/mailstack start DIR` and export %s=DIR/env", EnvVar, EnvVar)
		}
		t.Skip(EnvVar + " not set: real Dovecot/Postfix tests skipped")
	}
	e, err := Load(path)
	if err != nil {
		t.Fatalf("mail stack: %v", err)
	}
	return e
}

// Load parses a stack's env file (KEY=value lines).
func Load(path string) (*Env, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	defer f.Close()
	kv := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(strings.TrimSpace(sc.Text()), "="); ok {
			kv[strings.TrimPrefix(k, "ANMELDEBOT_TEST_")] = v
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	e := &Env{Host: kv["IMAP_HOST"], Password: kv["PASSWORD"], CAFile: kv["CA"], Dir: kv["DIR"],
		Domain: kv["DOMAIN"], Script: kv["MAILSTACK_SCRIPT"]}
	var errs []string
	for key, p := range map[string]*int{"IMAP_PORT": &e.IMAPPort, "IMAPS_PORT": &e.IMAPSPort,
		"SMTP_PORT": &e.SMTPPort, "SMTPS_PORT": &e.SMTPSPort} {
		if *p, err = strconv.Atoi(kv[key]); err != nil {
			errs = append(errs, key+" missing or not a number")
		}
	}
	if e.Host == "" || e.Password == "" || e.CAFile == "" || e.Dir == "" {
		errs = append(errs, "IMAP_HOST, PASSWORD, CA and DIR are required")
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s: %s", path, strings.Join(errs, "; "))
	}
	pem, err := os.ReadFile(e.CAFile)
	if err != nil {
		return nil, fmt.Errorf("reading CA: %w", err)
	}
	e.CAPool = x509.NewCertPool()
	if !e.CAPool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("%s holds no certificate", e.CAFile)
	}
	return e, nil
}

// NewUser returns a fresh address at domain (the office's when ""), so a
// test never sees mail of another test or of an earlier run.
func (e *Env) NewUser(t testing.TB, local, domain string) string {
	t.Helper()
	if domain == "" {
		domain = e.Domain
	}
	b := make([]byte, 4)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%s-%s@%s", local, hex.EncodeToString(b), domain)
}

// IMAP returns the bot's IMAP settings for user, over STARTTLS.
func (e *Env) IMAP(user string) config.IMAP {
	return config.IMAP{
		Host: e.Host, Port: e.IMAPPort, Security: "starttls", Username: user,
		Secret: config.Secret{Password: e.Password}, CAFile: e.CAFile,
		Folder: config.DefaultFolder, ProcessedFolder: config.DefaultProcessedFolder,
		ReviewFolder: config.DefaultReviewFolder,
	}
}

// IMAPS is IMAP over implicit TLS.
func (e *Env) IMAPS(user string) config.IMAP {
	c := e.IMAP(user)
	c.Port, c.Security = e.IMAPSPort, "tls"
	return c
}

// SMTP returns settings that send as from over STARTTLS without AUTH
// (Postfix accepts mail for the test domains from loopback).
func (e *Env) SMTP(from string) config.SMTP {
	return config.SMTP{Host: e.Host, Port: e.SMTPPort, Security: "starttls", From: from, CAFile: e.CAFile}
}

// SMTPSAuth sends over implicit TLS and logs in as user.
func (e *Env) SMTPSAuth(user string) config.SMTP {
	c := e.SMTP(user)
	c.Port, c.Security, c.Username = e.SMTPSPort, "tls", user
	c.Secret = config.Secret{Password: e.Password}
	return c
}
