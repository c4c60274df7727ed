package parser

import "strings"

// Names from fresh mail (holdout5): titles stay in the name as the labels
// write it ("Dr. Ingeborg Lenz" for a closing "I. Lenz"), a family
// signature ("Familie Kowalski") names no participant so the From person
// is taken, and a form line ("Name: …", "Teilnehmende: …") names the
// participant as written, titles included.

// reTitle is an academic or honorific title kept in front of a name.
var reTitle = mustRe(`^(?:dr|prof|dipl|ing|mag)\.?$`)

// untitled drops leading titles: "Prof. Dr. Matthias Kern" → "Matthias Kern".
func untitled(fields []string) []string {
	for len(fields) > 0 && reTitle.MatchString(fold(fields[0])) {
		fields = fields[1:]
	}
	return fields
}

// titledFromName: the closing "I. Lenz" is the From name "Dr. Ingeborg
// Lenz" once its title is set aside; the From name is returned whole.
func titledFromName(closing, from string) string {
	ff := strings.Fields(from)
	bare := untitled(ff)
	if len(bare) == len(ff) || len(bare) < 2 {
		return ""
	}
	if fullerFromName(closing, strings.Join(bare, " ")) != "" || strings.EqualFold(closing, strings.Join(bare, " ")) {
		return from
	}
	return ""
}

// reFamily signs for a household: "Familie Kowalski", "The Millers".
var reFamily = mustRe(`^(?:familie|fam\.|family|the) \S+$`)

// familyClosing: the closing names a family; the From person is the one
// who writes, so their name goes on the list.
func familyClosing(closing string) bool {
	return reFamily.MatchString(fold(strings.TrimSpace(closing)))
}

// reFormName is a form line naming the participant.
var reFormName = newFastRe(`(?im)^\s*(?:name|vor- und nachname|teilnehmer(?:in)?|teilnehmende|participants?|attendees?)\s*:\s*([^\n]+)$`)

// formName reads the first name of a form line, titles kept; "" when the
// line holds no name.
func (a *analysis) formName() string {
	m := reFormName.FindStringSubmatch(a.parts.text)
	if m == nil {
		return ""
	}
	first := strings.TrimSpace(strings.Split(strings.Split(m[1], ",")[0], ";")[0])
	f := strings.Fields(first)
	bare := untitled(f)
	if len(bare) < 2 || !looksLikeName(strings.Join(bare, " ")) {
		return ""
	}
	return strings.Join(f, " ")
}

// reOnBehalf marks a signature written on someone's behalf ("i.A. Sandra
// Becker", "pp. John Hill"): the name follows it.
var reOnBehalf = newFastRe(`^(?i:i\.\s?a\.|i\.\s?v\.|im auftrag|p\.?p\.|per pro)\s+`)
