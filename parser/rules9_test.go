package parser

import (
	"slices"
	"testing"
)

// after24 is a mail Date after the Thursday sessions: only 16 Aug is left.
const after24 = "Fri, 25 Jul 2025 15:40:22 +0200"

// TestContrastRulesOut: "X mache ich dies, aber Y geht" rules X out (the
// holdout6 r069 wrong booking), in wording of our own; a first clause with a
// wish of its own stays a wish.
func TestContrastRulesOut(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Chorprobe abends", subject: "Werkstatt", body: "Donnerstags habe ich abends Chorprobe, aber mittags könnte ich kommen.", intent: IntentRegister, sessions: []string{thu13}},
		{name: "coach evenings", subject: "Workshop", date: after24, body: "I'd love to join. In the evenings I coach the under-12s, but midday works.", intent: IntentRegister, sessions: []string{sat13}},
		{name: "Laden samstags", subject: "Werkstatt", body: "Ich möchte mich anmelden. Samstags stehe ich im Laden, aber am Donnerstag geht es.", intent: IntentRegister, sessions: []string{thu13, thu18}},
		{name: "both wished", subject: "Werkstatt", body: "Donnerstag wäre mir recht, aber Samstag ginge auch.", intent: IntentRegister, sessions: []string{thu13, thu18, sat13, sat18}},
	})
}

// TestScopeDoubt: a restriction to a part of the day that a chosen session
// does not fit holds the reading.
func TestScopeDoubt(t *testing.T) {
	opts := seedOptions(t)
	for _, c := range []doubtCase{
		{"always, two sentences", "Abends bin ich immer beim Sport. Mittags ginge es am Samstag.", []string{sat13}, true},
		{"always en, two sentences", "Evenings I'm always at the gym. Saturday at midday would suit me.", []string{sat13}, true},
		{"only evenings, fits", "Saturday 6 pm please, evenings only for me.", []string{sat18}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			rd := mustParse(t, testMail("Ole Probe <ole@mail.example>", "Werkstatt", julyFirst, c.body), opts)
			l := rd.Label("x", opts)
			if acted := rd.Confidence >= 0.6; acted == c.held {
				t.Errorf("held = %v, want %v: %s %v confidence %.2f %q", !acted, c.held, rd.Intent, l.Sessions, rd.Confidence, rd.Evidence)
			}
		})
	}
}

// TestPartsAndFallbacks: two parts of the day joined by "oder/und" accept
// both (r031), a fallback after "falls das nicht klappt" is a wish (r024),
// and "Uhrzeit egal" in a mail naming no day accepts any session (r110).
func TestPartsAndFallbacks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "mittags als auch abends", subject: "Werkstatt", body: "Ich melde mich an. Am Samstag kann ich sowohl mittags als auch abends.", intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "midday or evening", subject: "Workshop", body: "Please book me for Thursday 24 July, midday or evening.", intent: IntentRegister, sessions: []string{thu13, thu18}},
		{name: "ob mittags oder abends", subject: "Werkstatt", body: "Ich hätte gern einen Platz am 16.8., ob mittags oder abends ist mir gleich.", intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "wenn der nicht mehr frei ist", subject: "Werkstatt", body: "Am liebsten Donnerstag 18 Uhr. Wenn der nicht mehr frei ist, nehme ich Samstag 18 Uhr.", intent: IntentRegister, sessions: []string{thu18, sat18}},
		{name: "if that doesn't work", subject: "Workshop", body: "I'd prefer Saturday at 1 pm. If that doesn't work, Thursday at 6 pm is fine too.", intent: IntentRegister, sessions: []string{sat13, thu18}},
		{name: "Zeit egal, kein Tag", subject: "Werkstatt", body: "Ich möchte gern teilnehmen, die Zeit ist mir egal.", intent: IntentRegister, sessions: []string{}, any: true},
		{name: "time doesn't matter", subject: "Workshop", body: "Count me in please, the time doesn't matter to me.", intent: IntentRegister, sessions: []string{}, any: true},
		{name: "Samstag, Uhrzeit egal", subject: "Werkstatt", body: "Ich komme am Samstag, die Uhrzeit ist mir egal.", intent: IntentRegister, sessions: []string{sat13, sat18}},
	})
}

// TestNegatedTailAndKeep: "X nicht, Y aber schon" books Y (r053, q091); "cancel
// the 1 pm one and keep me for 6 pm" cancels the 1 pm one only (p087).
func TestNegatedTailAndKeep(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "abends nicht, mittags schon", subject: "Werkstatt", body: "Ich möchte mich anmelden. Am 16.8. abends kann ich nicht, mittags aber schon.", intent: IntentRegister, sessions: []string{sat13}},
		{name: "evening no, midday works", subject: "Workshop", body: "Thursday in the evening is not possible for me, midday works though.", intent: IntentRegister, sessions: []string{thu13}},
		{name: "cancel one, keep other", subject: "Workshop", body: "I booked both Thursday sessions. Please cancel the 6 pm one and keep me for 1 pm.", intent: IntentCancel, sessions: []string{thu18}},
		{name: "streichen, behalten", subject: "Werkstatt", body: "Ich bin für beide Samstagstermine angemeldet. Bitte streichen Sie 13 Uhr und behalten Sie mich für 18 Uhr.", intent: IntentCancel, sessions: []string{sat13}},
	})
}

