package mailbot

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"anmeldebot/config"
	"anmeldebot/internal/mailtest"
)

// These tests run against the real Dovecot of .ci/mailstack (see package
// mailtest); without ANMELDEBOT_TEST_MAILSTACK they are skipped.

func dovecotMailbox(t *testing.T, env *mailtest.Env, user string) *IMAPMailbox {
	t.Helper()
	mb, err := Dial(context.Background(), env.IMAP(user), testLogger(t))
	if err != nil {
		t.Fatalf("Dial() = %v", err)
	}
	t.Cleanup(func() { mb.Logout() })
	return mb
}

func TestDovecotFetchNew(t *testing.T) {
	env := mailtest.Stack(t)
	user := env.NewUser(t, "anmeldung", "")
	for i := range 3 {
		env.Append(t, user, "INBOX", []byte(testMail(i)))
	}
	mb := dovecotMailbox(t, env, user)
	uids, validity := fetchAll(t, mb, 0, 0)
	if len(uids) != 3 || validity == 0 {
		t.Fatalf("first fetch = %v, UIDVALIDITY %d; want 3 messages and a UIDVALIDITY", uids, validity)
	}
	if again, _ := fetchAll(t, mb, uids[2], validity); len(again) != 0 {
		t.Fatalf("fetch after the last uid = %v, want none", again)
	}
	env.Append(t, user, "INBOX", []byte(testMail(3)))
	newer, v2 := fetchAll(t, mb, uids[2], validity)
	if len(newer) != 1 || newer[0] <= uids[2] || v2 != validity {
		t.Fatalf("fetch after uid %d = %v (validity %d), want the one new message", uids[2], newer, v2)
	}
	// Implicit TLS reaches the same mailbox.
	mbs, err := Dial(context.Background(), env.IMAPS(user), testLogger(t))
	if err != nil {
		t.Fatalf("Dial(tls) = %v", err)
	}
	defer mbs.Logout()
	if all, _ := fetchAll(t, mbs, 0, 0); len(all) != 4 {
		t.Fatalf("over implicit TLS: %v, want 4 messages", all)
	}
}

func TestDovecotFile(t *testing.T) {
	env := mailtest.Stack(t)
	user := env.NewUser(t, "anmeldung", "")
	for i := range 3 {
		env.Append(t, user, "INBOX", []byte(testMail(i)))
	}
	mb := dovecotMailbox(t, env, user)
	ctx := context.Background()
	if err := mb.EnsureFolders(ctx, "Processed", "Review"); err != nil {
		t.Fatalf("EnsureFolders() = %v", err)
	}
	if err := mb.EnsureFolders(ctx, "Processed", "Review"); err != nil {
		t.Fatalf("EnsureFolders() again = %v", err)
	}
	uids, _ := fetchAll(t, mb, 0, 0)
	// Someone flagged the third message \Deleted; filing must leave it.
	if err := mb.addFlags(imap.UIDSetNum(imap.UID(uids[2])), imap.FlagDeleted); err != nil {
		t.Fatal(err)
	}
	if err := mb.File(ctx, "INBOX", uids[0], "Processed"); err != nil {
		t.Fatalf("File(Processed) = %v", err)
	}
	if err := mb.File(ctx, "INBOX", uids[1], "Review"); err != nil {
		t.Fatalf("File(Review) = %v", err)
	}
	if err := mb.File(ctx, "INBOX", uids[1], "Review"); err != nil {
		t.Fatalf("File() of a filed message = %v, want a no-op", err)
	}
	inbox := env.List(t, user, "INBOX")
	if len(inbox) != 1 || inbox[0].UID != uids[2] {
		t.Fatalf("INBOX holds %+v, want only uid %d", inbox, uids[2])
	}
	for _, folder := range []string{"Processed", "Review"} {
		msgs := env.List(t, user, folder)
		if len(msgs) != 1 || !msgs[0].HasFlag(imap.FlagSeen) {
			t.Fatalf("%s holds %+v, want one message flagged \\Seen", folder, msgs)
		}
	}
}

// bigMail streams a mail with an attachment of attach bytes (base64, so
// the message is about 4/3 as large) without holding it in memory.
func bigMail(to string, attach int) (io.Reader, int64) {
	head := fmt.Sprintf("From: Bernd Beispiel <bernd@buerger.example>\r\nTo: %s\r\n"+
		"Subject: Anmeldung mit Anhang\r\nMessage-ID: <big@buerger.example>\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+
		"Ich melde mich für Samstag an.\r\n--b1\r\nContent-Type: application/pdf\r\n"+
		"Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=scan.pdf\r\n\r\n", to)
	tail := "--b1--\r\n"
	line := strings.Repeat("QUJD", 19) + "\r\n" // 57 bytes of data per 78-byte line
	lines := attach / 57
	body := &repeatReader{line: line, left: lines}
	size := int64(len(head)) + int64(lines*len(line)) + int64(len(tail))
	return io.MultiReader(strings.NewReader(head), body, strings.NewReader(tail)), size
}

