package mailbot

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"testing"
	"time"

	gomail "github.com/emersion/go-message/mail"

	"anmeldebot/config"
	"anmeldebot/internal/mailtest"
	"anmeldebot/store"
)

// These tests run the worker against the real Dovecot and Postfix of
// .ci/mailstack (skipped without ANMELDEBOT_TEST_MAILSTACK, failing under
// CI=true). Every test has its own bot mailbox and citizens.

// stackRig is a worker whose mailbox and SMTP server are the real ones.
type stackRig struct {
	env *mailtest.Env
	w   *Worker
	db  *store.DB
	bot string
	now time.Time
}

func newStackRig(t *testing.T, env *mailtest.Env) *stackRig {
	t.Helper()
	r := &stackRig{env: env, bot: env.NewUser(t, "ehrenamt", "")}
	var cfg *config.Config
	r.w, r.db = newTestWorker(t, nil, &fakeSender{}, func(c *config.Config) {
		c.IMAP = env.IMAP(r.bot)
		c.SMTP = env.SMTP("Ehrenamtskoordination Kaiserslautern <" + r.bot + ">")
		c.Bot.MaxRepliesPerHour = 50
		cfg = c
	})
	r.now = r.w.now()
	r.w.now = func() time.Time { return r.now }
	r.w.dial = func(ctx context.Context) (Mailbox, error) { return Dial(ctx, cfg.IMAP, r.w.log) }
	var err error
	if r.w.sender, err = NewSender(cfg.SMTP, r.w.log); err != nil {
		t.Fatal(err)
	}
	return r
}

// citizen is a fresh address at an invented domain.
func (r *stackRig) citizen(t *testing.T, name string) string {
	return r.env.NewUser(t, name, strings.ToLower(name)+".example")
}

// write puts a citizen's mail into the bot's inbox.
func (r *stackRig) write(t *testing.T, m citizenMail) {
	t.Helper()
	if m.ID == "" {
		m.ID = fmt.Sprintf("%d@%s", time.Now().UnixNano(), strings.SplitN(m.From, "@", 2)[1])
	}
	r.env.Append(t, r.bot, "INBOX", m.raw(r.bot))
}

func (r *stackRig) poll(t *testing.T) (CycleReport, SendReport) {
	t.Helper()
	rep, srep, err := r.w.Poll(t.Context())
	if err != nil {
		t.Fatalf("Poll: %v", err)
	}
	return rep, srep
}

// inbox waits until addr holds n mails and returns their raw texts.
func (r *stackRig) inbox(t *testing.T, addr string, n int) []string {
	t.Helper()
	var out []string
	for _, m := range r.env.WaitFor(t, addr, "INBOX", n, 20*time.Second) {
		out = append(out, string(r.env.Raw(t, addr, "INBOX", m.UID)))
	}
	return out
}

func register(from, name, subject, body string) citizenMail {
	return citizenMail{FromName: name, From: from, Subject: subject, Body: body}
}

// TestIntegrationFullSession: 15 confirmations, the 16th waitlisted and
// offered the other sessions; an out-of-office never answered; a
// cancellation (a reply to the confirmation) moves the waiting person up
// with a mail.
func TestIntegrationFullSession(t *testing.T) {
	start := time.Now()
	env := mailtest.Stack(t)
	t.Logf("waited %v for the mail stack", time.Since(start))
	r := newStackRig(t, env)
	var people []string
	for i := range 16 {
		addr := r.citizen(t, fmt.Sprintf("person%02d", i+1))
		people = append(people, addr)
		r.write(t, register(addr, fmt.Sprintf("Person %d Beispiel", i+1), "Anmeldung",
			"Guten Tag,\n\nich melde mich für den 24. Juli um 13 Uhr an.\n\nViele Grüße\n"))
	}
	ooo := r.citizen(t, "urlaub")
	r.write(t, citizenMail{FromName: "Urlaub", From: ooo, Subject: "Abwesenheitsnotiz",
		Headers: []string{"Auto-Submitted: auto-replied"}, Body: "Ich bin bis 1. August nicht erreichbar.\n"})
	start = time.Now()
	rep, srep := r.poll(t)
	t.Logf("cycle of %d mails with %d replies sent: %v", len(rep.Handled), srep.Sent, time.Since(start))
	if srep.Sent != 16 {
		t.Fatalf("sent %d, want 16 (none to the out-of-office)", srep.Sent)
	}
	first := r.inbox(t, people[0], 1)[0]
	if !strings.Contains(first, "Auto-Submitted: auto-replied") || !strings.Contains(first, "text/calendar") {
		t.Errorf("confirmation lacks Auto-Submitted or the calendar:\n%.800s", first)
	}
	last := r.inbox(t, people[15], 1)[0]
	for _, want := range []string{"Warteliste", "Position: 1", "24. Juli 2025, 18:00", "16. August 2025, 13:00"} {
		if !strings.Contains(decodedText(t, last), want) {
			t.Errorf("the 16th reply lacks %q", want)
		}
	}
	// Erika (person 1) answers her confirmation: "abmelden".
	conf := headerOf(t, first, "Message-Id")
	r.write(t, citizenMail{FromName: "Person 1 Beispiel", From: people[0], Subject: "Re: Anmeldung",
		InReplyTo: conf, Body: "abmelden\n\n> Sie sind verbindlich angemeldet\n"})
	if _, srep = r.poll(t); srep.Sent != 2 {
		t.Fatalf("cancel: sent %d, want the cancellation and the move-up", srep.Sent)
	}
	moved := r.inbox(t, people[15], 2)[1]
	if !strings.Contains(decodedText(t, moved), "nachgerückt") || headerOf(t, moved, "In-Reply-To") == "" {
		t.Errorf("move-up mail:\n%.1200s", moved)
	}
	if got := env.List(t, ooo, "INBOX"); len(got) != 0 {
		t.Errorf("the out-of-office got %d replies", len(got))
	}
}

