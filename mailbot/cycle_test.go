package mailbot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"anmeldebot/config"
	"anmeldebot/store"
)

// loopRig is a worker on go-imap's in-memory server and a go-smtp sink.
type loopRig struct {
	w    *Worker
	db   *store.DB
	im   *loopIMAP
	sink *loopSMTP
}

func newLoopRig(t *testing.T) *loopRig {
	t.Helper()
	im, err := startLoopIMAP("ehrenamt@kaiserslautern.example", "test")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { im.close() })
	sink, err := startLoopSMTP()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sink.close() })
	var cfg *config.Config
	w, db := newTestWorker(t, nil, &fakeSender{}, func(c *config.Config) {
		c.IMAP, c.SMTP = im.config(c.IMAP), sink.config(c.SMTP)
		cfg = c
	})
	// the real dialer and sender, now that the config names the servers
	w.dial = func(ctx context.Context) (Mailbox, error) { return Dial(ctx, cfg.IMAP, w.log) }
	if w.sender, err = NewSender(cfg.SMTP, w.log); err != nil {
		t.Fatal(err)
	}
	return &loopRig{w: w, db: db, im: im, sink: sink}
}

func (r *loopRig) deliver(t *testing.T, mails ...citizenMail) {
	t.Helper()
	for _, m := range mails {
		if err := r.im.deliver("INBOX", m.raw("ehrenamt@kaiserslautern.example")); err != nil {
			t.Fatal(err)
		}
	}
}

func (r *loopRig) deliverRaw(t *testing.T, raw string) {
	t.Helper()
	if err := r.im.deliver("INBOX", []byte(raw)); err != nil {
		t.Fatal(err)
	}
}

func (r *loopRig) counts(t *testing.T) (inbox, processed, review int) {
	t.Helper()
	var err error
	for _, f := range []struct {
		n    *int
		name string
	}{{&inbox, "INBOX"}, {&processed, "Processed"}, {&review, "Review"}} {
		if *f.n, err = r.im.count(f.name); err != nil {
			t.Fatal(err)
		}
	}
	return
}

func (r *loopRig) poll(t *testing.T) (CycleReport, SendReport) {
	t.Helper()
	rep, srep, err := r.w.Poll(t.Context())
	if err != nil {
		t.Fatalf("Poll: %v", err)
	}
	return rep, srep
}

// brokenMail has a broken header: the parser cannot read it as a mail.
const brokenMail = "From: Kaputt <kaputt@defekt.example>\r\nthis line has no colon\r\nSubject: broken\r\n\r\nAnmeldung 24. Juli\r\n"

// TestCycleFilesAndAnswers: every mail is answered or not as it should
// be and filed where it belongs; a second poll finds nothing and sends
// nothing. (The in-memory server cannot store a broken mail; the
// integration test covers it on Dovecot.)
func TestCycleFilesAndAnswers(t *testing.T) {
	r := newLoopRig(t)
	r.deliver(t, demoErika, demoJohn, demoMax, demoHanna, demoPaul)
	rep, srep := r.poll(t)
	if len(rep.Handled) != 5 || srep.Sent != 4 {
		t.Fatalf("poll: %d handled, %d sent; want 5 and 4 (no reply to the out-of-office)", len(rep.Handled), srep.Sent)
	}
	if in, p, rv := r.counts(t); in != 0 || p != 4 || rv != 1 {
		t.Errorf("folders: inbox %d processed %d review %d; want 0, 4, 1", in, p, rv)
	}
	for _, m := range r.sink.received() {
		if m.To[0] == demoMax.From {
			t.Errorf("the out-of-office was answered")
		}
		s := string(m.Data)
		if !strings.Contains(s, "Auto-Submitted: auto-replied") || !strings.Contains(s, "In-Reply-To: <") {
			t.Errorf("reply to %v lacks Auto-Submitted or In-Reply-To:\n%s", m.To, s[:min(len(s), 600)])
		}
	}
	rep, srep = r.poll(t)
	if len(rep.Handled) != 0 || srep.Sent != 0 {
		t.Fatalf("second poll: %d handled, %d sent; want nothing", len(rep.Handled), srep.Sent)
	}
}

