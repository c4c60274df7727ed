package mailbot

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"anmeldebot/config"
)

func dialMem(t *testing.T, s *memServer, security string) *IMAPMailbox {
	t.Helper()
	mb, err := Dial(context.Background(), s.config(security), testLogger(t))
	if err != nil {
		t.Fatalf("Dial(%s) = %v", security, err)
	}
	t.Cleanup(func() { mb.Logout() })
	return mb
}

func TestDialStages(t *testing.T) {
	s := startMemServer(t)
	tests := []struct {
		name   string
		change func(*config.IMAP)
		want   Stage // "" = success
	}{
		{"implicit TLS", func(c *config.IMAP) {}, ""},
		{"STARTTLS", func(c *config.IMAP) { *c = (s.config("starttls")) }, ""},
		{"none to loopback", func(c *config.IMAP) { *c = (s.config("none")) }, ""},
		{"none to a remote host", func(c *config.IMAP) { c.Security, c.Host = "none", "mail.kaiserslautern.example" }, StageConfig},
		{"unknown security", func(c *config.IMAP) { c.Security = "ssl" }, StageConfig},
		{"missing CA file", func(c *config.IMAP) { c.CAFile = "/nonexistent/ca.pem" }, StageConfig},
		{"untrusted certificate", func(c *config.IMAP) { c.CAFile = "" }, StageTLS},
		{"STARTTLS untrusted", func(c *config.IMAP) { *c = (s.config("starttls")); c.CAFile = "" }, StageTLS},
		{"wrong password", func(c *config.IMAP) { c.Password = "falsch" }, StageLogin},
		{"closed port", func(c *config.IMAP) { c.Port = 1 }, StageConnect},
		{"unknown host", func(c *config.IMAP) { c.Host = "no-such-host.invalid" }, StageDNS},
		{"password env unset", func(c *config.IMAP) { c.Password, c.PasswordEnv = "", "ANMELDEBOT_NO_SUCH_VAR" }, StageConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := s.config("tls")
			tt.change(&c)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			mb, err := Dial(ctx, c, testLogger(t))
			if err == nil {
				mb.Logout()
			}
			if got := stageOf(err); got != tt.want || (tt.want != "" && err == nil) {
				t.Fatalf("Dial() = %v (stage %q), want stage %q", err, got, tt.want)
			}
		})
	}
}

func TestFetchNewOnlyNewUIDs(t *testing.T) {
	s := startMemServer(t)
	s.appendN(t, "INBOX", 3)
	mb := dialMem(t, s, "tls")

	uids, validity := fetchAll(t, mb, 0, 0)
	if want := []uint32{1, 2, 3}; !equalUIDs(uids, want) {
		t.Fatalf("first fetch = %v, want %v", uids, want)
	}
	if validity == 0 {
		t.Fatal("UIDVALIDITY = 0")
	}
	if uids, _ := fetchAll(t, mb, 3, validity); len(uids) != 0 {
		t.Fatalf("fetch after uid 3 with nothing new = %v, want none", uids)
	}
	s.appendN(t, "INBOX", 2)
	if uids, _ := fetchAll(t, mb, 3, validity); !equalUIDs(uids, []uint32{4, 5}) {
		t.Fatalf("fetch after uid 3 = %v, want [4 5]", uids)
	}
	// A changed UIDVALIDITY offers everything again.
	if uids, _ := fetchAll(t, mb, 5, validity+1); len(uids) != 5 {
		t.Fatalf("fetch with a stale UIDVALIDITY = %v, want all 5", uids)
	}
	// The "UID 6:*" trap: without UIDNEXT to short-cut, the server still
	// answers with UID 5.
	sel, err := mb.selectFolder("INBOX")
	if err != nil {
		t.Fatal(err)
	}
	sel.UIDNext = 0
	if got, err := mb.newUIDs(sel, 5); err != nil || len(got) != 0 {
		t.Fatalf("newUIDs(after 5) = %v, %v; want none", got, err)
	}
}

