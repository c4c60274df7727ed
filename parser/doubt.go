package parser

import "strings"

// Doubt: the rules read the phrasings they were written against; an unseen
// phrasing can make them miss a restriction and book a session the sender
// did not accept. The signals here do not try to read such a mail right.
// They notice that the reading of sessions may be incomplete — a word that
// restricts or negates next to a day the rules used as a wish, a date that
// matches nothing and was not explained, a pairing of days and times the
// clause leaves open, a first choice taken from the subject alone — and then
// hold the reading for the coordinator instead of booking it.

// heldConfidence is below the 0.6 from which the mail worker acts.
const heldConfidence = 0.55

// reDoubtWord restricts or negates: next to a day used as a wish it means
// the rules may have read the wish too wide.
var reDoubtWord = mustRe(`\b(?:leider|nur|only|unless|es sei denn|sofern|solange|as long as|provided|ausser wenn|bis auf)\b`)

// reOnlyWord starts a restriction whose day or time must hold for the wish.
var reOnlyWord = mustRe(`\b(?:nur|only|ausschließlich|just)\s`)

// reNumberTime is a clock time written as a word ("um eins", "at six"),
// which the time patterns do not read.
var reNumberTime = mustRe(`\b(?:um|gegen|ab|at|around)\s+(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb|viertel|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half past|quarter)\b`)

// judgeDoubt holds a booking reading whose sessions may be incomplete.
func (a *analysis) judgeDoubt() {
	a.cancelDoubt()
	if a.rd.Intent != IntentRegister && a.rd.Intent != IntentChange || len(a.rd.Sessions) == 0 {
		return
	}
	chosen := a.chosen()
	for _, why := range []string{a.restrictionDoubt(chosen), a.unmatchedDoubt(chosen), a.pairingDoubt(chosen), a.subjectDoubt(chosen),
		a.selectorDoubt(chosen), a.bookedAgainDoubt(chosen), a.unaccountedDoubt(chosen), a.unusedMentionDoubt(chosen), a.timeOnlyDoubt(chosen),
		a.fromToDoubt(chosen), a.exceptInferredDoubt(chosen), a.tentativeDoubt(chosen), a.keptOtherDoubt(chosen), a.scopeDoubt(chosen), a.excludedChosenDoubt(chosen)} {
		if why != "" {
			a.conf = min(a.conf, heldConfidence)
			a.note("doubt: " + why)
		}
	}
}

// chosen is the reading's sessions as indices.
func (a *analysis) chosen() []int {
	var out []int
	for i, s := range a.res.sessions {
		for _, id := range a.rd.Sessions {
			if s.id == id {
				out = append(out, i)
			}
		}
	}
	return out
}

// restrictionDoubt: a sentence whose day or time gave a chosen session also
// restricts or negates in a clause that was not read as an exclusion.
func (a *analysis) restrictionDoubt(chosen []int) string {
	for _, w := range a.infos {
		if w.excl || !overlaps(w.res.set, chosen) {
			continue
		}
		for _, ci := range a.infos {
			if ci.sentence != w.sentence || (ci.excl && ci.res.mentioned) {
				continue
			}
			low := a.doubtFree(ci)
			if !reDoubtWord.MatchString(low) && !reNegation.MatchString(low) {
				continue
			}
			if a.onlyExplained(low, chosen) || (!ci.res.mentioned && a.sentenceExcludes(ci.sentence)) {
				continue
			}
			return "a restriction next to the wished day: " + ci.text
		}
	}
	return ""
}

// sentenceExcludes: the sentence rules out a day of its own, so a negation
// in a clause without a day is the reason for it ("Am 24. kann ich nicht,
// da bin ich auf Dienstreise").
func (a *analysis) sentenceExcludes(sent int) bool {
	for _, ci := range a.infos {
		if ci.sentence == sent && ci.excl && ci.res.mentioned && !ci.reason {
			return true
		}
	}
	return false
}

// onlyExplained: the clause's only doubt word is "nur/only" and the day or
// time after it covers every chosen session ("nur abends").
func (a *analysis) onlyExplained(low string, chosen []int) bool {
	if reNegation.MatchString(low) {
		return false
	}
	stripped := reOnlyWord.ReplaceAllString(strings.ReplaceAll(low, "leider", ""), " ")
	if reDoubtWord.MatchString(stripped) {
		return false
	}
	loc := reOnlyWord.FindStringIndex(low)
	if loc == nil {
		return false
	}
	m := findMentions(toComma(low[loc[1]:]), a.res.now.Year())
	if m.empty() {
		return true // "nur eine Frage", "only me"
	}
	set := a.res.resolve(m, nil, &a.quote).set
	return len(set) > 0 && subset(chosen, set)
}

