package parser

import "strings"

// Lower bounds on the time: "nur nach Feierabend, also frühestens ab 17
// Uhr" accepts every session from 17:00 on. A plain "ab 18 Uhr" is how
// people name the 18:00 session, so "ab"/"from" is a bound only when no
// session starts at that time; "frühestens", "erst ab", "nicht vor",
// "after", "not before" always are.

var (
	reBoundStrong = mustRe(`(?:frühestens(?: ab| um)?|erst ab|nicht vor|nicht früher als|no earlier than|not before|after|at the earliest from|earliest)$`)
	reBoundWeak   = mustRe(`(?:\bab|\bfrom|\bstarting)$`)
)

// boundBefore reads the words right before a time at a: 2 for a strong
// bound, 1 for "ab"/"from", 0 for none.
func boundBefore(low string, a int) int {
	before := strings.TrimRight(low[:a], " ")
	if len(before) > 40 {
		before = before[len(before)-40:]
	}
	switch {
	case reBoundStrong.MatchString(before):
		return 2
	case reBoundWeak.MatchString(before):
		return 1
	}
	return 0
}

// fromBound: the session at h:m starts at or after the bound t, and the
// bound is one (strong, or no session starts exactly at t).
func (r *resolver) fromBound(t timeRef, h, m int) bool {
	if t.from == 0 || h*60+m < t.hour*60+t.min {
		return false
	}
	if t.from == 2 {
		return true
	}
	for _, s := range r.sessions {
		if s.hour == t.hour && s.min == t.min {
			return false
		}
	}
	return true
}
