package templates

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden renders every kind × language with the sample data and
// compares subject+text and HTML with testdata/<lang>/<kind>.txt|.html.
func TestGolden(t *testing.T) {
	set := mustLoad(t, "")
	for _, lang := range Langs {
		for _, k := range Kinds {
			t.Run(lang+"/"+string(k), func(t *testing.T) {
				m, err := set.Render(k, sampleData(k, lang))
				if err != nil {
					t.Fatalf("Render(%s, %s): %v", k, lang, err)
				}
				base := filepath.Join("testdata", lang, string(k))
				golden(t, base+".txt", "Subject: "+m.Subject+"\n\n"+m.Text)
				golden(t, base+".html", m.HTML)
			})
		}
	}
}

// TestGoldenBookedChosen pins the booked reply for a mail that accepted
// several sessions (Data.Chosen): it says the first with room was taken
// and how to ask for another, in place of the plain "another date" line.
func TestGoldenBookedChosen(t *testing.T) {
	set := mustLoad(t, "")
	for _, lang := range Langs {
		d := sampleData(KindBooked, lang)
		d.Chosen = true
		m, err := set.Render(KindBooked, d)
		if err != nil {
			t.Fatalf("Render(booked, %s, chosen): %v", lang, err)
		}
		base := filepath.Join("testdata", lang, "booked-chosen")
		golden(t, base+".txt", "Subject: "+m.Subject+"\n\n"+m.Text)
		golden(t, base+".html", m.HTML)
	}
}

// TestGoldenICS pins the calendar file of a booking byte for byte.
func TestGoldenICS(t *testing.T) {
	set := mustLoad(t, "")
	m, err := set.Render(KindBooked, sampleData(KindBooked, "de"))
	if err != nil {
		t.Fatal(err)
	}
	golden(t, filepath.Join("testdata", "booked.ics"), string(m.ICS))
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test -update): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run go test ./templates -update to accept)\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
}

func mustLoad(t *testing.T, dir string) *Set {
	t.Helper()
	set, err := Load(dir)
	if err != nil {
		t.Fatalf("Load(%q): %v", dir, err)
	}
	return set
}
