package parser

// reWeekdayClock is a short weekday right before a clock time ("bitte für
// Do 13:00", "Sa, 18 Uhr", "for Thu 1 pm"): chat-style and phone mail
// writes the day short without "am/on". The day must open the clause or
// follow "für/for/bitte/please/lieber/statt", so the English verb in "I can
// do 1 pm" is never read as Thursday.
var reWeekdayClock = mustRe(`(?:^|[,;:(]\s*|\b(?:für|for|bitte|please|lieber|rather|statt|instead of)\s+)(mo|di|mi|do|fr|sa|thu|sat)\.?,?\s+(?:um\s+|at\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|\s*(?:uhr|h|pm|am|p\.m\.)\b)`)

// findWeekdayClock reads the short weekdays of reWeekdayClock; only the
// day's letters are marked used, so the time after it is still read.
func findWeekdayClock(low string, used []bool, m *mentions) {
	for _, g := range reWeekdayClock.FindAllStringSubmatchIndex(low, -1) {
		if !free(used, g[2], g[3]) {
			continue
		}
		m.days = append(m.days, dayRef{kind: dayWeekday, weekday: weekdayAbbrev[sub(low, g, 1)], text: low[g[2]:g[3]]})
		mark(used, g[2], g[3])
	}
}
