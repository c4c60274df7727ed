package parser

import "strings"

// Rules match on folded text: lower case with umlauts spelled out
// ("Grüße" → "gruesse"). That keeps Go's ASCII-only \b and \w usable next to
// German words, and it also reads mails typed without umlauts ("fuer",
// "moechte"). Patterns are folded the same way when they are compiled.
var foldPairs = []string{"ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue",
	"’", "'", "„", "\"", "“", "\"", "”", "\""}

var folder = strings.NewReplacer(foldPairs...)

// fold lower-cases s and spells out umlauts. Only text holding one of the
// (non-ASCII) characters is copied.
func fold(s string) string {
	s = strings.ToLower(s)
	if strings.IndexByte(s, 0xC3) < 0 && strings.IndexByte(s, 0xE2) < 0 { // lead bytes of äöüß and ’„“”
		return s
	}
	return spellOut(s)
}

// spellOut is folder.Replace in one copy: the generic strings.Replacer
// copies twice, and fold runs on every clause. Like the replacer it tries
// the pairs at every byte; they start with the lead bytes C3 and E2.
func spellOut(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != 0xC3 && s[i] != 0xE2 {
			continue
		}
		for k := 0; k < len(foldPairs); k += 2 {
			if strings.HasPrefix(s[i:], foldPairs[k]) {
				b.WriteString(s[last:i])
				b.WriteString(foldPairs[k+1])
				last = i + len(foldPairs[k])
				i = last - 1
				break
			}
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// mustRe compiles a lower-case pattern written with umlauts against folded text.
func mustRe(p string) *fastRe { return newFastRe(folder.Replace(p)) }
