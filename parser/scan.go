package parser

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Start-position analysis for fastRe. Go's regexp engine tries a match at
// every byte of the text; most of our patterns can only start at a few
// bytes ("a" of "abmelden", a digit of "24.7."). startSet computes those
// bytes so the search can jump from candidate to candidate and run the
// pattern anchored there. The analysis is conservative: when it cannot
// bound the first byte it gives up and the plain engine runs.

// byteSet is a set of bytes.
type byteSet [256]bool

// startSet returns the bytes a non-empty match can start with. ok is
// false when the pattern may match the empty string or start with any byte.
func startSet(re *syntax.Regexp) (set *byteSet, ok bool) {
	set = new(byteSet)
	nullable, ok := addFirst(set, re)
	if !ok || nullable {
		return nil, false
	}
	return set, true
}

// addFirst adds the possible first bytes of re to set and reports whether
// re can match the empty string. Zero-width assertions are skipped: the
// anchored match re-checks them with the real context.
func addFirst(set *byteSet, re *syntax.Regexp) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		addRune(set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addRange(set, re.Rune[i], re.Rune[i+1])
		}
		return false, true
	case syntax.OpCapture, syntax.OpPlus:
		return addFirst(set, re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		_, ok := addFirst(set, re.Sub[0])
		return true, ok
	case syntax.OpRepeat:
		n, ok := addFirst(set, re.Sub[0])
		return n || re.Min == 0, ok
	case syntax.OpConcat:
		for _, s := range re.Sub {
			n, ok := addFirst(set, s)
			if !ok || !n {
				return false, ok
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, s := range re.Sub {
			n, ok := addFirst(set, s)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false // any character: no useful set
}

// addRune adds the first byte of r; with fold, of every case variant.
func addRune(set *byteSet, r rune, fold bool) {
	if !fold {
		addRange(set, r, r)
		return
	}
	for f := r; ; {
		addRange(set, f, f)
		if f = unicode.SimpleFold(f); f == r {
			return
		}
	}
}

// addRange adds the first bytes of the runes lo..hi. Any non-ASCII rune
// adds every byte from 0x80 up: invalid UTF-8 reads as U+FFFD, one byte wide.
func addRange(set *byteSet, lo, hi rune) {
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		set[r] = true
	}
	if hi >= utf8.RuneSelf {
		for b := 0x80; b < 0x100; b++ {
			set[b] = true
		}
	}
}

// unbounded is the maxLen of a pattern with no length limit.
const unbounded = 1 << 30

// maxLen bounds the bytes one match of re can span.
func maxLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 {
				n += utf8.UTFMax // case variants may be wider ("k" / Kelvin sign)
			} else {
				n += utf8.RuneLen(r)
			}
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxLen(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return unbounded
		}
		return min(unbounded, re.Max*maxLen(re.Sub[0]))
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n = min(unbounded, n+maxLen(s))
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			n = max(n, maxLen(s))
		}
		return n
	}
	return unbounded
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

// startsWith reports a pattern that begins with the assertion op (\b, ^)
// on every path. A pattern anchored by ^ is left to the plain engine: it
// tries one position only.
func startsWith(re *syntax.Regexp, op syntax.Op) bool {
	for re.Op == syntax.OpCapture || re.Op == syntax.OpConcat && len(re.Sub) > 0 {
		if re.Op == syntax.OpConcat && re.Sub[0].Op == op {
			return true
		}
		re = re.Sub[0]
	}
	if re.Op == syntax.OpAlternate {
		for _, s := range re.Sub {
			if !startsWith(s, op) {
				return false
			}
		}
		return true
	}
	return false
}

// wordBytesOnly: every byte of set is an ASCII word byte.
func wordBytesOnly(set *byteSet) bool {
	for b, in := range set {
		if in && !isWordByte(byte(b)) {
			return false
		}
	}
	return true
}

func isWordByte(b byte) bool { return wordBytes[b] }

// wordBytes are the bytes of \b's ASCII words, as a table: the start-byte
// scan asks for every byte of every word it skips.
var wordBytes = func() (t [256]bool) {
	for b := range t {
		t[b] = b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
	}
	return t
}()
