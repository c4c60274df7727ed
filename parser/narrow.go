package parser

import "strings"

// Narrowing: a clause that names only a day ("am Donnerstag", "the Thursday
// one") matches every session of that day. Other parts of the mail often
// say which one is meant, and reading the day alone would then book a
// session the sender did not accept. The rules here only ever remove
// sessions from a clause, never add any, so they cannot create a booking.

// reOnlyPart marks a part of the day that holds for the whole mail ("jeweils
// abends", "evenings only", "nur nachmittags", "both in the evening").
var reOnlyPart = mustRe(`\b(?:jeweils|nur|only|ausschließlich|immer|beide (?:male|mal)|beides|beide|each|both|always|just|in beiden fällen|in both cases|either way)\b`)

// narrow applies the mail-wide restrictions to the clauses that name a day
// without a time of their own.
func (a *analysis) narrow() {
	a.readPostscript()
	a.splitNegatedTails()
	a.markContrast()
	a.markAnyPreference()
	a.markFallbackConditions()
	parts := a.restrictingParts()
	only, hasOnly := a.onlyDays()
	for i := range a.infos {
		ci := &a.infos[i]
		a.refineFromTo(ci)
		a.resolveOnlySegment(ci)
		a.resolvePartAlternatives(i)
		a.resolveSameTime(ci)
		if hasOnly && !ci.excl && !ci.old && len(ci.res.set) > 0 {
			ci.res.set = intersect(ci.res.set, only)
		}
		if len(ci.res.set) == 0 || hasOwnTime(ci.ment) {
			continue
		}
		if len(parts) > 0 && !ci.excl {
			ci.res.set = a.keepFitting(ci.res.set, parts)
		}
		if !ci.excl && !ci.old {
			ci.res.set = a.narrowToOffer(ci.res.set)
		}
	}
}

// hasOwnTime: the clause names an exact time or a part of the day itself.
func hasOwnTime(m mentions) bool { return len(m.times) > 0 || m.sameTime }

// restrictingParts are the parts of the day a clause says hold throughout
// ("notfalls auch am Donnerstag, jeweils abends": Saturday evening too).
func (a *analysis) restrictingParts() []timeRef {
	var out []timeRef
	for _, ci := range a.infos {
		if ci.excl || ci.reason || !ci.is(reOnlyPart) {
			continue
		}
		seg := onlySegment(ci.low)
		var own []timeRef
		for _, t := range ci.ment.times {
			if t.part != "" && strings.Contains(seg, t.text) {
				own = append(own, t)
			}
		}
		if distinctParts(own) > 1 {
			continue // "mittags oder abends, beides geht": alternatives, no limit
		}
		out = append(out, own...)
	}
	return out
}

// distinctParts counts the different parts of the day in ts.
func distinctParts(ts []timeRef) int {
	seen := map[string]bool{}
	for _, t := range ts {
		seen[t.part] = true
	}
	return len(seen)
}

// onlySegment is the part of a clause from its "nur/only" word to the next
// comma: in "nur für den Abendtermin, mittags bin ich im Dienst" the midday
// is the reason, not a second restriction. A restricting word after the
// part ("abends jeweils") keeps the whole clause.
func onlySegment(low string) string {
	loc := reOnlyPart.FindStringIndex(low)
	if loc == nil {
		return low
	}
	if seg := toComma(low[loc[0]:]); seg != low[loc[0]:] {
		return seg
	}
	return low
}

// toComma cuts s at its first comma or semicolon when the part before it
// names a day or time of its own; else s stays whole.
func toComma(s string) string {
	k := strings.IndexAny(s, ",;")
	if k < 0 {
		return s
	}
	if m := findMentions(s[:k], 0); m.empty() {
		return s
	}
	return s[:k]
}

// fitting keeps the sessions that fit the mail-wide parts of the day: "egal
// welcher Tag, nur abends" widens to every evening, never to the midday.
func (a *analysis) fitting(set []int) []int {
	if parts := a.restrictingParts(); len(parts) > 0 {
		return a.keepFitting(set, parts)
	}
	return set
}