// TestIntegrationReplyThread: "ja bitte" to the bot's own "which session"
// mail, read from the citizen's real inbox, books the one offered session.
func TestIntegrationReplyThread(t *testing.T) {
	env := mailtest.Stack(t)
	r := newStackRig(t, env)
	for _, s := range []string{sA, sB, sC} {
		phoneBookings(t, r.w, s, 15)
	}
	paul := r.citizen(t, "paul")
	r.write(t, register(paul, "Paul Kurz", "Werkstatt", "Hallo,\n\nich möchte gerne an der Werkstatt teilnehmen.\n\nPaul Kurz\n"))
	r.poll(t)
	which := r.inbox(t, paul, 1)[0]
	r.write(t, citizenMail{FromName: "Paul Kurz", From: paul, Subject: "Re: Werkstatt",
		InReplyTo: headerOf(t, which, "Message-Id"), Body: "Ja bitte!\n\nPaul\n"})
	rep, _ := r.poll(t)
	if len(rep.Handled) != 1 || !strings.Contains(rep.Handled[0].Decision.Action, "booked "+sD) {
		t.Fatalf("ja bitte: %+v", rep.Handled)
	}
	if !strings.Contains(decodedText(t, r.inbox(t, paul, 2)[1]), "16. August 2025, 18:00") {
		t.Error("the confirmation does not name the session in full")
	}
}

// TestIntegrationBigBrokenCrash: a 25 MB attachment is read while it
// streams; a broken mail is held for review and the cycle goes on; a crash
// after the decision and before the filing answers nobody twice.
func TestIntegrationBigBrokenCrash(t *testing.T) {
	env := mailtest.Stack(t)
	r := newStackRig(t, env)
	big, hanna, otto := r.citizen(t, "gross"), r.citizen(t, "hanna"), r.citizen(t, "otto")
	bigR, bigSize := bigRegistration(big, r.bot)
	env.AppendReader(t, r.bot, "INBOX", bigR, bigSize)
	r.env.Append(t, r.bot, "INBOX", []byte(strings.ReplaceAll(brokenMail, "kaputt@defekt.example", r.citizen(t, "kaputt"))))
	r.write(t, register(hanna, "Hanna Beispiel", "Anmeldung", "Ich komme am 16. August um 18 Uhr.\n\nHanna\n"))
	start := time.Now()
	rep, srep := r.poll(t)
	t.Logf("cycle with a 25 MB mail: %v", time.Since(start))
	if len(rep.Handled) != 3 || srep.Sent != 2 {
		t.Fatalf("handled %d, sent %d; want 3 and 2", len(rep.Handled), srep.Sent)
	}
	if h := rep.Handled[0]; h.Size < 25<<20 || !strings.Contains(h.Decision.Action, "booked "+sA) {
		t.Errorf("big mail: size %d, %q", h.Size, h.Decision.Action)
	}
	if h := rep.Handled[1]; h.ParseErr == nil || !h.Decision.Held || h.Dest != "Review" {
		t.Errorf("broken mail: %+v, want held in Review", h)
	}
	if n := len(env.List(t, r.bot, "Review")); n != 1 {
		t.Errorf("Review holds %d, want the broken mail", n)
	}

	// The crash: decided and committed, never filed.
	r.write(t, register(otto, "Otto Normal", "Anmeldung", "Ich komme am 24. Juli um 18 Uhr.\n"))
	ctx := t.Context()
	mb, err := r.w.dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	validity, last, _ := r.w.mailboxState(ctx, "INBOX")
	opts, _ := r.w.parseOptions(ctx)
	msgs, v, err := r.w.fetch(ctx, mb, "INBOX", last, validity, opts)
	if err != nil || len(msgs) != 1 {
		t.Fatalf("fetch: %d, %v", len(msgs), err)
	}
	if _, err := r.w.decideAll(ctx, msgs, "INBOX", v); err != nil {
		t.Fatal(err)
	}
	mb.Logout()
	rep, srep = r.poll(t)
	if len(rep.Handled) != 1 || !rep.Handled[0].Decision.Duplicate || srep.Sent != 1 {
		t.Fatalf("after the crash: %+v, sent %d", rep.Handled, srep.Sent)
	}
	if got := r.inbox(t, otto, 1); len(got) != 1 {
		t.Fatalf("otto has %d mails", len(got))
	}
	time.Sleep(500 * time.Millisecond) // a second reply would have arrived by now
	if n := len(env.List(t, otto, "INBOX")); n != 1 {
		t.Fatalf("otto got %d replies, want 1", n)
	}
}

