package store

import (
	"errors"
	"testing"
	"time"
)

// TestClaimDue: a claimed mail is neither due nor claimable again until
// its lease runs out or a result (or Release) frees it.
func TestClaimDue(t *testing.T) {
	db := newDB(t)
	lease := t0.Add(5 * time.Minute)
	claim := func(at time.Time) (ids []int64) {
		mustWrite(t, db, func(tx *Tx) error {
			ms, err := tx.ClaimDue(at, at.Add(5*time.Minute), 10)
			for _, m := range ms {
				ids = append(ids, m.ID)
			}
			return err
		})
		return ids
	}
	mustWrite(t, db, func(tx *Tx) error {
		for _, id := range []string{"<1@bot.example>", "<2@bot.example>", "<3@bot.example>"} {
			if _, err := tx.Enqueue(Mail{Kind: "booked", To: "erika@beispiel.example", Subject: "Re: x", MessageID: id, Text: "t"}, t0); err != nil {
				return err
			}
		}
		ms, err := tx.ClaimDue(t0, lease, 2)
		if err != nil || len(ms) != 2 {
			t.Fatalf("ClaimDue(limit 2) = %d mails, %v", len(ms), err)
		}
		return nil
	})
	if got := claim(t0.Add(time.Minute)); len(got) != 1 || got[0] != 3 {
		t.Fatalf("second claim = %v, want only mail 3", got)
	}
	mustWrite(t, db, func(tx *Tx) error {
		return errors.Join(tx.MarkRetry(1, errors.New("421 later"), t0.Add(time.Minute)), tx.Release(2))
	})
	if got := claim(t0.Add(time.Minute)); len(got) != 2 {
		t.Fatalf("claim after retry time and release = %v, want mails 1 and 2", got)
	}
	if got := claim(t0.Add(2 * time.Minute)); len(got) != 0 {
		t.Fatalf("claim during the leases = %v, want none", got)
	}
	if got := claim(t0.Add(7 * time.Minute)); len(got) != 3 {
		t.Fatalf("claim after the leases ran out = %v, want all three", got)
	}
}
