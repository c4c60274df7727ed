package parser

import "strings"

// scopeDoubt: a clause restricts the mail to a part of the day ("nur
// mittags", "abends immer", "evenings only") and a chosen session lies
// outside it. The narrowing rules apply such a restriction only to clauses
// without a time of their own, so a wish clause with its own time — or a
// clause read as a wish that was really the reason for the restriction —
// can keep a session the restriction rules out. The reading is then held:
// whatever the rules missed, the restriction word was not honoured.
func (a *analysis) scopeDoubt(chosen []int) string {
	for _, ci := range a.infos {
		if ci.excl || ci.reason || ci.old || !ci.is(reOnlyPart) {
			continue
		}
		seg := onlySegment(ci.low)
		if distinctParts(ci.ment.times) > 1 {
			continue // alternatives ("mittags oder abends, beides geht"), no limit
		}
		for _, t := range ci.ment.times {
			if t.part == "" || !strings.Contains(seg, t.text) {
				continue
			}
			m := mentions{times: []timeRef{t}}
			for _, i := range chosen {
				if !a.res.timeFits(m, i, nil) {
					return "a restriction word whose scope was not applied: " + ci.text
				}
			}
		}
	}
	return ""
}

// excludedChosenDoubt: a negated clause taken as a reason names a chosen
// session ("as long as it is not the early one" next to "Saturday").
// Exclusions skip reasons, and the restriction doubt skips clauses that
// name a day, so neither looked at it; a session the sender's own negation
// names is never booked unseen.
func (a *analysis) excludedChosenDoubt(chosen []int) string {
	for _, ci := range a.infos {
		if ci.excl && ci.reason && ci.res.mentioned && overlaps(ci.res.set, chosen) {
			return "a chosen session is named in a negation: " + ci.text
		}
	}
	return ""
}
