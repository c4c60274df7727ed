package parser

import "strings"

// Wording the rules did not fully understand: the sessions of a reading
// must come from wish clauses whose structure the rules read. These signals
// notice structures that look like something else than a plain wish — a
// rebooking's "von X auf Y" read as two wishes, every session but an
// excluded one inferred from a sentence about somebody else, a sign-up the
// sender is still weighing.

// fromToDoubt: a register reading books from a clause shaped "von X auf Y"
// / "from X to Y": the first part is likely an old booking (a separable
// "buchen … um" the change words did not see), not a wish.
func (a *analysis) fromToDoubt(chosen []int) string {
	if a.rd.Intent != IntentRegister {
		return ""
	}
	for _, ci := range a.infos {
		if ci.target || ci.excl || !overlaps(ci.res.set, chosen) {
			continue
		}
		loc := reFromTo.FindStringIndex(ci.low)
		if loc == nil {
			continue
		}
		rest := ci.low[loc[1]:]
		to := reToward.FindStringIndex(rest)
		if to == nil {
			continue
		}
		before, after := findMentions(bareHour(rest[:to[0]]), 0), findMentions(rest[to[0]:], 0)
		if !before.empty() && !after.empty() {
			return "a 'von … auf …' read as two wishes: " + strings.TrimSpace(ci.text)
		}
	}
	return ""
}

// exceptInferredDoubt: the reading's sessions were inferred as every
// session but the ruled-out ones, while the ruling out is about someone
// else ("mein Mann kann am Donnerstag nicht") or the mail answers a
// confirmed booking (the sender writes about that booking, not a new one).
func (a *analysis) exceptInferredDoubt(chosen []int) string {
	if !a.inferredFromExclusions() {
		return ""
	}
	if a.quote.confirmed {
		return "sessions inferred from a ruling out, in a reply to a booking"
	}
	for _, ci := range a.infos {
		if ci.excl && ci.res.mentioned && reOtherSubject.MatchString(ci.low) {
			return "sessions inferred from somebody else's ruling out: " + strings.TrimSpace(ci.text)
		}
	}
	return ""
}

// reOtherSubject starts a clause about a third person.
var reOtherSubject = mustRe(`^(?:\S+\s+)?(?:mein|meine|unser|unsere|my|our|er|sie|he|she|they)\s`)

// inferredFromExclusions: the register reading names no wish clause and
// books what the exclusions leave.
func (a *analysis) inferredFromExclusions() bool {
	return a.rd.Intent == IntentRegister && len(a.wishClauses(false)) == 0 && len(a.exclusions()) > 0
}

// tentativeDoubt: the sender is still weighing the sign-up ("wir
// überlegen …", "bevor wir uns anmelden"), so a session named is not yet
// a wish.
func (a *analysis) tentativeDoubt(chosen []int) string {
	if loc := reUndecided.FindStringIndex(a.textLow); loc != nil {
		return "the sender is still deciding: " + a.textLow[loc[0]:loc[1]]
	}
	return ""
}

// reUndecided is hesitation about signing up at all — not a condition on a
// free place ("wenn das klappt", "if so"), which the booking reply answers.
var reUndecided = mustRe(`\b(?:überlege|überlegen|überlegt|thinking (?:about|of)|considering|not sure (?:if|whether)|noch unsicher|noch nicht sicher|bevor (?:ich|wir) (?:mich |uns )?(?:anmelde|anmelden|entscheide|entscheiden|buche|buchen|festlege|festlegen)|before (?:we|i) (?:commit|sign up|register|book|decide)|decide whether)\b`)

// keptOtherDoubt: a change reading keeps sessions while a clause that asks
// to move ("buchen Sie mich auf 13 Uhr um") names only other ones — the
// reading may have kept the old booking instead of the new wish.
func (a *analysis) keptOtherDoubt(chosen []int) string {
	if a.rd.Intent != IntentChange {
		return ""
	}
	for _, ci := range a.infos {
		if ci.target && !ci.excl && !ci.old && len(ci.res.set) > 0 && !overlaps(ci.res.set, chosen) {
			return "the new session named is not the one read: " + strings.TrimSpace(ci.text)
		}
	}
	return ""
}
