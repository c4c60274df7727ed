package parser

import "strings"

// Rules match on folded text: lower case with umlauts spelled out
// ("Grüße" → "gruesse"). That keeps Go's ASCII-only \b and \w usable next to
// German words, and it also reads mails typed without umlauts ("fuer",
// "moechte"). Patterns are folded the same way when they are compiled.
var folder = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue",
	"’", "'", "„", "\"", "“", "\"", "”", "\"")

// fold lower-cases s and spells out umlauts.
func fold(s string) string { return folder.Replace(strings.ToLower(s)) }

// mustRe compiles a lower-case pattern written with umlauts against folded text.
func mustRe(p string) *fastRe { return newFastRe(folder.Replace(p)) }
