package parser

import (
	"strings"
)

// parts of a body: what the person wrote now, their closing and signature,
// and the quoted earlier mail (kept as context, never as a wish).
type bodyParts struct {
	text    string // new text up to the closing line
	sig     string // from the closing line on (names, addresses, phones)
	quoted  string // quoted and forwarded text
	closing string // the closing line itself ("Viele Grüße", "LG Selin Aksoy")
}

// Attribution lines and separators that start an earlier mail.
var (
	reAttribution = newFastRe(`(?i)^(?:am\s.{3,120}\sschrieb\s?.{0,120}:|on\s.{3,160}\swrote:|le\s.{3,120}\sa écrit\s?:|.{0,80}\sschrieb am\s.{3,80}:|.{3,100}\s(?:schrieb|wrote):)\s*$`)
	reAttrStart   = newFastRe(`(?i)^(?:am|on)\s.*\d`)
	reAttrEnd     = newFastRe(`(?i)(?:schrieb|wrote)\s?.{0,120}:\s*$`)
	reSeparator   = newFastRe(`(?i)^\s*(?:-{2,}\s*(?:ursprüngliche nachricht|original message|weitergeleitete nachricht|forwarded message|nachricht weitergeleitet)\s*-{2,}|-{3,}\s*original nachricht\s*-{3,}|begin forwarded message:|anfang der weitergeleiteten nachricht:|_{10,}|\*{0,2}(?:von|from):\*{0,2}\s.+@.+|-{5,}\s*(?:weitergeleitet|forwarded).*)\s*$`)
	reHeaderBlock = newFastRe(`(?i)^\*{0,2}(?:gesendet|sent|datum|date|an|to|betreff|subject):\*{0,2}\s`)
	reSigDash     = newFastRe(`^--\s*$`)
	reMobileSig   = newFastRe(`(?i)^(?:von meinem \S+ gesendet|gesendet von (?:meinem|mein)\s.*|sent from my\s.*|get outlook for\s.*|von meinem iphone gesendet.*|diese e-?mail enthält vertrauliche.*|this e-?mail (?:and any attachments )?(?:is|may be) confidential.*|disclaimer:.*)$`)
)

// splitBody cuts the body into new text, closing+signature and quote.
func splitBody(body string) bodyParts {
	lines := strings.Split(body, "\n")
	var own, quoted []string
	cut := len(lines)
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " ")
		t := strings.TrimSpace(l)
		if isQuoteStart(lines, i, t) {
			cut = i
			break
		}
		if strings.HasPrefix(t, ">") {
			quoted = append(quoted, strings.TrimLeft(t, "> "))
			continue
		}
		if reSigDash.MatchString(l) && i > 0 {
			own = append(own, "")
			own = append(own, lines[i+1:min(len(lines), i+8)]...)
			rest := lines[min(len(lines), i+8):]
			quoted = append(quoted, quotedRest(rest)...)
			cut = len(lines)
			break
		}
		if mayBeMobileSig(t) && reMobileSig.MatchString(t) {
			continue
		}
		own = append(own, l)
	}
	if cut < len(lines) && !hasContent(own) {
		if o, q, ok := bottomPosted(lines, cut); ok {
			own, cut = o, len(lines)
			quoted = append(quoted, quotedRest(q)...)
		}
	}
	if cut < len(lines) {
		quoted = append(quoted, quotedRest(lines[cut:])...)
	}
	bp := bodyParts{quoted: strings.Join(quoted, "\n")}
	bp.text, bp.sig, bp.closing = splitClosing(own)
	return bp
}

func quotedRest(lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, strings.TrimLeft(strings.TrimSpace(l), "> "))
	}
	return out
}

// isQuoteStart reports whether line i starts an earlier (quoted or
// forwarded) mail: an attribution ("Am … schrieb …:", possibly wrapped over
// two lines), a separator, or an Outlook header block.
func isQuoteStart(lines []string, i int, t string) bool {
	if t == "" || !mayStartQuote(t, lines, i) {
		return false
	}
	if reAttribution.MatchString(t) || reSeparator.MatchString(t) {
		if strings.HasPrefix(strings.ToLower(t), "von:") || strings.HasPrefix(strings.ToLower(t), "from:") || strings.HasPrefix(t, "*") {
			return headerBlockFollows(lines, i)
		}
		return true
	}
	if reAttrStart.MatchString(t) && len(t) < 200 && i+1 < len(lines) {
		next := strings.TrimSpace(lines[i+1])
		if reAttrEnd.MatchString(next) && len(next) < 200 {
			return true
		}
	}
	return false
}

