package parser

import (
	"sort"
	"strings"
)

// The time cues of a clause (see unreadCue) were one regexp whose
// alternatives `\w*(?:abend|…)\w*` and `\w*(?:montag|…)\w*` can start at
// any word byte, so the fastRe start scan found a candidate at every
// position and the cue scan was a third of the parse time. The stem words
// are now found in Go: a strings.Index per stem, widened to the word around
// it, which is exactly what `\w*stem\w*` matches. The rest of the pattern
// (reTimeCueWords) starts at a word boundary and scans fast.

// reTimeCue is the whole pattern, the reference the split reproduces; it
// runs only in the rare text where the two parts overlap (see timeCues).
var reTimeCue = mustRe(`\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}\s*(?:uhr|h|hrs|pm|a\.m\.|p\.m\.|o'clock|oclock)\b|\bo'?clock\b|\w*(?:abend|nachmittag|vormittag|mittag|nacht|früh|spät)\w*|\b(?:early|earlier|late|later)\b|\b(?:evenings?|afternoons?|mornings?|nights?|noon|lunch\w*|tonight|after work|nach der arbeit|tagsüber|daytime)\b|\w*(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\w*|\b(?:wochenende|weekend|übermorgen|tomorrow|heute|today)\b`)

// reTimeCueWords is reTimeCue without its two stem alternatives.
var reTimeCueWords = mustRe(`\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}\s*(?:uhr|h|hrs|pm|a\.m\.|p\.m\.|o'clock|oclock)\b|\bo'?clock\b|\b(?:early|earlier|late|later)\b|\b(?:evenings?|afternoons?|mornings?|nights?|noon|lunch\w*|tonight|after work|nach der arbeit|tagsüber|daytime)\b|\b(?:wochenende|weekend|übermorgen|tomorrow|heute|today)\b`)

// cueStems are the stems of reTimeCue's `\w*(?:…)\w*` alternatives, folded.
var cueStems = [...]string{"abend", "nachmittag", "vormittag", "mittag", "nacht", "frueh", "spaet",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// timeCues returns the spans reTimeCue.FindAllStringIndex(low, -1) returns.
// Every match of either part starts at a word start and ends at a word
// end or before a word, so the scan of the whole pattern never stops
// inside a word: a stem match is always the whole word around the stem.
// The two parts' matches then interleave unchanged, unless one overlaps
// the other without being the same span ("lunchmontag" is both); for such
// text the whole pattern decides.
func timeCues(low string) [][2]int {
	stems := stemWords(low)
	words := reTimeCueWords.FindAllStringIndex(low, -1)
	out := make([][2]int, 0, len(stems)+len(words))
	i, j := 0, 0
	for i < len(stems) || j < len(words) {
		var next [2]int
		switch {
		case j == len(words) || (i < len(stems) && stems[i][0] < words[j][0]):
			next, i = stems[i], i+1
		case i < len(stems) && stems[i][0] == words[j][0] && stems[i][1] == words[j][1]:
			next, i, j = stems[i], i+1, j+1
		default:
			next, j = [2]int{words[j][0], words[j][1]}, j+1
		}
		if n := len(out); n > 0 && out[n-1][1] > next[0] {
			return wholeCues(low)
		}
		out = append(out, next)
	}
	return out
}

// wholeCues runs the whole pattern (see timeCues).
func wholeCues(low string) [][2]int {
	var out [][2]int
	for _, loc := range reTimeCue.FindAllStringIndex(low, -1) {
		out = append(out, [2]int{loc[0], loc[1]})
	}
	return out
}

// stemWords returns the words of low that contain a cue stem, in order:
// what the `\w*stem\w*` alternatives match.
func stemWords(low string) [][2]int {
	var out [][2]int
	for _, st := range cueStems {
		for k := 0; ; {
			q := strings.Index(low[k:], st)
			if q < 0 {
				break
			}
			q += k
			out = append(out, wordAround(low, q, q+len(st)))
			k = q + 1
		}
	}
	if len(out) < 2 {
		return out
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	w := 1
	for _, s := range out[1:] {
		if s != out[w-1] {
			out[w] = s
			w++
		}
	}
	return out[:w]
}

// wordAround widens a..b to the run of regexp word bytes (\w) around it.
func wordAround(low string, a, b int) [2]int {
	for a > 0 && isWordByte(low[a-1]) {
		a--
	}
	for b < len(low) && isWordByte(low[b]) {
		b++
	}
	return [2]int{a, b}
}
