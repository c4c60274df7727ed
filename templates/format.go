package templates

import (
	"fmt"
	"strings"
	"time"
)

// Go's time package formats only English names, so German needs its own
// tables.
var (
	deWeekdays = [...]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}
	deMonths   = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
		"August", "September", "Oktober", "November", "Dezember"}
)

// normLang maps a language tag to one of Langs: "en", "en-GB", "EN_us" are
// English, everything else is German (the office's language).
func normLang(lang string) string {
	l := strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	if l == "en" {
		return "en"
	}
	return "de"
}

// FormatSession states a session in full: "Samstag, 16. August 2025,
// 18:00 Uhr" or "Saturday, 16 August 2025, 6:00 pm". Every reply carries
// it, so a misread date is seen by the person at once.
func FormatSession(s SessionInfo, lang string) string {
	return FormatDate(s.Start, lang) + ", " + FormatClock(s.Start, lang)
}

// FormatDate gives the weekday and date: "Samstag, 16. August 2025" or
// "Saturday, 16 August 2025".
func FormatDate(t time.Time, lang string) string {
	if normLang(lang) == "en" {
		return t.Format("Monday, 2 January 2006")
	}
	return fmt.Sprintf("%s, %d. %s %d", deWeekdays[t.Weekday()], t.Day(), deMonths[t.Month()-1], t.Year())
}

// FormatShortDate gives day and month, as a person would write it in a
// reply: "16. August" or "16 August".
func FormatShortDate(t time.Time, lang string) string {
	if normLang(lang) == "en" {
		return t.Format("2 January")
	}
	return fmt.Sprintf("%d. %s", t.Day(), deMonths[t.Month()-1])
}

// FormatClock gives the time of day: "18:00 Uhr" or "6:00 pm".
func FormatClock(t time.Time, lang string) string {
	if normLang(lang) == "en" {
		return t.Format("3:04 pm")
	}
	return t.Format("15:04") + " Uhr"
}

// FormatTimeSpan gives start and end: "18:00 bis ca. 19:00 Uhr" or
// "6:00 pm to about 7:00 pm"; only the start when End is not after it.
func FormatTimeSpan(s SessionInfo, lang string) string {
	if !s.End.After(s.Start) {
		return FormatClock(s.Start, lang)
	}
	if normLang(lang) == "en" {
		return FormatClock(s.Start, lang) + " to about " + FormatClock(s.End, lang)
	}
	return s.Start.Format("15:04") + " bis ca. " + FormatClock(s.End, lang)
}

// FormatPersons counts people: "1 Person", "2 Personen"; "1 person", "2 people".
func FormatPersons(n int, lang string) string {
	n = max(n, 1)
	switch {
	case normLang(lang) == "en" && n == 1:
		return "1 person"
	case normLang(lang) == "en":
		return fmt.Sprintf("%d people", n)
	case n == 1:
		return "1 Person"
	}
	return fmt.Sprintf("%d Personen", n)
}

// FormatFree says how much room is left: "noch 4 Plätze frei",
// "noch 1 Platz frei", "ausgebucht"; "4 places left", "fully booked".
func FormatFree(n int, lang string) string {
	en := normLang(lang) == "en"
	switch {
	case n <= 0 && en:
		return "fully booked"
	case n <= 0:
		return "ausgebucht"
	case n == 1 && en:
		return "1 place left"
	case n == 1:
		return "noch 1 Platz frei"
	case en:
		return fmt.Sprintf("%d places left", n)
	}
	return fmt.Sprintf("noch %d Plätze frei", n)
}
