package cli_test

import (
	"fmt"
	"io"
	"net"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// imapConfig is testConfig with [imap] pointing at addr (no TLS, loopback).
func imapConfig(addr string) string {
	host, port, _ := net.SplitHostPort(addr)
	return strings.Replace(testConfig, `[imap]
host = "imap.example.org"`, fmt.Sprintf(`[imap]
host = %q
port = %s
security = "none"`, host, port), 1)
}

// startReviewIMAP serves go-imap's in-memory server on 127.0.0.1:0 with the
// test configuration's user and a Review folder holding raw.
func startReviewIMAP(t *testing.T, raw string) string {
	t.Helper()
	mem := imapmemserver.New()
	user := imapmemserver.NewUser("ehrenamt@stadt.example", "geheim")
	for _, f := range []string{"INBOX", "Review"} {
		if err := user.Create(f, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := user.Append("Review", reviewLiteral{strings.NewReader(raw), int64(len(raw))}, &imap.AppendOptions{}); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

type reviewLiteral struct {
	io.Reader
	n int64
}

func (s reviewLiteral) Size() int64 { return s.n }

// longMail is the held mail of holdMail as it is in the mailbox: longer
// than the stored excerpt, quoted-printable, with an HTML alternative.
var longMail = "From: Lena Frage <lena@frage.example>\r\nTo: ehrenamt@stadt.example\r\n" +
	"Subject: =?utf-8?q?Frage_zur_Werkst=C3=A4tt?=\r\nDate: Thu, 10 Jul 2025 08:55:00 +0200\r\n" +
	"Message-ID: <q1@mail.example>\r\nMIME-Version: 1.0\r\n" +
	"Content-Type: multipart/alternative; boundary=b1\r\n\r\n--b1\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
	"Gibt es einen Aufzug? Dann kommen wir am 16. August zu zweit.\r\n\r\n" +
	strings.Repeat("Ein langer Absatz, damit die Mail l=C3=A4nger als der Auszug ist. ", 8) + "\r\n\r\n" +
	"Mein Mann sitzt im Rollstuhl, bitte sagen Sie uns Bescheid.\r\n\r\nViele Gr=C3=BC=C3=9Fe\r\nLena Frage\r\n" +
	"--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML-Teil</p>\r\n--b1--\r\n"

// TestReviewShowsWholeMail: review ID fetches the held mail from the
// review folder and prints its headers and whole decoded text, not the
// stored excerpt.
func TestReviewShowsWholeMail(t *testing.T) {
	f := newFixtureWith(t, imapConfig(startReviewIMAP(t, longMail)))
	holdMail(t, f, "lena@frage.example", "question", 2, "2025-08-16-1800")
	out := f.mustRun("review", "1")
	for _, want := range []string{"From:     Lena Frage <lena@frage.example>", "Subject:  Frage zur Werkstätt",
		"Date:     Do 10.07.2025 08:55", "Mein Mann sitzt im Rollstuhl", "Viele Grüße", "Reading:  Frage",
		"anmeldebot review 1 --ignore"} {
		if !strings.Contains(out, want) {
			t.Errorf("review 1 lacks %q:\n%s", want, out)
		}
	}
	for _, not := range []string{"HTML-Teil", "Note:", "=C3"} {
		if strings.Contains(out, not) {
			t.Errorf("review 1 shows %q:\n%s", not, out)
		}
	}
}

// TestReviewFallsBackToExcerpt: when the mailbox no longer holds the
// mail, or cannot be reached, review ID prints the stored excerpt with a
// one-line note why.
func TestReviewFallsBackToExcerpt(t *testing.T) {
	gone := strings.Replace(longMail, "<q1@mail.example>", "<other@mail.example>", 1)
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedAddr := closed.Addr().String()
	closed.Close()
	tests := []struct{ name, addr, note string }{
		{"not in the mailbox", startReviewIMAP(t, gone), "Note: only the stored excerpt is shown: the mail is no longer in the folders Review, Processed or INBOX"},
		{"mailbox down", closedAddr, "Note: only the stored excerpt is shown: the mailbox could not be reached"},
	}
	for _, tt := range tests {
		f := newFixtureWith(t, imapConfig(tt.addr))
		holdMail(t, f, "lena@frage.example", "question", 2, "2025-08-16-1800")
		out := f.mustRun("review", "1")
		if !strings.Contains(out, tt.note) || !strings.Contains(out, "Gibt es einen Aufzug? Dann kommen wir") {
			t.Errorf("%s: review 1 lacks the note %q or the excerpt:\n%s", tt.name, tt.note, out)
		}
	}
}
