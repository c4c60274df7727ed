package parser

import "strings"

// Intent rules for classes of mail that fresh sets showed the first rules
// misread: replies to the bot's own confirmation or list, a session named
// with "please" and no wish verb, undecided senders who ask first, senders
// who decline and write about something else, and mail about renting the
// room, publishing a text or inviting the office.

// subjectSentence is the sentence index of clauses read from the subject.
const subjectSentence = 1 << 20

// markBotSubject: when the session was read from the subject of the bot's
// own confirmation or reminder ("Re: Erinnerung: … 16. August, 18:00"), it
// is the sender's booking, not a new wish: a question or a thank-you under
// that subject must not book it again.
func (a *analysis) markBotSubject() {
	if !reBotSubject.MatchString(a.subject) {
		return
	}
	for i := range a.infos {
		if a.infos[i].sentence >= subjectSentence {
			a.infos[i].old = true
			a.infos[i].regWord = false
		}
	}
}

// bookingKnownToBot: the mail answers a booking the bot confirmed.
func (a *analysis) bookingKnownToBot() bool {
	return a.quote.confirmed && a.quote.single >= 0 || reBotSubject.MatchString(a.subject)
}

// confirmsAttendance: under a confirmed booking the only wish words say
// "ich komme" / "we'll be there" and name no session: nothing to book.
func (a *analysis) confirmsAttendance(s signals) bool {
	if !a.bookingKnownToBot() || s.cancel || s.changeStrong || a.partyChanged() {
		return false
	}
	seen := false
	for _, ci := range a.infos {
		if ci.old || ci.sentence >= subjectSentence {
			continue
		}
		if len(ci.res.set) > 0 && !ci.excl {
			return false
		}
		if ci.regWord {
			if !reAttend.MatchString(strings.TrimSpace(ci.low)) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// reRequestWord asks for something without a wish verb: "Thursday 13:00,
// 1 person please", "Sat 16 Aug for me +1".
var reRequestWord = mustRe(`\b(?:please|pls|plz|bitte|für mich|für uns|for me|for us|for the two of us|\d{1,2} (?:person|personen|people|persons|plätze|places|seats|spots))\b|\+\s?\d\b`)

// requestsSession: a statement (no question, no exclusion, no reason)
// that names a session and asks for it with "please"/"bitte" or a count.
// A session is a known day and time, so such a line is a registration
// even when it names no workshop word.
func (a *analysis) requestsSession() bool {
	for _, ci := range a.infos {
		if ci.question || ci.excl || ci.old || ci.reason || ci.sentence >= subjectSentence {
			continue
		}
		if len(ci.res.set) > 0 && ci.ment.hasSpecific() && reRequestWord.MatchString(ci.low) {
			return true
		}
	}
	return false
}

// picksFromList: a reply to the bot's list of sessions that picks an entry
// by its place ("der zweite Termin passt", "Termin 2", "the first one").
func (a *analysis) picksFromList() bool {
	if len(a.quote.listed) < 2 {
		return false
	}
	for _, ci := range a.infos {
		if !ci.excl && !ci.question && reOrdinalPick.MatchString(ci.low) {
			return true
		}
	}
	return a.ordinalChoice() >= 0
}

// declinesAll: the sender says they cannot take part and names no session
// they would take, and no booking is known, so a day named elsewhere in
// the mail ("nehmen Sie meine Punkte in die Werkstatt am 16. mit") is no
// wish.
func (a *analysis) declinesAll() bool {
	declined := false
	for _, ci := range a.infos {
		if !ci.regWord || ci.question {
			continue
		}
		if !ci.excl || len(ci.res.set) > 0 {
			return false
		}
		declined = true
	}
	return declined && !a.bookingKnownToBot()
}

// otherTopic: the mail is about renting the room, publishing a text, or
// invites the office to an event, and no wish clause names a session.
func (a *analysis) otherTopic() string {
	low := a.textLow
	switch {
	case a.wishNamesSession():
		return ""
	case reRoomRental.MatchString(low) && reOwnEvent.MatchString(low):
		return "about renting the room"
	case rePublish.MatchString(low):
		return "asks to publish a text"
	case reInvite.MatchString(low):
		return "an invitation for the office"
	}
	return ""
}

// wishNamesSession: a counted wish clause names a session.
func (a *analysis) wishNamesSession() bool {
	for _, ci := range a.infos {
		if ci.regWord && !ci.excl && !ci.old && len(ci.res.set) > 0 && ci.counts() {
			return true
		}
	}
	return false
}

// undecided: some sentence says the sender decides later ("then we would
// decide on a date", "bevor wir uns anmelden").
func (a *analysis) undecided() bool {
	for _, ci := range a.infos {
		if ci.is(reTentativeMore) {
			return true
		}
	}
	return false
}

// reDayGap: "für morje um 1": a preposition, one word and a time; when the
// clause found no day, that word is a day the rules do not know.
var reDayGap = mustRe(`\b(?:für|am|for|on|this|next|nächsten|kommenden)\s+(\p{L}+)\s+(?:um|at|gegen|ab|around)\b`)

// reDayPart names a part of the day, which is no unknown day.
var reDayPart = mustRe(`^(?:abend|nachmittag|mittag|vormittag|morgen|evening|afternoon|morning|the|den|dem|die|der|termin|session|workshop|werkstatt)$`)

// unknownDayDoubt holds a wish that names a time and an unknown word where
// its day would be (dialect "morje", a typo): every day with that time
// would be booked otherwise.
func (a *analysis) unknownDayDoubt() {
	if a.rd.Intent != IntentRegister && a.rd.Intent != IntentChange {
		return
	}
	for _, ci := range a.infos {
		if len(ci.ment.days) > 0 || len(ci.ment.times) == 0 || len(ci.res.set) < 2 || ci.excl {
			continue
		}
		if m := reDayGap.FindStringSubmatch(ci.low); m != nil && !reDayPart.MatchString(m[1]) {
			a.conf = min(a.conf, heldConfidence)
			a.note("doubt: an unknown word where the day would be: " + ci.text)
			return
		}
	}
}

// reIfSo opens a sentence with a condition on the answer ("If so, please
// book me in", "Wenn ja, melde ich mich an").
var reIfSo = mustRe(`^\s*(?:if so|if yes|falls ja|wenn ja|falls ja)\b,?`)

// dropAvailabilityCondition: "Is there still a spot tomorrow at 1pm? If
// so, please book me in." The condition is only on a free place, which the
// booking reply answers, so the sentence after it is a plain wish.
func (a *analysis) dropAvailabilityCondition() {
	for i := range a.infos {
		ci := &a.infos[i]
		loc := reIfSo.FindStringIndex(ci.sentText)
		if loc == nil || !a.routineQuestionBefore(ci.sentence) {
			continue
		}
		ci.sentText = ci.sentText[loc[1]:]
		if l := reIfSo.FindStringIndex(ci.low); l != nil {
			ci.low = ci.low[l[1]:]
		}
	}
}

// reFreePlace asks for a free place in words reRoutineQ lacks.
var reFreePlace = mustRe(`\b(?:still|any|noch) (?:a |an |one |ein |einen |eine )?(?:free |freier |freien )?(?:room|place|places|spot|spots|space|seat|seats|platz|plätze)\b`)

// routineQuestionBefore: the sentence before sent asks whether a place is
// free.
func (a *analysis) routineQuestionBefore(sent int) bool {
	for _, ci := range a.infos {
		if ci.sentence == sent-1 && ci.question && (ci.sentIs(reRoutineQ) || ci.sentIs(reFreePlace)) {
			return true
		}
	}
	return false
}
