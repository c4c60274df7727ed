package parser

import "regexp/syntax"

// Most clauses hold no digit, but many patterns (dates, clock times,
// counts) cannot match without one. Their literal prefilters are often
// short words ("um", "at", "h") found in nearly every clause, so the scan
// runs anyway; a byte scan for a digit settles those clauses first. A
// four-digit clock ("um 1800") needs four digits in a row, which the dates
// and times of most clauses lack.

// minDigits is the length of the run of ASCII digits every match of re
// holds (0: none proven).
func minDigits(re *syntax.Regexp) int {
	if n := digitRun(re); n > 0 {
		return n
	}
	if needsDigit(re) {
		return 1
	}
	return 0
}

// hasDigitRun reports whether s holds n ASCII digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// digitRun is a lower bound of the longest run of digits in every match:
// in a concatenation, neighbours that match digits only add up.
func digitRun(re *syntax.Regexp) int {
	if n, ok := digitsOnly(re); ok {
		return n
	}
	switch re.Op {
	case syntax.OpLiteral:
		best, run := 0, 0
		for _, r := range re.Rune {
			if r >= '0' && r <= '9' {
				run++
			} else {
				run = 0
			}
			best = max(best, run)
		}
		return best
	case syntax.OpCapture, syntax.OpPlus:
		return digitRun(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return digitRun(re.Sub[0])
		}
	case syntax.OpConcat:
		best, run := 0, 0
		for _, s := range re.Sub {
			if n, ok := digitsOnly(s); ok {
				run += n
			} else {
				best, run = max(best, digitRun(s)), 0
			}
			best = max(best, run)
		}
		return best
	case syntax.OpAlternate:
		best := -1
		for _, s := range re.Sub {
			if n := digitRun(s); best < 0 || n < best {
				best = n
			}
		}
		return max(best, 0)
	}
	return 0
}

// digitsOnly: every match of re is made of ASCII digits only, at least n
// of them.
func digitsOnly(re *syntax.Regexp) (n int, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
		return len(re.Rune), true
	case syntax.OpCharClass:
		return 1, digitClass(re.Rune)
	case syntax.OpCapture:
		return digitsOnly(re.Sub[0])
	case syntax.OpPlus, syntax.OpStar, syntax.OpQuest:
		n, ok := digitsOnly(re.Sub[0])
		if re.Op != syntax.OpPlus {
			n = 0
		}
		return n, ok
	case syntax.OpRepeat:
		n, ok := digitsOnly(re.Sub[0])
		return n * re.Min, ok
	case syntax.OpConcat, syntax.OpAlternate:
		total, least := 0, -1
		for _, s := range re.Sub {
			n, ok := digitsOnly(s)
			if !ok {
				return 0, false
			}
			total += n
			if least < 0 || n < least {
				least = n
			}
		}
		if re.Op == syntax.OpAlternate {
			return max(least, 0), len(re.Sub) > 0
		}
		return total, true
	}
	return 0, false
}

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
