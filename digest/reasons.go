package digest

import (
	"slices"
	"strings"

	"anmeldebot/templates"
)

// The parser's evidence mixes the mail's own words ("16. August abends")
// with its own English notes ("cancel marker", "doubt: a time written as
// a word: um eins"). The digest is German and shows the mail's words as
// quotes, so each note it knows is put in German (its detail, the mail's
// words, quoted), and an item it neither knows nor finds in the mail is
// left out: a new English note in the parser must not reach the digest.

// parserNotes are the parser's notes, by their start, in German. A note
// ending in ": " carries the mail's words after it.
var parserNotes = []struct{ prefix, german string }{
	{"doubt: ", "unsicher: "},
	{"a body part could not be decoded", "ein Teil der Mail war nicht lesbar"},
	{"subject: ", "Betreff: "},
	{"about another service of the town", "betrifft ein anderes Angebot der Stadt"},
	{"change: the number of people of a booking", "Änderung der Personenzahl"},
	{"change: rebooking asked", "Umbuchung erbeten"},
	{"change: a booking exists and a new wish is named", "Buchung besteht, neuer Wunsch genannt"},
	{"not about the workshop", "nicht zur Werkstatt"},
	{"cancel marker", "Abmeldewort"},
	{"any session", "egal wann"},
	{"a booking exists and another session is wished", "Buchung besteht, anderer Termin gewünscht"},
	{"thanks for a confirmed booking", "Dank für eine bestätigte Buchung"},
	{"no wish words, but a session is named", "Termin genannt, ohne Wunschwort"},
	{"every session ruled out", "alle Termine ausgeschlossen"},
	{"every session but the ruled-out ones", "alle Termine außer den ausgeschlossenen"},
	{"a booking the mail keeps is not cancelled", "eine behaltene Buchung wird nicht abgesagt"},
	{"the month named with the cancel: ", "Monat bei der Abmeldung: "},
	{"a part of the day named for the whole mail", "Tageszeit gilt für die ganze Mail"},
	{"the day's session on the quoted list", "Termin des Tages aus der zitierten Liste"},
	{"the session named in the subject", "Termin im Betreff genannt"},
	{"only the days named after 'nur/only'", "nur die Tage nach „nur“"},
	{"party: explicit count", "Personenzahl genannt"},
	{"party: the quoted booking", "Personenzahl aus der zitierten Buchung"},
	{"'wir' without a number", "„wir“ ohne Zahl"},
	{"yes to the quoted offer", "Zusage zum zitierten Angebot"},
	{"an ordinal pick from the quoted list", "Auswahl aus der zitierten Liste"},
	{"weekday or day fits several dates: ", "Tag passt zu mehreren Terminen: "},
	{"a named day has no session: ", "genannter Tag ohne Termin: "},
	{"the quoted booking is wished again", "zitierte Buchung erneut gewünscht"},
	{"the quoted booking", "die zitierte Buchung"},
	{"a restriction next to the wished day: ", "Einschränkung beim gewünschten Tag: "},
	{"a time written as a word: ", "Uhrzeit als Wort: "},
	{"a span of days over a chosen session: ", "Zeitraum über einen gewählten Termin: "},
	{"a day or time that matches no session: ", "Tag oder Uhrzeit ohne Termin: "},
	{"several days and times in one clause: ", "mehrere Tage und Zeiten in einem Satz: "},
	{"the session is named only in the subject: ", "Termin nur im Betreff: "},
	{"a word that may pick one session of the day: ", "Wort, das einen Termin des Tages wählen könnte: "},
	{"a cancelled session is also wished or kept: ", "abgesagter Termin auch gewünscht oder behalten: "},
	{"from the bot's own address", "vom eigenen Absender des Bots"},
	{"bulk-mail header", "Kopfzeile einer Massenmail"},
	{"return-path: <> (bounce)", "Unzustellbarkeitsmeldung (Return-Path: <>)"},
	{"absence notice text", "Abwesenheitsnotiz"},
	{"text: ", "Text: "},
	{"sender ", "Absender "},
}

// headerNotes are machine-mail notes that name a header; a header name
// reads the same in German, so they are shown as they are.
var headerNotes = []string{"auto-submitted: ", "precedence: ", "list-id", "list-unsubscribe"}

// evidenceText is the parser's evidence for the digest: the mail's own
// words in German quotes, the parser's notes in German. excerpt and
// subject are what the digest holds of the mail, to tell a quote from a
// note; when the excerpt was cut ("…"), an unknown item is kept as a
// quote, since it may come from the part not held.
func evidenceText(ev []string, excerpt, subject string) string {
	have := fold(excerpt + "\n" + subject)
	cut := strings.HasSuffix(strings.TrimSpace(excerpt), "…")
	var out []string
	for _, e := range ev {
		if s := evidenceItem(oneLine(e), have, cut); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

// evidenceItem shows one item, or "" to leave it out.
func evidenceItem(e, have string, cut bool) string {
	if e == "" {
		return ""
	}
	low := strings.ToLower(e)
	for _, h := range headerNotes {
		if strings.HasPrefix(low, h) {
			return clip(e, 60)
		}
	}
	for _, n := range parserNotes {
		if !strings.HasPrefix(low, n.prefix) {
			continue
		}
		rest := strings.TrimSpace(e[len(n.prefix):])
		switch {
		case n.prefix == "doubt: ":
			if why := evidenceItem(rest, have, cut); why != "" {
				return n.german + why
			}
			return strings.TrimSpace(n.german)
		case strings.HasSuffix(n.prefix, " ") && rest != "":
			return n.german + quote(rest) // the detail is the mail's words
		}
		return strings.TrimSpace(n.german)
	}
	if cut || strings.Contains(have, fold(strings.TrimRight(e, " .,;:!?"))) {
		return quote(e)
	}
	return ""
}

// quote puts the mail's words in German quotes, cut to a readable length.
func quote(s string) string { return "„" + clip(s, 60) + "“" }

// fold lowers s and squeezes its spaces, for finding evidence in the mail.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// holdReasons are the worker's reasons for holding a mail, by their
// start, in German. Only a technical detail (why a mail was unreadable)
// is kept after the colon; others would be English.
var holdReasons = []struct {
	prefix, german string
	detail         bool
}{
	{"question", "Frage an die Koordination", false},
	{"asks a question besides", "mit einer Frage, die eine Antwort braucht", false},
	{"not a registration", "keine Anmeldung", false},
	{"unreadable", "Mail nicht lesbar", true},
	{"no sender", "kein Absender", false},
	{"loop guard", "zu viele Antworten an diese Adresse in der letzten Stunde", false},
	{"low confidence", "unsichere Lesung", false},
	{"unsure", "unsichere Lesung", false},
	{"wanted a full session", "wollte einen vollen Termin; die alte Buchung bleibt", false},
	{"party of", "mehr Personen, als ein Termin Plätze hat", false},
	{"several people booked", "mehrere Personen von dieser Adresse gebucht, die Mail sagt nicht, wer gemeint ist; nichts geändert", false},
}

// reasonText puts the worker's hold reasons in German where it knows
// them and shows any other reason as it is (better English than nothing).
func reasonText(r string) string {
	r = templates.OneLine(r)
	for _, k := range holdReasons {
		if !strings.HasPrefix(strings.ToLower(r), k.prefix) {
			continue
		}
		if _, detail, ok := strings.Cut(r, ":"); ok && k.detail {
			return k.german + ":" + detail
		}
		return k.german
	}
	return r
}
