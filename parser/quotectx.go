package parser

// quoteContext is what the quoted earlier mail says: the single session it
// confirms or offers, if there is exactly one. It is used only where the new
// text points at it ("Ja, bitte", "gleiche Uhrzeit", a bare cancel).
type quoteContext struct {
	single    int   // session index, -1 when none or several
	listed    []int // sessions the quote offers, in its order
	confirmed bool  // the quote confirms a booking
	offered   bool  // the quote offers a session
	hour, min int
}

var (
	reQuoteFull    = mustRe(`\b(?:ausgebucht|voll|belegt|keine plätze|fully booked|booked out|is full|no places)\b`)
	reQuoteConfirm = mustRe(`\b(?:erinnerung|reminder|eingetragen|angemeldet|ihre anmeldung|registered|booked|bestätig\w*|confirm\w*|personen:)`)
	reQuoteOffer   = mustRe(`\b(?:sollen wir|möchten sie|wollen sie|shall we|would you like|sind noch plätze frei|noch plätze frei|are still places|still available)\b`)
)

// readQuote finds the session the quoted mail is about: sessions named in
// clauses that say a session is full do not count.
func (a *analysis) readQuote() quoteContext {
	q := quoteContext{single: -1}
	if a.parts.quoted == "" {
		return q
	}
	var found []int
	var carry []int
	for _, c := range splitClauses(a.parts.quoted) {
		m := findMentions(c.low, 0)
		r := a.res.resolve(m, carry, nil)
		if !reQuoteContext.MatchString(c.low) {
			continue // a date in an unrelated quoted sentence
		}
		if len(r.dates) > 0 && len(m.days) > 0 {
			carry = r.dates
		}
		if !r.mentioned || reQuoteFull.MatchString(c.low) {
			continue
		}
		for _, i := range r.set {
			if !containsInt(found, i) {
				found = append(found, i)
			}
		}
		if reQuoteConfirm.MatchString(c.low) {
			q.confirmed = true
		}
		if reQuoteOffer.MatchString(c.low) {
			q.offered = true
		}
	}
	q.listed = found
	if len(found) == 1 {
		q.single = found[0]
		s := a.res.sessions[found[0]]
		q.hour, q.min = s.hour, s.min
	}
	low := a.parts.quoted
	q.confirmed = q.confirmed || reQuoteConfirm.MatchString(fold(low))
	q.offered = q.offered || reQuoteOffer.MatchString(fold(low))
	return q
}

var reQuoteContext = mustRe(`.`)

// reOrdinal: "den ersten Termin", "the second one" in a reply to a list.
var reOrdinal = mustRe(`\b(?:den|die|das|der|dem|the)\s+(ersten|erste|first|zweiten|zweite|second|dritten|dritte|third|vierten|vierte|fourth|letzten|letzte|last)\b(?:\s+(?:termin|option|one|session|vorschlag|slot))?`)

var ordinals = map[string]int{"ersten": 0, "erste": 0, "first": 0, "zweiten": 1, "zweite": 1, "second": 1,
	"dritten": 2, "dritte": 2, "third": 2, "vierten": 3, "vierte": 3, "fourth": 3, "letzten": -1, "letzte": -1, "last": -1}

// ordinalChoice picks from the quoted list of offered sessions when the new
// text says "den ersten Termin"; -1 when there is no such list or pick.
func (a *analysis) ordinalChoice() int {
	list := a.quote.listed
	if len(list) < 2 {
		return -1
	}
	for _, ci := range a.infos {
		if ci.excl {
			continue
		}
		k, ok := listPick(ci.low)
		if !ok {
			continue
		}
		if k < 0 {
			k = len(list) - 1
		}
		if k < len(list) {
			return list[k]
		}
	}
	return -1
}

// reNumberPick names a list entry by its number: "Termin 2 aus Ihrer
// Liste", "option 1", "Nr. 2", "#2". One digit only, so "Termin 24.7."
// stays a date.
var reNumberPick = mustRe(`\b(?:termin|option|nummer|nr\.?|number|no\.|vorschlag|eintrag|entry)\s*#?([1-9])\b(?:[^.\d]|\.\s|\.?$)`)

// listPick reads the 0-based entry a clause picks (-1: the last one).
func listPick(low string) (int, bool) {
	if m := reOrdinal.FindStringSubmatch(low); m != nil {
		return ordinals[m[1]], true
	}
	if m := reNumberPick.FindStringSubmatch(low); m != nil {
		return atoi(m[1]) - 1, true
	}
	return 0, false
}
