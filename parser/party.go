package parser

import (
	"strings"
)

// Party size: an explicit count ("zu zweit", "wir sind 4", "3 Personen")
// wins; else the sender plus the companions the mail names ("mit meinem
// Mann", "meine Frau und ich", "mit zwei Kolleginnen"); registering someone
// else only ("Ich melde meinen Vater an") does not count the sender.
const numPattern = `(\d{1,2}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|three|four|five|six|seven|eight|nine|ten)`

const relPattern = `(?:ehemann|ehefrau|mann|frau|partner|partnerin|lebensgefährt\w*|freund|freundin|tochter|sohn|kind|enkel\w*|mutter|vater|bruder|schwester|kolleg\w*|nachbar\w*|kumpel\w*|buddy|mate|pal|schwieger\w*|oma|opa|tante|onkel|cousin\w*|bekannte[nr]?|husband|wife|friend|daughter|son|child|mother|father|mum|mom|dad|brother|sister|colleague|collegue|colleage|collague|neighbou?r|grandson|granddaughter|kid)`

var numWords = map[string]int{"eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fuenf": 5, "sechs": 6, "sieben": 7,
	"acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwoelf": 12, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

var zuN = map[string]int{"zweit": 2, "zweien": 2, "dritt": 3, "viert": 4, "fuenft": 5, "sechst": 6, "siebt": 7, "acht": 8, "neunt": 9, "zehnt": 10}

var (
	reZuN       = mustRe(`\bzu (zweit|zweien|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)\b`)
	reWirSind   = mustRe(`\b(?:wir sind|wir wären|we are|we're|there are|there will be|sind wir|wären wir|werden wir|wir werden|we'd be|we would be|we'll be|we will be) (?:insgesamt |zusammen |alle |total |gesamt )?` + numPattern + `\b`)
	reAlleN     = mustRe(`\b(?:wir alle|alle|all) ` + numPattern + `\b`)
	reNPersons  = mustRe(`\b` + numPattern + ` (?:personen|person|pers\.?|leute|teilnehmer\w*|teilnehmende|plätze|people|ppl|pax|persons|participants|places|seats|spots|tickets|erwachsene|adults)\b`)
	reGroupOf   = mustRe(`\b(?:group|party|gruppe) (?:of|von) ` + numPattern + `\b`)
	reBoth      = mustRe(`\b(?:uns beide|wir beide|uns beiden|wir sind beide|both of us|the two of us)\b`)
	reMitRel    = mustRe(`\b(?:mit|with|samt|plus)\s+(?:meine[mnr]?|meim|my|unsere[mnr]?|our)\s+` + relPattern + `\b`)
	reMitN      = mustRe(`\b(?:mit|with|und|and|plus)\s+` + numPattern + `\s+(?:weiteren\s+|other\s+|more\s+)?(?:freund\w*|kolleg\w*|nachbar\w*|bekannt\w*|personen|leute|friends?|colleagues?|neighbou?rs?|people|others|kinder\w*|children|kids|mitglieder\w*|members?|vereinskolleg\w*|mitstreiter\w*|ehrenamtliche\w*|betreuer\w*)`)
	reRelAndI   = mustRe(`\b(?:meine?[nr]?|my|unsere?|a|an|one|ein|eine|einer)\s+` + relPattern + `(?:\s+[\p{L}.'-]+){0,2}(?:\s+\([^)]{0,20}\))?\s+(?:und|and)\s+(?:ich|i)\b`)
	reIAndRel   = mustRe(`\b(?:ich|i|myself|mich|me)\s+(?:und|and)\s+(?:meine?[nr]?|my)\s+` + relPattern)
	reBringMit  = mustRe(`\bbringe\s+(?:meine?[nrm]?)\s+` + relPattern + `\b.{0,40}?\bmit\b|\bbringing my\s+` + relPattern)
	reOtherOnly = mustRe(`\b(?:meinen|meine|unseren|unsere|my)\s+(?:vater|mutter|sohn|tochter|mann|frau|opa|oma|großvater|großmutter|schwiegervater|schwiegermutter|bruder|schwester|onkel|tante|nachbarn|nachbarin|father|mother|son|daughter|husband|wife|grandfather|grandmother|dad|mum|mom|schülerin|schüler|enkelin|nichte|neffe|mitarbeiterin|mitarbeiter|bewohnerin|bewohner|klientin|klient|pupil|niece|nephew|grandson|granddaughter|client|resident)\b`)
	reSelfIn    = mustRe(`\b(?:mich|uns|wir|ich und|und ich|mit meine|myself|me and|and i|we|us|me|with my|together with|zusammen mit|gemeinsam mit)\b`)
	reRelComes  = mustRe(`\b(?:meine?[nr]?|my)\s+` + relPattern + `(?:\s+[\p{L}.'-]+){0,2}\s+(?:kommt|kommen|will come|is coming|comes|would like to come|möchte auch|wird)\s.{0,30}?\b(?:mit|auch|too|along|as well|dabei)\b|\b(?:meine?[nr]?|my)\s+` + relPattern + `(?:\s+[\p{L}.'-]+)?\s+(?:wird mich (?:\S+ ){0,2}?begleiten|begleitet mich|will accompany me|accompanies me|will join me)\b`)
	reNameAndI  = newFastRe(`(?:^|[^\p{L}])(?:(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+\p{Lu}[\p{L}-]+|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}-]+)\s+(?:und|and)\s+(?:ich|I)\b`)
	reListItem  = newFastRe(`(?m)^\s*(?:[-*•–]|\d{1,2}[.)])\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2})\s*(?:\(.*\))?\s*,?\s*$`)
	reSelfOut   = mustRe(`\b(?:ich selbst (?:kann|werde|komme)[^.]{0,30}nicht|ich komme nicht mit|ohne mich|nicht selbst|i (?:won't|will not|can't|cannot) (?:attend|come|be there) myself|not attending myself)\b`)
	reNameList  = mustRe(`((?:\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+,[ \t]*)+\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) und ich\b`)
	reWe        = mustRe(`\b(?:wir|we)\b`)
)

// reListIntro: a list of names below it is the list of participants.
var reListIntro = mustRe(`\b(?:folgende|following|namen|names|teilnehmer\w*|participants|personen|people)\b`)

func numValue(s string) int {
	if n, ok := numWords[s]; ok {
		return n
	}
	n := atoi(s)
	if n > 50 {
		return 0
	}
	return n
}

// partySize counts the places the mail asks for.
func (a *analysis) partySize() int {
	low := a.textLow
	if n := explicitCount(low); n > 0 {
		a.note("party: explicit count")
		return n
	}
	if n := explicitCount(a.subject); n > 0 {
		return n
	}
	if n := max(teamCount(low), tableCount(a.parts.text)); n > 0 {
		a.note("party: a team or table count")
		return n
	}
	self := 1
	if a.othersOnly(low) {
		self = 0
	}
	n := self + len(reMitRel.FindAllString(low, -1)) + len(reRelAndI.FindAllString(low, -1)) +
		len(reIAndRel.FindAllString(low, -1)) + len(reBringMit.FindAllString(low, -1)) +
		len(reRelComes.FindAllString(low, -1)) + myNCount(low) + moreCompanions(low) + comesWithMe(low)
	if n < 2 && a.selfAndOther() {
		n = 2 // "ich komme am 24. und melde auch meine Mutter an"
	}
	if n < 2 && nameAndI(reIntro.ReplaceAllString(a.parts.text, "")) {
		n = 2 // "Herr Demir und ich"
	}
	if items := reListItem.FindAllString(a.parts.text, -1); len(items) >= 2 && reListIntro.MatchString(low) {
		n = max(n, len(items))
	}
	for _, g := range reMitN.FindAllStringSubmatch(low, -1) {
		n += numValue(g[1])
	}
	if m := reNameList.FindStringSubmatch(a.parts.text); m != nil && !reGreeting.MatchString(fold(m[1])) {
		n = max(n, strings.Count(m[1], ",")+2)
	}
	if q := a.quotedParty(); n <= 1 && q > 1 {
		a.note("party: the quoted booking")
		return q
	}
	if n <= 1 && reWe.MatchString(low) && !reBoth.MatchString(low) {
		a.conf = min(a.conf, 0.55)
		a.note("'wir' without a number")
	}
	return max(n, 1)
}

// explicitCount reads a stated number of people.
func explicitCount(low string) int {
	if m := reZuN.FindStringSubmatch(low); m != nil {
		return zuN[m[1]]
	}
	if reAlone.MatchString(low) {
		return 1
	}
	best := 0
	for _, re := range []*fastRe{reTotalN, reWirSind, reNPersons, reGroupOf, reAlleN} {
		for _, m := range re.FindAllStringSubmatch(low, -1) {
			if n := numValue(m[1]); n > best && n <= 30 {
				best = n
			}
		}
		if best > 0 {
			return best
		}
	}
	if reBoth.MatchString(low) {
		return 2
	}
	return wirN(low)
}

// othersOnly: the sender registers someone else and does not come.
func (a *analysis) othersOnly(low string) bool {
	if a.textMemo.match(reSelfOut, low) {
		return true
	}
	for _, ci := range a.infos {
		if ci.sentIs(reOtherOnly) && (ci.sentIs(reRegister) || ci.sentIs(reCancel) || ci.sentIs(reWeakCancel) || ci.sentIs(reOldBooking)) &&
			!ci.sentIs(reSelfIn) && !selfComes(ci.sentText) {
			return true
		}
	}
	return false
}
