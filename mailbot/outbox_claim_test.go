package mailbot

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"

	"anmeldebot/store"
)

// rendezvous is a Sender that holds each pass's first send until every
// pass has reached one, so the passes surely overlap (as two `poll` after
// an SMTP outage do), then sends through the real SMTP client.
type rendezvous struct {
	next  Sender
	ready *sync.WaitGroup
	once  sync.Once
}

func (r *rendezvous) Send(ctx context.Context, o Outgoing) error {
	r.once.Do(func() {
		r.ready.Done()
		done := make(chan struct{})
		go func() { r.ready.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second): // a pass found nothing left to claim
		}
	})
	return r.next.Send(ctx, o)
}

// TestSendOutboxConcurrentPasses: two outbox passes at once, each with its
// own store handle on one file (two processes), against one SMTP server:
// every mail is delivered exactly once and both reports add up to it.
func TestSendOutboxConcurrentPasses(t *testing.T) {
	const n = 40
	path := filepath.Join(t.TempDir(), "anmeldebot.db")
	now := time.Date(2025, 7, 10, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	dbs := []*store.DB{openStore(t, path), openStore(t, path)}
	err := dbs[0].Write(t.Context(), func(tx *store.Tx) error {
		for i := range n {
			_, err := tx.Enqueue(store.Mail{Kind: "booked", To: fmt.Sprintf("person%02d@beispiel.example", i),
				Subject: "Re: Anmeldung", MessageID: fmt.Sprintf("<r%02d@kaiserslautern.example>", i),
				InReplyTo: "<req@mail.example>", Text: "Sie sind angemeldet."}, now)
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sink := startSMTPSink(t, false)
	s, err := NewSender(sink.config("starttls"), testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	var ready, wg sync.WaitGroup
	ready.Add(len(dbs))
	reps := make([]SendReport, len(dbs))
	for i, db := range dbs {
		wg.Go(func() {
			var err error
			reps[i], err = SendOutbox(t.Context(), db, &rendezvous{next: s, ready: &ready}, clock, testLog(t))
			if err != nil {
				t.Errorf("pass %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	seen := map[string]int{}
	msgID := regexp.MustCompile(`(?mi)^Message-Id:\s*(\S+)`)
	for _, m := range sink.mails() {
		seen[string(msgID.FindSubmatch(m.Data)[1])]++
	}
	for id, c := range seen {
		if c != 1 {
			t.Errorf("%s delivered %d times, want once", id, c)
		}
	}
	if len(seen) != n || reps[0].Sent+reps[1].Sent != n {
		t.Errorf("%d distinct mails delivered, reports %+v; want %d in all", len(seen), reps, n)
	}
}

// TestSendOutboxLeaseExpires: a mail claimed by a sender that died is not
// sent by others while the lease runs, and is sent once it has run out.
func TestSendOutboxLeaseExpires(t *testing.T) {
	db := openStore(t, filepath.Join(t.TempDir(), "anmeldebot.db"))
	now := time.Date(2025, 7, 10, 9, 0, 0, 0, time.UTC)
	err := db.Write(t.Context(), func(tx *store.Tx) error {
		if _, err := tx.Enqueue(store.Mail{Kind: "booked", To: "erika@beispiel.example", Subject: "Re: x",
			MessageID: "<r1@kaiserslautern.example>", Text: "t"}, now); err != nil {
			return err
		}
		_, err := tx.ClaimDue(now, now.Add(claimLease), 10) // then the process died
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeSender{}
	at := func(d time.Duration) func() time.Time { return func() time.Time { return now.Add(d) } }
	if rep, err := SendOutbox(t.Context(), db, f, at(time.Minute), testLog(t)); err != nil || rep.Sent != 0 {
		t.Fatalf("pass during the lease = %+v, %v; want nothing sent", rep, err)
	}
	if rep, err := SendOutbox(t.Context(), db, f, at(claimLease+time.Second), testLog(t)); err != nil || rep.Sent != 1 {
		t.Fatalf("pass after the lease = %+v, %v; want the mail sent", rep, err)
	}
}

func openStore(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
