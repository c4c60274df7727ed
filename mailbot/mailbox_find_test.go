package mailbot

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestFetchByMessageID finds a mail by its Message-ID in the second
// folder given, skips a folder that does not exist and a mail whose
// Message-ID only contains the one looked for.
func TestFetchByMessageID(t *testing.T) {
	s := startMemServer(t)
	if err := s.user.Create("Review", nil); err != nil {
		t.Fatal(err)
	}
	s.appendN(t, "INBOX", 2) // <m0@…>, <m1@…>
	s.appendRaw(t, "Review", "From: a@buerger.example\r\nSubject: Fast\r\nMessage-ID: <xm5@buerger.example>\r\n\r\nNicht diese.\r\n")
	s.appendRaw(t, "Review", strings.ReplaceAll(testMail(5), "Ich komme am Samstag.", "Die ganze Mail."))
	ctx := context.Background()
	mb, err := Dial(ctx, s.config("none"), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	defer mb.Logout()

	tests := []struct {
		name, id, folder, body string
	}{
		{"in the review folder, exact id", "m5@buerger.example", "Review", "Die ganze Mail."},
		{"with brackets, in the inbox", "<m1@buerger.example>", "INBOX", "Ich komme am Samstag."},
	}
	for _, tt := range tests {
		f, err := mb.FetchByMessageID(ctx, []string{"Gibt-es-nicht", "Review", "INBOX"}, tt.id)
		if err != nil {
			t.Fatalf("%s: FetchByMessageID(%q): %v", tt.name, tt.id, err)
		}
		if f.Folder != tt.folder || !strings.Contains(string(f.Raw), tt.body) {
			t.Errorf("%s: FetchByMessageID(%q) = folder %q, raw %q; want %q with %q", tt.name, tt.id, f.Folder, f.Raw, tt.folder, tt.body)
		}
	}
	_, err = mb.FetchByMessageID(ctx, []string{"Review", "INBOX"}, "weg@buerger.example")
	if !errors.Is(err, ErrMailNotFound) {
		t.Errorf("FetchByMessageID(unknown id) = %v, want ErrMailNotFound", err)
	}
}