func TestFetchNewBatchesAndBodies(t *testing.T) {
	s := startMemServer(t)
	s.appendN(t, "INBOX", 2*fetchBatch+7)
	mb := dialMem(t, s, "starttls")
	var got []uint32
	_, err := mb.FetchNew(context.Background(), "INBOX", 0, 0, func(m Msg) error {
		body, err := io.ReadAll(m.Body)
		if err != nil {
			return err
		}
		if int64(len(body)) != m.Size || !strings.Contains(string(body), "Subject: Anmeldung") {
			t.Errorf("uid %d: body of %d bytes (size %d): %q", m.UID, len(body), m.Size, body)
		}
		got = append(got, m.UID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2*fetchBatch+7 || got[0] != 1 || got[len(got)-1] != uint32(len(got)) {
		t.Fatalf("fetched %d messages (%v...), want %d in order", len(got), got[:3], 2*fetchBatch+7)
	}
}

func TestFetchNewCallbackError(t *testing.T) {
	s := startMemServer(t)
	s.appendN(t, "INBOX", 4)
	mb := dialMem(t, s, "tls")
	boom := errors.New("store is locked")
	var seen []uint32
	_, err := mb.FetchNew(context.Background(), "INBOX", 0, 0, func(m Msg) error {
		seen = append(seen, m.UID)
		if m.UID == 2 {
			return boom
		}
		return nil // leaves the body unread: it must be skipped
	})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "uid 2") {
		t.Fatalf("FetchNew() = %v, want %v naming uid 2", err, boom)
	}
	if !equalUIDs(seen, []uint32{1, 2}) {
		t.Fatalf("callback saw %v, want [1 2]", seen)
	}
	// The connection is still usable.
	if uids, _ := fetchAll(t, mb, 2, 0); !equalUIDs(uids, []uint32{3, 4}) {
		t.Fatalf("next fetch = %v, want [3 4]", uids)
	}
}

func TestFetchNewCancelled(t *testing.T) {
	s := startMemServer(t)
	s.appendN(t, "INBOX", 3)
	mb := dialMem(t, s, "tls")
	ctx, cancel := context.WithCancel(context.Background())
	_, err := mb.FetchNew(ctx, "INBOX", 0, 0, func(m Msg) error {
		cancel()
		time.Sleep(50 * time.Millisecond)
		return nil
	})
	if err == nil {
		t.Fatal("FetchNew() after cancel = nil, want an error")
	}
}

func fetchAll(t *testing.T, mb *IMAPMailbox, last, validity uint32) ([]uint32, uint32) {
	t.Helper()
	var uids []uint32
	v, err := mb.FetchNew(context.Background(), "INBOX", last, validity, func(m Msg) error {
		uids = append(uids, m.UID)
		return nil
	})
	if err != nil {
		t.Fatalf("FetchNew(after %d) = %v", last, err)
	}
	return uids, v
}

func equalUIDs(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// folderFlags lists the UIDs and their flags in a folder.
func folderFlags(t *testing.T, mb *IMAPMailbox, folder string) map[uint32][]imap.Flag {
	t.Helper()
	mb.selected = ""
	if _, err := mb.c.Select(folder, nil).Wait(); err != nil {
		t.Fatalf("select %s: %v", folder, err)
	}
	var all imap.SeqSet
	all.AddRange(1, 0)
	bufs, err := mb.c.Fetch(all, &imap.FetchOptions{UID: true, Flags: true}).Collect()
	if err != nil {
		t.Fatalf("fetch flags of %s: %v", folder, err)
	}
	out := map[uint32][]imap.Flag{}
	for _, b := range bufs {
		out[uint32(b.UID)] = b.Flags
	}
	return out
}

func TestFile(t *testing.T) {
	tests := []struct {
		name       string
		caps       []imap.Cap
		ensure     bool // EnsureFolders before filing
		leftInInbx bool // the original stays, \Seen and \Deleted
	}{
		{"MOVE", []imap.Cap{imap.CapMove, imap.CapUIDPlus}, true, false},
		{"COPY and UID EXPUNGE", []imap.Cap{imap.CapUIDPlus}, true, false},
		{"neither MOVE nor UIDPLUS", []imap.Cap{imap.CapNamespace}, true, true},
		{"destination created on TRYCREATE", []imap.Cap{imap.CapMove}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := startMemServer(t, tt.caps...)
			s.appendN(t, "INBOX", 3)
			mb := dialMem(t, s, "tls")
			ctx := context.Background()
			if tt.ensure {
				if err := mb.EnsureFolders(ctx, "Processed", "Review", "Processed"); err != nil {
					t.Fatalf("EnsureFolders() = %v", err)
				}
			}
			// Someone else flagged uid 3 \Deleted: filing must not expunge it.
			if _, err := mb.selectFolder("INBOX"); err != nil {
				t.Fatal(err)
			}
			if err := mb.addFlags(imap.UIDSetNum(3), imap.FlagDeleted); err != nil {
				t.Fatal(err)
			}
			if err := mb.File(ctx, "INBOX", 2, "Review"); err != nil {
				t.Fatalf("File() = %v", err)
			}
			if err := mb.File(ctx, "INBOX", 2, "Review"); err != nil && !tt.leftInInbx {
				t.Fatalf("File() again = %v, want a no-op", err)
			}
			review := folderFlags(t, mb, "Review")
			if len(review) < 1 || !hasFlag(firstFlags(review), imap.FlagSeen) {
				t.Fatalf("Review holds %v, want the filed message flagged \\Seen", review)
			}
			inbox := folderFlags(t, mb, "INBOX")
			if _, ok := inbox[3]; !ok {
				t.Fatalf("INBOX lost uid 3 (flagged \\Deleted by someone else): %v", inbox)
			}
			flags, ok := inbox[2]
			if ok != tt.leftInInbx {
				t.Fatalf("uid 2 still in INBOX = %v, want %v (%v)", ok, tt.leftInInbx, inbox)
			}
			if ok && !(hasFlag(flags, imap.FlagSeen) && hasFlag(flags, imap.FlagDeleted)) {
				t.Fatalf("uid 2 left in INBOX with %v, want \\Seen and \\Deleted", flags)
			}
		})
	}
}

func firstFlags(m map[uint32][]imap.Flag) []imap.Flag {
	for _, f := range m {
		return f
	}
	return nil
}

func hasFlag(flags []imap.Flag, want imap.Flag) bool {
	for _, f := range flags {
		if f == want {
			return true
		}
	}
	return false
}
