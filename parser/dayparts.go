package parser

import (
	"slices"
	"strings"
)

// Parts of the day as alternatives: the resolver requires every part of the
// day a clause names to fit a session ("Donnerstag nachmittags" must be
// the afternoon one). Two different parts joined by "oder/und" ("egal ob
// mittags oder abends", "midday or evening") can never both fit one
// session, so that reading matched nothing and the sender who accepts both
// was asked back. Such a clause accepts each part: the union of the
// sessions each part alone gives. It can only add sessions of the day the
// clause names or, naming none, of the day named just before it.

// rePartJoin joins two parts of the day as alternatives.
var rePartJoin = mustRe(`\b(?:oder|und|bzw|beziehungsweise|als auch|wie auch|or|and|as well as)\b`)

// resolvePartAlternatives re-reads a clause that names a day and two parts
// of the day joined by "oder/und" and matched nothing.
func (a *analysis) resolvePartAlternatives(idx int) {
	ci := &a.infos[idx]
	if len(ci.res.set) > 0 || ci.old {
		return
	}
	dates := ci.res.dates
	if len(dates) == 0 && len(ci.ment.days) == 0 {
		dates = a.datesBefore(idx) // "egal, mittags oder abends": no carry after "egal"
	}
	if len(dates) == 0 {
		return
	}
	var parts []timeRef
	for _, t := range ci.ment.times {
		if t.part == "" {
			return // an exact time decides
		}
		parts = append(parts, t)
	}
	if len(parts) < 2 || !partsJoined(ci.low, parts) {
		return
	}
	var set []int
	for _, t := range parts {
		m := ci.ment
		m.times = []timeRef{t}
		for _, i := range a.res.resolve(m, dates, &a.quote).set {
			set = appendUnique(set, i)
		}
	}
	slices.Sort(set) // sessions are listed in date order
	ci.res.set = set
	a.note("parts of the day as alternatives: " + ci.text)
}

// partsJoined: a joining word stands between two of the parts, whatever
// order the mentions were found in.
func partsJoined(low string, parts []timeRef) bool {
	i, j := strings.Index(low, parts[0].text), strings.Index(low, parts[1].text)
	if i < 0 || j < 0 || i == j {
		return false
	}
	if j < i {
		i, j = j, i
	}
	k := strings.IndexByte(low[i:], ' ')
	if k < 0 || i+k > j {
		return false
	}
	return rePartJoin.MatchString(low[i+k : j])
}

// datesBefore is the days the nearest earlier clause names itself.
func (a *analysis) datesBefore(idx int) []int {
	for j := idx - 1; j >= 0; j-- {
		if o := a.infos[j]; len(o.ment.days) > 0 && !o.excl {
			return o.res.dates
		}
	}
	return nil
}
