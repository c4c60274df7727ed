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
	parts := a.restrictingParts()
	only, hasOnly := a.onlyDays()
	for i := range a.infos {
		ci := &a.infos[i]
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
		if ci.excl || ci.reason || !reOnlyPart.MatchString(ci.low) {
			continue
		}
		for _, t := range ci.ment.times {
			if t.part != "" {
				out = append(out, t)
			}
		}
	}
	return out
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
