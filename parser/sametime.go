package parser

// "Ich bin für den 24.7. um 13 Uhr angemeldet, würde aber lieber am 16.8.
// kommen statt am 24.7., gleiche Uhrzeit": the same time is the time of the
// booking the mail itself names. The resolver reads "gleiche Uhrzeit" only
// against a quoted booking; without one the wish matched nothing. The time
// is taken only from a single booked session the mail names, so the rule
// cannot guess between two.

// resolveSameTime re-reads a clause asking for the same time as the
// booking the mail names.
func (a *analysis) resolveSameTime(ci *clauseInfo) {
	if !ci.ment.sameTime || len(ci.res.set) > 0 || len(ci.res.dates) == 0 || ci.old || ci.excl {
		return
	}
	if a.quote.single >= 0 {
		return
	}
	s, ok := a.namedBooking()
	if !ok {
		return
	}
	m := ci.ment
	m.sameTime = false
	m.times = append(m.times[:0:0], timeRef{hour: a.res.sessions[s].hour, min: a.res.sessions[s].min, text: "gleiche uhrzeit"})
	ci.res = a.res.resolve(m, ci.res.dates, &a.quote)
	a.note("the same time as the booking named in the mail")
}

// namedBooking is the one session the mail names as booked (an "ich bin
// für … angemeldet" clause or the "statt …" part of a change) with a clock
// time of its own.
func (a *analysis) namedBooking() (int, bool) {
	found := -1
	for _, ci := range a.infos {
		var set []int
		switch {
		case ci.old && hasClockTime(ci.ment):
			set = ci.res.set
		case len(ci.oldSet) == 1 && hasClockTime(findMentions(ci.oldText, 0)):
			set = ci.oldSet
		default:
			continue
		}
		if len(set) != 1 || found >= 0 && found != set[0] {
			return -1, false
		}
		found = set[0]
	}
	return found, found >= 0
}
