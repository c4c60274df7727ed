package parser

import "strings"

// A bottom-posted reply puts the attribution and the quoted mail first and
// the new text below it ("Am … schrieb …:", "> …" lines, then "abmelden
// bitte"). With nothing written above the quote, the text after the ">"
// block is the person's new text.

// bottomPosted returns the new text after the quoted block that starts at
// cut, and the quoted lines; ok false when the mail is not written so.
func bottomPosted(lines []string, cut int) (own, quoted []string, ok bool) {
	j, sawQuote := cut+1, false
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, ">") {
			break
		}
		sawQuote = true
	}
	if !sawQuote || j >= len(lines) {
		return nil, nil, false
	}
	end := len(lines)
	for k := j; k < len(lines); k++ {
		if isQuoteStart(lines, k, strings.TrimSpace(lines[k])) || strings.HasPrefix(strings.TrimSpace(lines[k]), ">") {
			end = k
			break
		}
	}
	return lines[j:end], append(lines[cut:j:j], lines[end:]...), true
}

// hasContent: some line is not blank.
func hasContent(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}
