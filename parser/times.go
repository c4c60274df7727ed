package parser

import (
	"strings"
	"time"
)

// findTimes reads clock times: "13 Uhr", "13:00", "13.00 Uhr", "18h",
// "1 pm", "um 13", "13 oder 18 Uhr", and "6 Uhr abends" (= 18:00).
func findTimes(low string, used []bool, m *mentions) {
	findWordTimes(low, used, m)
	findExtraTimes(low, used, m)
	if !hasDigit(low) {
		return
	}
	evening := reEvening.MatchString(low) || reAfternoon.MatchString(low) || strings.Contains(low, "nachts")
	midday := reMidday.MatchString(low)
	morning := reMorning.MatchString(low)
	add := func(a, b, h, mi int, suffix string) {
		if !free(used, a, b) {
			return
		}
		h = adjustHour(h, suffix, evening, midday, morning)
		m.times = append(m.times, timeRef{hour: h, min: mi, text: low[a:b], from: boundBefore(low, a)})
		mark(used, a, b)
	}
	for _, g := range reTimePair.FindAllStringSubmatchIndex(low, -1) {
		if !free(used, g[0], g[1]) {
			continue
		}
		suf := sub(low, g, 3)
		h1, h2 := atoi(sub(low, g, 1)), atoi(sub(low, g, 2))
		m.times = append(m.times,
			timeRef{hour: adjustHour(h1, suf, evening, midday, morning), text: low[g[0]:g[1]]},
			timeRef{hour: adjustHour(h2, suf, evening, midday, morning), text: low[g[0]:g[1]]})
		mark(used, g[0], g[1])
	}
	for _, g := range reTimeClock.FindAllStringSubmatchIndex(low, -1) {
		sep, suf := sub(low, g, 2), sub(low, g, 4)+sub(low, g, 5)
		if digitAt(low, g[1]) || (g[0] > 0 && (low[g[0]-1] == '.' || low[g[0]-1] == ':')) {
			continue
		}
		if sep == "." && suf == "" && !precededByTimeWord(low, g[0]) && !dottedClock(low, g) {
			continue // "16.08" is a date, not 16:08
		}
		add(g[0], g[1], atoi(sub(low, g, 1)), atoi(sub(low, g, 3)), suf)
	}
	for _, g := range reTimeHour.FindAllStringSubmatchIndex(low, -1) {
		if g[0] > 0 && (low[g[0]-1] == '.' || low[g[0]-1] == ':' || low[g[0]-1] == '-' || low[g[0]-1] == '/') {
			continue
		}
		add(g[0], g[1], atoi(sub(low, g, 1)), 0, sub(low, g, 2))
	}
	for _, g := range reTimeUm.FindAllStringSubmatchIndex(low, -1) {
		rest := low[g[1]:]
		if strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "/") ||
			reStartsMonth.MatchString(rest) {
			continue
		}
		add(g[0], g[1], atoi(sub(low, g, 1)), 0, "")
	}
}

func precededByTimeWord(low string, a int) bool {
	before := strings.TrimRight(low[:a], " ")
	for _, w := range []string{" um", " ab", " gegen", " at", " from", " bis"} {
		if strings.HasSuffix(" "+before, w) {
			return true
		}
	}
	return false
}

var reStartsMonth = mustRe(`^\s*(?:\.|ten|ter|th|st|nd|rd)?\s*` + monthPattern + `\b`)

// adjustHour turns "6 Uhr abends", "1 pm" and "at 1" into 18:00, 13:00 and
// 13:00: nobody books a workshop between 1 and 7 in the morning. 8 to 11
// stay as written (a morning is possible), so they are asked back.
func adjustHour(h int, suffix string, evening, midday, morning bool) int {
	s := strings.TrimSpace(suffix)
	switch {
	case strings.Contains(s, "pm") || strings.Contains(s, "p.m."):
		if h < 12 {
			return h + 12
		}
	case strings.Contains(s, "am") || strings.Contains(s, "a.m."):
		if h == 12 {
			return 0
		}
	case h >= 1 && h < 12 && evening:
		return h + 12
	case h >= 1 && h <= 3 && midday:
		return h + 12
	case h >= 1 && h <= 7 && !morning:
		return h + 12
	}
	return h
}

