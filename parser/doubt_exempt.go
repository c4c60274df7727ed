package parser

// Negations the restriction doubt need not fear: they do not narrow which
// session is wished, so holding a reading for them only delays a right
// booking for the coordinator.

// reLateCond is a condition on the registration still being open: "if
// it's not too late", "sofern es nicht schon voll ist".
var reLateCond = mustRe(`\b(?:if|wenn|falls|sofern|as long as|solange)\s+(?:it|it's|it is|es|das|there|there's)?\s*(?:is\s+|ist\s+|are\s+)?(?:not|nicht|noch nicht)\s+(?:yet\s+|schon\s+)?(?:too late|zu spät|full|voll|fully booked|booked up|ausgebucht)\b|\bnot too late\b`)

// reBookingFails says the booking the mail names no longer works: "das
// klappt doch nicht", "that doesn't work anymore". In a change it is the
// reason for the move, not a limit on the new session.
var reBookingFails = mustRe(`^\s*(?:das|dies|der|es|that|this|it)\s+(?:klappt|geht|passt|doesn't work|does not work|won't work|no longer works)\b(?:\s+(?:doch|leider|jetzt|nun|mir))*\s*(?:nicht|net|ned)?(?:\s+(?:mehr|anymore|any more|after all))?\s*[.!,]?\s*$`)

// doubtFree strips from a clause the negations that restrict nothing.
func (a *analysis) doubtFree(ci clauseInfo) string {
	low := reFallbackCond.ReplaceAllString(ci.low, " ")
	low = reLateCond.ReplaceAllString(low, " ")
	if a.rd.Intent == IntentChange && !ci.res.mentioned && reBookingFails.MatchString(low) {
		return ""
	}
	return reNegationExempt.ReplaceAllString(low, " ")
}
