package parser

import "time"

// Mentions: the days and times one clause names, read by the date and time
// patterns (dates.go, times.go). Each pattern marks the bytes it read as
// used, so a later pattern does not read them again, and so the bytes no
// pattern read can be checked for time words the rules do not understand
// (accounted.go).

// dayKind says how a day was named; it decides whether sessions that have
// already started may still match (only for explicit and relative dates).
type dayKind int

const (
	dayExplicit    dayKind = iota // "24.07.", "16. August", "July 24th"
	dayRelative                   // "morgen", "übermorgen", "heute"
	dayNextWeekday                // "nächsten Donnerstag", "next Saturday"
	dayThisWeekday                // "diesen Samstag", "this Saturday"
	dayWeekday                    // "Donnerstag", "Samstagstermin"
	dayOnly                       // "am 24.", "am 16ten"
	dayMonth                      // "im August"
)

// dayRef is one mention of a day in the text.
type dayRef struct {
	kind    dayKind
	year    int
	month   time.Month
	day     int
	weekday time.Weekday
	rel     int
	text    string
}

// timeRef is one mention of a time of day: an exact time or a part of the
// day ("abends", "mittags", "den frühen Termin").
type timeRef struct {
	hour, min int
	from      int    // a lower bound: 1 "ab 17 Uhr", 2 "frühestens ab 17 Uhr" (bound.go)
	part      string // "", "evening", "midday", "afternoon", "morning", "daytime", "early", "late"
	text      string
}

// mentions are all day and time mentions of one clause.
type mentions struct {
	days     []dayRef
	times    []timeRef
	sameTime bool // "gleiche Uhrzeit": the time of the quoted booking
	sameDay  bool // "am selben Tag"
	conflict bool // weekday and date disagree ("Samstag, 17. August")
}

func (m *mentions) empty() bool {
	return len(m.days) == 0 && len(m.times) == 0 && !m.sameTime && !m.sameDay
}

// onlyMonth reports a clause that names nothing but a month ("im August").
func (m *mentions) onlyMonth() bool {
	if len(m.times) > 0 || m.sameDay || m.sameTime {
		return false
	}
	for _, d := range m.days {
		if d.kind != dayMonth {
			return false
		}
	}
	return true
}

// hasSpecific reports a mention that names a day or an exact time (not only
// a month or a part of the day): enough to read a terse mail as a booking.
func (m *mentions) hasSpecific() bool {
	for _, d := range m.days {
		if d.kind != dayMonth {
			return true
		}
	}
	for _, t := range m.times {
		if t.part == "" {
			return true
		}
	}
	return false
}

// findMentions reads every day and time mention out of one lower-cased clause.
func findMentions(low string, year int) mentions {
	m, _ := readMentions(low, year)
	return m
}

// readMentions is findMentions that also returns which bytes a pattern read.
func readMentions(low string, year int) (mentions, []bool) {
	var m mentions
	used := make([]bool, len(low))
	low = blank(low, reGreeting, used)
	findNumericDates(low, year, used, &m)
	findNamedDates(low, used, &m)
	findTimes(low, used, &m)
	findDayWords(low, used, &m)
	findParts(low, used, &m)
	m.sameTime = reSameTime.MatchString(low)
	m.sameDay = reSameDay.MatchString(low)
	return m, used
}

// blank marks the matches of re as used (greetings are not time mentions).
func blank(low string, re *fastRe, used []bool) string {
	for _, loc := range re.FindAllStringIndex(low, -1) {
		mark(used, loc[0], loc[1])
	}
	return low
}

func mark(used []bool, a, b int) {
	for i := a; i < b && i < len(used); i++ {
		used[i] = true
	}
}

func free(used []bool, a, b int) bool {
	for i := a; i < b && i < len(used); i++ {
		if used[i] {
			return false
		}
	}
	return true
}
