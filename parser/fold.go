package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rules match on folded text: lower case with umlauts spelled out
// ("Grüße" → "gruesse"). That keeps Go's ASCII-only \b and \w usable next to
// German words, and it also reads mails typed without umlauts ("fuer",
// "moechte"). Patterns are folded the same way when they are compiled.
var foldPairs = []string{"ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue",
	"’", "'", "„", "\"", "“", "\"", "”", "\""}

var folder = strings.NewReplacer(foldPairs...)

// fold lower-cases s and spells out umlauts. ASCII text needs no spelling.
func fold(s string) string {
	if !isASCII(s) {
		return foldWide(s)
	}
	return strings.ToLower(s)
}

// foldWide is fold for text with non-ASCII runes in one pass: what
// strings.ToLower (a strings.Map of unicode.ToLower, which also turns
// invalid bytes into U+FFFD) and then folder.Replace would give, in one
// copy instead of two or three.
func foldWide(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			continue
		}
		if rep, ok := spelled(r); ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// spelled returns the spelling of a lower-case rune that folder replaces.
func spelled(r rune) (string, bool) {
	for k := 0; k < len(foldPairs); k += 2 {
		if kr, _ := utf8.DecodeRuneInString(foldPairs[k]); kr == r {
			return foldPairs[k+1], true
		}
	}
	return "", false
}

// mustRe compiles a lower-case pattern written with umlauts against folded text.
func mustRe(p string) *fastRe { return newFastRe(folder.Replace(p)) }
