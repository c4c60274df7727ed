package parser

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// seedOptions are the four seed sessions in Europe/Berlin.
func seedOptions(t testing.TB) Options {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatalf("loading Europe/Berlin: %v", err)
	}
	var ss []Session
	for _, s := range []string{"2025-07-24 13:00", "2025-07-24 18:00", "2025-08-16 13:00", "2025-08-16 18:00"} {
		st, _ := time.ParseInLocation("2006-01-02 15:04", s, loc)
		ss = append(ss, Session{ID: st.Format("2006-01-02-1504"), Start: st})
	}
	return Options{Sessions: ss, Location: loc, OwnAddresses: []string{"ehrenamt@kaiserslautern.example"}}
}

// wantLabel is one line of a labels.jsonl file.
type wantLabel struct {
	File        string   `json:"file"`
	Intent      string   `json:"intent"`
	Sessions    []string `json:"sessions"`
	Any         bool     `json:"any"`
	PartySize   int      `json:"party_size"`
	HasQuestion bool     `json:"has_question"`
	Lang        string   `json:"lang"`
	Name        string   `json:"name"`
}

// findDir looks for a folder relative to the package and its parents, so
// the test finds ../../shared/corpus from any checkout depth.
func findDir(rel string) string {
	dir, _ := filepath.Abs(".")
	for i := 0; i < 6; i++ {
		p := filepath.Join(dir, rel)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		dir = filepath.Dir(dir)
	}
	return ""
}

func readLabels(t *testing.T, dir string) []wantLabel {
	t.Helper()
	var out []wantLabel
	for _, name := range []string{"labels.jsonl", "labels.json"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var l wantLabel
			if err := json.Unmarshal([]byte(line), &l); err != nil {
				t.Errorf("%s: bad label line %q: %v", name, line, err)
				continue
			}
			out = append(out, l)
		}
		return out
	}
	return out
}

// scoreSet parses every labelled mail of dir and counts field matches.
type fieldScore struct {
	n, intent, sessions, any, party, question, lang, name, exact int
	wrongBooking                                                 []string // acted on: a session the sender did not accept
	core                                                         []string // mails whose intent/sessions/any/party differ
	held, heldRight                                              int      // readings below actOn; of them core-exact
	caught                                                       []string // a wrong session in a held reading
	heldWhy                                                      []string // right readings held, with their doubt
}

// actOn is the confidence from which the mail worker acts on a reading;
// below it the reading waits for the coordinator.
const actOn = 0.6

func scoreSet(t *testing.T, dir string, opts Options) fieldScore {
	var sc fieldScore
	for _, want := range readLabels(t, dir) {
		f, err := os.Open(filepath.Join(dir, want.File))
		if err != nil {
			t.Errorf("%s: %v", want.File, err)
			continue
		}
		rd, err := Parse(f, opts)
		f.Close()
		if err != nil {
			t.Errorf("Parse(%s): %v", want.File, err)
			continue
		}
		got := rd.Label(want.File, opts)
		sc.add(want, got)
	}
	return sc
}

func (sc *fieldScore) add(want wantLabel, got Label) {
	if want.Sessions == nil {
		want.Sessions = []string{}
	}
	sc.n++
	ok := func(b bool, c *int) bool {
		if b {
			*c++
		}
		return b
	}
	i := ok(want.Intent == got.Intent, &sc.intent)
	s := ok(slices.Equal(want.Sessions, got.Sessions), &sc.sessions)
	a := ok(want.Any == got.Any, &sc.any)
	p := ok(want.PartySize == got.PartySize, &sc.party)
	q := ok(want.HasQuestion == got.HasQuestion, &sc.question)
	l := ok(want.Lang == got.Lang, &sc.lang)
	n := ok(want.Name == got.Name, &sc.name)
	if i && s && a && p && q && l && n {
		sc.exact++
	}
	if !(i && s && a && p) {
		sc.core = append(sc.core, fmt.Sprintf("%s: got %s %v any=%v party=%d, want %s %v any=%v party=%d",
			want.File, got.Intent, got.Sessions, got.Any, got.PartySize, want.Intent, want.Sessions, want.Any, want.PartySize))
	}
	sc.countBooking(want, got, i && s && a && p)
	if !(q && l && n) {
		sc.core = append(sc.core, fmt.Sprintf("%s (soft): question %v/%v lang %s/%s name %q/%q",
			want.File, got.HasQuestion, want.HasQuestion, got.Lang, want.Lang, got.Name, want.Name))
	}
}

