package parser

// More ways a mail states its party size; see party.go for the order.

// relPlural are companions named in the plural after a number ("meine zwei
// Söhne", "my three grandchildren").
const relPlural = `(?:töchter\w*|söhne\w*|kinder\w*|enkel\w*|freund\w*|kolleg\w*|nachbar\w*|geschwister\w*|brüder\w*|schwestern|jungs|mädchen|daughters|sons|kids|children|grandchildren|grandkids|grandsons|granddaughters|friends|colleagues|collegues|colleages|neighbou?rs|brothers|sisters|teenagers)`

var (
	// reMyN: "me and my two daughters", "mit meinen beiden Töchtern".
	reMyN = mustRe(`\b(?:meine[nmr]?|my|our|unsere[nmr]?)\s+(` + numPattern[1:len(numPattern)-1] + `|beiden|both)\s+` + relPlural)
	// reTotalN: "mit insgesamt 5 Leuten", "a total of 4 people": the
	// number is everyone, the sender included.
	reTotalN = mustRe(`\b(?:insgesamt|gesamt|in total|altogether|a total of|total of)\s+` + numPattern + `\s+(?:personen|person|leute\w*|teilnehm\w*|people|persons|participants|of us|adults|erwachsene|mitglieder\w*|members)`)
	// reAlone: the sender now comes alone, whatever the quoted booking says.
	reAlone = mustRe(`\b(?:ich komme (?:jetzt |nun |doch |dann )?allein|nur noch ich|nur ich|only me|just me|by myself|on my own)\b`)
	// reQuotedParty: "Personen: 2" in the bot's quoted confirmation.
	reQuotedParty = mustRe(`\b(?:personen|persons|people|teilnehmende|teilnehmer\w*|participants|plätze|places|party size)\s*:\s*(\d{1,2})\b|\b(?:für|for)\s+(\d{1,2})\s+(?:personen|persons|people|participants)\b`)
)

// myNCount adds the companions counted in "my two daughters".
func myNCount(low string) int {
	n := 0
	for _, g := range reMyN.FindAllStringSubmatch(low, -1) {
		if g[1] == "beiden" || g[1] == "both" {
			n += 2
			continue
		}
		n += numValue(g[1])
	}
	return n
}

// quotedParty: a rebooking moves the whole booking, so with no count in the
// new text the party is the quoted booking's ("wir möchten lieber auf den
// Samstag" under "Personen: 2"). 0 when the quote states none.
func (a *analysis) quotedParty() int {
	if a.rd.Intent != IntentChange || a.parts.quoted == "" {
		return 0
	}
	g := reQuotedParty.FindStringSubmatch(fold(a.parts.quoted))
	if g == nil {
		return 0
	}
	n := numValue(g[1] + g[2])
	if n > 30 {
		return 0
	}
	return n
}

// selfAndOther: a sentence registers a relative and says the sender comes
// as well ("Ich komme am 24. und melde auch meine Mutter an", "sign up my
// mother and me"): two places, even with no "mit meiner Mutter".
func (a *analysis) selfAndOther() bool {
	if a.othersOnly(a.textLow) {
		return false
	}
	for _, ci := range a.infos {
		if ci.sentIs(reOtherOnly) && ci.sentIs(reRegister) && (ci.sentIs(reSelfIn) || selfComes(ci.sentText)) {
			return true
		}
	}
	return false
}

// reSelfComes: the sender says they come ("ich komme am 24.", "I'm coming
// too"); selfComes rejects it when a negation follows closely ("ich komme
// leider nicht").
var reSelfComes = mustRe(`\b(?:ich komme|komme ich|i'm coming|i am coming|i'll come|i will come|i come|i'll be there)\b`)

func selfComes(s string) bool {
	loc := reSelfComes.FindStringIndex(s)
	if loc == nil {
		return false
	}
	next := s[loc[1]:min(len(s), loc[1]+25)]
	return !reNegation.MatchString(next)
}
