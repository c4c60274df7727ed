package parser

// A change of party size: "wir sind für den 16.8. zu dritt angemeldet …
// bitte reduzieren Sie auf 2 Plätze", "could you increase our booking to
// 3 people?". The booking stays where it is; only the number changes. It is
// a change (LABELS.md) whose session is the existing booking and whose
// party is the new number, not a new registration for the old number.

// reNewCount is the new number after "auf"/"to".
var reNewCount = mustRe(`\b(?:auf|to)\s+(?:insgesamt\s+|in total\s+)?` + countPattern + `\s+(?:personen|person|plätze|platz|leute|teilnehm\w*|people|persons|places|seats|spots|participants)\b`)

// countPattern is numPattern with "ein/eine" ("auf eine Person").
const countPattern = `(\d{1,2}|eins?|eine[nr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|three|four|five|six|seven|eight|nine|ten)`

// reOnlyNow states the new number alone: "nur noch eine Person", "dann
// nur noch 1 Platz", "now only 2 people". "noch"/"now" say it was more.
var reOnlyNow = mustRe(`\b(?:nur noch (?:für )?|now (?:only|just) )` + countPattern + `\s+(?:personen|person|plätze|platz|leute|teilnehm\w*|people|persons|places|seats|spots)\b`)

// countValue reads a count, "ein/eine" as 1.
func countValue(s string) int {
	if len(s) >= 3 && s[:3] == "ein" {
		return 1
	}
	return numValue(s)
}

// rePartyVerb changes a booking's number of people.
var rePartyVerb = mustRe(`\b(?:erhöh\w*|reduzier\w*|verringer\w*|aufstock\w*|verkleiner\w*|vergrößer\w*|ändern|anpassen|korrigier\w*|increase\w*|reduce\w*|lower|raise|change|update|amend|adjust)\b`)

// partyChange reads a party-size change: the booked sessions and the new
// number, or ok false.
func (a *analysis) partyChange() (booked []int, n int, ok bool) {
	var count int
	for _, ci := range a.infos {
		if m := reNewCount.FindStringSubmatch(ci.sentText); m != nil && rePartyVerb.MatchString(ci.sentText) {
			count = countValue(m[1])
		} else if m := reOnlyNow.FindStringSubmatch(ci.low); m != nil {
			count = countValue(m[1])
		}
	}
	if count < 1 || count > 30 {
		return nil, 0, false
	}
	for _, ci := range a.infos {
		if reOldBooking.MatchString(ci.low) && !ci.excl && !ci.ment.onlyMonth() {
			for _, i := range ci.res.set {
				booked = appendUnique(booked, i)
			}
		}
	}
	if len(booked) == 0 && a.quote.confirmed && a.quote.single >= 0 {
		booked = []int{a.quote.single}
	}
	if len(booked) == 0 {
		booked = a.statedSession()
	}
	if len(booked) != 1 {
		return nil, 0, false // no booking, or which one changes is open
	}
	return booked, count, true
}

func (a *analysis) partyChanged() bool {
	_, _, ok := a.partyChange()
	return ok
}

// statedSession: with no booking word and no quote, the session the mail's
// wish clauses name ("mein Mann kann nicht mit, ich komme dann allein um
// 13 Uhr. Bitte ändern Sie die Anmeldung auf eine Person").
func (a *analysis) statedSession() []int {
	var set []int
	for _, ci := range a.infos {
		if ci.regWord && !ci.excl && !ci.question && !ci.old && ci.sentence < subjectSentence {
			for _, i := range ci.res.set {
				set = appendUnique(set, i)
			}
		}
	}
	return set
}