type repeatReader struct {
	line string
	left int
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) && r.left > 0 {
		c := copy(p[n:], r.line[r.off:])
		n += c
		if r.off += c; r.off == len(r.line) {
			r.off, r.left = 0, r.left-1
		}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// TestDovecotStreams25MB fetches a mail with a 25 MB attachment and
// samples the heap meanwhile: FetchNew must hand the body over as it
// streams, so the heap grows by far less than the message.
func TestDovecotStreams25MB(t *testing.T) {
	env := mailtest.Stack(t)
	user := env.NewUser(t, "anmeldung", "")
	r, size := bigMail(user, 25<<20)
	start := time.Now()
	env.AppendReader(t, user, "INBOX", r, size)
	t.Logf("APPEND of %d bytes took %v", size, time.Since(start).Round(time.Millisecond))
	mb := dovecotMailbox(t, env, user)

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak atomic.Uint64
	done := make(chan struct{})
	go sampleHeap(&peak, done)

	var got int64
	start = time.Now()
	_, err := mb.FetchNew(context.Background(), "INBOX", 0, 0, func(m Msg) error {
		h := sha256.New()
		n, err := io.Copy(h, m.Body)
		got = n
		return err
	})
	close(done)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("FetchNew() = %v", err)
	}
	if got != size {
		t.Fatalf("read %d bytes, want %d", got, size)
	}
	growth := int64(peak.Load()) - int64(before.HeapAlloc)
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("fetched %d bytes in %v: heap peak +%.1f MB, allocated %.1f MB in all",
		size, time.Since(start).Round(time.Millisecond), float64(growth)/1e6, float64(allocated)/1e6)
	if growth > size/8 {
		t.Fatalf("heap grew by %d bytes while fetching a %d-byte message: it was buffered, not streamed", growth, size)
	}
	if allocated > uint64(size/4) {
		t.Fatalf("allocated %d bytes while fetching a %d-byte message: it was copied, not streamed", allocated, size)
	}
}

func sampleHeap(peak *atomic.Uint64, done <-chan struct{}) {
	var ms runtime.MemStats
	for {
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > peak.Load() {
			peak.Store(ms.HeapAlloc)
		}
		select {
		case <-done:
			return
		case <-time.After(2 * time.Millisecond):
		}
	}
}

func TestDovecotRestartThenReconnect(t *testing.T) {
	env := mailtest.StackExclusive(t)
	user := env.NewUser(t, "anmeldung", "")
	env.Append(t, user, "INBOX", []byte(testMail(1)))
	mb := dovecotMailbox(t, env, user)
	uids, validity := fetchAll(t, mb, 0, 0)
	env.RestartIMAP(t)
	if _, err := mb.FetchNew(context.Background(), "INBOX", 0, validity, func(Msg) error { return nil }); err == nil {
		t.Fatal("FetchNew() on a connection to a restarted server = nil, want an error")
	}
	env.Append(t, user, "INBOX", []byte(testMail(2)))
	mb2 := dovecotMailbox(t, env, user)
	newer, v2 := fetchAll(t, mb2, uids[0], validity)
	if len(newer) != 1 || v2 != validity {
		t.Fatalf("after reconnect: %v (validity %d, was %d), want the one new message", newer, v2, validity)
	}
}

func TestDovecotCheckIMAP(t *testing.T) {
	env := mailtest.Stack(t)
	user := env.NewUser(t, "anmeldung", "")
	env.Append(t, user, "INBOX", []byte(testMail(1)))
	tests := []struct {
		name  string
		port  int
		set   func(c *config.IMAP)
		stage Stage
	}{
		{"works", 0, func(*config.IMAP) {}, ""},
		{"wrong password", 0, func(c *config.IMAP) { c.Password = "falsch" }, StageLogin},
		{"missing folder", 0, func(c *config.IMAP) { c.Folder = "Gibt-es-nicht" }, StageFolder},
		{"certificate not trusted", 0, func(c *config.IMAP) { c.CAFile = "" }, StageTLS},
		{"TLS against the STARTTLS port", 0, func(c *config.IMAP) { c.Security = "tls" }, StageTLS},
		{"nothing listens", 1, func(*config.IMAP) {}, StageConnect},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := env.IMAP(user)
			if tt.port != 0 {
				c.Port = tt.port
			}
			tt.set(&c)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err := CheckIMAP(ctx, c, testLogger(t))
			if got := stageOf(err); got != tt.stage || (tt.stage != "" && err == nil) {
				t.Fatalf("CheckIMAP() = %v (stage %q), want stage %q", err, got, tt.stage)
			}
		})
	}
}