// TestPreferenceAndSameTime: "either slot, 1pm better" keeps both with the
// preferred first (q070); "gleiche Uhrzeit" takes the time of the booking
// the mail names (q043).
func TestPreferenceAndSameTime(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "either slot, evening better", subject: "Workshop", body: "Please put me down for Thursday 24 July. Either slot is fine, the evening would be slightly better.", intent: IntentRegister, sessions: []string{thu18, thu13}},
		{name: "beide Uhrzeiten, lieber 13", subject: "Werkstatt", body: "Ich möchte am Samstag, 16.8., teilnehmen. Beide Uhrzeiten gehen, 13 Uhr wäre mir lieber.", intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "gleiche Uhrzeit, anderer Tag", subject: "Umbuchung", body: "Ich bin für den 24.7. um 18 Uhr angemeldet. Ich möchte gern auf den 16.8. umbuchen, gleiche Uhrzeit.", intent: IntentChange, sessions: []string{sat18}},
		{name: "same time, other day", subject: "Change", body: "I'm booked for Saturday 16 August at 1 pm. Could you move me to Thursday 24 July instead, same time?", intent: IntentChange, sessions: []string{thu13}},
	})
}

// TestRelativeDayWords: dialect and chat spellings of "morgen" (a050) and a
// folded "übermorgen" are read against the Date header.
func TestRelativeDayWords(t *testing.T) {
	const wed23, tue22 = "Wed, 23 Jul 2025 16:00:00 +0200", "Tue, 22 Jul 2025 09:00:00 +0200"
	runRuleCases(t, []ruleCase{
		{name: "morje abends", subject: "Werkstatt", date: wed23, body: "Ich meld mich für morje abends an.", intent: IntentRegister, sessions: []string{thu18}},
		{name: "tmrw 1pm", subject: "Workshop", date: wed23, body: "Can I still sign up for tmrw at 1pm?", intent: IntentRegister, sessions: []string{thu13}},
		{name: "übermorgen", subject: "Werkstatt", date: tue22, body: "Ich möchte mich für übermorgen um 18 Uhr anmelden.", intent: IntentRegister, sessions: []string{thu18}},
	})
}

// TestFromToWithCommas: the old part of a move with commas inside it runs
// to "auf/to" (b063).
func TestFromToWithCommas(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "vom Do, 24.7., 13 Uhr auf Sa", subject: "Umbuchung", body: "Bitte buchen Sie mich vom Donnerstag, 24.7., 13 Uhr auf Samstag, 16.8., 13 Uhr um.", intent: IntentChange, sessions: []string{sat13}},
		{name: "from Sat, Aug 16, to Thu", subject: "Change", body: "Please move me from Saturday, August 16, 6 pm to Thursday, July 24, 6 pm.", intent: IntentChange, sessions: []string{thu18}},
		{name: "von Sa, 18 Uhr auf 13 Uhr", subject: "Umbuchung", body: "Können Sie mich von Samstag, 16.8., 18 Uhr auf 13 Uhr umbuchen?", intent: IntentChange, sessions: []string{sat13}},
	})
}

// TestHalfHourAndWishBeforeNegation: "um halb zwei" is 13:30, no session
// (a008); "am Samstag um 18 Uhr, mittags geht nicht" wishes the head and
// rules out the tail (q094); a day with a ruled-out time is no wish of
// that day, only the exclusion of that time.
func TestHalfHourAndWishBeforeNegation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "um halb zwei", subject: "Werkstatt", body: "Ich komme gern am Samstag um halb zwei.", intent: IntentRegister, sessions: []string{}},
		{name: "gegen halb sieben", subject: "Werkstatt", body: "Ich möchte mich für Donnerstag anmelden, ich bin gegen halb sieben da.", intent: IntentRegister, sessions: []string{}},
		{name: "wish, then evening no", subject: "Werkstatt", body: "Ich wäre gern dabei, und zwar am 24.7. um 13 Uhr, abends geht es bei mir nicht.", intent: IntentRegister, sessions: []string{thu13}},
		{name: "wish, then midday no (en)", subject: "Workshop", body: "I'd like to come, on Saturday at 6 pm, midday I can't.", intent: IntentRegister, sessions: []string{sat18}},
		{name: "day, time ruled out", subject: "Werkstatt", body: "Ich möchte mich anmelden. Am Samstag, 13 Uhr geht bei mir nicht.", intent: IntentRegister, sessions: []string{thu13, thu18, sat18}},
	})
}

