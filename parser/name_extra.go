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

// otherUnnamed: the mail registers someone else ("ich melde auch meine
// Mutter an") without giving their name. The sender's own name would put
// the wrong person on the list, and the bot might move the sender's own
// booking, so the name stays empty and the reading is held: the
// coordinator asks whom to write down.
func (a *analysis) otherUnnamed() bool {
	if a.rd.Intent != IntentRegister && a.rd.Intent != IntentChange || !a.othersOnly(a.textLow) {
		return false
	}
	a.conf = min(a.conf, heldConfidence)
	a.note("registers another person whose name is not given")
	return true
}

// reTitledName is a full name after a title ("unsere Helferin Frau Erika
// Boos"): in a mail that registers someone else, that is the participant
// even when the relation word is not one the other patterns know.
var reTitledName = newFastRe(`(?:^|[^\p{L}])(?:Frau|Herrn?|Mr\.?|Mrs\.?|Ms\.?)\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)`)

// titledName returns the first full titled name of the text, or "".
func titledName(text string) string {
	if m := reTitledName.FindStringSubmatch(text); m != nil && looksLikeName(m[1]) {
		return trimName(m[1])
	}
	return ""
}

// givenNames is the given-name part of a "Last, First" display name up to
// the first word that is no given name: a middle initial, a rank, unit or
// agency in capitals or a number ("Hayes, Brandon SSG USARMY 21 TSC" →
// "Brandon"), as military and company address books write them.
func givenNames(s string) string {
	var keep []string
	for _, w := range strings.Fields(s) {
		r := []rune(strings.TrimSuffix(w, "."))
		if len(r) <= 1 || strings.ToUpper(w) == w || strings.ContainsAny(w, "0123456789") {
			break
		}
		keep = append(keep, w)
	}
	if len(keep) == 0 {
		return strings.TrimSpace(s)
	}
	return strings.Join(keep, " ")
}
