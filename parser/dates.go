package parser

import (
	"strconv"
	"strings"
	"time"
)

const monthPattern = `(januar|jänner|january|jan|februar|february|feb|märz|march|mär|mar|april|apr|mai|may|juni|june|jun|juli|july|jul|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|dezember|december|dez|dec)`

var monthNames = foldKeys(map[string]time.Month{
	"januar": 1, "jänner": 1, "january": 1, "jan": 1, "februar": 2, "february": 2, "feb": 2,
	"märz": 3, "march": 3, "mär": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5,
	"juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10,
	"november": 11, "nov": 11, "dezember": 12, "december": 12, "dez": 12, "dec": 12,
})

// foldKeys spells out the umlauts of map keys, as fold does for the text.
func foldKeys(m map[string]time.Month) map[string]time.Month {
	out := make(map[string]time.Month, len(m))
	for k, v := range m {
		out[folder.Replace(k)] = v
	}
	return out
}

var weekdayNames = map[string]time.Weekday{
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday,
	"donnerstag": time.Thursday, "freitag": time.Friday, "samstag": time.Saturday,
	"sonnabend": time.Saturday, "sonntag": time.Sunday, "monday": time.Monday,
	"tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"donnerstg": time.Thursday, "donerstag": time.Thursday, "donnerstaq": time.Thursday, "thurs": time.Thursday,
	"samstg": time.Saturday, "sammstag": time.Saturday, "samtag": time.Saturday,
}

