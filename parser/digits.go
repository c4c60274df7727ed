package parser

import "regexp/syntax"

// Most clauses hold no digit, but many patterns (dates, clock times,
// counts) cannot match without one. Their literal prefilters are often
// short words ("um", "at", "h") found in nearly every clause, so the scan
// runs anyway; a byte scan for a digit settles those clauses first.

// needsDigit reports whether every match of re contains an ASCII digit.
// It errs towards false: a pattern it cannot prove this of is searched.
func needsDigit(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r >= '0' && r <= '9' {
				return true
			}
		}
	case syntax.OpCharClass:
		return digitClass(re.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return needsDigit(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min > 0 && needsDigit(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if needsDigit(s) {
				return true
			}
		}
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !needsDigit(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// digitClass: the class's ranges (pairs of lo, hi) hold digits only.
func digitClass(ranges []rune) bool {
	if len(ranges) == 0 {
		return false
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] < '0' || ranges[i+1] > '9' {
			return false
		}
	}
	return true
}
