package booking

import (
	"strings"
	"unicode"

	"anmeldebot/store"
)

// samePerson reports whether two names given for one address mean the same
// person: word by word, case-insensitive, one a leading part of the other.
// See the package doc for why a lone surname does not match.
func samePerson(a, b string) bool {
	ta, tb := nameWords(a), nameWords(b)
	if len(ta) == 0 || len(tb) == 0 {
		return true
	}
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	for i := range ta {
		if ta[i] != tb[i] {
			return false
		}
	}
	return true
}

func nameWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// personsEntries keeps the active entries that belong to the person named.
func personsEntries(entries []store.Booking, name string) []store.Booking {
	var out []store.Booking
	for _, b := range entries {
		if samePerson(b.Name, name) {
			out = append(out, b)
		}
	}
	return out
}
