package parser

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// fastRe is a regexp with shortcuts. Go's regexp engine tries a match at
// every byte of the text, which made the word lists the bulk of the parse
// time:
//
//   - required literals: a text without any literal every match contains
//     cannot match (see required);
//   - a literal prefilter: most clauses contain none of the words, so a
//     cheap strings.Contains over the literal starts of the alternatives
//     ("abmeld", "absag", …) settles them before the engine runs;
//   - a start-byte scan: the engine runs anchored, only where a match can
//     begin and one of the match heads starts (see matchHeads), on a window
//     no longer than the longest possible match.
//
// route picks among them per text. All give exactly the results of the
// plain regexp (see scanAt).
type fastRe struct {
	re     *regexp.Regexp
	pre    []string       // nil: no prefilter possible
	req    *reqFilter     // every match contains one of its literals (see required)
	hand   bool           // pre was given by withPre: applied always (it can narrow the pattern)
	digits int            // every match holds a run of this many ASCII digits (see digits.go)
	start  *byteSet       // bytes a match can start with; nil: plain engine
	at0    *regexp.Regexp // `^(?:p)`: a match at the start of the text
	atN    *regexp.Regexp // `^(?s:.)(?:p)`: one byte of context, then a match
	span   int            // longest possible match in bytes (or unbounded)
	heads  *headTab       // the starts of a match by first byte (see matchHeads)
	leadB  bool           // a match starts at a word start (\b, then a word byte)
	leadL  bool           // a match starts at a line start ((?m)^)
	// heads0: for a ^-anchored pattern, the starts of a match at 0.
	heads0 *headTab
	// A pattern too long for the backtracker split into groups (see
	// splitAlt): at0s and atNs for the scan, at0s alone for ^ patterns.
	at0s, atNs []*regexp.Regexp
}

// newFastRe compiles p and derives its prefilter and start bytes.
func newFastRe(p string) *fastRe {
	return compileFast(p, nil)
}

// withPre compiles p with a hand-written prefilter: every match contains
// one of the given strings.
func withPre(p string, pre ...string) *fastRe {
	return compileFast(folder.Replace(p), pre)
}

func compileFast(p string, pre []string) *fastRe {
	f := &fastRe{re: regexp.MustCompile(p), pre: pre, hand: pre != nil}
	tree, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return f
	}
	tree = tree.Simplify()
	f.req, f.digits = newReqFilter(tree), minDigits(tree)
	if f.pre == nil {
		if set, ok := literalStarts(tree); ok {
			f.pre = dedupeStrings(set)
		}
	}
	if hs, ok := matchHeads(tree); ok && startsWith(tree, syntax.OpBeginText) {
		f.heads0 = headTable(hs)
	}
	groups := splitAlt(p)
	if startsWith(tree, syntax.OpBeginText) {
		f.at0s = compileAll(groups, "", "")
	}
	if set, ok := startSet(tree); ok && !startsWith(tree, syntax.OpBeginText) {
		f.start = set
		if hs, ok := matchHeads(tree); ok {
			f.heads = headTable(hs)
		}
		f.leadB = startsWith(tree, syntax.OpWordBoundary) && wordBytesOnly(set)
		f.leadL = startsWith(tree, syntax.OpBeginLine)
		f.span = maxLen(tree)
		f.at0 = regexp.MustCompile(`^(?:` + p + `)`)
		f.atN = regexp.MustCompile(`^(?s:.)(?:` + p + `)`)
		f.at0s = compileAll(groups, `^(?:`, `)`)
		f.atNs = compileAll(groups, `^(?s:.)(?:`, `)`)
	}
	return f
}

