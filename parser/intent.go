package parser

import "strings"

// signals are the intent markers found in the new text.
type signals struct {
	register, cancel, weakCancel, changeStrong, changeWeak bool
	old, affirm, tentative, thanks, question, workshop     bool
	specific                                               bool // a clause names a session-bearing day/time
	anyWish                                                bool // "egal wann"
}

// counts reports whether a marker in this clause is a wish and not part of
// a question about the workshop ("Darf ich teilnehmen?") or a negation. A
// question that names a session, even one already past ("Can I still sign
// up for Thursday 6 pm?"), asks for a place: the bot answers with a booking
// or asks back. An impersonal one ("kann man kurzfristig absagen?") asks
// about the rules, not for an action.
func (ci *clauseInfo) counts() bool {
	if ci.question && (ci.sentIs(reProcessQ) || ci.sentIs(reDeliberate)) {
		return false
	}
	named := len(ci.res.set) > 0 || (ci.res.mentioned && ci.ment.hasSpecific())
	if ci.question && !named && (!ci.sentIs(reRequestQ) || ci.sentIs(reImpersonalQ)) {
		return false
	}
	return !ci.sentIs(reTentative) && !ci.sentIs(reTentativeMore)
}

func (a *analysis) signals() signals {
	var s signals
	for i := range a.infos {
		ci := &a.infos[i]
		ok := ci.counts()
		s.register = s.register || (ok && ci.regWord && (!ci.excl || reExcept.MatchString(ci.low)) && !ci.old) || (ok && ci.suitsBest())
		s.cancel = s.cancel || (ok && (ci.is(reCancel) || ci.is(reCancelMore)))
		s.weakCancel = s.weakCancel || reWeakCancel.MatchString(ci.low)
		s.changeStrong = s.changeStrong || (ok && (ci.is(reChangeStrong) || ci.is(reChangeSep)))
		s.changeWeak = s.changeWeak || ci.is(reChangeWeak) || ci.is(reChangeWeakMore)
		s.old = s.old || ci.old
		s.workshop = s.workshop || (ci.old && len(ci.res.set) > 0)
		s.tentative = s.tentative || ci.is(reTentative) || ci.is(reTentativeMore) || ci.is(reCostIf)
		s.thanks = s.thanks || reThanks.MatchString(ci.low)
		s.specific = s.specific || (len(ci.res.set) > 0 && !ci.ment.onlyMonth() && !ci.excl && !ci.reason && !ci.old)
		s.anyWish = s.anyWish || (ci.anyWord && !ci.excl)
	}
	s.cancel = s.cancel || a.cancelAfterAll()
	s.affirm = a.isAffirmative()
	s.question = a.hasRealQuestion() || a.deliberates()
	s.workshop = s.workshop || reWorkshop.MatchString(a.textLow) || reWorkshop.MatchString(a.subject) || reMoreDates.MatchString(a.textLow)
	if s.workshop && a.otherService() {
		s.workshop = false
		a.note("about another service of the town")
	}
	return s
}

// isAffirmative: the new text is a short "Ja, bitte" naming no session.
func (a *analysis) isAffirmative() bool {
	t := strings.TrimSpace(a.textLow)
	if t == "" || len(t) > 160 || !reAffirm.MatchString(t) {
		return false
	}
	for _, ci := range a.infos {
		if ci.res.mentioned || ci.excl {
			return false
		}
	}
	return true
}

// decide sets intent, sessions, any, party, name and question.
func (a *analysis) decide() {
	a.markBotSubject()
	a.dropAvailabilityCondition()
	cond := a.conditionalWish()
	s := a.signals()
	s.tentative = s.tentative || cond
	a.rd.Intent = a.intent(s)
	a.rd.Sessions = []string{}
	switch a.rd.Intent {
	case IntentRegister:
		a.register(s)
	case IntentChange:
		a.change()
	case IntentCancel:
		a.cancel()
	}
	a.rd.HasQuestion = s.question || a.rd.Intent == IntentQuestion
	if a.rd.Intent == IntentOther {
		a.rd.HasQuestion = a.otherQuestion
	}
	if a.rd.Intent == IntentRegister || a.rd.Intent == IntentChange {
		a.rd.PartySize = a.partySize()
	}
	if booked, n, ok := a.partyChange(); ok && a.rd.Intent == IntentChange {
		if !s.changeStrong || len(a.rd.Sessions) == 0 {
			a.setSessions(booked) // only the number changes
		}
		a.rd.PartySize = n
	}
	if a.rd.Intent != IntentOther {
		a.rd.Name = writtenName(a.name())
	}
	a.unknownDayDoubt()
}

