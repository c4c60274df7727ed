package parser

import "strings"

// A negation followed by what works: "am 24.7. mittags geht es bei mir
// nicht, abends aber schon", "Das klappt doch nicht, abends würde es gehen".
// The clause splitter keeps the part after the comma with the negation, so
// the whole clause was an exclusion and the time that works was lost. The
// tail after the last comma names a time of its own without a negation,
// and it (or the next clause of the sentence) says it works: it is a wish
// on the day the clause names.

// reTailWorks says the tail holds: "aber schon", "würde es gehen", "ja".
var reTailWorks = mustRe(`^\s*(?:aber|jedoch|doch|dafür)?\s*(?:schon|ja|sehr wohl|gehen|klappen|passen)\b|\b(?:würde|ginge|geht|klappt|passt|would|works?|is fine|fine)\b`)

// splitNegatedTails inserts the wish a negated clause's tail names. Most
// mails split nothing: the list is copied only from the first split on.
func (a *analysis) splitNegatedTails() {
	var out []clauseInfo
	for i := range a.infos {
		ci := a.infos[i]
		var next *clauseInfo
		if i+1 < len(a.infos) && a.infos[i+1].sentence == ci.sentence {
			next = &a.infos[i+1]
		}
		if tail, ok := a.negatedTail(&ci, next); ok {
			out = append(a.infosBefore(out, i), ci, tail)
			continue
		}
		if tail, ok := a.wishThenNegation(&ci); ok {
			out = append(a.infosBefore(out, i), ci, tail)
			continue
		}
		if out != nil {
			out = append(out, ci)
		}
	}
	if out != nil {
		a.infos = out
	}
}

// infosBefore is out, or at the first split a new list with the clauses
// before i (the split functions change only the clause they split).
func (a *analysis) infosBefore(out []clauseInfo, i int) []clauseInfo {
	if out != nil {
		return out
	}
	return append(make([]clauseInfo, 0, len(a.infos)+2), a.infos[:i]...)
}

// negatedTail splits ci at its last comma when the head negates and the
// tail is a wish; ci keeps the head.
func (a *analysis) negatedTail(ci, next *clauseInfo) (clauseInfo, bool) {
	k := strings.LastIndexAny(ci.low, ",;")
	if !ci.excl || ci.old || k < 0 {
		return clauseInfo{}, false
	}
	head, tail := ci.low[:k], ci.low[k+1:]
	year := a.res.now.Year()
	tm := findMentions(tail, year)
	if len(tm.times) == 0 || len(tm.days) > 0 || reNegation.MatchString(tail) {
		return clauseInfo{}, false
	}
	if !reTailWorks.MatchString(tail) && (next == nil || !reTailWorks.MatchString(next.low)) {
		return clauseInfo{}, false
	}
	hm := findMentions(head, year)
	dates := ci.res.dates
	ci.ment, ci.low = hm, head
	ci.res = a.res.resolve(hm, dates, &a.quote)
	if len(hm.days) == 0 {
		ci.res = a.res.resolve(hm, nil, &a.quote)
		ci.res.set = intersectDates(a, ci.res.set, dates)
	}
	w := *ci
	w.excl, w.low, w.text, w.ment, w.sub = false, tail, tail, tm, ci.sub+1
	w.res = a.res.resolve(tm, dates, &a.quote)
	a.note("what works after a negation: " + strings.TrimSpace(tail))
	return w, true
}

// intersectDates keeps the sessions on the given dates (all when none).
func intersectDates(a *analysis, set, dates []int) []int {
	if len(dates) == 0 {
		return set
	}
	var out []int
	for _, i := range set {
		if containsInt(dates, a.res.sessions[i].date) {
			out = append(out, i)
		}
	}
	return out
}

// wishThenNegation: "allerdings am Samstag um 13 Uhr, abends kann ich
// nicht" names the wish before the comma and rules out another time after
// it. The head must name a day and a time of its own, the tail another
// time, and the sentence must wish something; then ci keeps the head as a
// wish and the tail is its own exclusion.
func (a *analysis) wishThenNegation(ci *clauseInfo) (clauseInfo, bool) {
	k := strings.LastIndexAny(ci.low, ",;")
	if !ci.excl || ci.old || k < 0 || !(ci.regWord || reWorks.MatchString(ci.sentText)) {
		return clauseInfo{}, false
	}
	head, tail := ci.low[:k], ci.low[k+1:]
	year := a.res.now.Year()
	hm, tm := findMentions(head, year), findMentions(tail, year)
	if len(hm.days) == 0 || len(hm.times) == 0 || len(tm.times) == 0 || len(tm.days) > 0 {
		return clauseInfo{}, false
	}
	if reNegation.MatchString(reNegationExempt.ReplaceAllString(head, " ")) || !reNegation.MatchString(tail) {
		return clauseInfo{}, false
	}
	hr := a.res.resolve(hm, nil, &a.quote)
	tr := a.res.resolve(tm, hr.dates, &a.quote)
	if len(hr.set) == 0 || len(tr.set) == 0 || overlaps(hr.set, tr.set) {
		return clauseInfo{}, false
	}
	t := *ci
	t.low, t.text, t.ment, t.res, t.sub = tail, tail, tm, tr, ci.sub+1
	ci.excl, ci.low, ci.ment, ci.res = false, head, hm, hr
	a.note("a wish before a ruled-out time: " + strings.TrimSpace(head))
	return t, true
}
