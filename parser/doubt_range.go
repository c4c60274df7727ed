package parser

// Spans of days: "vom 10. bis 20. August bin ich verreist" names two days,
// neither of them a session day, yet rules out every session between them.
// The day rules read only the two ends, so the span is checked here against
// the sessions a reading would book.

// reRangeWord joins the two ends of a span of days.
var reRangeWord = mustRe(`\b(?:bis|until|till|to|through)\b|–|\d\.?\s?-\s?\d`)

// dayRange reads a clause's two dated ends as month-day keys lo..hi; the
// month of one end completes the other ("vom 10. bis 20. August").
func dayRange(m mentions, low string) (lo, hi int, ok bool) {
	var ends []dayRef
	for _, d := range m.days {
		if d.kind == dayExplicit || d.kind == dayOnly {
			ends = append(ends, d)
		}
	}
	if len(ends) != 2 || !reRangeWord.MatchString(low) {
		return 0, 0, false
	}
	x, y := ends[0], ends[1]
	if x.month == 0 {
		x.month = y.month
	}
	if y.month == 0 {
		y.month = x.month
	}
	if x.month == 0 {
		return 0, 0, false
	}
	lo, hi = int(x.month)*100+x.day, int(y.month)*100+y.day
	if lo > hi {
		lo, hi = hi, lo
	}
	return lo, hi, true
}

// rangeCovers: a chosen session falls inside the span.
func (a *analysis) rangeCovers(lo, hi int, chosen []int) bool {
	for _, i := range chosen {
		md := a.res.sessions[i].date % 10000
		if md >= lo && md <= hi {
			return true
		}
	}
	return false
}

// hasUnmatchedDay: the clause matches nothing, or one of its dated days
// has no session ("am 16. oder 17. August").
func (a *analysis) hasUnmatchedDay(ci clauseInfo) bool {
	if len(ci.res.set) == 0 {
		return true
	}
	for _, d := range ci.ment.days {
		if d.kind != dayExplicit && d.kind != dayOnly {
			continue
		}
		if len(a.res.resolve(mentions{days: []dayRef{d}}, nil, nil).set) == 0 {
			return true
		}
	}
	return false
}
