package parser

import "unicode/utf8"

// How a text is searched.
const (
	noMatch  = iota // the prefilter rules out a match
	useScan         // the start-byte scan (scanAt)
	usePlain        // the plain engine
)

// route decides how s is searched. A ^-anchored pattern is settled by its
// heads at 0, not by prefilter strings searched through the whole text.
// The scan needs valid UTF-8, so that every byte outside a rune's tail is
// a rune start; it checks the heads itself at every candidate, which is
// cheaper than a prefilter of many strings each searched separately.
func (f *fastRe) route(s string) int {
	if f.digits > 0 && !hasDigitRun(s, f.digits) {
		return noMatch
	}
	if f.req != nil && !f.req.may(s) {
		return noMatch
	}
	if f.heads0 != nil && !f.hand {
		if s == "" || !anyHead(f.heads0, s, 0) {
			return noMatch
		}
		return usePlain
	}
	scan := f.start != nil && utf8.ValidString(s)
	if scan && f.heads != nil && len(f.pre) > 2 && !f.hand {
		return useScan
	}
	if !f.may(s) {
		return noMatch
	}
	if scan {
		return useScan
	}
	return usePlain
}