// Date patterns, applied to lower-cased text in this order; each match
// consumes its span so later patterns do not read it again.
var (
	reNumDate   = mustRe(`\b(\d{1,2})\.\s?(\d{1,2})(?:\.(\d{4}|\d{2})?)?`)
	reISODate   = mustRe(`\b(20\d\d)-(\d{1,2})-(\d{1,2})\b`)
	reSlashDate = mustRe(`\b(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?`)
	reDayMonth  = mustRe(`\b(\d{1,2})(?:\.|st|nd|rd|th|ten|ter|te)?\s*(?:of\s+)?` + monthPattern + `\b\.?(?:,?\s+(20\d\d))?`)
	reMonthDay  = mustRe(`\b` + monthPattern + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(20\d\d))?`)
	reDayOnly   = mustRe(`\b(?:am|den|dem|vom|zum|bis zum|on the|the|on)\s+(\d{1,2})(?:\.|ten|ter|te|th|st|nd|rd)`)
	reWeekday   = withPre(`\b(?:(nächste[nmr]?|kommende[nmr]?|diese[nmr]?|this|next|coming|letzte[nmr]?|vergangene[nmr]?|last)\s+)?(montag|dienstag|mittwoch|donnerstag|donnerstg|donerstag|donnerstaq|freitag|samstag|samstg|sammstag|samtag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|thurs|friday|saturday|sunday)`, "tag", "day", "thurs", "samst", "donnerst")
	reRelative  = mustRe(`\b(übermorgen|uebermorgen|day after tomorrow|heute|today|tonight|morgen|morje|morsche|tomorrow|tmrw|tmr)\b`)
	reMonthOnly = mustRe(`\b(januar|jänner|january|februar|february|märz|april|mai|juni|june|juli|july|august|september|oktober|october|november|dezember|december)(?:anfang|mitte|ende|termin\w*|werkstatt|veranstaltung\w*)?\b`)
)

// Time patterns.
var (
	reTimeClock = mustRe(`\b([01]?\d|2[0-3])([:.])([0-5]\d)\s*(uhr|h\b|hrs?\b|o'?clock\b)?(?:\s*(a\.m\.|p\.m\.|pm\b|am\b))?`)
	reTimePair  = mustRe(`\b([01]?\d|2[0-3])\s*(?:oder|und|bzw\.?|or|and|/)\s*([01]?\d|2[0-3])\s*(uhr\b|h\b|pm\b|p\.m\.)`)
	reTimeHour  = mustRe(`\b([01]?\d|2[0-3])\s*(uhr\b|h\b|pm\b|p\.m\.|a\.m\.|o'?clock\b)`)
	reTimeUm    = mustRe(`\b(?:um|ab|gegen|at)\s+([01]?\d|2[0-3])\b`)
	reEvening   = mustRe(`abends?\b|abend(?:runde|gruppe|sitzung|treffen|slot|einheit|durchgang|schiene|variante|option|session|workshop)|abendtermin|abendveranstaltung|abendsession|abendworkshop|abendwerkstatt|evenings?\b|tonight|feierabend|abend-termin`)
	reMidday    = mustRe(`mittags?\b|mittags?(?:runde|gruppe|sitzung|treffen|slot|einheit|durchgang|schiene|variante|option|session|workshop)|mittagstermin\w*|mittagszeit|mittagsveranstaltung|midday|noon|lunch ?time|lunch session`)
	reAfternoon = mustRe(`nachmittags?|afternoon`)
	reMorning   = mustRe(`vormittags?|morgens\b|\bin the morning|morning session|\bmornings?\b`)
	reEarly     = mustRe(`(?:frühe[nr]?|frühere[nr]?|früheste[nr]?|zeitigen?)\s+(?:termin|werkstatt|session|slot|veranstaltung|runde|zeit|uhrzeit)|(?:early|earlier|earliest)\s+(?:session|one|slot|workshop|time)|\b(?:den|die|der|dem|zum|zur|das)\s+(?:frühe|frühen|frühere|früheren|früheste|frühesten)\b|the (?:early|earlier|earliest) one|the earlier of|the earliest of`)
	reLate      = mustRe(`(?:späte[nr]?|spätere[nr]?|späteste[nr]?)\s+(?:termin|werkstatt|session|slot|veranstaltung|runde|zeit|uhrzeit)|(?:later?|latest)\s+(?:session|one|slot|workshop|time)|\b(?:den|die|der|dem|zum|zur|das)\s+(?:späte|späten|spätere|späteren|späteste|spätesten)\b|the (?:late|later|latest) one|the later of|the latest of`)
	reSameTime  = mustRe(`(?:gleiche[nr]?|selbe[nr]?|derselben|dieselbe)\s+(?:uhr)?zeit|same time|same slot|same hour`)
	reSameDay   = mustRe(`(?:selben|gleichen|gleicher|gleiche|selbigen|selber)\s+tag|same day|same date|selben datum|gleichen datum`)
	reGreeting  = mustRe(`guten (?:abend|morgen|tag)|good (?:evening|morning|afternoon)|schönen (?:abend|tag|nachmittag)|einen schönen|mahlzeit`)
)

func digitAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// fullYear turns "25" into 2025.
func fullYear(s string) int {
	if s == "" {
		return 0
	}
	y := atoi(s)
	if y < 100 {
		y += 2000
	}
	return y
}

// reTimeSuffix tells a clock time "13.00 Uhr" from a date "13.10.".
var reTimeSuffix = mustRe(`^\s*(?:uhr|h\b|hrs?\b|am\b|pm\b|a\.m\.|p\.m\.)`)

func findNumericDates(low string, year int, used []bool, m *mentions) {
	if !hasDigit(low) {
		return
	}
	for _, g := range reISODate.FindAllStringSubmatchIndex(low, -1) {
		mo, d := atoi(sub(low, g, 2)), atoi(sub(low, g, 3))
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			m.days = append(m.days, dayRef{kind: dayExplicit, year: atoi(sub(low, g, 1)), month: time.Month(mo), day: d, text: low[g[0]:g[1]]})
			mark(used, g[0], g[1])
		}
	}
	for _, g := range reNumDate.FindAllStringSubmatchIndex(low, -1) {
		a, b := g[0], g[1]
		if digitAt(low, b) || digitAt(low, a-1) || (a > 0 && low[a-1] == '.') || !free(used, a, b) {
			continue
		}
		if reTimeSuffix.MatchString(low[b:]) || (g[6] < 0 && strings.HasSuffix(strings.TrimRight(low[:a], " "), " um")) {
			continue // a clock time like "13.00 Uhr" or "um 18.00"
		}
		d, mo := atoi(low[g[2]:g[3]]), atoi(low[g[4]:g[5]])
		if d < 1 || d > 31 || mo < 1 || mo > 12 {
			continue
		}
		y := 0
		if g[6] >= 0 {
			y = fullYear(low[g[6]:g[7]])
		}
		m.days = append(m.days, dayRef{kind: dayExplicit, year: y, month: time.Month(mo), day: d, text: low[a:b]})
		mark(used, a, b)
	}
	for _, g := range reSlashDate.FindAllStringSubmatchIndex(low, -1) {
		a, b := g[0], g[1]
		if digitAt(low, b) || !free(used, a, b) {
			continue
		}
		d, mo := atoi(low[g[2]:g[3]]), atoi(low[g[4]:g[5]])
		if mo > 12 && d <= 12 {
			d, mo = mo, d // US order "8/16"
		}
		if d < 1 || d > 31 || mo < 1 || mo > 12 {
			continue
		}
		y := 0
		if g[6] >= 0 {
			y = fullYear(low[g[6]:g[7]])
		}
		m.days = append(m.days, dayRef{kind: dayExplicit, year: y, month: time.Month(mo), day: d, text: low[a:b]})
		mark(used, a, b)
	}
	_ = year
}

func findNamedDates(low string, used []bool, m *mentions) {
	if !hasDigit(low) {
		return
	}
	add := func(a, b int, day, month, yr string) {
		d := atoi(day)
		mo := monthNames[month]
		if d < 1 || d > 31 || mo == 0 || !free(used, a, b) {
			return
		}
		m.days = append(m.days, dayRef{kind: dayExplicit, year: fullYear(yr), month: mo, day: d, text: low[a:b]})
		mark(used, a, b)
	}
	for _, g := range reDayMonth.FindAllStringSubmatchIndex(low, -1) {
		add(g[0], g[1], low[g[2]:g[3]], low[g[4]:g[5]], sub(low, g, 3))
	}
	for _, g := range reMonthDay.FindAllStringSubmatchIndex(low, -1) {
		if digitAt(low, g[5]) {
			continue
		}
		add(g[0], g[1], low[g[4]:g[5]], low[g[2]:g[3]], sub(low, g, 3))
	}
}

// sub returns submatch i of a FindAllStringSubmatchIndex row, or "".
func sub(s string, g []int, i int) string {
	if 2*i+1 >= len(g) || g[2*i] < 0 {
		return ""
	}
	return s[g[2*i]:g[2*i+1]]
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// digitsOr returns s when it has a digit, else "" (nothing to find).
func digitsOr(s string) string {
	if hasDigit(s) {
		return s
	}
	return ""
}
