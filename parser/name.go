package parser

import (
	"strings"
	"unicode"
)

// The participant's name, in this order: the person registered on someone
// else's behalf ("meinen Vater, Herrn Heinz Albrecht"), a
// self-introduction ("mein Name ist …"), the full name under the closing,
// the From display name, a first name alone under the closing.
const namePattern = `(\p{Lu}[\p{L}'’-]+(?:\s+(?:von|van|de|der|den|zu|di|da|le|la)?\s*\p{Lu}[\p{L}'’-]+){0,3})`

var (
	reIntro      = newFastRe(`(?i:mein name ist|my name is|ich heiße|ich heisse|ich bin die|ich bin der|hier schreibt|this is)\s+` + namePattern)
	reOtherName  = newFastRe(`(?i:meinen|meine|unseren|unsere|my)\s+(?i:vater|mutter|sohn|tochter|mann|frau|opa|oma|großvater|großmutter|schwiegervater|schwiegermutter|bruder|schwester|onkel|tante|father|mother|son|daughter|husband|wife|grandfather|grandmother|dad|mum|mom|schülerin|schüler|schuelerin|schueler|enkelin|enkel|nichte|neffe|mitarbeiterin|mitarbeiter|bewohnerin|bewohner|klientin|klient|pupil|student|niece|nephew|grandson|granddaughter|client|resident),?\s+(?:(?i:herrn|herr|frau|mr\.?|mrs\.?|ms\.?)\s+)?` + namePattern)
	reNotName    = newFastRe(`(?i)\b(?:e\.v\.|gmbh|verein|team|ihr|ihre|your|dept|abteilung|vorsitzende[r]?|koordination|tel|telefon|mobil|straße|str\.|platz|weg|gasse|kaiserslautern|büro|office|club|schule|feuerwehr|stadt|und|and|mit|freundlichen|grüße|gruß|regards|student|services?|network|support|info|newsletter|kontakt)\b|\d|@|\|`)
	reParen      = newFastRe(`\s*\([^)]*\)`)
	reCoupleName = newFastRe(`^(\p{Lu}[\p{L}'’-]+)\s+(?:und|and|&|u\.)\s+\p{Lu}[\p{L}'’-]+\s+(\p{Lu}[\p{L}'’-]+(?:-\p{Lu}[\p{L}'’-]+)?)$`)
)

func (a *analysis) name() string {
	if n := a.otherPersonName(); n != "" {
		return n
	}
	if a.otherUnnamed() {
		return ""
	}
	if m := reIntro.FindStringSubmatch(a.parts.text); m != nil && looksLikeName(m[1]) && strings.Contains(m[1], " ") {
		return trimName(m[1])
	}
	if n := a.formName(); n != "" {
		return n
	}
	closing := a.closingName()
	from := fromDisplayName(a.rd.FromName)
	switch {
	case familyClosing(closing) && from != "":
		return from
	case titledFromName(closing, from) != "":
		return from
	case fullerFromName(closing, from) != "":
		return from
	case strings.Contains(closing, " "):
		return closing
	case closing == "" && a.signedName(from) != "":
		return a.signedName(from)
	case closing != "" && from != "" && strings.HasPrefix(strings.ToLower(from), strings.ToLower(closing)):
		return from
	case from != "" && strings.Contains(from, " "):
		return from
	case closing != "":
		return closing
	}
	return from
}

// otherPersonName: "Ich melde meinen Vater, Herrn Heinz Albrecht, an".
func (a *analysis) otherPersonName() string {
	if !a.othersOnly(a.textLow) {
		return ""
	}
	if m := reOtherName.FindStringSubmatch(a.parts.text); m != nil && looksLikeName(m[1]) {
		return trimName(m[1])
	}
	return titledName(a.parts.text)
}

// closingName reads the name on the closing line ("LG Selin Aksoy") or on
// the first non-empty line after it.
func (a *analysis) closingName() string {
	if a.parts.closing == "" {
		return ""
	}
	lines := strings.Split(a.parts.sig, "\n")
	first := strings.TrimSpace(lines[0])
	ff := fold(first)
	if loc := reClosing.FindStringIndex(ff); loc != nil {
		n := len(strings.Fields(ff[:loc[1]]))
		words := strings.Fields(first)
		rest := strings.Trim(strings.Join(words[min(n, len(words)):], " "), ",.!- ")
		if rest != "" {
			return nameFromLine(rest)
		}
	}
	for _, l := range lines[1:] {
		l = strings.Trim(strings.TrimSpace(l), ",.")
		if l == "" {
			continue
		}
		return nameFromLine(l)
	}
	return ""
}

// nameFromLine accepts a line that looks like a person's name;
// "Michael und Karin Schuster" gives "Michael Schuster".
func nameFromLine(l string) string {
	l = strings.TrimSpace(reParen.ReplaceAllString(l, ""))
	l = strings.TrimSpace(reOnBehalf.ReplaceAllString(l, ""))
	if m := reCoupleName.FindStringSubmatch(l); m != nil {
		return m[1] + " " + m[2]
	}
	if !looksLikeName(l) {
		return ""
	}
	return trimName(l)
}

func looksLikeName(s string) bool {
	s = strings.TrimSpace(s)
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 || len(s) > 60 || reNotName.MatchString(s) {
		return false
	}
	for _, w := range f {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !particle[w] {
			return false
		}
	}
	return true
}

var particle = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true, "zu": true, "di": true, "da": true, "le": true, "la": true}

func trimName(s string) string {
	return strings.Join(strings.Fields(strings.Trim(s, " ,.;:")), " ")
}

// fromDisplayName cleans the From display name: "Bauer, Christian" becomes
// "Christian Bauer", "(Förderverein)" is dropped, organisations give "".
func fromDisplayName(n string) string {
	n = strings.Trim(strings.TrimSpace(reParen.ReplaceAllString(n, "")), `"'`)
	if i := strings.Index(n, ","); i > 0 && strings.Count(n, ",") == 1 {
		n = givenNames(n[i+1:]) + " " + strings.TrimSpace(n[:i])
	}
	if !looksLikeName(n) {
		return ""
	}
	return trimName(n)
}