// intent picks the intent from the markers, most specific first.
func (a *analysis) intent(s signals) Intent {
	subjCancel := reCancel.MatchString(a.subject)
	subjChange := reChangeStrong.MatchString(a.subject) || strings.Contains(a.subject, "aenderung") || strings.Contains(a.subject, "umbuchung")
	bookingKnown := s.old || a.quote.confirmed && a.quote.single >= 0
	switch {
	case a.partyChanged():
		a.note("change: the number of people of a booking")
		return IntentChange
	case s.changeStrong:
		a.note("change: rebooking asked")
		return IntentChange
	case s.changeWeak && (a.hasFromTo() || bookingKnown && (s.register || a.hasTargetWish())):
		a.note("change: a booking exists and a new wish is named")
		return IntentChange
	case (s.cancel || s.register) && !s.workshop && !a.namesSession() && a.quote.single < 0:
		a.note("not about the workshop")
		return a.questionOrOther(s)
	case a.otherTopic() != "":
		a.note(a.otherTopic())
		return a.other()
	case s.cancel:
		a.note("cancel marker")
		return IntentCancel
	case s.weakCancel && !s.register && (bookingKnown || subjCancel):
		a.conf -= 0.1
		return IntentCancel
	case subjCancel && !s.register && !s.affirm:
		a.conf -= 0.15
		return IntentCancel
	case subjChange && bookingKnown && a.hasTargetWish():
		return IntentChange
	case a.confirmsAttendance(s):
		a.note("says they come to the confirmed booking")
		return a.questionOrOther(s)
	case s.register && a.undecided() && !a.namesSession() && a.anyQuestionMark():
		a.note("undecided, asks first")
		return IntentQuestion
	case s.register || s.affirm:
		return a.registerOrQuestion(s)
	}
	return a.intentNoWishWord(s)
}

// intentNoWishWord decides a mail with no counted wish word: a pick from
// the bot's list, an undecided sender's question, a session asked for with
// "please", a rebooking implied by a new session, or no wish at all.
func (a *analysis) intentNoWishWord(s signals) Intent {
	switch {
	case a.picksFromList():
		a.note("picks an entry of the quoted list")
		return IntentRegister
	case s.tentative && a.anyQuestionMark() && !a.isCommercial():
		a.note("undecided, asks first")
		return IntentQuestion
	case a.requestsSession() && !s.question && !a.isCommercial() || a.requestsSession() && s.question && !a.declinesAll():
		a.note("a session asked for with 'please' or a count")
		return IntentRegister
	case s.anyWish && s.workshop && !s.question:
		a.note("any session")
		return IntentRegister
	case s.old && a.hasNewWish():
		a.note("a booking exists and another session is wished")
		return IntentChange
	case a.acknowledges(s):
		a.note("thanks for a confirmed booking")
		return a.questionOrOther(s)
	case s.specific && s.workshop && !s.thanks && !s.question && !a.isCommercial() && !a.declinesAll() && !s.tentative:
		a.conf -= 0.3
		a.note("no wish words, but a session is named")
		return IntentRegister
	}
	return a.questionOrOther(s)
}

// questionOrOther: a person's mail with no wish. A question about the
// workshop goes to the question flow; offers, spam and misdirected mail are
// "other" (a misdirected question still needs a human: has_question).
func (a *analysis) questionOrOther(s signals) Intent {
	spam := a.isCommercial()
	if s.question && (s.workshop || s.tentative) && !spam {
		return IntentQuestion
	}
	a.conf -= 0.15
	a.otherQuestion = !spam && a.anyQuestionMark()
	return IntentOther
}

// other: mail about something else; a question in it still needs a human.
func (a *analysis) other() Intent {
	a.conf -= 0.15
	a.otherQuestion = a.anyQuestionMark()
	return IntentOther
}

// isCommercial: spam, or a seller's offer with a price or a rental.
func (a *analysis) isCommercial() bool {
	low := a.commercialLow()
	return reSpam.MatchString(low) || reSendQuote.MatchString(low) || reSalesPitch.MatchString(low) || reSellerVoice.MatchString(low) && reCommercial.MatchString(low)
}

// anyQuestionMark: some sentence of the new text is a question.
func (a *analysis) anyQuestionMark() bool {
	for _, ci := range a.infos {
		if ci.question || ci.is(reQuestionPhrase) {
			return true
		}
	}
	return false
}

// namesSession: some clause (not a reason) matches a session.
func (a *analysis) namesSession() bool {
	for _, ci := range a.infos {
		if len(ci.res.set) > 0 && !ci.reason && !ci.ment.onlyMonth() {
			return true
		}
	}
	return false
}

// registerOrQuestion: a registration whose every session is ruled out
// ("weder am 24. noch am 16. kann ich") is a question when it asks one.
func (a *analysis) registerOrQuestion(s signals) Intent {
	if s.question && a.allExcluded() {
		a.note("every session ruled out")
		return IntentQuestion
	}
	return IntentRegister
}

// hasNewWish: a clause wishes a session other than the booked one.
func (a *analysis) hasNewWish() bool {
	var old []int
	for _, ci := range a.infos {
		if ci.old {
			old = append(old, ci.res.set...)
		}
	}
	for _, ci := range a.infos {
		if !ci.old && !ci.excl && !ci.reason && len(ci.res.set) > 0 && !subset(ci.res.set, old) {
			return true
		}
	}
	return false
}

// hasTargetWish: some clause names a new session apart from the old one.
func (a *analysis) hasTargetWish() bool {
	for _, ci := range a.infos {
		if ci.target && len(ci.res.set) > 0 && !ci.old {
			return true
		}
	}
	return false
}

// otherService: the mail is about another service of the town hall (a
// passport, a residence registration) and names the workshop nowhere, so
// its "Termin" is not one of the sessions.
func (a *analysis) otherService() bool {
	if a.namesSession() || reWorkshopStrong.MatchString(a.textLow) || reWorkshopStrong.MatchString(a.subject) {
		return false
	}
	return reOtherService.MatchString(a.textLow) || reOtherService.MatchString(a.subject)
}
