package parser

import (
	"slices"
	"strings"
	"testing"
)

// ruleCase is one short mail written for a rule, in wording other than the
// holdout mail that showed the gap, so the rule is tested and not the mail.
type ruleCase struct {
	name, subject, date, body string
	intent                    Intent
	sessions                  []string // local start times
	party                     int      // 0: not checked
	any                       bool
}

// julyFirst is a mail Date before every seed session.
const julyFirst = "Tue, 01 Jul 2025 10:00:00 +0200"

const (
	thu13, thu18 = "2025-07-24T13:00", "2025-07-24T18:00"
	sat13, sat18 = "2025-08-16T13:00", "2025-08-16T18:00"
)

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	opts := seedOptions(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			date := c.date
			if date == "" {
				date = julyFirst
			}
			rd := mustParse(t, testMail("Anna Beispiel <anna@mail.example>", c.subject, date, c.body), opts)
			l := rd.Label("x", opts)
			if rd.Intent != c.intent || !slices.Equal(l.Sessions, c.sessions) {
				t.Errorf("got %s %v, want %s %v (evidence %q)", rd.Intent, l.Sessions, c.intent, c.sessions, rd.Evidence)
			}
			if rd.Any != c.any {
				t.Errorf("any = %v, want %v", rd.Any, c.any)
			}
			if c.party > 0 && rd.PartySize != c.party {
				t.Errorf("party = %d, want %d", rd.PartySize, c.party)
			}
		})
	}
}

// TestNarrowing: a day named alone is narrowed by what the rest of the mail
// says about it, and never widened.
func TestNarrowing(t *testing.T) {
	offer := "\n\n> Folgende Termine sind noch frei, möchten Sie einen davon?\n> - Donnerstag, 24.07., 18 Uhr\n> - Samstag, 16.08., 13 Uhr\n"
	offerEn := "\n\n> Which session would you like to join? Open are:\n> - Thursday, 24 July, 1 pm\n> - Saturday, 16 August, 6 pm\n"
	runRuleCases(t, []ruleCase{
		{name: "jeweils nachmittags", subject: "Werkstatt", body: "Am liebsten Donnerstag, zur Not auch Samstag – aber bitte jeweils nachmittags.",
			intent: IntentRegister, sessions: []string{thu13, sat13}},
		{name: "evenings only", subject: "Workshop", body: "I'd prefer Saturday, but Thursday would also work - evenings only.",
			intent: IntentRegister, sessions: []string{sat18, thu18}},
		{name: "nur abends in another sentence", subject: "Anmeldung", body: "Ich kann nur abends. Am liebsten am Samstag, sonst Donnerstag.",
			intent: IntentRegister, sessions: []string{sat18, thu18}},
		{name: "any day, Saturday preferred, evenings only", subject: "Werkstatt", body: "Ich melde mich an. Der Tag ist mir egal, am liebsten Samstag - aber nur abends.",
			intent: IntentRegister, sessions: []string{sat18, thu18}},
		// The afternoon clause takes the excluded Thursday as its day, so
		// nothing is left: the bot asks back rather than book Thursday.
		{name: "all but Thursday, afternoons only", subject: "Workshop", body: "Any date except Thursday works for me, but only in the afternoon.",
			intent: IntentRegister, sessions: []string{}},
		{name: "all but Thursday", subject: "Workshop", body: "Please sign me up - any date except Thursday works for me.",
			intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "jeder Termin außer Donnerstag", subject: "Anmeldung", body: "Ich melde mich an, jeder Termin außer Donnerstag passt.",
			intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "außer mir is no exclusion", subject: "Anmeldung", body: "Außer mir kommt am Samstag um 13 Uhr noch meine Frau mit.",
			intent: IntentRegister, sessions: []string{sat13}},
		{name: "den Samstag from the offer", subject: "Re: Werkstatt", body: "Den Samstag bitte." + offer,
			intent: IntentRegister, sessions: []string{sat13}},
		{name: "Saturday from the offer", subject: "Re: Workshop", body: "Saturday works for me, thanks." + offerEn,
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "confirmed booking is no offer", subject: "Re: Ihre Anmeldung",
			body:   "Ich möchte mich zusätzlich für Samstag anmelden.\n\n> Sie sind für Donnerstag, 24.07., 13 Uhr angemeldet.\n",
			intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "Abmeldung subject names the time", subject: "Abmeldung Samstag 13 Uhr", body: "Am Samstag kann ich leider doch nicht kommen.",
			intent: IntentCancel, sessions: []string{sat13}},
		{name: "cancellation subject en", subject: "Cancellation - Thursday 1 pm", body: "Sorry, I can't make it on Thursday after all.",
			intent: IntentCancel, sessions: []string{thu13}},
		{name: "Anmeldung subject names the evening", subject: "Anmeldung 16.08. abends", body: "Hallo, ich komme gerne am 16. August.",
			intent: IntentRegister, sessions: []string{sat18}},
	})
}

