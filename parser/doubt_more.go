package parser

// More doubt signals, each for a class of misreading found on unseen mail:
// a day read as both its sessions although the clause picks one in words
// the rules do not know ("zum früheren der beiden Termine"), a reply that
// wishes the very booking the quote confirms (a thank-you, "see you on the
// 16th"), and a cancel of several sessions in a mail that also keeps one.

// reSelector picks one session of a day in words: a comparative, an
// ordinal, "one of the two".
var reSelector = mustRe(`\b(?:der beiden|von beiden|of the two|of both|erste[nmr]?|zweite[nmr]?|first|second|früh\w*|spät\w*|earl\w*|later|latest)\b`)

// selectorDoubt: a clause whose day gave several chosen sessions, with no
// time of its own, also holds a word that may pick one of them.
func (a *analysis) selectorDoubt(chosen []int) string {
	for _, ci := range a.infos {
		if ci.excl || hasOwnTime(ci.ment) || len(ci.res.set) < 2 || !subset(ci.res.set, chosen) {
			continue
		}
		if reSelector.MatchString(ci.low) && !reAny.MatchString(ci.sentText) {
			return "a word that may pick one session of the day: " + ci.text
		}
	}
	return ""
}

// reAck acknowledges a booking: "see you on the 16th", "bis Samstag".
var reAck = mustRe(`\b(?:see you|bis (?:dann|bald|zum|zur|samstag|donnerstag|nächste)|wir sehen uns|man sieht sich|looking forward|freue mich|freuen uns|i look forward|we look forward|thanks? for (?:the|your) (?:confirmation|reply|booking)|danke für die (?:bestätigung|rückmeldung|buchung)|vielen dank für die (?:bestätigung|rückmeldung|buchung))\b`)

// acknowledges: a reply to a confirmed booking that says thanks or "see
// you" and no wish word: it books nothing new.
func (a *analysis) acknowledges(s signals) bool {
	return reAck.MatchString(a.textLow) && (a.quote.confirmed || a.subjectIsReply()) && !s.register && !s.cancel && !s.changeStrong
}

// bookedAgainDoubt: the reading books the session the quote confirms as
// already booked; a person rarely asks for what they have.
func (a *analysis) bookedAgainDoubt(chosen []int) string {
	if a.rd.Intent != IntentRegister || !a.quote.confirmed || a.quote.offered || a.quote.single < 0 || !containsInt(chosen, a.quote.single) {
		return ""
	}
	return "the quoted booking is wished again"
}

// cancelDoubt holds a cancel of several sessions when a clause of the mail
// that is no cancel names one of them with a wish or keep word.
func (a *analysis) cancelDoubt() {
	if a.rd.Intent != IntentCancel || len(a.rd.Sessions) < 2 {
		return
	}
	chosen := a.chosen()
	for _, ci := range a.infos {
		if ci.is(reCancel) || ci.excl || !overlaps(ci.res.set, chosen) {
			continue
		}
		if ci.regWord || reKeep.MatchString(ci.low) {
			a.conf = min(a.conf, heldConfidence)
			a.note("doubt: a cancelled session is also wished or kept: " + ci.text)
			return
		}
	}
}
