package templates

import (
	"strings"
	"text/template"
	"time"
	"unicode"
)

// Funcs returns the helpers every template may call, bound to one
// language so a template writes {{session .Session}} rather than passing
// the language each time. html/template accepts the same map.
//
//	session  SessionInfo → "Samstag, 16. August 2025, 18:00 Uhr"
//	date     time.Time   → "Samstag, 16. August 2025"
//	short    SessionInfo → "16. August, 18:00 Uhr" (an example for a reply)
//	clock    time.Time   → "18:00 Uhr"
//	timespan SessionInfo → "18:00 bis ca. 19:00 Uhr"
//	persons  int         → "2 Personen"
//	free     int         → "noch 4 Plätze frei"
//	oneline  string      → the text on one line (no CR, LF or other controls)
//	reply    string      → "Re: " + the subject on one line, without a
//	                       stack of earlier "Re:"/"AW:" prefixes
func Funcs(lang string) template.FuncMap {
	return template.FuncMap{
		"session":  func(s SessionInfo) string { return FormatSession(s, lang) },
		"date":     func(t time.Time) string { return FormatDate(t, lang) },
		"short":    func(s SessionInfo) string { return FormatShortDate(s.Start, lang) + ", " + FormatClock(s.Start, lang) },
		"clock":    func(t time.Time) string { return FormatClock(t, lang) },
		"timespan": func(s SessionInfo) string { return FormatTimeSpan(s, lang) },
		"persons":  func(n int) string { return FormatPersons(n, lang) },
		"free":     func(n int) string { return FormatFree(n, lang) },
		"oneline":  OneLine,
		"reply":    ReplySubject,
	}
}

// OneLine turns every control character (CR, LF, tab, …) and line or
// paragraph separator into a space and collapses runs of spaces. Values
// from a person's mail pass through it before they reach a header, so
// they can never start a header line of their own.
func OneLine(s string) string {
	mapped := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(mapped), " ")
}

// replyPrefixes are the reply markers mail clients put in front of a
// subject (English, German, and a few neighbours).
var replyPrefixes = []string{"re:", "aw:", "antw:", "sv:", "vs:", "réf:"}

// ReplySubject gives "Re: <subject>" with any prefixes already there
// removed, so a long thread keeps one "Re:".
func ReplySubject(orig string) string {
	s := OneLine(orig)
	for {
		trimmed := trimPrefixFold(s)
		if trimmed == s {
			break
		}
		s = trimmed
	}
	if s == "" {
		return ""
	}
	return "Re: " + s
}

// trimPrefixFold removes one reply prefix, in any letter case.
func trimPrefixFold(s string) string {
	for _, p := range replyPrefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}
