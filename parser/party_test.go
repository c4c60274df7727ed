package parser

import (
	"strings"
	"testing"
)

// TestPartySize covers the ways people say how many they are.
func TestPartySize(t *testing.T) {
	cases := []struct {
		name, body string
		want       int
	}{
		{"alone", "ich möchte mich für den 24.7. um 13 Uhr anmelden.", 1},
		{"zu zweit", "Wir kommen zu zweit am 24.7. um 13 Uhr.", 2},
		{"zu fünft", "Wir wären zu fünft und kommen am 24.7. um 13 Uhr.", 5},
		{"wir sind 3", "Wir sind 3 Leute und möchten am 24.7. um 13 Uhr kommen.", 3},
		{"wife and I", "meine Frau und ich möchten uns für den 24.7. um 13 Uhr anmelden.", 2},
		{"wife named and I", "Meine Frau Gabi und ich möchten am 24.7. um 13 Uhr kommen.", 2},
		{"with husband", "Ich melde mich mit meinem Mann für den 24.7. um 13 Uhr an.", 2},
		{"my husband and I", "My husband and I would like to register for 24 July at 1 pm.", 2},
		{"together with my husband", "I would like to come on 24.7. at 6pm, together with my husband.", 2},
		{"a colleague and I", "A colleague and I would like to attend on 24 July at 6pm.", 2},
		{"me and two colleagues", "Ich melde mich und zwei Kolleginnen für den 24.7. um 13 Uhr an.", 3},
		{"with two friends", "Ich möchte mich mit zwei Freundinnen für den 24.7. um 13 Uhr anmelden.", 3},
		{"wife comes along", "Ich möchte mich für den 24.7. um 18 Uhr anmelden. Meine Frau kommt auch mit.", 2},
		{"Herr X und ich", "Herr Demir und ich würden gerne am 16.8. um 13 Uhr teilnehmen.", 2},
		{"father only", "Ich möchte meinen Vater, Herrn Heinz Albrecht, für den 24.7. um 13 Uhr anmelden. Ich selbst kann nicht.", 1},
		{"age in brackets", "Ich möchte mich mit meiner Tochter (16) für den 24.7. um 13 Uhr anmelden.", 2},
		{"children at home", "Ich habe drei kleine Kinder, deshalb kann ich nur abends. Bitte melden Sie mich für einen Abendtermin an.", 1},
		{"name list", "Für den Verein melden sich folgende Personen für den 16.08. um 18 Uhr an:\n\n- Jan Roth\n- Ute Roth\n- Mia Kurz\n- Serkan Öztürk", 4},
		{"room number", "A colleague and I would like to attend on 24 July at 6pm.\n\nRoom 2.14, Building 42", 2},
		{"both of us", "Könnten Sie uns beide auf den 16. August umbuchen?", 2},
		{"me and my two sons", "Ich melde mich und meine zwei Söhne für Samstag, 16.8., 13 Uhr an.", 3},
		{"my three grandchildren", "Please book Thursday 6 pm for me and my three grandchildren (8, 10 and 12).", 4},
		{"mit meinen beiden Töchtern", "Mit meinen beiden Töchtern (15 und 17) komme ich am 24.7. um 18 Uhr.", 3},
		{"insgesamt 6 Leute", "Aus unserem Chor kommen insgesamt 6 Leute am Samstag um 18 Uhr.", 6},
		{"a total of 4 of us", "There will be a total of 4 of us on Thursday at 1 pm.", 4},
		{"my name is … and I", "My name is Lena Vogt and I would like to attend on 24 July at 6 pm.", 1},
		{"greeting line is no name list", "Guten Tag,\nFrau Kaya und ich kommen am 24.7. um 13 Uhr.", 2},
	}
	opts := seedOptions(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rd := mustParse(t, testMail("Anna Beispiel <anna@mail.example>", "Werkstatt", "Mon, 07 Jul 2025 10:00:00 +0200", c.body), opts)
			if rd.PartySize != c.want {
				t.Errorf("Parse(%q).PartySize = %d, want %d (intent %s)", c.body, rd.PartySize, c.want, rd.Intent)
			}
		})
	}
}

// testMail builds a small plain-text message.
func testMail(from, subject, date, body string) string {
	return "From: " + from + "\r\nTo: ehrenamt@kaiserslautern.example\r\nSubject: " + subject +
		"\r\nDate: " + date + "\r\nMessage-ID: <t1@mail.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		strings.ReplaceAll(body, "\n", "\r\n") + "\r\n\r\nViele Grüße\r\nAnna Beispiel\r\n"
}

func mustParse(t *testing.T, raw string, opts Options) *Reading {
	t.Helper()
	rd, err := Parse(strings.NewReader(raw), opts)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return rd
}
