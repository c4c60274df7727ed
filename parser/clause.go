package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A clause is a piece of a sentence that carries one wish, exclusion or
// remark. Sentences are split at their ends, and again at semicolons,
// dashes and conjunctions that start a new thought ("…, aber …",
// "…; falls …"), so that "Am 24. kann ich nicht, aber im August passt
// mir beides" yields an exclusion and a wish.
type clause struct {
	text     string // original text
	low      string // lower-cased text
	sentence int    // index of the sentence it belongs to
	question bool   // the sentence ends with '?'
}

// splitClauses cuts text into clauses. Lines inside a paragraph are joined
// first: mail clients wrap lines anywhere, even inside "18\nUhr".
func splitClauses(text string) []clause {
	var out []clause
	sent := 0
	for _, para := range paragraphs(text) {
		for _, s := range splitSentences(para) {
			q := strings.HasSuffix(strings.TrimRight(s, " )\"“”'»«"), "?")
			for _, c := range splitSubclauses(s) {
				low := fold(c)
				out = append(out, clause{text: c, low: low, sentence: sent, question: q})
			}
			sent++
		}
	}
	return out
}

// paragraphs splits at blank lines and joins the lines of each paragraph.
// Lines that look like list items stay separate.
func paragraphs(text string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			continue
		}
		if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "• ") {
			flush()
			cur = append(cur, t[2:])
			flush()
			continue
		}
		cur = append(cur, t)
	}
	flush()
	return out
}

// noSplitAbbrev are abbreviations after which a period does not end a sentence.
var noSplitAbbrev = map[string]bool{
	"sa": true, "so": true, "mo": true, "di": true, "mi": true, "do": true, "fr": true,
	"tel": true, "nr": true, "dr": true, "hr": true, "str": true, "ca": true, "bzw": true,
	"ggf": true, "evtl": true, "inkl": true, "z.b": true, "u.a": true, "usw": true, "st": true,
	"mr": true, "mrs": true, "ms": true, "prof": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "sep": true, "okt": true, "oct": true, "nov": true, "dez": true, "dec": true,
	"vs": true, "etc": true, "vgl": true, "bspw": true, "allg": true, "fa": true, "frl": true,
}

// splitSentences splits at . ! ? when the next word starts a new sentence.
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) && (p[j] == '.' || p[j] == '!' || p[j] == '?' || p[j] == ')' || p[j] == '"') {
			j++
		}
		if j < len(p) && p[j] != ' ' {
			continue
		}
		if c == '.' && !periodEndsSentence(p, start, i, j) {
			continue
		}
		out = appendNonEmpty(out, p[start:j])
		start = j
		i = j - 1
	}
	return appendNonEmpty(out, p[start:])
}

// periodEndsSentence decides whether the period at i ends a sentence: not
// after an abbreviation, and the next word starts with an upper-case letter.
func periodEndsSentence(p string, start, i, j int) bool {
	k := i
	for k > start && p[k-1] != ' ' && p[k-1] != '(' {
		k--
	}
	word := strings.ToLower(p[k:i])
	if noSplitAbbrev[word] || (len(word) == 1 && unicode.IsLetter(rune(word[0]))) {
		return false
	}
	rest := strings.TrimLeft(p[j:], " ")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if word != "" && isDigits(word) {
		return false // "am 24. Juli", "am 24.07. Ich komme …": a date, not an end
	}
	return !unicode.IsLower(r) && !unicode.IsDigit(r)
}

func isDigits(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return s != ""
}

func appendNonEmpty(out []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, s)
	}
	return out
}

// subclauseBreaks start a new thought within a sentence.
var subclauseBreaks = []string{
	"; ", " – ", " — ", " - ", " -- ",
	", aber ", ", sonst ", ", dann ", ", deshalb ", ", daher ", ", darum ", ", deswegen ", ", am liebsten ", ", lieber ", ", bevorzugt ", ", vorzugsweise ", ", preferably ", ", ideally ", ", so ", ", oder ", ", falls ", ", wenn ", ", da ", ", weil ", ", denn ",
	", jedoch ", ", allerdings ", ", obwohl ", ", ansonsten ", ", notfalls ", ", zur not ", ", alternativ ",
	", but ", ", otherwise ", ", or ", ", if ", ", because ", ", since ", ", as ",
	", though ", ", although ", ", however ", ", alternatively ", ", unless ",
	" aber ", " but ",
	// a new subject after a comma starts a thought of its own: "Meine
	// Frau kann nicht, und ich schaffe es nur mittags", "…, die anderen
	// Termine passen nicht".
	", und ich ", ", und wir ", ", and i ", ", and we ", ", die anderen ", ", alle anderen ", ", the other ", ", the others ",
}

