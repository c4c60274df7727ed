package parser

// Cancels that name more than one day: "ich hatte mich für den 24.7. und
// den 16.8. angemeldet. Den Termin im Juli können Sie streichen, am 16.8.
// komme ich wie geplant." Reading every day of such a mail as cancelled
// would withdraw a booking the sender keeps. The rules here only ever
// remove sessions from a cancel, never add any.

// reKeep says a booking stays: its sessions are not cancelled.
var reKeep = mustRe(`\b(?:wie geplant|wie vereinbart|wie gebucht|wie besprochen|bleibt (?:bestehen|so|gebucht|es)|bleibt es (?:dabei|bei)|behalte\w*|weiterhin|nach wie vor|trotzdem|as planned|as booked|as agreed|still (?:coming|come|attend\w*|there|on)|(?:will|i'll|we'll) still|keep (?:my|our|the|me|us)|behalten sie (?:mich|uns)|stays? (?:booked|as)|unchanged|unverändert)\b`)

// cancelNamed lists the sessions the cancel's clauses name: a clause that
// keeps its booking names none, a broad clause ("can't make it tonight")
// gives way to a narrower one ("remove us from the 6 pm list"), and a month
// named next to the cancel word picks from the bookings the mail lists.
func (a *analysis) cancelNamed() []int {
	var named []*clauseInfo
	var kept []int
	for i := range a.infos {
		ci := &a.infos[i]
		if ci.reason || !ci.res.mentioned {
			continue
		}
		if reKeep.MatchString(ci.low) && !ci.is(reCancel) {
			kept = append(kept, ci.res.set...)
			continue
		}
		if cut, keep, ok := a.splitCancelKeep(ci); ok {
			kept = append(kept, keep...)
			ci = cut
		}
		if cancelSpecific(ci.ment) {
			named = append(named, ci)
		}
	}
	var order []int
	for _, ci := range named {
		if refinedByOther(ci, named) {
			continue
		}
		for _, i := range ci.res.set {
			if !containsInt(kept, i) {
				order = appendUnique(order, i)
			}
		}
	}
	if len(kept) > 0 {
		a.note("a booking the mail keeps is not cancelled")
	}
	return a.cancelMonth(order)
}

// refinedByOther: another clause names a strict part of this clause's
// sessions, so this broad one ("heute Abend") is said more exactly there.
func refinedByOther(ci *clauseInfo, all []*clauseInfo) bool {
	for _, o := range all {
		if o != ci && len(o.res.set) > 0 && len(o.res.set) < len(ci.res.set) && subset(o.res.set, ci.res.set) {
			return true
		}
	}
	return false
}

// cancelMonth: "den Termin im Juli streichen" next to a list of bookings
// in July and August cancels the July one only.
func (a *analysis) cancelMonth(order []int) []int {
	if len(order) < 2 {
		return order
	}
	for _, ci := range a.infos {
		if len(ci.ment.days) == 0 || !ci.ment.onlyMonth() || !ci.is(reCancel) {
			continue
		}
		if in := intersect(order, ci.res.set); len(in) > 0 && len(in) < len(order) {
			a.note("the month named with the cancel: " + ci.text)
			return in
		}
	}
	return order
}

// splitCancelKeep reads "cancel the 1 pm one and keep me for 6 pm": a
// clause with both a cancel and a keep word cancels what stands before the
// keep word and keeps what stands after it, when both parts name a time or
// day of their own.
func (a *analysis) splitCancelKeep(ci *clauseInfo) (*clauseInfo, []int, bool) {
	loc := reKeep.FindStringIndex(ci.low)
	if loc == nil || !reCancel.MatchString(ci.low[:loc[0]]) {
		return nil, nil, false
	}
	before, after := findMentions(ci.low[:loc[0]], a.res.now.Year()), findMentions(ci.low[loc[0]:], a.res.now.Year())
	if before.empty() || after.empty() {
		return nil, nil, false
	}
	cut := *ci
	cut.ment = before
	cut.res = a.res.resolve(before, ci.res.dates, &a.quote)
	keep := a.res.resolve(after, ci.res.dates, &a.quote).set
	return &cut, keep, true
}
