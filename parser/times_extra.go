package parser

import (
	"strings"
	"time"
)

// Clock and day forms that the main time patterns do not read: without them
// the day alone matches both of its sessions, and a wish for one session
// would book two.

// reMilitaryTime is a four-digit clock as the army and many firms write it
// ("1300 hrs", "at 1800", "um 1830"). A time word before it or an hour word
// after it is required, so postcodes, room and phone numbers stay numbers.
var reMilitaryTime = mustRe(`\b(?:(?:at|um|ab|gegen|from)\s+([01]\d|2[0-3])([0-5]\d)\b(?:\s*(?:hrs|hours|h|uhr)\b)?|([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h|uhr)\b)`)

// reNoon is twelve o'clock: "noon" is a clock time, not the 13:00 lunchtime
// session, so a wish for noon matches no session and is asked back.
var reNoon = mustRe(`\b(?:12\s*)?noon\b`)

// reWeekdayAbbrev is a weekday written short after "am"/"on" ("am do um 13
// uhr", "on Sat"): chat-style mail abbreviates the day it wishes.
var reWeekdayAbbrev = mustRe(`\b(am|ab|on|nächsten|kommenden|diesen|next|this)\s+(mo|di|mi|do|fr|sa|thu|sat)\b\.?`)

var weekdayAbbrev = map[string]time.Weekday{
	"mo": time.Monday, "di": time.Tuesday, "mi": time.Wednesday, "do": time.Thursday,
	"fr": time.Friday, "sa": time.Saturday, "thu": time.Thursday, "sat": time.Saturday,
}

// reWordOClock is an hour word with its hour noun and no "um/at" before
// it: "the six o'clock one", "die Zwei-Uhr-Runde", "ein Uhr".
var reWordOClock = mustRe(`\b(ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*(?:o'?clock|uhr)\b`)

// findExtraTimes reads four-digit clocks, noon and hour words before
// "o'clock"/"Uhr".
func findExtraTimes(low string, used []bool, m *mentions) {
	for _, g := range reWordOClock.FindAllStringSubmatchIndex(low, -1) {
		if !free(used, g[0], g[1]) {
			continue
		}
		w := sub(low, g, 1)
		h, ok := numWords[w]
		if !ok {
			h = wordHours[w]
		}
		m.times = append(m.times, timeRef{hour: adjustHour(h, "", false, false, reMorning.MatchString(low)), text: low[g[0]:g[1]]})
		mark(used, g[0], g[1])
	}
	for _, g := range reMilitaryTime.FindAllStringSubmatchIndex(low, -1) {
		if !free(used, g[0], g[1]) {
			continue
		}
		h, mi := atoi(sub(low, g, 1)), atoi(sub(low, g, 2))
		if sub(low, g, 3) != "" {
			h, mi = atoi(sub(low, g, 3)), atoi(sub(low, g, 4))
		}
		m.times = append(m.times, timeRef{hour: h, min: mi, text: low[g[0]:g[1]], from: boundBefore(low, g[0])})
		mark(used, g[0], g[1])
	}
	for _, loc := range reNoon.FindAllStringIndex(low, -1) {
		if free(used, loc[0], loc[1]) {
			m.times = append(m.times, timeRef{hour: 12, text: low[loc[0]:loc[1]]})
			mark(used, loc[0], loc[1])
		}
	}
}

// findWeekdayAbbrev reads short weekdays after a day word.
func findWeekdayAbbrev(low string, used []bool, m *mentions) {
	for _, g := range reWeekdayAbbrev.FindAllStringSubmatchIndex(low, -1) {
		if !free(used, g[0], g[1]) {
			continue
		}
		kind := dayWeekday
		switch sub(low, g, 1) {
		case "naechsten", "kommenden", "next":
			kind = dayNextWeekday
		case "diesen", "this":
			kind = dayThisWeekday
		}
		m.days = append(m.days, dayRef{kind: kind, weekday: weekdayAbbrev[sub(low, g, 2)], text: low[g[0]:g[1]]})
		mark(used, g[0], g[1])
	}
	findWeekdayClock(low, used, m)
}

// dottedClock: "Sa., 16.08., 18.00" — a dotted pair whose second number
// cannot be a month (00, or above 12) is a clock time even without "Uhr".
// Early hours and amounts of money ("5.00 €", "EUR 15.00") stay numbers.
func dottedClock(low string, g []int) bool {
	h, mi := atoi(sub(low, g, 1)), atoi(sub(low, g, 3))
	if h < 8 || (mi != 0 && mi <= 12) {
		return false
	}
	before := strings.TrimRight(low[:g[0]], " ")
	after := strings.TrimLeft(low[g[1]:], " ")
	for _, cur := range []string{"€", "eur", "euro", "$", "chf", "usd"} {
		if strings.HasSuffix(before, cur) || strings.HasPrefix(after, cur) {
			return false
		}
	}
	return true
}
