package parser

import (
	"regexp/syntax"
	"strings"
)

// Required literals for fastRe. Some patterns start with a character class
// (a capital letter, a digit) and so have a candidate at nearly every word,
// while any match must contain a rare literal further on (" und ich",
// "und"/"and"). A text without any of those literals cannot match, which
// strings.Contains settles faster than the candidates.

// maxRequired bounds the literals searched one by one.
const maxRequired = 3

// required returns literals of which every match of re contains one, or
// false when the analysis finds no such set.
func required(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
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
				return nil, false
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

// requiredSet returns the required literals of re when they are worth a
// search: few, and none shorter than three bytes.
func requiredSet(re *syntax.Regexp) []string {
	set, ok := required(re)
	if !ok || len(set) > maxRequired || shortest(set) < 3 {
		return nil
	}
	return set
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
