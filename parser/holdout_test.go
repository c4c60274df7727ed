package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// TestHoldout scores the first holdout set. It was read once its score
// was known, so it is development data now: a wrong booking fails, like on
// the dev set, and the per-file misses are listed.
func TestHoldout(t *testing.T) {
	sc, ok := scoreDir(t, filepath.Join("testdata", "holdout"))
	if !ok {
		return
	}
	for _, w := range sc.wrongBooking {
		t.Errorf("wrong booking: %s", w)
	}
	if share := float64(sc.coreExact()) / float64(sc.n); share < holdoutThreshold {
		t.Errorf("holdout core exact %.1f%% < threshold %.1f%%", 100*share, 100*holdoutThreshold)
	}
}

// holdoutThreshold guards the first holdout set like devThreshold the dev
// set. It was 83.8% unseen; 100% (80/80) after its misses were fixed with
// general rules, so the bar is kept below that.
const holdoutThreshold = 0.95

// TestHoldout2 guards the second holdout set. It scored 85.0% core exact
// unseen with 3 wrong bookings; it became development data once read, its
// misses were fixed with general rules (100%, 80/80), so like the first set
// it fails on any acted-on wrong booking and below holdoutThreshold.
func TestHoldout2(t *testing.T) {
	sc, ok := scoreDir(t, filepath.Join("testdata", "holdout2"))
	if !ok {
		return
	}
	for _, w := range sc.wrongBooking {
		t.Errorf("wrong booking: %s", w)
	}
	if share := float64(sc.coreExact()) / float64(sc.n); share < holdoutThreshold {
		t.Errorf("holdout2 core exact %.1f%% < threshold %.1f%%", 100*share, 100*holdoutThreshold)
	}
}

// TestHoldout3 guards the third holdout set. It scored 82.0% core exact
// unseen with 3 acted-on wrong bookings; once read it became development
// data and its misses were fixed with general rules (100%, 100/100), so it
// fails on any acted-on wrong booking and below holdoutThreshold.
func TestHoldout3(t *testing.T) {
	sc, ok := scoreDir(t, filepath.Join("testdata", "holdout3"))
	if !ok {
		return
	}
	for _, w := range sc.wrongBooking {
		t.Errorf("wrong booking: %s", w)
	}
	if share := float64(sc.coreExact()) / float64(sc.n); share < holdoutThreshold {
		t.Errorf("holdout3 core exact %.1f%% < threshold %.1f%%", 100*share, 100*holdoutThreshold)
	}
}

// TestHoldout4 guards the fourth holdout sets (4a German-heavy, 4b half
// English). Unseen they scored 83% and 80% core exact with 5 and 7 acted-on
// wrong bookings; once read they became development data, so any acted-on
// wrong booking fails. Their core-exact share is still below
// holdoutThreshold after the general fixes, so their own bar sits just
// under the measured share to catch regressions without hiding them.
func TestHoldout4(t *testing.T) {
	for _, name := range []string{"holdout4a", "holdout4b"} {
		t.Run(name, func(t *testing.T) {
			sc, ok := scoreDir(t, filepath.Join("testdata", name))
			if !ok {
				return
			}
			for _, w := range sc.wrongBooking {
				t.Errorf("wrong booking: %s", w)
			}
			if share := float64(sc.coreExact()) / float64(sc.n); share < holdout4Threshold {
				t.Errorf("%s core exact %.1f%% < threshold %.1f%%", name, 100*share, 100*holdout4Threshold)
			}
		})
	}
}

// holdout4Threshold is below the measured share of both holdout4 sets
// (89% and 92% after the fixes), leaving room for a few mails.
const holdout4Threshold = 0.85

// TestHoldout5 guards the fifth holdout sets. Unseen they scored 85% (5a)
// and 74% (5b) core exact with 4 and 3 acted-on wrong bookings; once read
// they became development data, so any acted-on wrong booking fails. Each
// set's bar sits a few points under its share measured after the session
// fixes (87% and 76% with the intent rules as committed then), to catch
// regressions without hiding them.
func TestHoldout5(t *testing.T) {
	for name, bar := range map[string]float64{"holdout5a": 0.84, "holdout5b": 0.73} {
		t.Run(name, func(t *testing.T) {
			sc, ok := scoreDir(t, filepath.Join("testdata", name))
			if !ok {
				return
			}
			for _, w := range sc.wrongBooking {
				t.Errorf("wrong booking: %s", w)
			}
			if share := float64(sc.coreExact()) / float64(sc.n); share < bar {
				t.Errorf("%s core exact %.1f%% < threshold %.1f%%", name, 100*share, 100*bar)
			}
		})
	}
}

// TestHoldout6 fails on any acted-on wrong booking and below 97% core exact
// for every holdout6* folder. The set scored 88.3% with one acted-on wrong
// booking (r069) when it was first read; it is development data since, and
// the rules fixed from its misses bring it to 99.2% (119/120), so that
// number says nothing about unseen mail. The bar sits a little under it to
// catch regressions without hiding them.
func TestHoldout6(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "holdout6*"))
	if len(dirs) == 0 {
		t.Skip("no holdout6* set")
	}
	for _, d := range dirs {
		t.Run(filepath.Base(d), func(t *testing.T) {
			sc, ok := scoreDir(t, d)
			if !ok {
				return
			}
			for _, w := range sc.wrongBooking {
				t.Errorf("wrong booking: %s", w)
			}
			if share := float64(sc.coreExact()) / float64(sc.n); share < 0.97 {
				t.Errorf("%s core exact %.1f%% < threshold 97%%", filepath.Base(d), 100*share)
			}
		})
	}
}

// TestHoldout7 only reports, for every holdout7* folder present: those sets
// are not read while developing, so their score stays a measure of mail
// nobody has tuned the rules on.
func TestHoldout7(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "holdout7*"))
	if len(dirs) == 0 {
		t.Skip("no holdout7* set")
	}
	for _, d := range dirs {
		t.Run(filepath.Base(d), func(t *testing.T) { scoreDir(t, d) })
	}
}

// scoreDir scores one labelled folder and logs its score and misses; false
// when the folder or its labels are missing.
func scoreDir(t *testing.T, dir string) (fieldScore, bool) {
	t.Helper()
	opts := seedOptions(t)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no %s", dir)
		return fieldScore{}, false
	}
	sc := scoreSet(t, dir, opts)
	if sc.n == 0 {
		t.Skipf("%s has no labels", dir)
		return sc, false
	}
	t.Logf("%s: %s; core exact %d/%d (%.1f%%)", filepath.Base(dir), sc, sc.coreExact(), sc.n, 100*float64(sc.coreExact())/float64(sc.n))
	for _, c := range sc.core {
		t.Logf("%s", c)
	}
	for _, w := range sc.wrongBooking {
		t.Logf("acted-on wrong booking: %s", w)
	}
	for _, c := range sc.caught {
		t.Logf("held, not booked: %s", c)
	}
	for _, h := range sc.heldWhy {
		t.Logf("%s", h)
	}
	return sc, true
}
