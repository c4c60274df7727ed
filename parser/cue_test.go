package parser

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// plainCues is what reTimeCue's plain regexp returns: the reference.
func plainCues(low string) [][2]int {
	var out [][2]int
	for _, loc := range reTimeCue.re.FindAllStringIndex(low, -1) {
		out = append(out, [2]int{loc[0], loc[1]})
	}
	return out
}

// TestTimeCuesAsPlain: the split cue scan returns the spans of the whole
// pattern on every clause, line and sentence of the test mails, and on
// random text built from cue words and the bytes around them.
func TestTimeCuesAsPlain(t *testing.T) {
	check := func(s string) {
		if got, want := timeCues(s), plainCues(s); !sameSpans(got, want) {
			t.Fatalf("timeCues(%q) = %v, want %v", s, got, want)
		}
	}
	files, _ := filepath.Glob("testdata/*/*.eml")
	opts := seedOptions(t)
	for _, fn := range files {
		raw, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range append(strings.Split(string(raw), "\n"), strings.Split(string(raw), ". ")...) {
			check(fold(strings.TrimSpace(s)))
		}
		for _, low := range clauseLows(t, raw, opts) {
			check(low)
		}
	}
	bits := []string{"abend", "montag", "montage", "lunch", "sonnabend", "frueh", "spaet", "18", "uhr", "a.m.", "p.m.",
		"10:30", "o'clock", "nach der arbeit", "after work", "heute", "noon", "_", "ü", "é", " ", ",", ".", "-", "x", "7h"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 40000; n++ {
		var b strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			b.WriteString(bits[r.Intn(len(bits))])
		}
		check(b.String())
	}
}

// clauseLows parses one mail and returns the lower-cased text of its clauses.
func clauseLows(t testing.TB, raw []byte, opts Options) []string {
	m, err := readMail(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	rd := &Reading{}
	m.fillHeaderFacts(rd, opts.Location)
	a := newAnalysis(m, rd, opts, opts.Location)
	a.run()
	var out []string
	for _, ci := range a.infos {
		out = append(out, ci.low)
	}
	return out
}

// FuzzTimeCues: the split cue scan agrees with the whole pattern.
func FuzzTimeCues(f *testing.F) {
	f.Add("am montagabend um 18 uhr, lunchmontag 10 a.m.montag")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := timeCues(s), plainCues(s); !sameSpans(got, want) {
			t.Fatalf("timeCues(%q) = %v, want %v", s, got, want)
		}
	})
}

// sameSpans: equal span lists, nil and empty alike.
func sameSpans(a, b [][2]int) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}
