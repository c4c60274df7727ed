package parser

import "strings"

// A P.S. after the signature: "Viele Grüße, Rolf Grimm / P.S. Am liebsten
// am 24.7. um 18 Uhr …". The body splitter puts everything from the
// closing on into the signature, so the only sessions the mail names were
// never read and the sender was asked back. A P.S. is the sender's own
// text: when the text above names no day or time, its clauses are read.

// rePostscript starts a postscript line.
var rePostscript = mustRe(`(?im)^\s*(?:p\.\s?s\.?|ps:|ps\s|nachtrag:|pps\.?)\s*`)

// readPostscript appends the clauses of a P.S. in the signature.
func (a *analysis) readPostscript() {
	if a.namesDayOrTime() {
		return
	}
	loc := rePostscript.FindStringIndex(a.parts.sig)
	if loc == nil {
		return
	}
	ps := strings.TrimSpace(a.parts.sig[loc[1]:])
	if ps == "" {
		return
	}
	extra := a.clausesOf(ps, 1<<19)
	a.infos = append(a.infos, extra...)
	a.note("P.S.: " + ps)
}
