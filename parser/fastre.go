package parser

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// fastRe is a regexp with a literal prefilter. Go's regexp engine walks
// every start position of a large alternation, which made matching the word
// lists the bulk of the parse time. Most clauses contain none of the words,
// so a cheap strings.Contains over the literal starts of the alternatives
// ("abmeld", "absag", …) settles them before the engine runs.
type fastRe struct {
	re    *regexp.Regexp
	pre   []string       // nil: no prefilter possible
	anch  *regexp.Regexp // the pattern anchored at a start; nil when pre are not match starts
	leadB bool           // the pattern starts with \b
}

// newFastRe compiles p and derives its prefilter.
func newFastRe(p string) *fastRe {
	f := &fastRe{re: regexp.MustCompile(p)}
	if tree, err := syntax.Parse(p, syntax.Perl); err == nil {
		tree = tree.Simplify()
		if set, ok := literalStarts(tree); ok {
			f.pre = dedupeStrings(set)
			if !strings.HasPrefix(p, "^") && !strings.HasPrefix(p, "(?") {
				f.anch = regexp.MustCompile(`^(?:` + p + `)`)
				f.leadB = strings.HasPrefix(p, `\b`)
			}
		}
	}
	return f
}

// withPre compiles p with a hand-written prefilter: every match contains
// one of the given strings.
func withPre(p string, pre ...string) *fastRe {
	return &fastRe{re: regexp.MustCompile(folder.Replace(p)), pre: pre}
}

// literalStarts returns the literal text every match must start with
// (one string per alternative), or false when a match may start otherwise.
func literalStarts(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(string(re.Rune)) < 2 {
			return nil, false
		}
		s := string(re.Rune)
		return []string{s[:min(len(s), 4)]}, true
	case syntax.OpCapture, syntax.OpPlus:
		return literalStarts(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return literalStarts(re.Sub[0])
		}
	case syntax.OpConcat:
		return concatStarts(re.Sub)
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			set, ok := literalStarts(s)
			if !ok {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	}
	return nil, false
}

// concatStarts skips zero-width assertions and extends a short literal
// start with the starts of what follows it ("an" + "meld|zumeld" → "anmeld",
// "anzumeld"), so factored alternations keep selective prefilters.
func concatStarts(subs []*syntax.Regexp) ([]string, bool) {
	for i, s := range subs {
		switch s.Op {
		case syntax.OpWordBoundary, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEmptyMatch:
			continue
		}
		if s.Op != syntax.OpLiteral || s.Flags&syntax.FoldCase != 0 {
			return literalStarts(s)
		}
		lit := string(s.Rune)
		if len(lit) >= 4 || i+1 == len(subs) {
			if len(lit) < 2 {
				return nil, false
			}
			return []string{lit[:min(len(lit), 4)]}, true
		}
		rest, ok := concatStarts(subs[i+1:])
		if !ok {
			if len(lit) < 2 {
				return nil, false
			}
			return []string{lit}, true
		}
		for k := range rest {
			rest[k] = lit + rest[k]
		}
		return rest, true
	}
	return nil, false
}

func dedupeStrings(a []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range a {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
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

// MatchString tries the anchored pattern only where a literal start occurs:
// every match begins with one of them.
func (f *fastRe) MatchString(s string) bool {
	if f.anch == nil {
		return f.may(s) && f.re.MatchString(s)
	}
	for _, p := range f.pre {
		for off := 0; off < len(s); {
			k := strings.Index(s[off:], p)
			if k < 0 {
				break
			}
			pos := off + k
			if (!f.leadB || pos == 0 || !isWordByte(s[pos-1])) && f.anch.MatchString(window(s, pos)) {
				return true
			}
			off = pos + 1
		}
	}
	return false
}

// window is s from pos on, cut after about 160 bytes at a non-word byte:
// the word-list patterns span far less, and the regexp engine's cost grows
// with the input it is given.
func window(s string, pos int) string {
	end := pos + 160
	for end < len(s) && isWordByte(s[end]) {
		end++
	}
	if end >= len(s) {
		return s[pos:]
	}
	return s[pos:end]
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

func (f *fastRe) FindStringIndex(s string) []int {
	if !f.may(s) {
		return nil
	}
	return f.re.FindStringIndex(s)
}

func (f *fastRe) FindStringSubmatch(s string) []string {
	if !f.may(s) {
		return nil
	}
	return f.re.FindStringSubmatch(s)
}

func (f *fastRe) FindAllString(s string, n int) []string {
	if !f.may(s) {
		return nil
	}
	return f.re.FindAllString(s, n)
}

func (f *fastRe) FindAllStringIndex(s string, n int) [][]int {
	if !f.may(s) {
		return nil
	}
	return f.re.FindAllStringIndex(s, n)
}

func (f *fastRe) FindAllStringSubmatch(s string, n int) [][]string {
	if !f.may(s) {
		return nil
	}
	return f.re.FindAllStringSubmatch(s, n)
}

func (f *fastRe) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !f.may(s) {
		return nil
	}
	return f.re.FindAllStringSubmatchIndex(s, n)
}

func (f *fastRe) ReplaceAllString(s, repl string) string {
	if !f.may(s) {
		return s
	}
	return f.re.ReplaceAllString(s, repl)
}
