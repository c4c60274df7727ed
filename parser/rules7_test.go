package parser

import (
	"slices"
	"strings"
	"testing"
)

// safetyCase is a mail whose reading must not act on a session the sender
// did not accept: either every session of an acted-on reading is in
// accepted, or the reading is held (or names none).
type safetyCase struct {
	name, body string
	accepted   []string
}

func runSafetyCases(t *testing.T, cases []safetyCase) {
	t.Helper()
	opts := seedOptions(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rd := mustParse(t, testMail("Ole Probe <ole@mail.example>", "Werkstatt", julyFirst, c.body), opts)
			l := rd.Label("x", opts)
			if rd.Confidence < actOn || (rd.Intent != IntentRegister && rd.Intent != IntentChange) {
				return
			}
			for _, s := range l.Sessions {
				if !slices.Contains(c.accepted, s) {
					t.Errorf("%q: acted on %s %v (confidence %.2f, %q), accepted %v", c.body, rd.Intent, l.Sessions, rd.Confidence, rd.Evidence, c.accepted)
				}
			}
		})
	}
}

// TestUnreadTimeWordHolds: a time word no pattern reads, next to a day the
// reading books, holds the reading (accounted.go) — whatever the word.
func TestUnreadTimeWordHolds(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "Abendschicht", body: "Ich würde am Donnerstag gern zur Abendschicht der Werkstatt kommen.", accepted: []string{thu18}},
		{name: "lunch break", body: "Please sign me up for Saturday 16 August, during my lunchbreak.", accepted: []string{sat13}},
		{name: "half past", body: "I'll come on the 24th of July, the session at half past five.", accepted: nil},
		{name: "Nachtschwärmer", body: "Melde mich für Samstag an, für die Nachteulen-Runde.", accepted: []string{sat18}},
	})
}

// TestFromToHolds: "von X auf Y" read as two wishes (a rebooking whose verb
// the change words did not see) is held.
func TestFromToHolds(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "vom Do auf Sa", body: "Bitte tragen Sie mich vom Donnerstag 13 Uhr auf Samstag 13 Uhr.", accepted: []string{sat13}},
		{name: "from to", body: "Please put me from Thursday 6 pm to Saturday 6 pm, thanks.", accepted: []string{sat18}},
		{name: "von 13 auf 18", body: "Ich komme am 16.8. gern, aber von 13 auf 18 Uhr, wenn es geht.", accepted: []string{sat18}},
	})
}

// TestInferredExclusionHolds: every session but a ruled-out one is not
// booked when the ruling out is somebody else's or answers a booking.
func TestInferredExclusionHolds(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "Frau kann nicht", body: "Meine Frau kann am Samstag leider nicht. Ich komme trotzdem, tragen Sie bitte nur mich ein.", accepted: nil},
		{name: "son can't", body: "Our son can't make it on Thursday after all. I'll still come, please register just me.", accepted: nil},
		{name: "Kollege nicht", body: "Mein Kollege ist am 24. Juli nicht dabei, ich komme aber gern.", accepted: nil},
	})
}

// TestUndecidedHolds: a sender still weighing the sign-up is not booked.
func TestUndecidedHolds(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "überlege noch", body: "Ich überlege noch, ob ich am 24. Juli um 18 Uhr zur Werkstatt komme. Gibt es Parkplätze?", accepted: nil},
		{name: "considering", body: "We're considering the Saturday 1 pm workshop. Is the room accessible?", accepted: nil},
		{name: "before I sign up", body: "Before I sign up for 16 August at 6 pm: will there be drinks?", accepted: nil},
	})
}

// TestClockForms: hour forms read as clock times, so the day is narrowed
// to its session instead of both.
func TestClockForms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "o'clock", subject: "Workshop", body: "Count me in for Thursday 24 July, the six o'clock one.",
			intent: IntentRegister, sessions: []string{thu18}},
		{name: "18:00 o'clock", subject: "Workshop", body: "I want to join on 16 August at 13:00 o'clock.",
			intent: IntentRegister, sessions: []string{sat13}},
		{name: "dotted clock after date", subject: "Werkstatt", body: "Do., 24.07., 13.00 – ich bin dabei.",
			intent: IntentRegister, sessions: []string{thu13}},
		{name: "dotted half hour", subject: "Werkstatt", body: "16.08. 18.30 passt mir, ich melde mich an.",
			intent: IntentRegister, sessions: []string{}},
		{name: "Abendrunde", subject: "Werkstatt", body: "Ich möchte am 16. August zur Abendrunde kommen.",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "Mittagsslot", subject: "Werkstatt", body: "Für den Mittagsslot am Donnerstag melde ich mich an.",
			intent: IntentRegister, sessions: []string{thu13}},
	})
}

// offerList is the bot's quoted list of open sessions (three entries).
const offerList = "\n\nAm 01.07.2025 um 09:00 schrieb Ehrenamtskoordination:\n> Bei diesen Terminen sind noch Plätze frei:\n>\n>   – Donnerstag, 24. Juli 2025, 13:00 Uhr\n>   – Samstag, 16. August 2025, 13:00 Uhr\n>   – Samstag, 16. August 2025, 18:00 Uhr\n>\n> Möchten Sie einen davon?\n"

// TestListPick: an entry of the quoted list picked by its number or place
// (the session pick only; whether such a reply registers is the intent
// rules' call).
func TestListPick(t *testing.T) {
	opts := seedOptions(t)
	for body, want := range map[string]string{
		"Ich nehme Nr. 3, danke.":          sat18,
		"Option 2 suits me best.":          sat13,
		"Der erste Termin wäre mir recht.": thu13,
		"Termin 24.7. passt mir.":          "",
	} {
		m, err := readMail(strings.NewReader(testMail("Ole Probe <ole@mail.example>", "Re: Werkstatt", julyFirst, body+offerList)))
		if err != nil {
			t.Fatal(err)
		}
		rd := &Reading{}
		m.fillHeaderFacts(rd, opts.Location)
		a := newAnalysis(m, rd, opts, opts.Location)
		a.parts = splitBody(m.bodyText())
		a.quote = a.readQuote()
		a.readClauses()
		got := ""
		if k := a.ordinalChoice(); k >= 0 {
			got = a.res.sessions[k].start.Format("2006-01-02T15:04")
		}
		if got != want {
			t.Errorf("%q: picked %q, want %q", body, got, want)
		}
	}
}

// TestOnlyWithReason: "nur X, Y bin ich …" restricts to X; Y after the
// comma is the reason, not a second restriction.
func TestOnlyWithReason(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "nur abends, mittags Dienst", subject: "Werkstatt", body: "Gern am 16. August, aber nur abends, mittags muss ich arbeiten.",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "only the lunchtime one", subject: "Workshop", body: "Sign me up for 24 July, only the midday one, evenings I coach football.",
			intent: IntentRegister, sessions: []string{thu13}},
	})
}

// TestTimeOnlyAndKeptOtherHold: a clock time with no day read over both
// days, and a change that keeps a session other than the one asked for,
// are held.
func TestTimeOnlyAndKeptOtherHold(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "dialect day", body: "I meld mi fir iwwermorje um 6 an.", accepted: []string{thu18}},
		{name: "typo day", body: "Please book me for Thrusday at 1 pm.", accepted: []string{thu13}},
		{name: "time-only is fine for both days", body: "Ich komme um 18 Uhr, an welchem Tag ist mir egal.", accepted: []string{thu18, sat18}},
	})
}