// TestIntegrationServersDown: Dovecot restarted between cycles; Postfix
// down and up again: the outbox keeps the reply and sends it once.
func TestIntegrationServersDown(t *testing.T) {
	env := mailtest.StackExclusive(t)
	r := newStackRig(t, env)
	a, b, c := r.citizen(t, "anna"), r.citizen(t, "bert"), r.citizen(t, "clara")
	r.write(t, register(a, "Anna", "Anmeldung", "Ich komme am 24. Juli um 13 Uhr.\n"))
	r.poll(t)
	env.RestartIMAP(t)
	waitPort(t, env.Host, env.IMAPSPort)
	waitPort(t, env.Host, env.IMAPPort)
	r.write(t, register(b, "Bert", "Anmeldung", "Ich komme am 24. Juli um 18 Uhr.\n"))
	if rep, _ := r.poll(t); len(rep.Handled) != 1 {
		t.Fatalf("after the IMAP restart: %d handled, want 1", len(rep.Handled))
	}
	env.StopSMTP(t)
	r.write(t, register(c, "Clara", "Anmeldung", "Ich komme am 16. August um 13 Uhr.\n"))
	if _, srep := r.poll(t); srep.Sent != 0 || srep.Retried != 1 {
		t.Fatalf("SMTP down: %+v, want one retry", srep)
	}
	env.StartSMTP(t)
	r.now = r.now.Add(retryFirst)
	if _, srep := r.poll(t); srep.Sent != 1 {
		t.Fatalf("SMTP up again: %+v, want the kept reply sent", srep)
	}
	r.inbox(t, c, 1)
	if _, srep := r.poll(t); srep.Sent != 0 {
		t.Fatalf("a later poll sent %d", srep.Sent)
	}
	time.Sleep(500 * time.Millisecond)
	for _, p := range []string{a, b, c} {
		if n := len(env.List(t, p, "INBOX")); n != 1 {
			t.Errorf("%s got %d replies, want 1", p, n)
		}
	}
}

// waitPort waits until a restarted server accepts connections again
// (the restart script may return before Dovecot listens).
func waitPort(t *testing.T, host string, port int) {
	t.Helper()
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	deadline := time.Now().Add(15 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s does not come back: %v", addr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// headerOf returns a header of a raw mail (Message-IDs without brackets).
func headerOf(t *testing.T, raw, key string) string {
	t.Helper()
	m, err := mail.ReadMessage(strings.NewReader(raw))
	if err != nil {
		t.Fatalf("reading a received mail: %v", err)
	}
	return strings.Trim(m.Header.Get(key), "<> ")
}

// decodedText is the text/plain part of a received mail, decoded.
func decodedText(t *testing.T, raw string) string {
	t.Helper()
	mr, err := gomail.CreateReader(strings.NewReader(raw))
	if err != nil {
		t.Fatalf("reading a received mail: %v", err)
	}
	var b strings.Builder
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("reading a received mail: %v", err)
		}
		if h, ok := p.Header.(*gomail.InlineHeader); ok {
			if ct, _, _ := h.ContentType(); ct == "text/plain" {
				io.Copy(&b, p.Body)
			}
		}
	}
	return b.String()
}

// bigRegistration is a registration with a 25 MB attachment, generated while it
// is read, and its exact size.
func bigRegistration(from, to string) (io.Reader, int64) {
	head := "From: Greta =?utf-8?q?Gro=C3=9F?= <" + from + ">\r\nTo: " + to + "\r\n" +
		"Subject: Anmeldung mit Anhang\r\nDate: Wed, 09 Jul 2025 18:30:00 +0200\r\n" +
		"Message-ID: <big-" + from + ">\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"BIG\"\r\n\r\n" +
		"--BIG\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Guten Tag,\r\n\r\nich melde mich für den 24. Juli um 13 Uhr an. Anbei mein Lebenslauf.\r\n\r\nGreta\r\n" +
		"--BIG\r\nContent-Type: application/octet-stream; name=\"scan.bin\"\r\n" +
		"Content-Disposition: attachment; filename=\"scan.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
	line := strings.Repeat("QUJD", 19) + "\r\n" // 78 bytes
	lines := (25<<20)/len(line) + 1
	tail := "--BIG--\r\n"
	size := int64(len(head) + lines*len(line) + len(tail))
	body := io.LimitReader(&lineRepeater{line: line}, int64(lines*len(line)))
	return io.MultiReader(strings.NewReader(head), body, strings.NewReader(tail)), size
}

// lineRepeater reads the same line forever.
type lineRepeater struct {
	line string
	off  int
}

func (r *lineRepeater) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.line[r.off:])
		n += c
		r.off = (r.off + c) % len(r.line)
	}
	return n, nil
}
