package parser

import "strings"

// Function words that tell German from English. The reply goes out in the
// language the person wrote in; ties and empty texts answer in German.
var deWords = map[string]bool{"ich": true, "und": true, "der": true, "die": true, "das": true, "nicht": true,
	"für": true, "mit": true, "bitte": true, "möchte": true, "am": true, "um": true, "uhr": true, "wir": true,
	"sie": true, "gerne": true, "gern": true, "zu": true, "ist": true, "den": true, "mich": true, "uns": true,
	"an": true, "auf": true, "es": true, "bin": true, "würde": true, "kann": true, "eine": true, "ein": true,
	"hallo": true, "grüße": true, "leider": true, "noch": true, "auch": true, "habe": true, "mir": true,
	"ihre": true, "ihr": true, "wurde": true, "sind": true, "dass": true, "wie": true, "aber": true, "nur": true}

var enWords = map[string]bool{"i": true, "the": true, "and": true, "to": true, "for": true, "is": true,
	"my": true, "would": true, "please": true, "on": true, "at": true, "we": true, "you": true, "with": true,
	"of": true, "like": true, "be": true, "have": true, "me": true, "it": true, "are": true, "will": true,
	"hello": true, "hi": true, "thanks": true, "thank": true, "regards": true, "can": true, "could": true,
	"i'm": true, "i'd": true, "unfortunately": true, "that": true, "this": true, "if": true,
	"your": true, "our": true, "from": true, "about": true, "which": true, "there": true, "what": true,
	"when": true, "not": true, "but": true, "just": true, "let": true, "message": true, "has": true}

func detectLang(text, subject string) string {
	de, en := countLang(text)
	if de+en < 3 {
		d2, e2 := countLang(subject)
		de, en = de+d2, en+e2
	}
	if en > de {
		return "en"
	}
	return "de"
}

// countLang counts the function words of each language. The words are the
// runs of letters of the lower-cased text, walked in place: FieldsFunc
// built a slice of every word of the mail.
func countLang(s string) (de, en int) {
	low := strings.ToLower(s)
	start := -1
	for i, r := range low {
		if langLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			de, en = countWord(low[start:i], de, en)
			start = -1
		}
	}
	if start >= 0 {
		de, en = countWord(low[start:], de, en)
	}
	return de, en
}

func langLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r == '\'' || r == 'ä' || r == 'ö' || r == 'ü' || r == 'ß'
}

func countWord(w string, de, en int) (int, int) {
	if deWords[w] {
		de++
	}
	if enWords[w] {
		en++
	}
	return de, en
}
