package digest

import (
	"fmt"
	"testing"

	"anmeldebot/store"
)

// TestFailedMailReportedOnce: a refused mail is in the first digest after
// the server refused it, even when it was queued before the last digest,
// in no later digest, and in none once the coordinator settled it.
func TestFailedMailReportedOnce(t *testing.T) {
	db, cfg := fixedStore(t) // refused at 08:40: mail r1
	var late int64
	write(t, db, func(tx *store.Tx) error {
		id, err := tx.Enqueue(store.Mail{Kind: "booked", To: "spaet@beispiel.example", Subject: "Re: Anmeldung",
			MessageID: "late@stadt.example", Text: "Guten Tag"}, clock(t, cfg, "06:50"))
		if err != nil {
			return err
		}
		late = id
		return tx.MarkFailed(id, errorString("550 5.1.1 mailbox unknown"), clock(t, cfg, "07:30"))
	})
	failed := func(since string) string {
		var ids []int64
		for _, n := range build(t, db, cfg, clock(t, cfg, since), clock(t, cfg, "09:00")).Needs {
			if n.Kind == "failed" {
				ids = append(ids, n.ID)
			}
		}
		return fmt.Sprint(ids)
	}
	tests := []struct{ since, want string }{
		{"07:00", fmt.Sprint([]int64{late, 1})}, // late: queued before 07:00, refused after it
		{"08:00", "[1]"},
		{"08:45", "[]"},
	}
	for _, tt := range tests {
		if got := failed(tt.since); got != tt.want {
			t.Errorf("digest since %s lists failed mails %s, want %s", tt.since, got, tt.want)
		}
	}
	write(t, db, func(tx *store.Tx) error { return tx.DismissMail(1) })
	if got := failed("07:00"); got != fmt.Sprint([]int64{late}) {
		t.Errorf("after dismissing mail 1, digest since 07:00 lists %s, want [%d]", got, late)
	}
}
