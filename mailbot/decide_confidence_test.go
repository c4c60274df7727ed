package mailbot

import (
	"math"
	"strings"
	"testing"
)

// TestDecideConfidenceBoundary: min_confidence = 0.6 (as read from TOML)
// holds readings below it and acts on a reading of exactly 0.6, also
// when the parser reaches 0.6 by its own arithmetic (it starts at 0.9 and
// takes off 0.1, 0.15, 0.3 or 0.4 per doubt; those sums land on the
// float64 0.6 exactly, not a hair below).
func TestDecideConfidenceBoundary(t *testing.T) {
	start, minus := 0.9, func(c float64, ds ...float64) float64 {
		for _, d := range ds {
			c -= d
		}
		return c
	}
	cases := []struct {
		name string
		conf float64
		held bool
	}{
		{"exactly 0.6", 0.6, false},
		{"0.9 - 0.3", minus(start, 0.3), false},
		{"0.9 - 0.15 - 0.15", minus(start, 0.15, 0.15), false},
		{"0.9 - 0.1 - 0.1 - 0.1", minus(start, 0.1, 0.1, 0.1), false},
		{"one float step below 0.6", math.Nextafter(0.6, 0), true},
		{"0.59", 0.59, true},
		{"parser's held level 0.55", 0.55, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, _ := newTestWorker(t, nil, nil)
			if w.cfg.Bot.MinConfidence != 0.6 {
				t.Fatalf("min_confidence = %v, want 0.6 from demo.toml", w.cfg.Bot.MinConfidence)
			}
			rd := reg("erika@beispiel.example", "Erika", sA)
			rd.Confidence = c.conf
			d := decideOne(t, w, rd)
			if d.Held != c.held || strings.HasPrefix(d.Action, "booked") == c.held {
				t.Errorf("confidence %.17g: decide = %q held=%v (%s), want held=%v", c.conf, d.Action, d.Held, d.Reason, c.held)
			}
		})
	}
}
