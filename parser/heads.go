package parser

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Match heads for fastRe. The start-byte scan used to run the pattern at
// every byte a match can start with; for case-insensitive patterns ("mein
// name ist"), optional pieces ("i'?m") or a leading character class that
// meant nearly every byte, and each failed anchored run costs a backtracker
// set-up. matchHeads computes the first few bytes every match starts with,
// so that most positions are settled by a byte compare.

// head is a literal a match starts with. A byte whose bit is set in fold
// matches either ASCII case; lit holds it in lower case.
type head struct {
	lit  string
	fold uint64
}

// prefix is a head under construction; full means a match of the piece
// may end right after it, so what follows in a concatenation extends it.
type prefix struct {
	head
	full bool
}

const (
	headLen  = 6   // bytes of a head compared at a candidate
	maxHeads = 256 // a larger set is no cheaper than the engine
)

// matchHeads returns the heads every match of re starts with, or false
// when a match may start with something the analysis cannot bound.
func matchHeads(re *syntax.Regexp) ([]head, bool) {
	ps, ok := prefixes(re)
	if !ok {
		return nil, false
	}
	seen := map[head]bool{}
	var out []head
	for _, p := range ps {
		if p.lit == "" {
			return nil, false
		}
		if !seen[p.head] {
			seen[p.head] = true
			out = append(out, p.head)
		}
	}
	return out, true
}

// prefixes returns the possible starts of a match of re, each at most
// headLen bytes long.
func prefixes(re *syntax.Regexp) ([]prefix, bool) {
	empty := []prefix{{full: true}}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return empty, true
	case syntax.OpLiteral:
		return []prefix{literalPrefix(re)}, true
	case syntax.OpCharClass:
		return classPrefixes(re)
	case syntax.OpCapture:
		return prefixes(re.Sub[0])
	case syntax.OpQuest:
		ps, ok := prefixes(re.Sub[0])
		return append(ps, empty...), ok
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		ps, ok := prefixes(re.Sub[0])
		for i := range ps {
			ps[i].full = false // what a repetition is followed by is not tracked
		}
		if re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0 {
			ps = append(ps, empty...)
		}
		return ps, ok
	case syntax.OpConcat:
		return concatPrefixes(re.Sub)
	case syntax.OpAlternate:
		var out []prefix
		for _, s := range re.Sub {
			ps, ok := prefixes(s)
			if !ok || len(out)+len(ps) > maxHeads {
				return nil, false
			}
			out = append(out, ps...)
		}
		return out, true
	}
	return nil, false
}

// literalPrefix spells a literal; a case-insensitive non-ASCII letter ends
// the prefix, as its case variants have other bytes.
func literalPrefix(re *syntax.Regexp) prefix {
	p := prefix{full: true}
	fold := re.Flags&syntax.FoldCase != 0
	b := make([]byte, 0, headLen)
	for _, r := range re.Rune {
		if r == utf8.RuneError || fold && r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
			p.full = false
			break
		}
		if fold && r < utf8.RuneSelf && unicode.SimpleFold(r) != r {
			p.fold |= 1 << len(b)
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
		if len(b) >= headLen {
			p.full = false
			break
		}
	}
	p.lit = string(b)
	return p
}

// classPrefixes expands a small ASCII class ([01], [.)]) into its bytes.
func classPrefixes(re *syntax.Regexp) ([]prefix, bool) {
	var out []prefix
	for i := 0; i+1 < len(re.Rune); i += 2 {
		lo, hi := re.Rune[i], re.Rune[i+1]
		if hi >= utf8.RuneSelf || len(out)+int(hi-lo) >= 12 {
			return nil, false
		}
		for r := lo; r <= hi; r++ {
			out = append(out, prefix{head: head{lit: string(r)}, full: true})
		}
	}
	return out, len(out) > 0
}

// concatPrefixes extends each full prefix with the prefixes of what follows.
func concatPrefixes(subs []*syntax.Regexp) ([]prefix, bool) {
	cur := []prefix{{full: true}}
	for _, s := range subs {
		if !anyFull(cur) {
			break
		}
		ps, ok := prefixes(s)
		if !ok {
			for i := range cur {
				cur[i].full = false
			}
			break
		}
		var next []prefix
		for _, c := range cur {
			if !c.full {
				next = append(next, c)
				continue
			}
			for _, p := range ps {
				next = append(next, joinPrefix(c, p))
			}
			if len(next) > maxHeads {
				return nil, false
			}
		}
		cur = next
	}
	return cur, true
}

func anyFull(ps []prefix) bool {
	for _, p := range ps {
		if p.full {
			return true
		}
	}
	return false
}

// joinPrefix appends b to a, cut at headLen bytes.
func joinPrefix(a, b prefix) prefix {
	lit := a.lit + b.lit
	out := prefix{head: head{lit: lit, fold: a.fold | b.fold<<len(a.lit)}, full: b.full}
	if len(lit) >= headLen {
		out.lit = lit[:headLen]
		out.fold &= 1<<headLen - 1
		out.full = false
	}
	return out
}

// hasHead reports whether s starts with h. A non-ASCII byte where h has a
// case-insensitive k or s may be the Kelvin sign or the long s, which
// match them; it is accepted and left to the engine.
func hasHead(s string, h head) bool {
	if len(s) < len(h.lit) {
		return false
	}
	for i := 0; i < len(h.lit); i++ {
		c, want := s[i], h.lit[i]
		if h.fold>>i&1 != 0 {
			if c >= utf8.RuneSelf && (want == 'k' || want == 's') {
				return true
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		}
		if c != want {
			return false
		}
	}
	return true
}

// headTab indexes heads by their first byte. second holds, per first
// byte, the second bytes (mod 64) the heads go on with: most candidates
// fail on that one bit instead of a walk over their heads.
type headTab struct {
	by     [256][]head
	second [256]uint64
}

// anyHead reports whether one of the heads in t starts at s[p:].
func anyHead(t *headTab, s string, p int) bool {
	c := s[p]
	if p+1 < len(s) && t.second[c]>>(s[p+1]&63)&1 == 0 {
		return false
	}
	for _, h := range t.by[c] {
		if hasHead(s[p:], h) {
			return true
		}
	}
	return false
}

// headTable indexes heads by the bytes a match can start with.
func headTable(hs []head) *headTab {
	t := new(headTab)
	for _, h := range hs {
		c := h.lit[0]
		t.add(c, h)
		if h.fold&1 == 0 {
			continue
		}
		switch {
		case 'a' <= c && c <= 'z':
			t.add(c-'a'+'A', h)
		}
		switch c {
		case 'k':
			t.add(0xE2, h) // U+212A KELVIN SIGN
		case 's':
			t.add(0xC5, h) // U+017F LATIN SMALL LETTER LONG S
		}
	}
	return t
}

// add files h under the first byte c. Any second byte passes for a
// one-byte head, under a multi-byte first rune (the Kelvin sign), and
// where hasHead lets a non-ASCII byte stand for a case-insensitive k or s.
func (t *headTab) add(c byte, h head) {
	t.by[c] = append(t.by[c], h)
	if len(h.lit) < 2 || c >= utf8.RuneSelf {
		t.second[c] = ^uint64(0)
		return
	}
	b := h.lit[1]
	t.second[c] |= 1 << (b & 63)
	if h.fold>>1&1 == 0 {
		return
	}
	if 'a' <= b && b <= 'z' {
		t.second[c] |= 1 << ((b - 'a' + 'A') & 63)
	}
	if b == 'k' || b == 's' {
		t.second[c] = ^uint64(0)
	}
}