// TestInterestAndAny: "Interesse an einem Termin" is a wish, and "any of the
// sessions" is any session unless a negation rules them all out.
func TestInterestAndAny(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "großes Interesse", subject: "Werkstatt", body: "Ich habe großes Interesse an der Werkstatt am Samstag, am liebsten abends.",
			intent: IntentRegister, sessions: []string{sat18, sat13}}, // Saturday accepted, the evening first (LABELS.md)
		{name: "Interesse Mittagstermin Tag egal", subject: "Termin", body: "Wir hätten Interesse an einem Mittagstermin, der Tag ist uns egal.",
			intent: IntentRegister, sessions: []string{thu13, sat13}},
		{name: "interested in attending any", subject: "Workshop", body: "I'd be interested in attending any of the sessions.",
			intent: IntentRegister, sessions: []string{}, any: true},
		{name: "any of the dates is fine", subject: "Workshop", body: "Any of the dates is fine for me, please sign me up.",
			intent: IntentRegister, sessions: []string{}, any: true},
		{name: "can't make any of the dates", subject: "Workshop", body: "Unfortunately I can't make any of the dates. Will there be more sessions later?",
			intent: IntentQuestion, sessions: []string{}},
		{name: "thanks for your interest is no wish", subject: "Re: Werkstatt", body: "Wo ist denn der Raum genau?\n\n> Vielen Dank für Ihr Interesse an der Werkstatt am Samstag.\n",
			intent: IntentQuestion, sessions: []string{}},
	})
}

// TestLooseChange: rebookings whose old booking is named by its day only,
// by a bare hour ("von 18 auf 13 Uhr") or with "from … to" and no other
// change word.
func TestLooseChange(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "von 18 auf 13 Uhr", subject: "Werkstatt", body: "Ich bin am Samstag eingetragen und würde gern von 18 auf 13 Uhr wechseln.",
			intent: IntentChange, sessions: []string{sat13}},
		{name: "switch me from 1 pm", subject: "Workshop", body: "I'm booked for Thursday. Could you switch me from 1 pm to the 6 pm session?",
			intent: IntentChange, sessions: []string{thu18}},
		{name: "change from Saturday to Thursday", subject: "Workshop", body: "Could we change from the Saturday to the Thursday session, please?",
			intent: IntentChange, sessions: []string{thu13, thu18}},
		{name: "Verlegung in den August", subject: "Anmeldung", body: "Ich bitte um Verlegung meiner Anmeldung vom 24.07. in den August.",
			intent: IntentChange, sessions: []string{sat13, sat18}},
		{name: "day booked, evening wished", subject: "Anmeldung", body: "Wir sind für den 24. Juli angemeldet. Geht es, dass wir stattdessen abends kommen?",
			intent: IntentChange, sessions: []string{thu18}},
	})
}

// TestQuotedParty: a rebooking moves the whole quoted booking, its party
// too, unless the new text says otherwise.
func TestQuotedParty(t *testing.T) {
	conf := "\n\n> Sie sind angemeldet für Samstag, 16.08.2025, 13:00 Uhr\n> Personen: 3\n"
	confEn := "\n\n> You are registered for Thursday, 24 July, 1 pm, for 2 people.\n"
	runRuleCases(t, []ruleCase{
		{name: "Personen: 3", subject: "Re: Ihre Anmeldung", body: "Können wir auf Donnerstag 18 Uhr umbuchen?" + conf,
			intent: IntentChange, sessions: []string{thu18}, party: 3},
		{name: "for 2 people", subject: "Re: Your registration", body: "Could you move us to the Saturday evening session?" + confEn,
			intent: IntentChange, sessions: []string{sat18}, party: 2},
		{name: "now alone", subject: "Re: Ihre Anmeldung", body: "Ich komme jetzt allein – bitte auf Donnerstag 18 Uhr umbuchen." + conf,
			intent: IntentChange, sessions: []string{thu18}, party: 1},
	})
}

