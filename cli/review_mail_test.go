package cli_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"anmeldebot/store"
)

// refuseMails queues n replies to a mistyped address and has the server
// refuse each for good, as the mail worker records it; ids 1..n.
func refuseMails(t *testing.T, f *fixture, n int) {
	t.Helper()
	f.mustRun("sessions") // creates the store
	db, err := store.Open(context.Background(), f.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := mustTime(t, "2025-07-10T08:00")
	err = db.Write(context.Background(), func(tx *store.Tx) error {
		for i := range n {
			id, err := tx.Enqueue(store.Mail{Kind: "booked", To: "tippfehler@beispiel.example", Subject: "Re: Anmeldung",
				MessageID: fmt.Sprintf("r%d@stadt.example", i), Text: "Sie sind angemeldet."}, now)
			if err != nil {
				return err
			}
			if err := tx.MarkFailed(id, fmt.Errorf("550 5.1.1 mailbox unknown"), now.Add(time.Minute)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestReviewFailedMail: each way of settling a refused reply does what it
// says and settles it, so it cannot be settled twice.
func TestReviewFailedMail(t *testing.T) {
	f := newFixture(t)
	refuseMails(t, f, 3)
	steps := []struct {
		args []string
		out  string
	}{
		{[]string{"--mail", "1", "--to", "Erika <erika@beispiel.example>"}, "Reply #1 queued again, to erika@beispiel.example (as #4)."},
		{[]string{"--mail", "2", "--retry"}, "Reply #2 queued again, to tippfehler@beispiel.example."},
		{[]string{"--mail", "3", "--dismiss"}, "Reply #3 to tippfehler@beispiel.example dismissed; it will not be sent."},
	}
	for _, s := range steps {
		args := append([]string{"review"}, s.args...)
		if out := f.mustRun(args...); strings.TrimSpace(out) != s.out {
			t.Errorf("%s = %q, want %q", strings.Join(args, " "), out, s.out)
		}
		if r := f.run(args...); r.code != 2 || !strings.Contains(r.stderr, "mail #") {
			t.Errorf("%s again: exit %d, stderr %q; want 2", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	var got []string
	for _, m := range queuedMails(t, f) {
		got = append(got, fmt.Sprintf("#%d:%s", m.ID, m.To))
	}
	if want := "#2:tippfehler@beispiel.example #4:erika@beispiel.example"; strings.Join(got, " ") != want {
		t.Errorf("queued = %v, want %s", got, want)
	}
}

func TestReviewFailedMailUsage(t *testing.T) {
	f := newFixture(t)
	refuseMails(t, f, 1)
	f.mustRun("review", "--mail", "1", "--retry") // now queued, not refused
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"--mail", "1"}, "exactly one of"},
		{[]string{"--mail", "1", "--retry", "--dismiss"}, "exactly one of"},
		{[]string{"--to", "a@b.example"}, "exactly one of"},
		{[]string{"--mail", "1", "--retry", "7"}, "without ID"},
		{[]string{"--mail", "1", "--to", "kein address"}, "not an address"},
		{[]string{"--mail", "99", "--dismiss"}, "no mail #99"},
		{[]string{"--mail", "1", "--dismiss"}, "mail #1 was not refused (it is queued)"},
	}
	for _, tt := range tests {
		r := f.run(append([]string{"review"}, tt.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, tt.stderr) {
			t.Errorf("review %s: exit %d, stderr %q; want 2 with %q", strings.Join(tt.args, " "), r.code, r.stderr, tt.stderr)
		}
	}
}
