package parser

import "strings"

// "von Samstag, 16.8., 13 Uhr auf Donnerstag, 24.7., 18 Uhr umbuchen": the
// old part of a move runs from "von/vom/from" to the "auf/to" that starts
// the new one. The clause reader cuts the old part at its first comma, so
// the date and time of the old booking after that comma were read as part
// of the new wish and the old session was wished again.

// reFromWord starts the old part of a move (not "statt", whose new part
// stands before it).
var reFromWord = mustRe(`\b(?:vom|von|from)\s`)

// refineFromTo re-reads a move clause whose old part was cut at a comma.
func (a *analysis) refineFromTo(ci *clauseInfo) {
	if !ci.target || ci.oldText == "" {
		return
	}
	loc := reFromWord.FindStringIndex(ci.low)
	if loc == nil {
		return
	}
	if pre := findMentions(ci.low[:loc[0]], 0); !pre.empty() {
		return
	}
	rest := ci.low[loc[1]:]
	t := reToward.FindStringIndex(rest)
	if t == nil || t[0] <= len(strings.TrimRight(ci.oldText, " ")) {
		return
	}
	oldPart, newPart := rest[:t[0]], rest[t[0]:]
	year := a.res.now.Year()
	om, nm := findMentions(bareHour(oldPart), year), findMentions(newPart, year)
	if om.empty() || nm.empty() {
		return
	}
	old := a.res.resolve(om, nil, &a.quote)
	if len(old.set) == 0 {
		return
	}
	ci.oldText, ci.oldSet = oldPart, old.set
	ci.ment = nm
	ci.res = a.res.resolve(nm, old.dates, &a.quote)
	a.note("the old part of a move runs to 'auf/to': " + strings.TrimSpace(oldPart))
}