// TestOfferOrQuestion: a seller's offer that names the workshop is "other";
// a person asking about prices or for a relative is still a question.
func TestOfferOrQuestion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "rental offer de", subject: "Technik für Ihre Werkstatt",
			body:   "Unsere Technik (Beamer, Mikrofon) können Sie für Ihre Werkstatt am 16.08. mieten, ab 80 Euro. Haben Sie Bedarf?",
			intent: IntentOther, sessions: []string{}},
		{name: "catering offer en", subject: "Catering for your workshop",
			body:   "Our lunch packages for workshops start at 12 EUR per person. Shall we send you a quote for 24 July?",
			intent: IntentOther, sessions: []string{}},
		{name: "fee question", subject: "Frage", body: "Kostet die Teilnahme an der Werkstatt etwas, und wenn ja, wie viel Euro?",
			intent: IntentQuestion, sessions: []string{}},
		{name: "relative interested in", subject: "Question", body: "My daughter is interested in volunteering. Is the workshop held in English?",
			intent: IntentQuestion, sessions: []string{}},
	})
}

// TestLangWords: short English machine-like texts with "am"/"an" in them
// are still English.
func TestLangWords(t *testing.T) {
	for _, c := range []struct{ text, subject, want string }{
		{"Your message\n  To: Ola Berg\n  Sent: Monday, July 14, 2025 9:00 AM\nwas read on Monday, July 14, 2025 10:02 AM.", "Read: Your registration", "en"},
		{"Your note from 3 July has been read on Friday at 8 AM.", "", "en"},
		{"Ihre Nachricht wurde am Dienstag, 29. Juli 2025 um 11:20 gelesen.", "Gelesen: Ihre Anmeldung", "de"},
	} {
		if got := detectLang(c.text, c.subject); got != c.want {
			t.Errorf("detectLang(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// TestNameRules: the fuller From name for an initial, the signed name of a
// mail without a closing formula, the person registered on someone's behalf.
func TestNameRules(t *testing.T) {
	opts := seedOptions(t)
	for _, c := range []struct{ name, from, body, want string }{
		{"initial, Nachname Vorname", `"Kühn, Marianne" <mk@mail.example>`, "Ich komme am 24.7. um 13 Uhr.\n\nFreundliche Grüße\nM. Kühn", "Marianne Kühn"},
		{"initial en", "Robert Lindqvist <rl@mail.example>", "Please sign me up for 24 July, 6 pm.\n\nBest regards,\nR. Lindqvist", "Robert Lindqvist"},
		{"initial of someone else", "Peter Kühn <pk@mail.example>", "Ich komme am 24.7. um 13 Uhr.\n\nViele Grüße\nS. Kühn", "S. Kühn"},
		{"signed short form", "Katharina Weiß <kw@mail.example>", "Ich komme am 24.7. um 13 Uhr.\n\nKathi Weiß", "Kathi Weiß"},
		{"signed short form en", "William Hart <wh@mail.example>", "Count me in for Saturday 1 pm.\n\nBill Hart", "Bill Hart"},
		{"last line no name", "Jonas Brandt <jb@mail.example>", "Ich komme am 24.7. um 13 Uhr.\n\nBis dann", "Jonas Brandt"},
		{"registers daughter", "Petra Roth <pr@mail.example>", "Ich melde unsere Tochter, Lina Roth, für den 16.8. um 13 Uhr an. Wir holen sie danach ab.\n\nViele Grüße\nPetra Roth", "Lina Roth"},
		{"registers mother", "Uwe Brandt <ub@mail.example>", "Hiermit melde ich meine Mutter, Erika Brandt (80), für Samstag, 16.8., 13 Uhr an.\n\nGruß\nUwe Brandt", "Erika Brandt"},
	} {
		t.Run(c.name, func(t *testing.T) {
			raw := "From: " + c.from + "\r\nTo: ehrenamt@kaiserslautern.example\r\nSubject: Werkstatt\r\nDate: " + julyFirst +
				"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(c.body, "\n", "\r\n") + "\r\n"
			if rd := mustParse(t, raw, opts); rd.Name != c.want {
				t.Errorf("name = %q, want %q (intent %s)", rd.Name, c.want, rd.Intent)
			}
		})
	}
}