// countBooking counts a wrong booking the way the bot would make it: a
// register or change reading it acts on (confidence at least actOn) that
// holds a session the sender did not accept. A held reading is counted
// apart, with the wrong sessions it kept from being booked.
func (sc *fieldScore) countBooking(want wantLabel, got Label, coreOK bool) {
	held := got.Confidence < actOn
	if held {
		sc.held++
		if coreOK {
			sc.heldRight++
			sc.heldWhy = append(sc.heldWhy, fmt.Sprintf("%s: held though right (%.2f): %s", want.File, got.Confidence, strings.Join(got.Evidence, " | ")))
		}
	}
	if got.Intent != "register" && got.Intent != "change" {
		return
	}
	for _, g := range got.Sessions {
		if slices.Contains(want.Sessions, g) {
			continue
		}
		msg := fmt.Sprintf("%s: %s not in %v (confidence %.2f)", want.File, g, want.Sessions, got.Confidence)
		if held {
			sc.caught = append(sc.caught, msg)
		} else {
			sc.wrongBooking = append(sc.wrongBooking, msg)
		}
	}
}

func (sc fieldScore) String() string {
	pct := func(c int) string {
		return fmt.Sprintf("%d/%d (%.1f%%)", c, sc.n, 100*float64(c)/float64(max(sc.n, 1)))
	}
	return fmt.Sprintf("intent %s, sessions %s, any %s, party_size %s, has_question %s, lang %s, name %s; all fields exact %s; wrong bookings %d (acted on); held %d (%d of them right, %d wrong sessions caught)",
		pct(sc.intent), pct(sc.sessions), pct(sc.any), pct(sc.party), pct(sc.question), pct(sc.lang), pct(sc.name), pct(sc.exact),
		len(sc.wrongBooking), sc.held, sc.heldRight, len(sc.caught))
}

// coreExact counts mails whose intent, sessions, any and party are all right.
func (sc fieldScore) coreExact() int {
	bad := 0
	for _, c := range sc.core {
		if !strings.Contains(c, "(soft)") {
			bad++
		}
	}
	return sc.n - bad
}

// TestCorpus scores the shared corpus (must be exact on the core fields
// and book nothing unasked), the dev set (threshold) and the holdout set
// (report only).
func TestCorpus(t *testing.T) {
	opts := seedOptions(t)
	dir := findDir(filepath.Join("shared", "corpus"))
	if dir == "" {
		t.Skip("shared corpus not found")
	}
	sc := scoreSet(t, dir, opts)
	t.Logf("corpus: %s", sc)
	for _, c := range sc.core {
		if strings.Contains(c, "(soft)") {
			t.Logf("%s", c)
		} else {
			t.Errorf("%s", c)
		}
	}
	for _, w := range sc.wrongBooking {
		t.Errorf("wrong booking: %s", w)
	}
	for _, h := range sc.heldWhy {
		t.Errorf("%s", h)
	}
}

// devThreshold is the share of dev mails that must be right on intent,
// sessions, any and party. Measured 100% (200/200) when raised from 0.95;
// the margin (4 mails) leaves room for new dev mails without hiding a real
// regression.
const devThreshold = 0.98

func TestDevSet(t *testing.T) {
	opts := seedOptions(t)
	dir := filepath.Join("testdata", "mails")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no dev set")
	}
	sc := scoreSet(t, dir, opts)
	if sc.n == 0 {
		t.Skip("dev set has no labels")
	}
	share := float64(sc.coreExact()) / float64(sc.n)
	t.Logf("dev: %s; core exact %d/%d (%.1f%%)", sc, sc.coreExact(), sc.n, 100*share)
	for _, c := range append(sc.core, sc.heldWhy...) {
		t.Logf("%s", c)
	}
	for _, w := range sc.wrongBooking {
		t.Errorf("wrong booking: %s", w)
	}
	if share < devThreshold {
		t.Errorf("dev core exact %.1f%% < threshold %.1f%%", 100*share, 100*devThreshold)
	}
}