// TestPostscript: a P.S. after the signature is the sender's text (q036).
func TestPostscript(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "P.S. session", subject: "Werkstatt", body: "Hallo,\n\nich melde mich gern an.\n\nViele Grüße\nJana Beispiel\n\nP.S. Am liebsten Samstag um 13 Uhr.", intent: IntentRegister, sessions: []string{sat13}},
		{name: "PS: en", subject: "Workshop", body: "Hi,\n\nplease sign me up.\n\nBest regards,\nTom Example\n\nPS: Thursday at 6 pm would be ideal.", intent: IntentRegister, sessions: []string{thu18}},
		{name: "text names session, P.S. ignored", subject: "Werkstatt", body: "Hallo,\n\nich melde mich für den 24.7. um 13 Uhr an.\n\nGruß\nJana Beispiel\n\nP.S. Ich bringe Kuchen mit.", intent: IntentRegister, sessions: []string{thu13}},
	})
}

// TestConsequenceAndBoth: "X sind wir weg, deshalb möchten wir Y" rules X
// out, and "mittags oder abends, beides geht" after the day is no limit to
// one part of it (a033).
func TestConsequenceAndBoth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Ende Juli weg, deshalb August", subject: "Werkstatt", body: "Im Juli sind wir in den Bergen, deshalb möchten wir uns für den Termin im August anmelden. Die Uhrzeit ist egal, mittags oder abends, beides geht.", intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "away in July, so August", subject: "Workshop", body: "In July I'm visiting family, so I'd like to sign up for Saturday 16 August. Midday or evening, both are fine.", intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "Donnerstag, beides geht", subject: "Werkstatt", body: "Ich melde mich für Donnerstag, 24.7., an. Mittags oder abends, beides geht.", intent: IntentRegister, sessions: []string{thu13, thu18}},
	})
}

// TestContrastAdds: a contrast clause that adds ("… ginge auch") keeps the
// clause before it as a wish.
func TestContrastAdds(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "aber ginge auch", subject: "Werkstatt", body: "Samstag 13 Uhr, aber Donnerstag 18 Uhr ginge auch.", intent: IntentRegister, sessions: []string{sat13, thu18}},
		{name: "aber wäre mir lieber", subject: "Werkstatt", body: "Donnerstag 13 Uhr, aber Samstag 18 Uhr wäre mir lieber.", intent: IntentRegister, sessions: []string{sat18, thu13}},
		{name: "but would also work", subject: "Workshop", body: "Saturday at 1 pm, but Thursday at 6 pm would work too.", intent: IntentRegister, sessions: []string{sat13, thu18}},
	})
}

// TestDoubtReleased: a condition on the registration still being open,
// "das klappt doch nicht" about the booking being moved and "auf Montage"
// (no Monday) restrict nothing, so the right reading is acted on.
func TestDoubtReleased(t *testing.T) {
	opts := seedOptions(t)
	for _, c := range []doubtCase{
		{"not too late", "Please add me to Thursday's 6 pm session, if it's not too late.", []string{thu18}, false},
		{"nicht schon voll", "Ich würde gern am Samstag um 13 Uhr kommen, sofern es nicht schon voll ist.", []string{sat13}, false},
		{"booking fails, move", "Ich bin für Samstag um 13 Uhr angemeldet und möchte umbuchen. Das geht leider doch nicht, abends würde es gehen.", []string{sat18}, false},
		{"auf Montage", "Ich melde mich für Samstag um 18 Uhr an. Unter der Woche bin ich auf Montage.", []string{sat18}, false},
		{"Montagearbeiter", "Als Montagearbeiter habe ich nur Donnerstag um 18 Uhr Zeit, bitte eintragen.", []string{thu18}, false},
		{"real limit stays held", "Sign me up for Saturday, as long as it is not the early one.", []string{sat18}, true},
		{"provided not evening", "Sign me up for Thursday, as long as it is not the evening one.", []string{thu13}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			rd := mustParse(t, testMail("Ole Probe <ole@mail.example>", "Werkstatt", julyFirst, c.body), opts)
			l := rd.Label("x", opts)
			acted := rd.Confidence >= 0.6
			for _, s := range l.Sessions {
				if acted && !slices.Contains(c.accepted, s) {
					t.Errorf("acted-on wrong booking %s (%q)", s, rd.Evidence)
				}
			}
			if acted == c.held || len(l.Sessions) == 0 {
				t.Errorf("held = %v, want %v: %s %v confidence %.2f %q", !acted, c.held, rd.Intent, l.Sessions, rd.Confidence, rd.Evidence)
			}
		})
	}
}
