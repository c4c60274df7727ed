package parser

import "testing"

// TestHoldout4Causes: one case family per cause of the holdout4 wrong
// bookings, in wording of our own — four-digit clocks, noon, "vormittags",
// short weekdays, dialect negations, learners' cancel words, process
// questions and a day the sender read about.
func TestHoldout4Causes(t *testing.T) {
	const thu20 = "Sun, 20 Jul 2025 09:00:00 +0200"
	runRuleCases(t, []ruleCase{
		{name: "1800 hrs", subject: "Workshop", body: "Please sign me up for 16 August, 1800 hrs.",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "um 1300", subject: "Werkstatt", body: "Ich komme am 24.7. um 1300.",
			intent: IntentRegister, sessions: []string{thu13}},
		{name: "at 1300, numbers in the signature", subject: "Workshop", body: "Register me for Thursday 24 July at 1300.\n\nBldg 1800, Room 1230\n67657 Kaiserslautern",
			intent: IntentRegister, sessions: []string{thu13}},
		{name: "around noon", subject: "Workshop", body: "I'd like to join on Saturday the 16th around noon.",
			intent: IntentRegister, sessions: nil},
		{name: "12 noon", subject: "Workshop", body: "Can you put me down for 24 July, 12 noon?",
			intent: IntentRegister, sessions: nil},
		{name: "vormittags", subject: "Werkstatt", body: "Ich melde mich für Samstag an, aber nur vormittags.",
			intent: IntentRegister, sessions: nil},
		{name: "am sa", subject: "werkstatt", date: thu20, body: "bin am sa um 18 uhr dabei",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "nächsten do", subject: "werkstatt", date: thu20, body: "ich komm nächsten do abends",
			intent: IntentRegister, sessions: []string{thu18}},
		{name: "net", subject: "Werkstatt", body: "Abends kann ich net, am 24. mittags komm ich gern.",
			intent: IntentRegister, sessions: []string{thu13}},
		{name: "ned", subject: "Werkstatt", body: "Samstag geht ned, Donnerstag um 18 Uhr wär ich dabei.",
			intent: IntentRegister, sessions: []string{thu18}},
		{name: "löschen Sie", subject: "Werkstatt", body: "Bitte löschen Sie meine Anmeldung für Samstag.",
			intent: IntentCancel, sessions: []string{sat13, sat18}},
		{name: "Anmeldung bitte löschen", subject: "Werkstatt", date: thu20, body: "Am Donnerstag ich habe keine Zeit. Meine Anmeldung bitte löschen.",
			intent: IntentCancel, sessions: []string{thu13, thu18}},
		{name: "muss man sich anmelden", subject: "Werkstatt", body: "Muss man sich für den Samstag extra anmelden, oder kann man einfach kommen?",
			intent: IntentQuestion},
		{name: "do I need to register", subject: "Workshop", body: "Do I need to register for the 24 July session or can I just show up?",
			intent: IntentQuestion},
		{name: "gelesen am Donnerstag", subject: "Werkstatt", body: "Ich habe am Donnerstag im Amtsblatt von der Werkstatt gelesen. Ich melde mich für den 16. August um 18 Uhr an.",
			intent: IntentRegister, sessions: []string{sat18}},
		{name: "saw on Saturday", subject: "Workshop", body: "We saw your flyer on Saturday at the market. Please book me for 24 July at 1 pm.",
			intent: IntentRegister, sessions: []string{thu13}},
	})
}

// TestOtherPerson: "ich melde auch meine Mutter an" registers the mother,
// not the sender: one place in her name; with no name given the name stays
// empty and the reading is held, so the coordinator asks. The sender counts
// only when they say they come too.
func TestOtherPerson(t *testing.T) {
	opts := seedOptions(t)
	cases := []struct {
		body, name string
		sessions   []string
		party      int
		held       bool
	}{
		{"Ich melde auch meine Mutter an.", "", nil, 1, true},
		{"Ich melde auch meine Mutter Maria Beispiel für den 24. Juli um 18 Uhr an.", "Maria Beispiel", []string{thu18}, 1, false},
		{"Hallo, ich melde auch meine Mutter für den 24. Juli um 18 Uhr an.", "", []string{thu18}, 1, true},
		{"I'd also like to sign up my father for 16 August at 1 pm.", "", []string{sat13}, 1, true},
		{"I'd also like to sign up my father, Tom Example, for 16 August at 1 pm.", "Tom Example", []string{sat13}, 1, false},
		{"Ich möchte unsere Vereinskollegin Frau Lene Muster für Samstag, 16.8., 18 Uhr anmelden. Ich selbst kann leider nicht.", "Lene Muster", []string{sat18}, 1, false},
		{"Ich komme am 24. Juli um 18 Uhr und melde auch meine Mutter an.", "Anna Beispiel", []string{thu18}, 2, false},
		{"Please sign up my mother and me for 16 August at 1 pm.", "Anna Beispiel", []string{sat13}, 2, false},
	}
	for _, c := range cases {
		rd := mustParse(t, testMail("Ole Probe <ole@mail.example>", "Werkstatt", julyFirst, c.body), opts)
		l := rd.Label("x", opts)
		if rd.Intent != IntentRegister || len(l.Sessions) != len(c.sessions) || l.Name != c.name || l.PartySize != c.party || (rd.Confidence < actOn) != c.held {
			t.Errorf("%q: got %s %v name %q party %d confidence %.2f, want %v %q party %d held %v",
				c.body, rd.Intent, l.Sessions, l.Name, l.PartySize, rd.Confidence, c.sessions, c.name, c.party, c.held)
		}
	}
}

// TestNotBookedUnasked: a wish whose part of the day or clock matches no
// session is never acted on: either no session or a held reading.
func TestNotBookedUnasked(t *testing.T) {
	opts := seedOptions(t)
	for _, body := range []string{
		"Gern am 24. Juli, am liebsten vormittags.",
		"Saturday works, but it would have to be at noon.",
		"Am 16. August bin ich dabei, allerdings nur vormittags, nachmittags muss ich arbeiten.",
	} {
		rd := mustParse(t, testMail("Ole Probe <ole@mail.example>", "Werkstatt", julyFirst, body), opts)
		if l := rd.Label("x", opts); len(l.Sessions) > 0 && rd.Confidence >= actOn {
			t.Errorf("%q: booked %v (confidence %.2f, %q)", body, l.Sessions, rd.Confidence, rd.Evidence)
		}
	}
}