// TestCycleCrashAfterCommit: a crash after the decision but before the
// filing refetches the mails, finds them handled, only files them, and
// nobody is answered twice. The same holds after a UIDVALIDITY change.
func TestCycleCrashAfterCommit(t *testing.T) {
	r := newLoopRig(t)
	r.deliver(t, demoErika, demoOtto)
	ctx := t.Context()
	mb, err := r.w.dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts, _ := r.w.parseOptions(ctx)
	msgs, validity, err := r.w.fetch(ctx, mb, "INBOX", 0, 0, opts)
	if err != nil || len(msgs) != 2 {
		t.Fatalf("fetch: %d, %v", len(msgs), err)
	}
	if _, err := r.w.decideAll(ctx, msgs, "INBOX", validity); err != nil {
		t.Fatal(err)
	}
	mb.Logout() // the "crash": nothing filed, last UID not advanced
	rep, srep := r.poll(t)
	if len(rep.Handled) != 2 || !rep.Handled[0].Decision.Duplicate || !rep.Handled[1].Decision.Duplicate {
		t.Fatalf("after the crash: %+v, want two duplicates", rep.Handled)
	}
	if srep.Sent != 2 || len(r.sink.received()) != 2 {
		t.Fatalf("sent %d (sink %d), want the 2 replies once", srep.Sent, len(r.sink.received()))
	}
	if in, p, _ := r.counts(t); in != 0 || p != 2 {
		t.Fatalf("inbox %d processed %d, want 0 and 2", in, p)
	}

	// UIDVALIDITY change: the stored state no longer fits; an old mail
	// shows up again among a new one.
	if err := r.db.Write(ctx, func(tx *store.Tx) error { return tx.SetLastUID("INBOX", validity+1000, 99) }); err != nil {
		t.Fatal(err)
	}
	r.deliver(t, demoErika, demoJohn)
	rep, srep = r.poll(t)
	if len(rep.Handled) != 2 || !rep.Handled[0].Decision.Duplicate || rep.Handled[1].Decision.Duplicate || srep.Sent != 1 {
		t.Fatalf("after UIDVALIDITY change: %+v, sent %d; want Erika skipped, John answered", rep.Handled, srep.Sent)
	}
}

// TestSendOutboxRetry: a temporary refusal is retried with backoff, a
// permanent one is failed for the digest, a server that is down loses
// nothing, and nothing is sent twice.
func TestSendOutboxRetry(t *testing.T) {
	r := newLoopRig(t)
	now := r.w.now()
	r.w.now = func() time.Time { return now }
	r.sink.refuse = func(string) error {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try later"}
	}
	r.deliver(t, demoErika)
	_, srep := r.poll(t)
	if srep.Retried != 1 || srep.Sent != 0 {
		t.Fatalf("451: %+v, want one retry", srep)
	}
	if _, srep = r.poll(t); srep.Retried != 0 {
		t.Fatalf("retried again before the backoff: %+v", srep)
	}
	r.sink.refuse = nil
	now = now.Add(retryFirst)
	if _, srep = r.poll(t); srep.Sent != 1 {
		t.Fatalf("after the backoff: %+v, want sent", srep)
	}

	r.sink.refuse = func(string) error {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
	}
	r.deliver(t, demoOtto)
	if _, srep = r.poll(t); srep.Failed != 1 {
		t.Fatalf("550: %+v, want failed", srep)
	}
	var failed []store.Mail
	r.db.Read(t.Context(), func(tx *store.Tx) (err error) { failed, err = tx.MailsByState(store.MailFailed); return })
	if len(failed) != 1 || failed[0].To != demoOtto.From {
		t.Fatalf("failed mails = %+v", failed)
	}

	r.sink.refuse = nil
	r.sink.close() // the server goes down
	r.deliver(t, demoJohn)
	if _, _, err := r.w.Poll(t.Context()); err != nil {
		t.Fatalf("poll with SMTP down: %v (a down server is no error of the poll)", err)
	}
	var queued []store.Mail
	r.db.Read(t.Context(), func(tx *store.Tx) (err error) { queued, err = tx.MailsByState(store.MailQueued); return })
	if len(queued) != 1 || queued[0].Attempts != 1 {
		t.Fatalf("queued while down = %+v, want John's reply kept", queued)
	}
	if got := backoff(0); got != time.Minute {
		t.Errorf("backoff(0) = %v", got)
	}
	if got := backoff(10); got != time.Hour {
		t.Errorf("backoff(10) = %v, want the 1h cap", got)
	}
}
