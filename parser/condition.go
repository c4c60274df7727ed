package parser

// Fallback conditions: "Falls das nicht klappt, nehme ich auch den 24.07."
// carries a negation, but it negates the first choice, not the day the
// clause names: the clause is the fallback. Read as an exclusion it would
// drop a session the sender accepts (and, worse, rule it out).

// reFallbackCond is a condition on the first choice failing.
var reFallbackCond = mustRe(`\b(?:falls|wenn|sollte|sofern|if|should)\s+(?:(?:das|dies|es|der|die|dieser|diese|er|sie|that|this|it|the \w+)\s+)?(?:\S+\s+){0,2}?(?:nicht|net|nicht mehr|doesn't|does not|won't|will not|isn't|is not|can't|cannot|not)\s+(?:\S+\s+)?(?:klappt|klappen|klappen sollte|geht|gehen|möglich|passt|passen|funktioniert|frei|verfügbar|sein|work|works|possible|available|free|full)\b`)

// markFallbackConditions turns a clause excluded only by its fallback
// condition into a fallback wish.
func (a *analysis) markFallbackConditions() {
	for i := range a.infos {
		ci := &a.infos[i]
		if !ci.excl || ci.old || len(ci.res.set) == 0 || !reFallbackCond.MatchString(ci.low) {
			continue
		}
		rest := reFallbackCond.ReplaceAllString(ci.low, " ")
		rest = reNegationExempt.ReplaceAllString(rest, " ")
		if reNegation.MatchString(rest) || reAllExcluded.MatchString(rest) {
			continue
		}
		ci.excl, ci.rank = false, 2
		a.note("a fallback after a condition: " + ci.text)
	}
}
