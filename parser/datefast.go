package parser

import (
	"strings"
	"time"
)

// net/mail.ParseDate tries its layouts in a fixed order and every layout
// without a weekday comes first, so the usual "Tue, 1 Jul 2025 10:05:12
// +0200" costs a dozen failed time.Parse calls, each allocating its error.
// Layouts of the first layout net/mail tries for a header that starts with
// a digit or a letter respectively.
const (
	dateLayoutNoDay = "2 Jan 2006 15:04:05 -0700"
	dateLayoutDay   = "Mon, 2 Jan 2006 15:04:05 -0700"
)

// fastDate parses the common RFC 5322 form of a Date header the way
// net/mail.ParseDate would, or reports false and leaves the header to it.
// It accepts only what net/mail reads with the first layout it tries for
// that start (the ones before it fail on the first character), after the
// same cut behind the numeric zone, so the instant is the same.
func fastDate(v string) (time.Time, bool) {
	if strings.ContainsAny(v, "\r\n") {
		return time.Time{}, false
	}
	s := strings.TrimLeft(v, " \t")
	ind := strings.IndexAny(s, "+-")
	if ind < 0 || len(s) < ind+5 || !plainComment(s[ind+5:]) || s == "" {
		return time.Time{}, false
	}
	layout := dateLayoutNoDay
	if c := s[0]; c < '0' || c > '9' {
		layout = dateLayoutDay
	}
	t, err := time.Parse(layout, s[:ind+5])
	return t, err == nil
}

// plainComment: nothing, or one trailing comment like " (CEST)" without
// nesting or quoting, which net/mail skips.
func plainComment(rest string) bool {
	rest = strings.TrimRight(rest, " \t")
	if rest == "" {
		return true
	}
	rest = strings.TrimLeft(rest, " \t")
	if len(rest) < 2 || rest[0] != '(' || rest[len(rest)-1] != ')' {
		return false
	}
	inner := rest[1 : len(rest)-1]
	return !strings.ContainsAny(inner, `()\`)
}
