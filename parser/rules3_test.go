package parser

import "testing"

// quotedBooking is the bot's confirmation of Saturday 13:00, quoted in a reply.
const quotedBooking = "\n\nAm 14.07.2025 schrieb Ehrenamt <ehrenamt@kaiserslautern.example>:\n> Guten Tag,\n> wir haben Sie angemeldet für: Samstag, 16. August 2025, 13:00 Uhr.\n> Personen: 1\n"

// TestCancelKeepsAndRefines: a cancel withdraws only what it names — not
// a booking the mail keeps, not the other session of a day a narrower
// clause pins down, not the other month of a list of bookings.
func TestCancelKeepsAndRefines(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "keep the other", subject: "Abmeldung", body: "Ich bin am 24.7. und am 16.8. jeweils abends angemeldet. Bitte sagen Sie den August-Termin ab, den im Juli behalte ich.",
			intent: IntentCancel, sessions: []string{sat18}},
		{name: "still coming", subject: "Cancel one", body: "I booked both 24 July and 16 August at 1 pm. Please cancel the August one, I'm still coming on 24 July.",
			intent: IntentCancel, sessions: []string{sat13}},
		{name: "heute Abend, 18 Uhr", subject: "Absage", date: "Thu, 24 Jul 2025 09:00:00 +0200", body: "Wir schaffen es heute leider nicht. Bitte streichen Sie uns für 18 Uhr.",
			intent: IntentCancel, sessions: []string{thu18}},
		{name: "im Juli streichen", subject: "Termin", body: "Ich stehe für den 24.7. und den 16.8. um 13 Uhr auf der Liste. Den Termin im Juli bitte stornieren.",
			intent: IntentCancel, sessions: []string{thu13}},
	})
}

// TestPreferenceKeepsTheDay: a preference narrows the order, not the wish
// ("Samstag, lieber abends" accepts both Saturday sessions).
func TestPreferenceKeepsTheDay(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "bevorzugt früh", subject: "Anmeldung", body: "Ich komme am 16. August, bevorzugt um 13 Uhr, 18 Uhr geht zur Not auch.",
			intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "lieber abends, mittags auch", subject: "Werkstatt", body: "Gern am Samstag, lieber abends, mittags wäre aber auch in Ordnung.",
			intent: IntentRegister, sessions: []string{sat18, sat13}},
		{name: "time egal, lieber wäre", subject: "Workshop", body: "Ich wäre am Donnerstag gern dabei. Die Zeit ist egal, am liebsten wäre mir aber mittags.",
			intent: IntentRegister, sessions: []string{thu13, thu18}},
		{name: "den späteren", subject: "Werkstatt", body: "Bitte melden Sie mich am Donnerstag für den späteren der zwei Termine an.",
			intent: IntentRegister, sessions: []string{thu18}},
		{name: "the earlier of", subject: "Workshop", body: "Please book me on Saturday for the earlier of the two sessions.",
			intent: IntentRegister, sessions: []string{sat13}},
	})
}

// TestAcknowledgementAndSelectorDoubt: thanks for a confirmed booking books
// nothing; a day whose session is picked in unknown words is held.
func TestAcknowledgementAndSelectorDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "bis Samstag", subject: "AW: Ihre Anmeldung", body: "Danke, bis Samstag dann!" + quotedBooking, intent: IntentOther},
		{name: "looking forward", subject: "Re: Your registration", body: "Great, looking forward to the 16th." + quotedBooking, intent: IntentOther},
	})
	opts := seedOptions(t)
	for _, body := range []string{
		"Am Samstag nehme ich gern den zweiten der beiden Termine.",
		"I'd like to come on Saturday, the first slot if that's possible.",
	} {
		rd := mustParse(t, testMail("Ole Probe <ole@mail.example>", "Werkstatt", julyFirst, body), opts)
		if l := rd.Label("x", opts); len(l.Sessions) > 1 && rd.Confidence >= actOn {
			t.Errorf("%q: acted on %v (confidence %.2f, %q)", body, l.Sessions, rd.Confidence, rd.Evidence)
		}
	}
}
