package parser

import (
	"slices"
	"testing"
)

// doubtCase is a mail whose wording the rules may not know. accepted is
// what the sender accepts; held says whether the reading must be held.
type doubtCase struct {
	name, body string
	accepted   []string
	held       bool // false: the reading must be acted on (and right)
}

// TestDoubtHolds: a reading the bot acts on never books a session the
// sender did not accept; mails with an unknown restriction, an unmatched
// date range, an open pairing of days and times or a time written as a
// word are held, and plain registrations are not.
func TestDoubtHolds(t *testing.T) {
	opts := seedOptions(t)
	for _, c := range []doubtCase{
		{"holiday range", "Ich würde gern am Samstag kommen. Vom 10. bis 20. August bin ich verreist, also doch eher im Juli.", []string{thu13, thu18}, true},
		// read by the consequence rule (contrast.go) since: acted on, and right
		{"shift work", "Ich möchte mich anmelden. Donnerstag habe ich Spätschicht, darum geht bei mir nur der Samstag.", []string{sat13, sat18}, false},
		{"unless early", "Sign me up for Saturday unless it is the early one.", []string{sat18}, true},
		{"pairing", "Ich nehme Donnerstag um 13 und Samstag um 18 Uhr, eins von beiden.", []string{thu13, sat18}, true},
		{"time as word", "Count me in for Thursday at half past one, please.", nil, true},
		{"hour as word", "Count me in for Thursday at one, please.", []string{thu13}, false},
		{"plain", "Ich melde mich für Samstag, 16.8., 18 Uhr an.", []string{sat18}, false},
		{"only evenings", "Ich möchte teilnehmen. Nur abends möglich, am liebsten Donnerstag.", []string{thu18, sat18}, false},
		{"plain en", "Please book me for 24 July at 1 pm. Thanks!", []string{thu13}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			rd := mustParse(t, testMail("Ole Probe <ole@mail.example>", "Werkstatt", julyFirst, c.body), opts)
			l := rd.Label("x", opts)
			acted := rd.Confidence >= 0.6
			for _, s := range l.Sessions {
				if acted && (rd.Intent == IntentRegister || rd.Intent == IntentChange) && !slices.Contains(c.accepted, s) {
					t.Errorf("acted-on wrong booking %s (confidence %.2f, %q)", s, rd.Confidence, rd.Evidence)
				}
			}
			if acted == c.held {
				t.Errorf("held = %v, want %v: %s %v confidence %.2f %q", !acted, c.held, rd.Intent, l.Sessions, rd.Confidence, rd.Evidence)
			}
		})
	}
}
