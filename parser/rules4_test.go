package parser

import "testing"

// TestWordListsHoldout3: synonyms, compounds and typos that unseen mail
// used — a wished place ("zwei Plätze"), compound town services, "before
// we commit", impersonal deadline questions, out-of-office notes without
// headers, people counted as "ppl" or a misspelt colleague.
func TestWordListsHoldout3(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "zwei Plätze", subject: "Samstag", body: "Wir möchten gern zwei Plätze am 16.8. um 13 Uhr.",
			intent: IntentRegister, sessions: []string{sat13}, party: 2},
		{name: "a seat", subject: "Thursday", body: "I'd like a seat on Thursday at 6 pm.",
			intent: IntentRegister, sessions: []string{thu18}},
		{name: "Kinderreisepass", subject: "Frage", body: "Der Kinderreisepass meiner Tochter läuft im August ab. Muss ich dafür ins Rathaus kommen?",
			intent: IntentOther},
		{name: "Schwerbehindertenausweis", subject: "Termin im Rathaus", body: "Wann kann ich meinen Schwerbehindertenausweis im Rathaus abholen?",
			intent: IntentOther},
		{name: "bevor wir uns festlegen", subject: "Werkstatt", body: "Gibt es im Rathaus einen Aufzug? Bevor wir uns festlegen, wüsste ich das gern.",
			intent: IntentQuestion},
		{name: "before we sign up", subject: "Workshop", body: "Is there parking near the town hall? We'd like to know before we sign up.",
			intent: IntentQuestion},
		{name: "bis wann muss man", subject: "Werkstatt", body: "Bis wann muss man sich anmelden? Ich bin mir mit dem Samstag noch nicht sicher.",
			intent: IntentQuestion},
		{name: "Abwesend subject", subject: "Abwesend: Werkstatt Samstag", body: "Ich bin bis zum 20.7. nicht im Haus.",
			intent: IntentAuto},
		{name: "not forwarded", subject: "Werkstatt", body: "Guten Tag, ich bin bis 3. August nicht erreichbar. Ihre Nachricht wird nicht weitergeleitet.",
			intent: IntentAuto},
		{name: "3 ppl", subject: "workshop", body: "pls book 3 ppl for thu 24 july 6pm",
			intent: IntentRegister, sessions: []string{thu18}, party: 3},
		{name: "collegue", subject: "Workshop", body: "I register for 16 August 1 pm together with my collegue Jo.",
			intent: IntentRegister, sessions: []string{sat13}, party: 2},
		{name: "noch möglich", subject: "Werkstatt", body: "Ich würde gern am 24.7. um 13 Uhr kommen. Ist das so möglich?",
			intent: IntentRegister, sessions: []string{thu13}},
	})
}

// TestMonthIsAWord: "Maison", "E-Mail" and "Junior" hold no month, so a
// plain registration next to them is acted on.
func TestMonthIsAWord(t *testing.T) {
	opts := seedOptions(t)
	for _, body := range []string{
		"Bitte melden Sie mich für den 24.7. um 13 Uhr an. Meine E-Mail-Adresse ist neu.",
		"I come on 16 August at 6 pm with the Maison des Jeunes.",
		"Ich komme am 16.8. um 18 Uhr, ich bin im Juniorteam unseres Vereins.",
	} {
		rd := mustParse(t, testMail("Ole Probe <ole@mail.example>", "Werkstatt", julyFirst, body), opts)
		if l := rd.Label("x", opts); len(l.Sessions) != 1 || rd.Confidence < actOn {
			t.Errorf("%q: %v held (confidence %.2f, %q)", body, l.Sessions, rd.Confidence, rd.Evidence)
		}
	}
}

// TestOwnClauseAndPartyChange: a first-person wish after a comma is apart
// from the exclusion before it; a new number for an existing booking is a
// change of that booking.
func TestOwnClauseAndPartyChange(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "ich komme daher", subject: "Werkstatt", body: "Donnerstag passt bei mir nicht, ich komme deshalb am Samstag.",
			intent: IntentRegister, sessions: []string{sat13, sat18}},
		{name: "we'll join", subject: "Workshop", body: "We can't do 24 July, we'll join on 16 August at 6 pm instead of that.",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "auf 3 Personen aufstocken", subject: "Anmeldung", body: "Ich bin für Samstag, 13 Uhr angemeldet. Mein Sohn möchte mit, können Sie auf 3 Personen aufstocken?",
			intent: IntentChange, sessions: []string{sat13}, party: 3},
		{name: "reduce to 1 person", subject: "Booking", body: "We are booked for 24 July at 6 pm as two. Please reduce the booking to 1 person, my wife is ill.",
			intent: IntentChange, sessions: []string{thu18}, party: 1},
	})
}

// TestTimeBounds: "frühestens/erst ab", "after" and an "ab" time that no
// session starts at are lower bounds; "ab 13 Uhr" names the 13:00 session.
func TestTimeBounds(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "erst ab 16 Uhr", subject: "Werkstatt", body: "Ich möchte am Samstag teilnehmen, kann aber erst ab 16 Uhr.",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "after 5 pm", subject: "Workshop", body: "Please sign me up for Thursday, I can make it after 5 pm.",
			intent: IntentRegister, sessions: []string{thu18}},
		{name: "ab 15 Uhr", date: julyLate, subject: "Anmeldung", body: "Ich würde gern teilnehmen, Zeit habe ich ab 15 Uhr.",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "ab 13 Uhr is the session", subject: "Anmeldung", body: "Bitte für Samstag ab 13 Uhr eintragen.",
			intent: IntentRegister, sessions: []string{sat13}},
	})
}

// TestNamesWrittenAndOthers: capitals are written as names; a pupil, niece
// or resident registered by someone who does not come is the participant.
func TestNamesWrittenAndOthers(t *testing.T) {
	opts := seedOptions(t)
	for _, c := range []struct{ from, body, want string }{
		{"JÖRG-PETER MÜLLER <jp@mail.example>", "ICH MELDE MICH FÜR DEN 24.7. UM 13 UHR AN.", "Jörg-Peter Müller"},
		{"Eva Probe <eva@mail.example>", "Bitte für Samstag 18 Uhr anmelden.\n\nGRUSS\nEVA PROBE", "Eva Probe"},
		{"Schule Beispiel <sek@schule.example>", "Ich melde unseren Schüler Tim Beispiel für den 24.7. um 13 Uhr an. Ich selbst komme nicht mit.", "Tim Beispiel"},
		{"Ole Probe <ole@mail.example>", "I'd like to register my niece Ada Probe for 16 August at 1 pm. I won't attend myself.", "Ada Probe"},
	} {
		raw := "From: " + c.from + "\r\nTo: ehrenamt@kaiserslautern.example\r\nSubject: Werkstatt\r\nDate: " + julyFirst +
			"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + c.body + "\r\n"
		rd := mustParse(t, raw, opts)
		if rd.Name != c.want || rd.PartySize != 1 {
			t.Errorf("%q: name %q party %d, want %q party 1", c.body, rd.Name, rd.PartySize, c.want)
		}
	}
}
