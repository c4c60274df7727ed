package parser

import "strings"

// reHalfTime is the German half hour: "um halb zwei" is 1:30 — 13:30 here,
// a time no session starts at, so the mail is asked back instead of
// booking the 13:00 session the word "zwei" or "eins" seemed to name.
var reHalfTime = mustRe(`\b(?:um|gegen|ab|so um)\s+halb\s+(eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|\d{1,2})\b`)

// findHalfTimes reads "um halb N" as N-1:30, the small hours in the
// afternoon like "um 1" (adjustHour).
func findHalfTimes(low string, used []bool, m *mentions) {
	for _, g := range reHalfTime.FindAllStringSubmatchIndex(low, -1) {
		if !free(used, g[0], g[1]) {
			continue
		}
		w := sub(low, g, 1)
		h, ok := numWords[w]
		if !ok {
			h = wordHours[w]
		}
		if h == 0 && isDigits(w) {
			h = atoi(w)
		}
		if h < 1 || h > 24 {
			continue
		}
		h = adjustHour(h-1, "", reEvening.MatchString(low), reMidday.MatchString(low), reMorning.MatchString(low))
		m.times = append(m.times, timeRef{hour: h, min: 30, text: low[g[0]:g[1]]})
		mark(used, g[0], g[1])
	}
}

// isAssemblyWord: "auf Montage", "Montagearbeiter" (fitting work away
// from home) is no Monday; read as one, it was a day with no session that
// held right readings for the coordinator. No session is on a Monday, so
// the plural "Montage" (Mondays) loses nothing.
func isAssemblyWord(low string, g []int) bool {
	return sub(low, g, 2) == "montag" && strings.HasPrefix(low[g[1]:], "e")
}
