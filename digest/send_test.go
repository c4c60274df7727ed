package digest

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"anmeldebot/store"
)

func lastDigest(t *testing.T, db *store.DB) time.Time {
	t.Helper()
	var at time.Time
	err := db.Read(context.Background(), func(tx *store.Tx) error {
		var err error
		at, err = tx.LastDigest()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return at
}

// TestSendNowRecordsOnlyAfterSending: a failed send records nothing, so
// the next digest covers the period again; a sent one records its time.
func TestSendNowRecordsOnlyAfterSending(t *testing.T) {
	db, cfg := fixedStore(t)
	log := slog.New(slog.DiscardHandler)
	now := clock(t, cfg, "09:00")
	down := func(context.Context, Mail) error { return errors.New("smtp down") }
	if _, err := SendNow(context.Background(), db, cfg, down, log, now); err == nil {
		t.Fatal("SendNow with a failing sender: no error")
	}
	if at := lastDigest(t, db); !at.IsZero() {
		t.Errorf("after a failed send the digest time is %v, want none", at)
	}
	var got []Mail
	up := func(_ context.Context, m Mail) error { got = append(got, m); return nil }
	if sent, err := SendNow(context.Background(), db, cfg, up, log, now); err != nil || !sent {
		t.Fatalf("SendNow = %v, %v", sent, err)
	}
	if at := lastDigest(t, db); !at.Equal(now) {
		t.Errorf("digest time = %v, want %v", at, now)
	}
	m := got[0]
	if m.To != "koordination@stadt.example" || m.HTML == "" || len(m.Attachments) != 1 ||
		!strings.HasSuffix(m.MessageID, "@stadt.example") || !strings.HasPrefix(string(m.Attachments[0].Data), "\uFEFF") {
		t.Errorf("sent digest = to %q, message-id %q, %d attachments; want to [digest].to with HTML and the CSV", m.To, m.MessageID, len(m.Attachments))
	}
}

// TestSendNowEmpty: a quiet period sends a short digest with the
// occupancy, unless [digest].send_empty is off.
func TestSendNowEmpty(t *testing.T) {
	for _, sendEmpty := range []bool{true, false} {
		cfg := loadConfig(t, testConfig)
		cfg.Digest.SendEmpty = &sendEmpty
		db := openDB(t, cfg, clock(t, cfg, "06:00"))
		var got []Mail
		up := func(_ context.Context, m Mail) error { got = append(got, m); return nil }
		sent, err := SendNow(context.Background(), db, cfg, up, slog.New(slog.DiscardHandler), clock(t, cfg, "07:00"))
		if err != nil {
			t.Fatal(err)
		}
		if sent != sendEmpty || len(got) != map[bool]int{true: 1, false: 0}[sendEmpty] {
			t.Errorf("send_empty = %v: sent %v, %d mails", sendEmpty, sent, len(got))
		}
		if sendEmpty && !strings.Contains(got[0].Text, "BELEGUNG") {
			t.Errorf("empty digest has no occupancy:\n%s", got[0].Text)
		}
	}
}