// splitSubclauses cuts a sentence at the breaks above (case-insensitive).
func splitSubclauses(s string) []string {
	low := strings.ToLower(s)
	if len(low) != len(s) {
		return []string{s}
	}
	var cuts []int
	comma := strings.IndexByte(low, ',') >= 0
	for _, b := range subclauseBreaks {
		if b[0] == ',' && !comma {
			continue // most sentences have no comma: skip the comma breaks unsearched
		}
		for off := 0; ; {
			k := strings.Index(low[off:], b)
			if k < 0 {
				break
			}
			cuts = append(cuts, off+k)
			off += k + len(b)
		}
	}
	cuts = append(cuts, tailCuts(low)...)
	if len(cuts) == 0 {
		return []string{s}
	}
	sortInts(cuts)
	var out []string
	prev := 0
	for _, c := range cuts {
		if c <= prev {
			continue
		}
		out = appendNonEmpty(out, strings.TrimLeft(s[prev:c], ",;–—- "))
		prev = c
	}
	return appendNonEmpty(out, strings.TrimLeft(s[prev:], ",;–—- "))
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// reTail is a comma-separated tail that carries a thought of its own: a
// fallback ("lieber abends, mittags ginge auch") or a booking that stays
// ("…streichen, am 16.8. komme ich wie geplant"). Cutting it off keeps its
// day apart from the wish or cancel before it.
var reTail = mustRe(`\b(?:ginge?|geht|wäre|würde|klappt|passt)(?: \S+)? (?:zur not |notfalls |aber |ebenfalls )?auch\b|\bzur not\b|\bnotfalls\b|\b(?:would|could) also\b|\b(?:also|too) (?:works?|fine|ok|okay)\b|\bas a fallback\b|\bat a pinch\b|\bif need be\b|\bwie geplant\b|\bas planned\b|\bbleibt (?:bestehen|es dabei)\b`)

// tailCuts are the commas before a tail that reTail matches.
func tailCuts(low string) []int {
	var out []int
	for off := 0; ; {
		k := strings.Index(low[off:], ", ")
		if k < 0 {
			return out
		}
		at := off + k
		seg := low[at+2:]
		if e := strings.Index(seg, ", "); e >= 0 {
			seg = seg[:e]
		}
		if f := fold(seg); reTail.MatchString(f) || reKeep.MatchString(f) || ownWish(f) {
			out = append(out, at)
		}
		off = at + 2
	}
}

// reOwnSubject starts a main clause of the sender's own ("…, ich melde mich
// daher für den 16. an"): after a comma it is a new thought, so an
// exclusion before it does not swallow its day.
var reOwnSubject = mustRe(`^(?:ich|wir|i|we|i'd|we'd|i'll|we'll)\s`)

// reInvertedSubject is the same after a fronted day ("…, Donnerstag um 18
// Uhr wär ich dabei", "…, am 24. komm ich gern"): German puts the verb
// second and the subject after it.
var reInvertedSubject = mustRe(`\b(?:wär|wäre|wären|komm|komme|kommen|bin|sind|würde|würden|möchte|möchten|melde|melden|nehme|nehmen)\s+(?:ich|wir)\b`)

func ownWish(seg string) bool {
	if !reRegister.MatchString(seg) {
		return false
	}
	return reOwnSubject.MatchString(seg) || reInvertedSubject.MatchString(seg) && !reNegation.MatchString(seg)
}

// sentenceTexts numbers the clauses' sentences from sentBase and joins
// the clauses of each sentence, each after a space.
func sentenceTexts(cl []clause, sentBase int) map[int]string {
	sb := map[int]*strings.Builder{}
	for i := range cl {
		cl[i].sentence += sentBase
		b := sb[cl[i].sentence]
		if b == nil {
			b = &strings.Builder{}
			sb[cl[i].sentence] = b
		}
		b.WriteString(" ")
		b.WriteString(cl[i].low)
	}
	sents := make(map[int]string, len(sb))
	for k, b := range sb {
		sents[k] = b.String()
	}
	return sents
}
