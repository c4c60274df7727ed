package parser

// Preferences inside a wish: "nur der Samstag – am liebsten mittags" wishes
// both Saturday sessions and orders them; "diesen Samstag, um 13 Uhr" wishes
// the one. A narrower clause that only states a preference therefore does
// not replace the broad wish it refines, it goes first.

// refinedExceptPreference: another wish names a strict part of w's
// sessions and is not a mere preference (rank 0), so w was said more
// exactly there and gives way.
func refinedExceptPreference(w *clauseInfo, ws []*clauseInfo) bool {
	for _, o := range ws {
		if o == w || len(o.res.set) == 0 || len(o.res.set) >= len(w.res.set) || !subset(o.res.set, w.res.set) {
			continue
		}
		if o.rank != 0 || w.rank == 0 {
			return true
		}
	}
	return false
}

// inheritRank: "lieber wäre mir aber abends" is cut into "lieber wäre mir"
// and "aber abends"; the preference word of a clause that names nothing
// carries over to the next clause of its sentence that does.
func inheritRank(cl []clauseInfo) {
	for i := 0; i+1 < len(cl); i++ {
		c, n := &cl[i], &cl[i+1]
		if c.rank == 0 && !c.res.mentioned && n.sentence == c.sentence && n.res.mentioned && n.rank == 1 {
			n.rank = 0
		}
	}
}

// reComparative states a leaning, not a limit: "1pm would suit me slightly
// better", "13 Uhr wäre mir etwas lieber".
var reComparative = mustRe(`\b(?:better|rather|slightly more|eher|lieber|besser|etwas mehr)\b`)

// reEither accepts every session it refers to: "either slot", "beide
// Uhrzeiten gehen".
var reEither = mustRe(`\b(?:either (?:slot|time|session|one)|both (?:slots|times|sessions) (?:work|are fine)|beide (?:termine|zeiten|uhrzeiten) (?:gehen|passen|sind)|beides (?:geht|passt))\b`)

// markAnyPreference: "Either slot is fine, 1pm would suit me slightly
// better" accepts every session of the day and prefers one; read as a plain
// wish the narrower time would replace the day and drop the other slot.
func (a *analysis) markAnyPreference() {
	for i := range a.infos {
		ci := &a.infos[i]
		if (ci.anyWord || reEither.MatchString(ci.low)) && ci.rank == 1 && !ci.excl && len(ci.res.set) > 0 && reComparative.MatchString(ci.low) {
			ci.rank = 0
			a.note("a preference among accepted sessions: " + ci.text)
		}
	}
}
