package parser

import (
	"strings"
	"unicode"
)

// Party phrases from fresh mail (holdout4/5): a team or "N of us" as the
// whole party, "+1"/"plus one" after the sender, a companion added with
// "sowie"/"as well as", the sender at the head of a list ("me, my wife
// Anna and our two kids"), and a count in a table column "Personen".

var (
	// reTeamOf is everyone, the sender included: "our team of 4",
	// "still 2 of us", "Familie von 3".
	reTeamOf = mustRe(`\b(?:team|family|familie|crew|club|class|klasse|verein|delegation) (?:of|von|aus) ` + numPattern + `\b|\b` + numPattern + ` of us\b`)
	// rePlusN adds to the sender: "for me +1", "plus one", "me + 2".
	rePlusN = mustRe(`(?:\b(?:me|mich|ich|i|myself|uns|us)\s*\+\s*|\bplus\s+)` + numPattern + `\b`)
	// reAlsoRel adds a companion after an "and also" word.
	reAlsoRel = mustRe(`\b(?:sowie|as well as|along with|and also|und auch|plus)\s+(?:unser|unsere[nmr]?|our|mein|meine[nmr]?|my)\s+` + relPattern + `\b`)
	// reSelfListRel: the sender heads a list and a companion follows.
	reSelfListRel = mustRe(`\b(?:me|ich|myself),\s+(?:my|meine?[nmr]?)\s+` + relPattern + `\b`)
	// reCountHeader names the column of a table that holds the count.
	reCountHeader = mustRe(`^(?:personen|anzahl|anzahl personen|teilnehmer\w*|teilnehmende|persons|people|participants|party size|plätze|places|seats)$`)
)

// moreCompanions counts the companions these phrases add to the sender.
func moreCompanions(low string) int {
	n := len(reAlsoRel.FindAllString(low, -1)) + len(reSelfListRel.FindAllString(low, -1))
	for _, g := range rePlusN.FindAllStringSubmatch(low, -1) {
		n += numValue(g[1])
	}
	return n
}

// teamCount reads "team of 4" / "2 of us"; 0 when absent.
func teamCount(low string) int {
	for _, g := range reTeamOf.FindAllStringSubmatch(low, -1) {
		if n := numValue(g[1] + g[2]); n > 0 && n <= 30 {
			return n
		}
	}
	return 0
}

// tableCount reads the count under a "Personen" column of a text table
// ("Datum | Uhrzeit | Personen" above "16.08.2025 | 13:00 Uhr | 2").
func tableCount(text string) int {
	lines := strings.Split(text, "\n")
	for i := 0; i+1 < len(lines); i++ {
		head := strings.Split(lines[i], "|")
		if len(head) < 2 {
			continue
		}
		for k, h := range head {
			if !reCountHeader.MatchString(fold(strings.TrimSpace(h))) {
				continue
			}
			row := strings.Split(lines[i+1], "|")
			if k < len(row) {
				if n := atoi(strings.TrimSpace(row[k])); n > 0 && n <= 30 && isDigits(strings.TrimSpace(row[k])) {
					return n
				}
			}
		}
	}
	return 0
}

// nameAndI: "Herr Demir und ich", "Jana Koch und ich" — two capitalised
// words before "und ich". German nouns are capitalised too, so a match
// right after a number ("um 14:30 Uhr Fußball und ich") is no name.
func nameAndI(text string) bool {
	for _, loc := range reNameAndI.FindAllStringIndex(text, -1) {
		before := strings.TrimRight(text[:loc[0]+1], " \t\n")
		if before != "" && unicode.IsDigit(rune(before[len(before)-1])) {
			continue
		}
		if strings.HasPrefix(strings.TrimLeft(text[loc[0]:], " \t\n"), "Uhr ") {
			continue
		}
		return true
	}
	return false
}
