package digest

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"anmeldebot/config"
	"anmeldebot/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// build reads a digest from db for the period since..now.
func build(t *testing.T, db *store.DB, cfg *config.Config, since, now time.Time) Digest {
	t.Helper()
	var d Digest
	err := db.Read(context.Background(), func(tx *store.Tx) error {
		var err error
		d, err = Build(tx, cfg, since, now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./digest -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test ./digest -update rewrites it); got:\n%s", name, got)
	}
}

func TestDigestGolden(t *testing.T) {
	db, cfg := fixedStore(t)
	d := build(t, db, cfg, clock(t, cfg, "07:00"), clock(t, cfg, "09:00"))
	m, err := Render(d)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "digest.subject.txt", m.Subject+"\n")
	golden(t, "digest.txt", m.Text)
	golden(t, "digest.html", m.HTML)
	if len(m.Attachments) != 1 {
		t.Fatalf("Render: %d attachments, want the participant CSV", len(m.Attachments))
	}
	golden(t, "participants.csv", string(m.Attachments[0].Data))
}

// TestDigestGoldenEmpty is the short digest of a quiet day: occupancy only.
func TestDigestGoldenEmpty(t *testing.T) {
	db, cfg := fixedStore(t)
	write(t, db, func(tx *store.Tx) error {
		held, err := tx.HeldMessages()
		for _, m := range held {
			err = tx.ResolveMessage(m.ID, "ignored", clock(t, cfg, "08:50"))
		}
		return err
	})
	d := build(t, db, cfg, clock(t, cfg, "09:00"), clock(t, cfg, "10:00"))
	if !d.Empty() {
		t.Fatalf("digest after a quiet hour: Empty() = false, events %v, needs %v", d.Events, d.Needs)
	}
	m, err := Render(d)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "empty.subject.txt", m.Subject+"\n")
	golden(t, "empty.txt", m.Text)
}