// may reports whether s can match at all.
func (f *fastRe) may(s string) bool {
	if f.pre == nil {
		return true
	}
	for _, p := range f.pre {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// scanAt returns the submatch indices of the leftmost match at or after
// from (nil if none), like the plain engine resumed at from. At a candidate
// p the pattern runs anchored on s[p-1:end]: the byte before p gives \b,
// \B and (?m)^ their real context, and end lies a whole rune beyond the
// longest possible match, so the cut cannot change what matches.
func (f *fastRe) scanAt(s string, from int, match bool) []int {
	for p := f.next(s, from); p < len(s); p = f.next(s, p+1) {
		end := len(s)
		if f.span < len(s) {
			end = min(len(s), p+f.span+1)
			for end < len(s) && !utf8.RuneStart(s[end]) {
				end++
			}
		}
		re, groups, base := f.at0, f.at0s, p
		if p > 0 {
			re, groups, base = f.atN, f.atNs, p-1
		}
		if match {
			if anchoredMatch(re, groups, s[base:end]) {
				return []int{p}
			}
			continue
		}
		if loc := anchoredFind(re, groups, s[base:end]); loc != nil {
			for i := range loc {
				if loc[i] >= 0 {
					loc[i] += base
				}
			}
			loc[0] = p
			return loc
		}
	}
	return nil
}

// next returns the first candidate at or after p, or len(s). The start
// byte test comes first and inline: it settles most bytes. A pattern that
// starts at a word start skips the rest of a word that did not qualify.
func (f *fastRe) next(s string, p int) int {
	for start := f.start; p < len(s); p++ {
		c := s[p]
		if start[c] && f.candidate(s, p) {
			return p
		}
		if f.leadB && isWordByte(c) {
			for p+1 < len(s) && isWordByte(s[p+1]) {
				p++
			}
		}
	}
	return p
}

// candidate reports whether a match may start at p: a start byte at a
// rune start, at a word start for \b patterns, with a literal head.
func (f *fastRe) candidate(s string, p int) bool {
	c := s[p]
	if !f.start[c] || c >= 0x80 && !utf8.RuneStart(c) || f.leadB && p > 0 && isWordByte(s[p-1]) ||
		f.leadL && p > 0 && s[p-1] != '\n' {
		return false
	}
	return f.heads == nil || anyHead(f.heads, s, p)
}

// all returns up to n (n < 0: every) non-overlapping matches. Matches are
// never empty: startSet refuses patterns that can match the empty string.
func (f *fastRe) all(s string, n int) [][]int {
	var out [][]int
	for from := 0; n < 0 || len(out) < n; {
		loc := f.scanAt(s, from, false)
		if loc == nil {
			break
		}
		out = append(out, loc)
		from = loc[1]
	}
	return out
}

func (f *fastRe) MatchString(s string) bool {
	switch f.route(s) {
	case noMatch:
		return false
	case usePlain:
		return anchoredMatch(f.re, f.plainGroups(), s)
	}
	return f.scanAt(s, 0, true) != nil
}

func (f *fastRe) FindStringSubmatchIndex(s string) []int {
	switch f.route(s) {
	case noMatch:
		return nil
	case usePlain:
		return anchoredFind(f.re, f.plainGroups(), s)
	}
	return f.scanAt(s, 0, false)
}

func (f *fastRe) FindStringIndex(s string) []int {
	if loc := f.FindStringSubmatchIndex(s); loc != nil {
		return loc[:2]
	}
	return nil
}

func (f *fastRe) FindStringSubmatch(s string) []string {
	return subStrings(s, f.FindStringSubmatchIndex(s))
}

func (f *fastRe) FindAllStringSubmatchIndex(s string, n int) [][]int {
	switch f.route(s) {
	case noMatch:
		return nil
	case usePlain:
		return f.re.FindAllStringSubmatchIndex(s, n)
	}
	return f.all(s, n)
}

func (f *fastRe) FindAllStringIndex(s string, n int) [][]int {
	all := f.FindAllStringSubmatchIndex(s, n)
	for i := range all {
		all[i] = all[i][:2]
	}
	return all
}

func (f *fastRe) FindAllString(s string, n int) []string {
	var out []string
	for _, loc := range f.FindAllStringSubmatchIndex(s, n) {
		out = append(out, s[loc[0]:loc[1]])
	}
	return out
}

func (f *fastRe) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	for _, loc := range f.FindAllStringSubmatchIndex(s, n) {
		out = append(out, subStrings(s, loc))
	}
	return out
}

// ReplaceAllString replaces every match with repl; a repl with $
// expansions goes to the plain engine.
func (f *fastRe) ReplaceAllString(s, repl string) string {
	if strings.Contains(repl, "$") {
		return f.re.ReplaceAllString(s, repl)
	}
	all := f.FindAllStringSubmatchIndex(s, -1)
	if len(all) == 0 {
		return s
	}
	var b strings.Builder
	prev := 0
	for _, loc := range all {
		b.WriteString(s[prev:loc[0]])
		b.WriteString(repl)
		prev = loc[1]
	}
	b.WriteString(s[prev:])
	return b.String()
}

// subStrings turns submatch indices into strings ("" for unmatched groups).
func subStrings(s string, loc []int) []string {
	if loc == nil {
		return nil
	}
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}
