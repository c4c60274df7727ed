package parser

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSessions: one named case per way of naming a session. Dates are
// Berlin local; the mail Date is given per case for relative words.
func TestSessions(t *testing.T) {
	cases := []struct {
		name, date, body string
		want             []string
	}{
		{"24.7.", "Tue, 01 Jul 2025 10:00:00 +0200", "ich melde mich für den 24.7. um 13 Uhr an.", []string{"2025-07-24T13:00"}},
		{"24.07.2025 13:00", "Tue, 01 Jul 2025 10:00:00 +0200", "Anmeldung für den 24.07.2025, 13:00 Uhr bitte.", []string{"2025-07-24T13:00"}},
		{"16.8 without dot", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich komme am 16.8 um 18 Uhr.", []string{"2025-08-16T18:00"}},
		{"16/08 1 pm", "Tue, 01 Jul 2025 10:00:00 +0200", "Please sign me up for 16/08 at 1 pm.", []string{"2025-08-16T13:00"}},
		{"am 16ten", "Tue, 29 Jul 2025 10:00:00 +0200", "Ich möchte mich für den 16ten um 18 Uhr anmelden.", []string{"2025-08-16T18:00"}},
		{"16. August", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich melde mich für den 16. August, 13 Uhr an.", []string{"2025-08-16T13:00"}},
		{"August 16th", "Tue, 01 Jul 2025 10:00:00 +0200", "I'd like to register for August 16th at 6 pm.", []string{"2025-08-16T18:00"}},
		{"18h", "Tue, 01 Jul 2025 10:00:00 +0200", "Anmeldung 24.7. 18h", []string{"2025-07-24T18:00"}},
		{"13.00 Uhr", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich komme am 16.08. um 13.00 Uhr.", []string{"2025-08-16T13:00"}},
		{"6 Uhr abends", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich möchte mich für den 24. Juli um 6 Uhr abends anmelden.", []string{"2025-07-24T18:00"}},
		{"Donnerstag", "Mon, 21 Jul 2025 10:00:00 +0200", "Ich melde mich für Donnerstag um 18 Uhr an.", []string{"2025-07-24T18:00"}},
		{"nächsten Donnerstag", "Fri, 18 Jul 2025 10:00:00 +0200", "Ich komme nächsten Donnerstag um 18 Uhr.", []string{"2025-07-24T18:00"}},
		{"next Saturday", "Sun, 10 Aug 2025 10:00:00 +0200", "I'd like to sign up for the 6 pm session next Saturday.", []string{"2025-08-16T18:00"}},
		{"morgen Abend", "Wed, 23 Jul 2025 17:00:00 +0200", "Ich würde gerne morgen Abend zur Werkstatt kommen.", []string{"2025-07-24T18:00"}},
		{"übermorgen", "Tue, 22 Jul 2025 10:00:00 +0200", "Ich würde gerne übermorgen um 13 Uhr teilnehmen.", []string{"2025-07-24T13:00"}},
		{"heute Abend", "Thu, 24 Jul 2025 08:00:00 +0200", "Ich würde gerne heute Abend um 18 Uhr dazukommen.", []string{"2025-07-24T18:00"}},
		{"diesen Samstag", "Tue, 12 Aug 2025 10:00:00 +0200", "Ich möchte mich für diesen Samstag um 13 Uhr anmelden.", []string{"2025-08-16T13:00"}},
		{"Mittagstermin", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich melde mich für den Mittagstermin am 24. Juli an.", []string{"2025-07-24T13:00"}},
		{"Abendtermin im August", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich möchte mich für den Abendtermin im August anmelden.", []string{"2025-08-16T18:00"}},
		{"späten Termin", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich möchte am 16.8. kommen, bitte den späten Termin.", []string{"2025-08-16T18:00"}},
		{"preference order", "Tue, 01 Jul 2025 10:00:00 +0200", "Am liebsten am 24.07. um 18 Uhr; falls der Termin voll ist, ginge auch der 16.08. um 18 Uhr.", []string{"2025-07-24T18:00", "2025-08-16T18:00"}},
		{"exclusion", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich würde gerne teilnehmen. Am 24. kann ich nicht, aber im August passt mir beides.", []string{"2025-08-16T13:00", "2025-08-16T18:00", "2025-08-30T13:00"}},
		{"only evenings", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich möchte mich anmelden, kann aber nur abends.", []string{"2025-07-24T18:00", "2025-08-16T18:00"}},
		{"past evening skipped", "Mon, 28 Jul 2025 10:00:00 +0200", "Ich möchte mich anmelden, kann aber nur abends.", []string{"2025-08-16T18:00"}},
		{"17. August is no session", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich möchte mich für Sonntag, 17. August, um 13 Uhr anmelden.", []string{}},
		{"phone and postcode are no dates", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich möchte mich für die Werkstatt anmelden. Tel. 0631 41238, 67663 Kaiserslautern, Raum C409.", []string{}},
		{"um 6 is asked back", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich komme am 24.7. um 9 Uhr.", []string{}},
		{"fifth session", "Tue, 01 Jul 2025 10:00:00 +0200", "Ich melde mich für den 30. August um 13 Uhr an.", []string{"2025-08-30T13:00"}},
	}
	opts := seedOptions(t)
	st, _ := time.ParseInLocation("2006-01-02 15:04", "2025-08-30 13:00", opts.Location)
	opts.Sessions = append(opts.Sessions, Session{ID: "2025-08-30-1300", Start: st})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rd := mustParse(t, testMail("Anna Beispiel <anna@mail.example>", "Werkstatt", c.date, c.body), opts)
			got := rd.Label("x", opts).Sessions
			if !slices.Equal(got, c.want) {
				t.Errorf("Parse(%q).Sessions = %v, want %v (intent %s)", c.body, got, c.want, rd.Intent)
			}
		})
	}
}

// TestIntents: one named case per intent phrase.
func TestIntents(t *testing.T) {
	cases := []struct {
		name, subject, body string
		want                Intent
	}{
		{"register", "Anmeldung", "Hiermit melde ich mich für den 24.7. um 13 Uhr an.", IntentRegister},
		{"register no session", "Anmeldung", "Ich möchte mich für die Werkstatt anmelden.", IntentRegister},
		{"abmelden", "Abmeldung", "Ich muss mich leider für den 24.7. um 13 Uhr abmelden.", IntentCancel},
		{"absagen", "Werkstatt", "Leider muss ich für Samstag, 13 Uhr, absagen.", IntentCancel},
		{"stornieren", "Werkstatt", "Bitte stornieren Sie meine Anmeldung für den 16.8.", IntentCancel},
		{"cancel en", "Workshop", "Unfortunately I have to cancel my registration for July 24.", IntentCancel},
		{"umbuchen", "Werkstatt", "Ich bin für den 16.08. um 13 Uhr angemeldet. Könnten Sie mich auf 18 Uhr umbuchen?", IntentChange},
		{"stattdessen", "Werkstatt", "Ich bin für Samstag, 18 Uhr, angemeldet. Könnte ich stattdessen um 13 Uhr kommen?", IntentChange},
		{"question parking", "Frage", "Gibt es am Rathaus Nord Parkplätze für die Werkstatt?", IntentQuestion},
		{"question permission", "Frage", "Darf ich an der Werkstatt teilnehmen, wenn ich nicht in Kaiserslautern wohne?", IntentQuestion},
		{"conditional registration", "Frage", "Ist der Raum barrierefrei? Wenn ja, würde ich mich gerne für die Werkstatt anmelden.", IntentQuestion},
		{"thank you", "Danke", "Vielen Dank für die tolle Werkstatt am Donnerstagabend!", IntentOther},
		{"misdirected", "Hundesteuer", "Hiermit melde ich unseren Hund von der Hundesteuer ab.", IntentOther},
		{"spam", "Offer", "Would you be interested in a free SEO audit? Just reply YES.", IntentOther},
		{"egal wann", "Anmeldung", "Uns ist es egal wann, wir sind flexibel.", IntentRegister},
	}
	opts := seedOptions(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rd := mustParse(t, testMail("Anna Beispiel <anna@mail.example>", c.subject, "Tue, 01 Jul 2025 10:00:00 +0200", c.body), opts)
			if rd.Intent != c.want {
				t.Errorf("Parse(%q).Intent = %s, want %s (evidence %q)", c.body, rd.Intent, c.want, rd.Evidence)
			}
		})
	}
}

// TestCaseFiles parses the small .eml files in testdata/cases, each
// named after what it shows, with the expected reading in its X-Test-Want
// header ("intent sessions..."), so a case is one self-contained file.
func TestCaseFiles(t *testing.T) {
	opts := seedOptions(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "cases", "*.eml"))
	for _, fn := range files {
		t.Run(filepath.Base(fn), func(t *testing.T) {
			raw, err := os.ReadFile(fn)
			if err != nil {
				t.Fatal(err)
			}
			want := wantHeader(string(raw))
			rd, err := Parse(bytes.NewReader(raw), opts)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got := strings.TrimSpace(string(rd.Intent) + " " + strings.Join(rd.Label("", opts).Sessions, " "))
			if got != want {
				t.Errorf("Parse(%s) = %q, want %q (evidence %q)", fn, got, want, rd.Evidence)
			}
		})
	}
}

func wantHeader(raw string) string {
	for _, l := range strings.Split(raw, "\n") {
		if v, ok := strings.CutPrefix(l, "X-Test-Want:"); ok {
			return strings.TrimSpace(v)
		}
		if strings.TrimSpace(l) == "" {
			break
		}
	}
	return ""
}

// TestHeaderFacts checks the facts the mail worker needs.
func TestHeaderFacts(t *testing.T) {
	raw := "From: =?UTF-8?Q?M=C3=BCller=2C_J=C3=BCrgen?= <J.Mueller@Mail.example>\r\n" +
		"Reply-To: other@mail.example\r\nSubject: =?ISO-8859-1?Q?Anmeldung_f=FCr_den_24=2E_Juli?=\r\n" +
		"Date: Tue, 08 Jul 2025 18:05:37 +0200\r\nMessage-ID: <abc@mail.example>\r\n" +
		"In-Reply-To: <ask-1@kaiserslautern.example>\r\nReferences: <x@mail.example>\r\n <ask-1@kaiserslautern.example>\r\n" +
		"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		"Ich m=F6chte mich f=FCr den 24. Juli um 13 Uhr anmelden.\r\n\r\nGr=FC=DFe\r\nJ=FCrgen M=FCller\r\n"
	opts := seedOptions(t)
	rd := mustParse(t, raw, opts)
	checks := []struct{ name, got, want string }{
		{"MessageID", rd.MessageID, "abc@mail.example"},
		{"InReplyTo", rd.InReplyTo, "ask-1@kaiserslautern.example"},
		{"References", strings.Join(rd.References, " "), "x@mail.example ask-1@kaiserslautern.example"},
		{"Subject", rd.Subject, "Anmeldung für den 24. Juli"},
		{"FromAddr", rd.FromAddr, "j.mueller@mail.example"},
		{"FromName", rd.FromName, "Müller, Jürgen"},
		{"ReplyToAddr", rd.ReplyToAddr, "other@mail.example"},
		{"Name", rd.Name, "Jürgen Müller"},
		{"Date", rd.Date.Format(time.RFC3339), "2025-07-08T18:05:37+02:00"},
		{"Sessions", strings.Join(rd.Sessions, " "), "2025-07-24-1300"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

// TestAuto: machine mail is never read as a person's, and the reverse.
func TestAuto(t *testing.T) {
	person := "Ich melde mich für den 24.7. um 13 Uhr an."
	cases := []struct {
		name, extra, from, subject string
		auto                       bool
	}{
		{"auto-submitted", "Auto-Submitted: auto-replied\r\n", "a@mail.example", "Re: Werkstatt", true},
		{"auto-submitted no", "Auto-Submitted: no\r\n", "a@mail.example", "Werkstatt", false},
		{"x-autoreply", "X-Autoreply: yes\r\n", "a@mail.example", "Werkstatt", true},
		{"precedence bulk", "Precedence: bulk\r\n", "a@mail.example", "Werkstatt", true},
		{"list-id", "List-Id: <news.example>\r\n", "a@mail.example", "Werkstatt", true},
		{"mailer-daemon", "", "MAILER-DAEMON@mx.example", "Werkstatt", true},
		{"noreply", "", "noreply@booking.example", "Werkstatt", true},
		{"own address", "", "ehrenamt@kaiserslautern.example", "Werkstatt", true},
		{"out of office subject", "", "a@mail.example", "Out of Office: Erinnerung", true},
		{"abwesenheitsnotiz", "", "a@mail.example", "Abwesenheitsnotiz", true},
		{"automatische antwort", "", "a@mail.example", "Automatische Antwort: Werkstatt", true},
		{"person with absence word", "", "a@mail.example", "Abwesend am 24.7. – Anmeldung 16.8.", false},
		{"person", "", "a@mail.example", "Anmeldung", false},
	}
	opts := seedOptions(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			raw := c.extra + testMail(c.from, c.subject, "Tue, 01 Jul 2025 10:00:00 +0200", person)
			rd := mustParse(t, raw, opts)
			if (rd.Intent == IntentAuto) != c.auto {
				t.Errorf("Parse(%s).Intent = %s (%s), want auto=%v", c.name, rd.Intent, rd.AutoReason, c.auto)
			}
		})
	}
}

// TestBrokenHeader: only unreadable headers are errors.
func TestBrokenHeader(t *testing.T) {
	opts := seedOptions(t)
	if _, err := Parse(strings.NewReader("this is not a header\r\nnor this\r\n"), opts); err == nil {
		t.Errorf("Parse(garbage) = nil error, want an error")
	}
	raw := "From: a@mail.example\r\nContent-Type: text/plain; charset=x-unknown-9\r\n\r\nIch melde mich für den 24.7. um 13 Uhr an.\r\n"
	rd, err := Parse(strings.NewReader(raw), opts)
	if err != nil {
		t.Fatalf("Parse(unknown charset) error %v, want a reading", err)
	}
	if rd.Confidence >= 0.6 {
		t.Errorf("unknown charset: confidence %.2f, want < 0.6", rd.Confidence)
	}
}

// TestLargeAttachment: a 25 MB attachment is streamed, not kept.
func TestLargeAttachment(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("From: a@mail.example\r\nSubject: Anmeldung\r\nDate: Tue, 01 Jul 2025 10:00:00 +0200\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n--XX\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nIch melde mich für den 24.7. um 13 Uhr an.\r\n--XX\r\n" +
		"Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"big.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n")
	chunk := make([]byte, 57)
	for i := range chunk {
		chunk[i] = byte(i * 7)
	}
	line := base64.StdEncoding.EncodeToString(chunk) + "\r\n"
	for b.Len() < 25<<20 {
		b.WriteString(line)
	}
	b.WriteString("--XX--\r\n")
	raw := b.Bytes()
	opts := seedOptions(t)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rd, err := Parse(bytes.NewReader(raw), opts)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	extra := after.TotalAlloc - before.TotalAlloc
	t.Logf("25 MB attachment: %.2f MB allocated while parsing", float64(extra)/(1<<20))
	if extra > 10<<20 {
		t.Errorf("parsing allocated %d bytes, want < 10 MB", extra)
	}
	if len(rd.Sessions) != 1 {
		t.Errorf("Sessions = %v, want the 24.7. 13:00 session", rd.Sessions)
	}
}

// FuzzParse: any bytes, no panic, bounded time.
func FuzzParse(f *testing.F) {
	if dir := findDir(filepath.Join("shared", "corpus")); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
		for _, fn := range files[:min(len(files), 30)] {
			if raw, err := os.ReadFile(fn); err == nil {
				f.Add(raw)
			}
		}
	}
	f.Add([]byte("From: a@b\r\n\r\nam 24.7. um 13 Uhr"))
	opts := seedOptions(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		start := time.Now()
		rd, err := Parse(bytes.NewReader(raw), opts)
		if err == nil && rd == nil {
			t.Fatal("nil reading without error")
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("Parse took %v", d)
		}
	})
}

// BenchmarkParse parses the whole corpus per iteration; mails/s is reported.
func BenchmarkParse(b *testing.B) {
	dir := findDir(filepath.Join("shared", "corpus"))
	if dir == "" {
		b.Skip("corpus not found")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	var mails [][]byte
	for _, fn := range files {
		raw, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		mails = append(mails, raw)
	}
	opts := seedOptions(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, raw := range mails {
			if _, err := Parse(bytes.NewReader(raw), opts); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(mails))/b.Elapsed().Seconds(), "mails/s")
}
