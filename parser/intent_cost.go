package parser

import "strings"

// A person may ask whether the workshop costs anything ("is the workshop
// free of charge?", "Ist die Teilnahme kostenlos?"); reSpam's "free" and
// "kostenlos" are a spammer's words only when they are offered, not asked.
// And a seller who asks whether to send a quote is selling, even when the
// question mark makes the mail look like a question.
var (
	// reCostQ: the cost of taking part, asked.
	reCostQ = mustRe(`\b(?:is|are|will|ist|sind|wird|wäre|kostet) (?:\S+ ){0,3}?(?:free(?: of charge)?|kostenlos|kostenfrei|gratis|etwas|anything|something)\b|\b(?:costs?|kosten|fee|gebühr\w*|teilnahmegebühr\w*)\b`)

	// reCostIf: taking part made to hang on the cost ("wenn es kostenlos
	// ist, komme ich", "if it's free I'd come") is the asker's condition,
	// not a spammer's offer.
	reCostIf = mustRe(`\b(?:wenn|falls|sofern|solange|if|as long as|provided) (?:\S+ ){0,3}?(?:free(?: of charge)?|kostenlos|kostenfrei|gratis|umsonst|nichts kostet|nothing)\b`)

	// reSendQuote: the seller's closing offer to send a quote.
	reSendQuote = mustRe(`\b(?:(?:shall|should|can|may) we send you (?:a|an|our) (?:quote|offer|proposal|brochure|catalogue|catalog)|(?:sollen|dürfen|können) wir ihnen (?:ein|unser)\w* (?:angebot|kostenvoranschlag|prospekt|katalog))\b`)
)

// commercialLow: the new text, lower-cased, without the questions that
// ask what taking part costs, for the spam lists.
func (a *analysis) commercialLow() string {
	low := a.textLow
	for _, ci := range a.infos {
		if ci.low != "" && (ci.question && reCostQ.MatchString(ci.low) || reCostIf.MatchString(ci.low)) {
			low = strings.Replace(low, ci.low, "", 1)
		}
	}
	return low
}