// headerBlockFollows checks that a "Von:" line is followed by other header
// lines (Gesendet:, An:, Betreff:), as in Outlook's quoted replies.
func headerBlockFollows(lines []string, i int) bool {
	n := 0
	for j := i + 1; j < len(lines) && j <= i+4; j++ {
		if reHeaderBlock.MatchString(strings.TrimSpace(lines[j])) {
			n++
		}
	}
	return n >= 1
}

// reClosing matches a closing line ("Viele Grüße", "Best regards,", "LG
// Anna"). The rest of that line may hold the name.
var reClosing = withPre(`^(?:(?:mit\s+)?(?:freundliche[nm]?|viele[n]?|liebe|beste[n]?|herzliche[n]?|schöne[n]?|sonnige|kameradschaftliche[n]?|sportliche[n]?|freundlichst|hochachtungsvoll|danke und viele|danke und|vielen dank und|dank und)?\s*(?:grüße|grüßen|gruß|gruss|grüsse|grüssen)\b|(?:lg|vg|mfg|mit besten grüßen|beste grüße)\b|(?:best|kind|warm|many|warmest)\s+(?:regards|wishes)\b|regards\b|best,?$|cheers\b|thanks(?: a lot| again| so much| in advance)?,?$|thank you(?: very much| in advance)?,?$|danke(?: schön| sehr)?[,!.]?$|vielen dank[,!.]?$|herzlichst\b|sincerely\b|yours(?: sincerely| truly)?,?$|tschüss|ciao\b|bis bald\b)`, "gr", "lg", "vg", "mfg", "regard", "best", "cheer", "thank", "dank", "herzlich", "sincere", "yours", "tsch", "ciao", "bis bald", "wishes")

// splitClosing finds the closing line near the end of the person's text:
// the first closing-like line with content before it and at most a short
// signature after it.
func splitClosing(lines []string) (text, sig, closing string) {
	last := len(lines) - 1
	for last >= 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	seenContent := false
	for i := 0; i <= last; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if seenContent && len(t) <= 60 && last-i <= 14 && reClosing.MatchString(fold(t)) {
			return strings.Join(lines[:i], "\n"), strings.Join(lines[i:last+1], "\n"), t
		}
		seenContent = true
	}
	return strings.Join(lines[:last+1], "\n"), "", ""
}

// mayStartQuote is a cheap test before the quote regexps run on a line.
func mayStartQuote(t string, lines []string, i int) bool {
	if t[0] == '-' || t[0] == '_' || t[0] == '*' {
		return true
	}
	if isASCII(t) && (i+1 >= len(lines) || isASCII(lines[i+1])) {
		return mayStartQuoteASCII(t, lines, i)
	}
	low := strings.ToLower(t)
	if strings.Contains(low, "schrieb") || strings.Contains(low, "wrote") || strings.Contains(low, "écrit") ||
		strings.HasPrefix(low, "von:") || strings.HasPrefix(low, "from:") || strings.Contains(low, "forwarded") ||
		strings.Contains(low, "weitergeleitet") {
		return true
	}
	if i+1 < len(lines) && (strings.HasPrefix(low, "am ") || strings.HasPrefix(low, "on ")) {
		next := strings.ToLower(lines[i+1])
		return strings.Contains(next, "schrieb") || strings.Contains(next, "wrote")
	}
	return false
}

// mayStartQuoteASCII is mayStartQuote for ASCII lines, without copies.
func mayStartQuoteASCII(t string, lines []string, i int) bool {
	if containsAnyLower(t, "schrieb", "wrote", "forwarded", "weitergeleitet") ||
		hasPrefixLower(t, "von:") || hasPrefixLower(t, "from:") {
		return true
	}
	if i+1 < len(lines) && (hasPrefixLower(t, "am ") || hasPrefixLower(t, "on ")) {
		return containsAnyLower(lines[i+1], "schrieb", "wrote")
	}
	return false
}

func mayBeMobileSig(t string) bool {
	if isASCII(t) {
		return containsAnyLower(t, "gesendet", "sent from", "outlook", "vertrauliche", "confidential", "disclaimer")
	}
	low := strings.ToLower(t)
	for _, w := range []string{"gesendet", "sent from", "outlook", "vertrauliche", "confidential", "disclaimer"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