// unmatchedDoubt: a day or time of the new text matches no session and is
// neither the old booking nor in the past ("17. August", "um 10 Uhr"); a
// span of days covers a chosen session; or a clock time is written as a
// word. An absence whose span lies apart from the wish is explained.
func (a *analysis) unmatchedDoubt(chosen []int) string {
	for _, ci := range a.infos {
		if reNumberTime.MatchString(ci.low) && len(ci.ment.times) == 0 {
			return "a time written as a word: " + ci.text
		}
		if !ci.res.mentioned || ci.old || ci.ment.onlyMonth() || a.inPast(ci) {
			continue
		}
		if lo, hi, ok := dayRange(ci.ment, ci.low); ok {
			if a.rangeCovers(lo, hi, chosen) {
				return "a span of days over a chosen session: " + ci.text
			}
			if ci.excl {
				continue
			}
		}
		if (ci.excl && len(ci.ment.days) == 0) || !a.hasUnmatchedDay(ci) || a.otherAppointment(ci) {
			continue
		}
		return "a day or time that matches no session: " + ci.text
	}
	return ""
}

// inPast: every day the clause names lies before the mail's Date, so it is
// background ("gestern hat es nicht geklappt"), not a wish.
func (a *analysis) inPast(ci clauseInfo) bool {
	if a.res.now.IsZero() || len(ci.res.dates) == 0 {
		return false
	}
	today := dateKey(a.res.now)
	for _, d := range ci.res.dates {
		if d == 0 || d >= today {
			return false
		}
	}
	return true
}

// otherAppointment: a clock time, with a full date or none, in a sentence that neither
// wishes, changes nor rules out anything ("Unser Sommerkonzert: 24.08.2025,
// 18 Uhr", "Ich muss um 14:30 in Landstuhl sein") is about another
// appointment, not a misread wish.
func (a *analysis) otherAppointment(ci clauseInfo) bool {
	if !hasClockTime(ci.ment) || (len(ci.ment.days) > 0 && !hasExplicitDay(ci.ment)) {
		return false
	}
	for _, o := range a.infos {
		if o.sentence == ci.sentence && (o.regWord || o.target || o.excl || o.old || o.rank != 1 || o.anyWord) {
			return false
		}
	}
	return true
}

func hasClockTime(m mentions) bool {
	for _, t := range m.times {
		if t.part == "" {
			return true
		}
	}
	return false
}

func hasExplicitDay(m mentions) bool {
	for _, d := range m.days {
		if d.kind == dayExplicit {
			return true
		}
	}
	return false
}

// pairingDoubt: one clause names several days and several times, so which
// time goes with which day is open ("Donnerstag 13 und Samstag 18 Uhr").
func (a *analysis) pairingDoubt(chosen []int) string {
	for _, ci := range a.infos {
		if len(ci.res.dates) < 2 || len(ci.ment.times) < 2 || !overlaps(ci.res.set, chosen) {
			continue
		}
		if distinctDates(ci.res.dates) > 1 && distinctHours(ci.ment.times) > 1 {
			return "several days and times in one clause: " + ci.text
		}
	}
	return ""
}

// subjectDoubt: the first choice comes only from the subject line.
func (a *analysis) subjectDoubt(chosen []int) string {
	if len(chosen) == 0 {
		return ""
	}
	for _, ci := range a.infos {
		if ci.sentence < 1<<20 && containsInt(ci.res.set, chosen[0]) && !ci.excl {
			return ""
		}
	}
	if a.subjectOnly() && (a.subjectIsReply() || a.textHasDoubtWord() || !a.subjectSpecific()) {
		return "the session is named only in the subject: " + strings.TrimSpace(a.subject)
	}
	return ""
}

// subjectIsReply: "Re:"/"AW:" — the subject was written by someone else,
// perhaps by the bot itself, so its session is not the sender's word.
func (a *analysis) subjectIsReply() bool {
	return reSubjectPrefix.MatchString(a.rd.Subject)
}

// subjectSpecific: the subject names a day and an exact time.
func (a *analysis) subjectSpecific() bool {
	for _, ci := range a.infos {
		if ci.sentence >= 1<<20 && hasClockTime(ci.ment) && len(ci.ment.days) > 0 && len(ci.res.set) == 1 {
			return true
		}
	}
	return false
}

func (a *analysis) textHasDoubtWord() bool {
	low := reNegationExempt.ReplaceAllString(a.textLow, " ")
	return reDoubtWord.MatchString(low) || reNegation.MatchString(low)
}

// subjectOnly: the clauses were read from the subject because the new text
// names no day or time.
func (a *analysis) subjectOnly() bool {
	for _, ci := range a.infos {
		if ci.sentence >= 1<<20 {
			return true
		}
	}
	return false
}

func overlaps(a, b []int) bool {
	for _, x := range a {
		if containsInt(b, x) {
			return true
		}
	}
	return false
}

func distinctHours(ts []timeRef) int {
	var seen []int
	for _, t := range ts {
		seen = appendUnique(seen, t.hour*100+t.min+len(t.part)*10000)
	}
	return len(seen)
}

func distinctDates(ds []int) int {
	var seen []int
	for _, d := range ds {
		seen = appendUnique(seen, d)
	}
	return len(seen)
}
