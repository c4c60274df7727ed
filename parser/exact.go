package parser

import (
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// Exact literal sets for the required-literal analysis. syntax.Parse
// factors the common prefixes of an alternation ("januar|juni|juli" →
// "j(?:anuar|u(?:ni|li))"), which left required only single letters. A
// piece that matches a small finite set of strings has that set as its
// exact set, and a run of such pieces in a concatenation the set of their
// joins: every match contains one of them.

// exactSet returns every string re can match, when that is a finite set of
// at most maxRequired strings. Zero-width assertions count as "": the set
// may then hold more than re matches, which a filter allows.
func exactSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || slices.Contains(re.Rune, utf8.RuneError) {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		return classSet(re)
	case syntax.OpCapture:
		return exactSet(re.Sub[0])
	case syntax.OpQuest:
		set, ok := exactSet(re.Sub[0])
		return append(set, ""), ok && len(set) < maxRequired
	case syntax.OpConcat:
		return exactRun(re.Sub)
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			set, ok := exactSet(s)
			if !ok || len(out)+len(set) > maxRequired {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	}
	return nil, false
}

// classSet spells out a small ASCII class ([nmr]).
func classSet(re *syntax.Regexp) ([]string, bool) {
	var out []string
	for i := 0; i+1 < len(re.Rune); i += 2 {
		lo, hi := re.Rune[i], re.Rune[i+1]
		if hi >= utf8.RuneSelf || len(out)+int(hi-lo) >= 8 {
			return nil, false
		}
		for r := lo; r <= hi; r++ {
			out = append(out, string(r))
		}
	}
	return out, len(out) > 0
}

// exactRun is the set of the joins of the pieces' exact sets.
func exactRun(subs []*syntax.Regexp) ([]string, bool) {
	out := []string{""}
	for _, s := range subs {
		set, ok := exactSet(s)
		if !ok || len(out)*len(set) > maxRequired {
			return nil, false
		}
		next := make([]string, 0, len(out)*len(set))
		for _, a := range out {
			for _, b := range set {
				next = append(next, a+b)
			}
		}
		out = next
	}
	return out, true
}

// bestExactRun returns the most selective exact set of a run of pieces of
// a concatenation (none when every run can match the empty string).
func bestExactRun(subs []*syntax.Regexp) []string {
	var best []string
	for i := range subs {
		for j := i + 1; j <= len(subs); j++ {
			set, ok := exactRun(subs[i:j])
			if !ok {
				break
			}
			if slices.Contains(set, "") || !usableSet(set) {
				continue
			}
			if best == nil || selective(set, best) {
				best = dedupeStrings(set)
			}
		}
	}
	return best
}

// usableSet: newReqFilter can use the set (a few literals, or trigrams).
func usableSet(set []string) bool {
	return len(set) <= maxContains || shortest(set) >= 3
}