// findDayWords reads day-only dates, weekdays, relative days and months.
func findDayWords(low string, used []bool, m *mentions) {
	for _, g := range reDayOnly.FindAllStringSubmatchIndex(digitsOr(low), -1) {
		if digitAt(low, g[1]) || !free(used, g[0], g[1]) {
			continue
		}
		d := atoi(sub(low, g, 1))
		if d >= 1 && d <= 31 {
			m.days = append(m.days, dayRef{kind: dayOnly, day: d, text: low[g[0]:g[1]]})
			mark(used, g[0], g[1])
		}
	}
	for _, g := range reWeekday.FindAllStringSubmatchIndex(low, -1) {
		if !free(used, g[0], g[1]) || isAssemblyWord(low, g) {
			continue
		}
		kind := weekdayKind(sub(low, g, 1))
		if kind < 0 {
			mark(used, g[0], g[1])
			continue // "letzten Donnerstag": a past day, no wish
		}
		m.days = append(m.days, dayRef{kind: dayKind(kind), weekday: weekdayNames[sub(low, g, 2)], text: low[g[0]:g[1]]})
		mark(used, g[0], g[1])
	}
	for _, g := range reRelative.FindAllStringSubmatchIndex(low, -1) {
		if !free(used, g[0], g[1]) {
			continue
		}
		w := sub(low, g, 1)
		rel := map[string]int{"heute": 0, "today": 0, "tonight": 0, "morgen": 1, "morje": 1, "morsche": 1, "tomorrow": 1, "tmrw": 1, "tmr": 1, "uebermorgen": 2, "day after tomorrow": 2}[w]
		m.days = append(m.days, dayRef{kind: dayRelative, rel: rel, text: w})
		mark(used, g[0], g[1])
	}
	for _, g := range reMonthOnly.FindAllStringSubmatchIndex(low, -1) {
		if !free(used, g[0], g[1]) {
			continue
		}
		m.days = append(m.days, dayRef{kind: dayMonth, month: monthNames[sub(low, g, 1)], text: low[g[0]:g[1]]})
		mark(used, g[0], g[1])
	}
	findWeekdayAbbrev(low, used, m)
}

// weekdayKind maps the word before a weekday to its kind; -1 for past days.
func weekdayKind(mod string) int {
	switch {
	case mod == "":
		return int(dayWeekday)
	case strings.HasPrefix(mod, "naechst"), strings.HasPrefix(mod, "kommend"), mod == "next", mod == "coming":
		return int(dayNextWeekday)
	case strings.HasPrefix(mod, "dies"), mod == "this":
		return int(dayThisWeekday)
	}
	return -1
}

// findParts reads parts of the day ("abends", "mittags", "den späten Termin").
func findParts(low string, used []bool, m *mentions) {
	parts := []struct {
		name string
		re   interface {
			FindAllStringIndex(string, int) [][]int
		}
	}{
		{"early", reEarly}, {"late", reLate}, {"afternoon", reAfternoon},
		{"evening", reEvening}, {"midday", reMidday}, {"morning", reMorning},
	}
	for _, p := range parts {
		for _, loc := range p.re.FindAllStringIndex(low, -1) {
			if !free(used, loc[0], loc[1]) || (p.name == "midday" && (strings.HasSuffix(low[:loc[0]], "nach") || strings.HasSuffix(low[:loc[0]], "vor"))) {
				continue
			}
			m.times = append(m.times, timeRef{part: p.name, text: strings.TrimSpace(low[loc[0]:loc[1]])})
			mark(used, loc[0], loc[1])
			break
		}
	}
}

// partMatches reports whether a session start fits a part of the day.
func partMatches(part string, h int) bool {
	switch part {
	case "evening":
		return h >= 17
	case "midday":
		return h >= 11 && h < 15
	case "afternoon":
		return h >= 12 && h < 18
	case "morning":
		return h < 12
	case "daytime":
		return h >= 8 && h < 17
	}
	return true
}

// reWordTime is a full hour written as a word after "um"/"at": "morgen um
// eins", "at six". "at one of the sessions" is no time.
var reWordTime = mustRe(`\b(?:um|gegen|ab|at|around)\s+(eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s*(uhr|o'clock|pm|p\.m\.|am\b|a\.m\.))?`)

var wordHours = map[string]int{"elf": 11, "zwoelf": 12, "eleven": 11, "twelve": 12, "ein": 1}

// findWordTimes reads hours written as words; the small hours become the
// afternoon like "um 1" does (adjustHour).
func findWordTimes(low string, used []bool, m *mentions) {
	findHalfTimes(low, used, m)
	for _, g := range reWordTime.FindAllStringSubmatchIndex(low, -1) {
		rest := low[g[1]:]
		if !free(used, g[0], g[1]) || strings.HasPrefix(rest, " of") || strings.HasPrefix(rest, " der") || strings.HasPrefix(rest, " von") {
			continue
		}
		w := sub(low, g, 1)
		h, ok := numWords[w]
		if !ok {
			h = wordHours[w]
		}
		h = adjustHour(h, sub(low, g, 2), reEvening.MatchString(low), reMidday.MatchString(low), reMorning.MatchString(low))
		m.times = append(m.times, timeRef{hour: h, text: low[g[0]:g[1]]})
		mark(used, g[0], g[1])
	}
}

var _ = time.Monday