// keepFitting drops the sessions that do not fit every restricting part.
func (a *analysis) keepFitting(set []int, parts []timeRef) []int {
	var out []int
	m := mentions{times: parts}
	for _, i := range set {
		if a.res.timeFits(m, i, nil) {
			out = append(out, i)
		}
	}
	if len(out) < len(set) {
		a.note("a part of the day named for the whole mail")
	}
	return out
}

// narrowToOffer: in a reply to the bot's list of open sessions, "the
// Thursday one" means the Thursday session on that list. A confirmed
// booking in the quote is the old session, not an offer, so it is left out.
func (a *analysis) narrowToOffer(set []int) []int {
	q := &a.quote
	if !q.offered || q.confirmed || len(q.listed) == 0 {
		return set
	}
	var out []int
	for _, i := range set {
		if containsInt(q.listed, i) {
			out = append(out, i)
		}
	}
	if len(out) == 0 || len(out) == len(set) {
		return set
	}
	a.conf -= 0.1
	a.note("the day's session on the quoted list")
	return out
}

// narrowBySubject: the subject names the session ("Absage für Donnerstag,
// 18 Uhr") and the body only its day: the body's day means the subject's
// session. A subject naming another session changes nothing.
func (a *analysis) narrowBySubject(order []int) []int {
	subj := a.subjectSet()
	if len(subj) == 0 || len(subj) >= len(order) || !subset(subj, order) {
		return order
	}
	a.note("the session named in the subject")
	return subj
}

// subjectSet is the sessions the subject names with a day or an exact time.
func (a *analysis) subjectSet() []int {
	subj := truncate(reSubjectPrefix.ReplaceAllString(a.rd.Subject, ""), 500)
	var out []int
	for _, ci := range a.clausesOf(subj, 1<<20) {
		if ci.excl || !ci.ment.hasSpecific() {
			continue
		}
		for _, i := range ci.res.set {
			out = appendUnique(out, i)
		}
	}
	return out
}

// onlyDays are the sessions of the days a mail names after "nur"/"only"
// ("Donnerstag bin ich arbeiten, also nur Samstag"): every wish of the mail
// keeps to them, whatever other day the sentence names.
func (a *analysis) onlyDays() ([]int, bool) {
	var out []int
	found := false
	for _, ci := range a.infos {
		if ci.excl || ci.reason || ci.old {
			continue
		}
		low := reNegationExempt.ReplaceAllString(ci.low, " ")
		for _, loc := range reOnlyDay.FindAllStringIndex(low, -1) {
			rest := low[loc[1]:]
			if k := strings.IndexAny(rest, ",;.!?"); k >= 0 {
				rest = rest[:k]
			}
			m := findMentions(rest, a.res.now.Year())
			if len(m.days) == 0 {
				continue
			}
			found = true
			for _, i := range a.res.resolve(m, nil, &a.quote).set {
				out = appendUnique(out, i)
			}
		}
	}
	if found {
		a.note("only the days named after 'nur/only'")
	}
	return out, found
}

// reOnlyDay starts a restriction to days; "just" is left out, it mostly
// means "simply" ("I just wanted to say Thursday works").
var reOnlyDay = mustRe(`\b(?:nur|only|ausschließlich)\s`)

func intersect(set, keep []int) []int {
	var out []int
	for _, i := range set {
		if containsInt(keep, i) {
			out = append(out, i)
		}
	}
	return out
}

// resolveOnlySegment re-reads a clause that matched nothing because it
// names a restriction and, after a comma, the reason for it ("nur für den
// Abendtermin, mittags bin ich im Dienst"): only the restriction's part of
// the day counts for its sessions.
func (a *analysis) resolveOnlySegment(ci *clauseInfo) {
	if len(ci.res.set) > 0 || len(ci.res.dates) == 0 || ci.excl || ci.old {
		return
	}
	seg := onlySegment(ci.low)
	if seg == ci.low {
		return
	}
	m := ci.ment
	m.times = nil
	for _, t := range ci.ment.times {
		if strings.Contains(seg, t.text) {
			m.times = append(m.times, t)
		}
	}
	if len(m.times) == 0 || len(m.times) == len(ci.ment.times) {
		return
	}
	ci.res = a.res.resolve(m, ci.res.dates, &a.quote)
}
