package parser

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// Required literals for fastRe. Some patterns start with a character class
// (a capital letter, a digit) and so have a candidate at nearly every word,
// while any match must contain a rare literal further on (" und ich",
// "und"/"and"). A text without any of those literals cannot match, which
// strings.Contains settles faster than the candidates.

// maxContains bounds the literals searched one by one; larger sets (up
// to maxRequired) go through a trigram filter instead.
const (
	maxContains = 3
	maxRequired = 64
)

// required returns literals of which every match of re contains one, or
// false when the analysis finds no such set.
func required(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || slices.Contains(re.Rune, utf8.RuneError) {
			return nil, false // U+FFFD also matches any invalid byte
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		best := bestExactRun(re.Sub)
		for _, s := range re.Sub {
			if set, ok := required(s); ok && (best == nil || selective(set, best)) {
				best = set
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			set, ok := required(s)
			if !ok || len(out)+len(set) > maxRequired {
				return exactAlternative(re)
			}
			out = append(out, set...)
		}
		return out, true
	}
	return nil, false
}

// selective: a is the better filter than b; longer literals are rarer,
// and fewer are searched faster.
func selective(a, b []string) bool {
	la, lb := min(shortest(a), 6), min(shortest(b), 6)
	if la != lb {
		return la > lb
	}
	return len(a) < len(b)
}

func shortest(a []string) int {
	n := 1 << 30
	for _, s := range a {
		n = min(n, len(s))
	}
	return n
}

// reqFilter is a prefilter from required literals: a few searched one by
// one, or the set of their leading trigrams.
type reqFilter struct {
	lits []string
	tri  *trigrams
}

// newReqFilter returns the filter for re, or nil when no set is worth it.
func newReqFilter(re *syntax.Regexp) *reqFilter {
	set, ok := required(re)
	switch {
	case !ok:
		return nil
	case len(set) <= maxContains:
		return &reqFilter{lits: set}
	case shortest(set) >= 3:
		t := new(trigrams)
		for _, l := range set {
			t.add(l)
		}
		return &reqFilter{tri: t}
	}
	return nil
}

// may reports whether s contains one of the literals (or, for the trigram
// set, a trigram one of them starts with).
func (r *reqFilter) may(s string) bool {
	if r.tri != nil {
		return r.tri.any(s)
	}
	return containsAny(s, r.lits)
}

// trigrams is a hashed set of three-byte strings. pairs holds their first
// two bytes (each mod 64, exact for lower-case letters): hashing only at
// a known pair keeps the pass over the text cheap.
type trigrams struct {
	set   [64]uint64
	pairs [64]uint64
}

func triHash(a, b, c byte) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77 ^ uint32(c)*0xC2B2AE3D) >> 20
}

func (t *trigrams) add(l string) {
	h := triHash(l[0], l[1], l[2])
	t.set[h>>6] |= 1 << (h & 63)
	t.pairs[l[0]&63] |= 1 << (l[1] & 63)
}

// any reports whether some trigram of s is in the set.
func (t *trigrams) any(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if t.pairs[s[i]&63]>>(s[i+1]&63)&1 == 0 {
			continue
		}
		h := triHash(s[i], s[i+1], s[i+2])
		if t.set[h>>6]&(1<<(h&63)) != 0 {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of the literals.
func containsAny(s string, lits []string) bool {
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// exactAlternative: an alternation with a branch that has no required
// literal of its own may still have a small exact set.
func exactAlternative(re *syntax.Regexp) ([]string, bool) {
	set, ok := exactSet(re)
	if !ok || slices.Contains(set, "") || !usableSet(set) {
		return nil, false
	}
	return dedupeStrings(set), true
}
