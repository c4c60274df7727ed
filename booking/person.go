package booking

import (
	"fmt"
	"slices"
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

// PersonFor picks whose entries a mail from an address means to cancel or
// change, before anything is touched. One address often books for a
// family ("ich melde auch meine Mutter an"), and an empty name matches
// anyone, so a cancel without a name would end every person's place.
//
// The entries considered are the address's active ones, narrowed to those
// in (or waiting for) sessions when any are given. When they all belong to
// one person, who is "" (the address is enough, whatever name the mail
// gives). When they belong to several, name must pick exactly one of
// them: who is then name. ok is false when it picks none or several; the
// caller must then touch nothing and ask a human.
func PersonFor(tx *store.Tx, email, name string, sessions []string) (who string, ok bool, err error) {
	mine, err := tx.ActiveBookingsOf(email, "")
	if err != nil {
		return "", false, fmt.Errorf("finding the person meant: %w", err)
	}
	var concerned []store.Booking
	for _, b := range mine {
		if len(sessions) == 0 || slices.ContainsFunc(sessions, func(s string) bool {
			return b.SessionID == s || waitsFor(b, s)
		}) {
			concerned = append(concerned, b)
		}
	}
	if onePerson(concerned) {
		return "", true, nil
	}
	if len(nameWords(name)) == 0 {
		return "", false, nil
	}
	named := personsEntries(concerned, name)
	if len(named) == 0 || !onePerson(named) {
		return "", false, nil
	}
	return name, true, nil
}

// onePerson reports whether all entries are one person's (pairwise the
// same by samePerson; none or one entry trivially are).
func onePerson(entries []store.Booking) bool {
	for i := range entries {
		for j := i + 1; j < len(entries); j++ {
			if !samePerson(entries[i].Name, entries[j].Name) {
				return false
			}
		}
	}
	return true
}
