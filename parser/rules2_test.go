package parser

import "testing"

// julyLate is a mail Date after the Thursday sessions.
const julyLate = "Fri, 25 Jul 2025 10:00:00 +0200"

// TestOnlyDayAndWordHours: "nur/only + day" keeps every wish to that day;
// hours written as words are times.
func TestOnlyDayAndWordHours(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "nur der Samstag", subject: "Werkstatt", body: "Ich möchte mitmachen. Am Donnerstag habe ich Dienst, deshalb geht nur der Samstag, Uhrzeit egal.",
			intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "only Saturday", subject: "Workshop", body: "Please sign me up. Thursday I am at work, so only Saturday for me.",
			intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "nur samstag abends", subject: "anmeldung", body: "anmeldung bitte. donnerstag ist schlecht also nur samstag abends",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "um sechs", subject: "Werkstatt", body: "Ich komme am Samstag um sechs, bitte eintragen.",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "at one", subject: "Workshop", body: "Could you put me down for Saturday at one?",
			intent: IntentRegister, sessions: []string{sat13}},
		{name: "gegen eins", subject: "Werkstatt", body: "Am 24. gegen eins wäre ich gern dabei.",
			intent: IntentRegister, sessions: []string{thu13}},
	})
}

// TestChangeRefinedAndParty: a change's new sessions follow the preference
// of the wishes that narrow them; "myself and my …" counts two.
func TestChangeRefinedAndParty(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "in den August, mittags", subject: "Änderung", body: "Bitte verlegen Sie meine Anmeldung vom 24.7. in den August. Am liebsten mittags, notfalls abends.",
			intent: IntentChange, sessions: []string{sat13, sat18}},
		{name: "move to the 16th", subject: "Change", body: "I am booked for 24 July. Could you move me to the 16th? Evening preferred, otherwise the 1 pm slot.",
			intent: IntentChange, sessions: []string{sat18, sat13}},
		{name: "myself and my husband", subject: "Workshop", body: "Please register myself and my husband for 16 August at 6 pm.",
			intent: IntentRegister, sessions: []string{sat18}, party: 2},
		{name: "mich und meine Nachbarin", subject: "Anmeldung", body: "Ich möchte mich und meine Nachbarin für den 24.7. um 13 Uhr anmelden.",
			intent: IntentRegister, sessions: []string{thu13}, party: 2},
		{name: "jedem Termin", subject: "Anmeldung", body: "Ich nehme gern teil, an jedem Termin, mir ist es gleich.",
			intent: IntentRegister, any: true},
		{name: "uns ist das gleich", subject: "Werkstatt", body: "Wir würden gern mitmachen, uns ist das gleich wann.",
			intent: IntentRegister, any: true},
	})
}

// TestQuestionOrOther: conditional sign-ups and impersonal questions are
// questions; a question about a past session asks for a place; other town
// services and sales offers are "other".
func TestQuestionOrOther(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "falls kein Problem", subject: "Rollator", body: "Kann ich meinen Rollator mitbringen? Falls das kein Problem ist, melde ich mich danach für einen Termin an.",
			intent: IntentQuestion},
		{name: "before I decide", subject: "Lift?", body: "Is the room accessible by lift? I want to know before I decide whether to register.",
			intent: IntentQuestion},
		{name: "kann man absagen", subject: "Frage", body: "Muss man für die Werkstatt etwas mitbringen? Und kann man später noch absagen?",
			intent: IntentQuestion},
		{name: "past session en", subject: "Sign-up", date: julyLate, body: "Can I still register for the Thursday 24 July session at 1 pm?",
			intent: IntentRegister},
		{name: "past session de", subject: "Anmeldung", date: julyLate, body: "Ist für den 24.7. um 18 Uhr noch eine Anmeldung möglich?",
			intent: IntentRegister},
		{name: "Personalausweis", subject: "Termin", body: "Ich brauche einen Termin für meinen Personalausweis. Haben Sie nächste Woche noch etwas frei?",
			intent: IntentOther},
		{name: "demo call", subject: "Your event", body: "Hi, our clients see twice as many attendees with our tool. Do you have time for a quick demo call?",
			intent: IntentOther},
		{name: "Catering", subject: "Ihre Werkstatt", body: "Ich biete Catering für Ihre Veranstaltung an, pro Person 12 Euro. Hätten Sie Interesse?",
			intent: IntentOther},
	})
}
