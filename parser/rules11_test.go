package parser

import "testing"

// botConfirmSat18 is the bot's confirmation of one place on Saturday 18:00,
// quoted below a reply.
const botConfirmSat18 = "\n\nAm 01.07.2025 um 09:00 schrieb Ehrenamtskoordination:\n> Wir haben Sie eingetragen:\n>\n>   Samstag, 16.08.2025, 18:00 Uhr\n>   Personen: 1\n"

// TestCancelHoldout7: a place given back ("freigeben", "zurücknehmen",
// "give up my spot") withdraws a booking, in wording of our own.
func TestCancelHoldout7(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Platz freigeben", subject: "Werkstatt", body: "Ich gebe meinen Platz am Donnerstag um 13 Uhr wieder frei, mir ist etwas dazwischengekommen.", intent: IntentCancel, sessions: []string{thu13}},
		{name: "Platz freigeben, Abend", subject: "Werkstatt", body: "Leider muss ich meinen Platz für Donnerstag abends freigeben.", intent: IntentCancel, sessions: []string{thu18}},
		{name: "give up my spot", subject: "Workshop", body: "I have to give up my spot on Saturday at 6 pm, sorry.", intent: IntentCancel, sessions: []string{sat18}},
		{name: "Anmeldung zurücknehmen, quoted", subject: "AW: Anmeldung", body: "Meine Anmeldung für Samstag muss ich zurücknehmen, wir sind verreist." + botConfirmSat18, intent: IntentCancel, sessions: []string{sat18}},
		{name: "nehme zurück", subject: "Werkstatt", body: "Hiermit nehme ich meine Anmeldung für den 24. Juli um 18 Uhr zurück.", intent: IntentCancel, sessions: []string{thu18}},
	})
}

// TestNoCancelHoldout7: the same nouns in a wish or a back-reference
// cancel nothing.
func TestNoCancelHoldout7(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Platz freihalten", subject: "Werkstatt", body: "Halten Sie meinen Platz am Samstag um 13 Uhr bitte frei, ich melde mich an.", intent: IntentRegister, sessions: []string{sat13}},
		{name: "komme auf Anmeldung zurück", subject: "Werkstatt", body: "Ich komme auf meine Anmeldung zurück: bitte für Donnerstag 18 Uhr eintragen.", intent: IntentRegister, sessions: []string{thu18}},
	})
}

// TestQuestionHoldout7: a question about the cost is a question, not spam;
// a seller's offer to send a quote is not.
func TestQuestionHoldout7(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Teilnahme kostenlos?", subject: "Werkstatt", body: "Ist die Teilnahme kostenlos? Ich überlege noch, ob ich komme.", intent: IntentQuestion, sessions: []string{}},
		{name: "is it free, certificate", subject: "Workshop", body: "Is the event free, and do we get a confirmation of attendance afterwards?", intent: IntentQuestion, sessions: []string{}},
		{name: "kostet das etwas", subject: "Werkstatt", body: "Kostet die Werkstatt etwas? Gibt es eine Teilnahmebescheinigung?", intent: IntentQuestion, sessions: []string{}},
		{name: "send you a quote", subject: "Catering", body: "We cater events of any size, from EUR 12 per person. Shall we send you a quote?", intent: IntentOther, sessions: []string{}},
		{name: "Angebot schicken", subject: "Technik", body: "Wir verleihen Beamer und Mikrofone für Ihre Werkstatt. Dürfen wir Ihnen ein Angebot schicken?", intent: IntentOther, sessions: []string{}},
	})
}

// TestWeekdayClockHoldout7: a short weekday before a clock time names the
// day; the English verb "do" does not.
func TestWeekdayClockHoldout7(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "für Sa 18 Uhr", subject: "Werkstatt", body: "Bitte mich für Sa 18 Uhr eintragen, danke!", intent: IntentRegister, sessions: []string{sat18}},
		{name: "Do., 13.00", subject: "Anmeldung", body: "Anmeldung: Do., 13.00 Uhr. Gruß", intent: IntentRegister, sessions: []string{thu13}},
		{name: "for Thu 6 pm", subject: "Workshop", body: "Please sign me up for Thu 6 pm.", intent: IntentRegister, sessions: []string{thu18}},
		{name: "I can do 1 pm", subject: "Workshop", body: "Saturday works, I can do 1 pm. Please register me.", intent: IntentRegister, sessions: []string{sat13}},
	})
}

// TestMoveGroupHoldout7: "move the two of us" under a quoted booking is a
// change, asked as a question or not.
func TestMoveGroupHoldout7(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "move both of us", subject: "Re: Registration", body: "Could you move both of us to 6 pm on the same day? We have an appointment at lunchtime." + botConfirm, intent: IntentChange, sessions: []string{sat18}, party: 2},
		{name: "switch the two of us", subject: "Re: Registration", body: "Please switch the two of us from 1 pm to the evening slot, same day." + botConfirm, intent: IntentChange, sessions: []string{sat18}, party: 2},
		{name: "transfer all of us", subject: "Re: Registration", body: "Can you transfer all of us to the 6 pm session on the same day? Thanks." + botConfirm, intent: IntentChange, sessions: []string{sat18}, party: 2},
	})
}
