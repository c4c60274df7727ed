package parser

import (
	"slices"
	"strings"
)

// Rules for reading a rebooking whose old booking is named only loosely.

// bareHour reads the old part of "von 13 auf 18 Uhr" as a time: the "Uhr"
// after the new hour belongs to both numbers.
func bareHour(old string) string {
	t := strings.TrimSpace(old)
	if len(t) == 0 || len(t) > 2 || !isDigits(t) || atoi(t) > 23 {
		return old
	}
	return t + " uhr"
}

// oldNotRefined: "ich bin für den 16.8. angemeldet … auf 18 Uhr" names the
// day of the old booking, not both of its sessions. When the old clause
// names several sessions, the ones a wish clause picks out are the new
// wish, not the old booking.
func oldNotRefined(old []int, ws []*clauseInfo) []int {
	if len(old) < 2 {
		return old
	}
	var out []int
	for _, i := range old {
		wished := false
		for _, w := range ws {
			if len(w.res.set) < len(old) && containsInt(w.res.set, i) {
				wished = true
			}
		}
		if !wished {
			out = append(out, i)
		}
	}
	return out
}

// hasFromTo: some clause names both the old session and the new one
// ("von Samstag auf Donnerstag wechseln"), so a weak change word is a
// rebooking even when no booking is mentioned otherwise.
func (a *analysis) hasFromTo() bool {
	for _, ci := range a.infos {
		if ci.target && len(ci.oldSet) > 0 && len(ci.res.set) > 0 {
			return true
		}
	}
	return false
}

// refiningTargets adds to the named new sessions the wishes that narrow
// them ("auf den August umbuchen? Am liebsten abends, sonst mittags"), so
// their order of preference decides; other wishes stay out.
func refiningTargets(targets, all []*clauseInfo) []*clauseInfo {
	var union []int
	for _, t := range targets {
		union = append(union, t.res.set...)
	}
	out := targets
	for _, w := range all {
		if !slices.Contains(out, w) && len(w.res.set) > 0 && subset(w.res.set, union) && !w.old {
			out = append(out, w)
		}
	}
	return out
}
