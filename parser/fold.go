package parser

import "strings"

// Rules match on folded text: lower case with umlauts spelled out
// ("Grüße" → "gruesse"). That keeps Go's ASCII-only \b and \w usable next to
// German words, and it also reads mails typed without umlauts ("fuer",
// "moechte"). Patterns are folded the same way when they are compiled.
var folder = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue",
	"’", "'", "„", "\"", "“", "\"", "”", "\"")

// fold lower-cases s and spells out umlauts. The replacer always copies,
// so it runs only when s holds one of its (non-ASCII) characters.
func fold(s string) string {
	s = strings.ToLower(s)
	if strings.IndexByte(s, 0xC3) < 0 && strings.IndexByte(s, 0xE2) < 0 { // lead bytes of äöüß and ’„“”
		return s
	}
	return folder.Replace(s)
}

// mustRe compiles a lower-case pattern written with umlauts against folded text.
func mustRe(p string) *fastRe { return newFastRe(folder.Replace(p)) }
