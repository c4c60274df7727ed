package parser

import (
	"strings"
	"unicode"
)

// More ways to find the participant's name; see name.go for the order.

// fullerFromName: a closing signed with an initial ("C. Bauer-Hess") is the
// same person as the From name "Christine Bauer-Hess", which says more.
func fullerFromName(closing, from string) string {
	cf, ff := strings.Fields(closing), strings.Fields(from)
	if len(cf) != 2 || len(ff) < 2 || !isInitial(cf[0]) {
		return ""
	}
	if !strings.EqualFold(cf[1], ff[len(ff)-1]) || !strings.HasPrefix(ff[0], strings.TrimSuffix(cf[0], ".")) {
		return ""
	}
	return from
}

func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len([]rune(w)) == 1
}

// signedName: a mail with no closing formula often ends with the sender's
// name alone ("Max Orth"). It is taken when it shares the surname with the
// From name, so the last line of a sentence is never read as a name; the
// signed form wins ("Max" over "Maximilian"), but not an initial ("M. Orth").
func (a *analysis) signedName(from string) string {
	lines := strings.Split(strings.TrimSpace(a.parts.text), "\n")
	last := strings.Trim(strings.TrimSpace(lines[len(lines)-1]), ",.")
	lf, ff := strings.Fields(last), strings.Fields(from)
	if len(lines) < 2 || len(lf) < 2 || len(ff) < 2 || strings.Contains(last, ",") || isInitial(lf[0]) || !looksLikeName(last) {
		return ""
	}
	if !strings.EqualFold(lf[len(lf)-1], ff[len(ff)-1]) {
		return ""
	}
	return trimName(last)
}

// writtenName: a name typed in capitals ("ERNA KRAUSE") is written on the
// list the way people write names ("Erna Krause"); a mixed-case name stays.
func writtenName(n string) string {
	if n == "" || strings.ToUpper(n) != n || strings.ToLower(n) == n {
		return n
	}
	out := []rune(strings.ToLower(n))
	start := true
	for i, r := range out {
		if start {
			out[i] = unicode.ToUpper(r)
		}
		start = r == ' ' || r == '-' || r == '\''
	}
	return string(out)
}
