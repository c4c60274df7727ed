package parser

import "unicode/utf8"

// Allocation-free stand-ins for strings.ToLower followed by a search, for
// the per-line pre-checks. strings.ToLower copies every line that has a
// capital letter, which is nearly every line. They agree with it exactly
// on ASCII text; the callers keep ToLower for text that is not ASCII
// (its case mapping there is Unicode's: the Kelvin sign lowers to 'k').

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixLower reports whether the lower-cased ASCII s starts with the
// lower-case sub.
func hasPrefixLower(s, sub string) bool {
	if len(s) < len(sub) {
		return false
	}
	for i := 0; i < len(sub); i++ {
		if lowerByte(s[i]) != sub[i] {
			return false
		}
	}
	return true
}

// containsLower reports whether the lower-cased ASCII s contains the
// lower-case sub.
func containsLower(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if lowerByte(s[i]) == sub[0] && hasPrefixLower(s[i:], sub) {
			return true
		}
	}
	return false
}

// containsAnyLower: containsLower for any of subs.
func containsAnyLower(s string, subs ...string) bool {
	for _, sub := range subs {
		if containsLower(s, sub) {
			return true
		}
	}
	return false
}
