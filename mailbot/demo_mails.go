package mailbot

import (
	"fmt"
	"mime"
	"strings"
	"time"
)

// citizenMail is a mail from an invented citizen, as the demo and the
// tests deliver it. All people live at .example domains.
type citizenMail struct {
	FromName, From string
	Subject        string
	Body           string
	ID             string   // Message-ID without brackets; "" for none
	InReplyTo      string   // for a reply to one of the bot's mails
	Headers        []string // extra header lines ("Auto-Submitted: auto-replied")
	Date           time.Time
}

// raw renders the mail as RFC 5322 text with CRLF line ends.
func (m citizenMail) raw(to string) []byte {
	var b strings.Builder
	h := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	date := m.Date
	if date.IsZero() {
		date = time.Date(2025, 7, 9, 18, 30, 0, 0, time.FixedZone("CEST", 2*3600))
	}
	h("From", mime.QEncoding.Encode("utf-8", m.FromName)+" <"+m.From+">")
	h("To", to)
	h("Subject", mime.QEncoding.Encode("utf-8", m.Subject))
	h("Date", date.Format(time.RFC1123Z))
	if m.ID != "" {
		h("Message-ID", "<"+m.ID+">")
	}
	if m.InReplyTo != "" {
		h("In-Reply-To", "<"+m.InReplyTo+">")
		h("References", "<"+m.InReplyTo+">")
	}
	for _, l := range m.Headers {
		b.WriteString(l + "\r\n")
	}
	h("MIME-Version", "1.0")
	h("Content-Type", "text/plain; charset=utf-8")
	h("Content-Transfer-Encoding", "8bit")
	b.WriteString("\r\n")
	b.WriteString(strings.ReplaceAll(strings.TrimLeft(m.Body, "\n"), "\n", "\r\n"))
	return []byte(b.String())
}

// The demo's citizens, all invented, at .example domains.
var (
	demoErika = citizenMail{FromName: "Erika Beispiel", From: "erika.beispiel@beispiel.example",
		Subject: "Anmeldung Werkstatt", ID: "erika-1@beispiel.example",
		Body: "Guten Tag,\n\nhiermit melde ich mich für die Werkstatt am 24. Juli um 18 Uhr an.\n\nViele Grüße\nErika Beispiel\n"}
	demoOtto = citizenMail{FromName: "Otto Normal", From: "otto@normal.example",
		Subject: "Anmeldung 24.7. 18 Uhr", ID: "otto-1@normal.example",
		Body: "Sehr geehrte Damen und Herren,\n\nich melde mich für den 24.07. um 18:00 Uhr an.\n\nMit freundlichen Grüßen\nOtto Normal\n"}
	demoJohn = citizenMail{FromName: "John Doe", From: "john.doe@mail.example",
		Subject: "Registration for the workshop", ID: "john-1@mail.example",
		Body: "Hello,\n\nI would like to register for the workshop on 16 August at 6 pm. I will bring my wife, so two people.\n\nBest regards\nJohn Doe\n"}
	demoMax = citizenMail{FromName: "Max Mustermann", From: "max@muster.example",
		Subject: "Abwesenheitsnotiz: Ihre Nachricht", ID: "max-ooo@muster.example",
		Headers: []string{"Auto-Submitted: auto-replied"},
		Body:    "Vielen Dank für Ihre Nachricht. Ich bin bis zum 20. Juli nicht im Büro.\n\nMax Mustermann\n"}
	demoHanna = citizenMail{FromName: "Hanna Frage", From: "hanna@frage.example",
		Subject: "Frage zur Werkstatt", ID: "hanna-1@frage.example",
		Body: "Hallo,\n\nist der Raum C409 barrierefrei erreichbar? Ich sitze im Rollstuhl.\n\nGruß Hanna\n"}
	demoPaul = citizenMail{FromName: "Paul Kurz", From: "paul@kurz.example",
		Subject: "Werkstatt", ID: "paul-1@kurz.example",
		Body: "Hallo,\n\nich möchte gerne an der Werkstatt teilnehmen.\n\nPaul Kurz\n"}
	demoLena = citizenMail{FromName: "Lena Egal", From: "lena@egal.example",
		Subject: "Anmeldung", ID: "lena-1@egal.example",
		Body: "Hallo,\n\nich möchte mich für die Werkstatt anmelden, der Termin ist mir egal.\n\nLena Egal\n"}
	demoFritz = citizenMail{FromName: "Fritz Fröhlich", From: "fritz@froehlich.example",
		Subject: "Anmeldung und eine Frage", ID: "fritz-1@froehlich.example",
		Body: "Hallo,\n\nich melde mich für den 16. August um 18 Uhr an. Gibt es dort Parkplätze?\n\nFritz Fröhlich\n"}
	demoKlaus = citizenMail{FromName: "Klaus Zwei", From: "klaus@zwei.example",
		Subject: "Anmeldung für zwei Personen", ID: "klaus-1@zwei.example",
		Body: "Hallo,\n\nmeine Frau und ich möchten am 16. August um 13 Uhr kommen, also 2 Personen.\n\nKlaus Zwei\n"}
	demoErikaCancel = citizenMail{FromName: "Erika Beispiel", From: "erika.beispiel@beispiel.example",
		Subject: "Abmeldung", ID: "erika-2@beispiel.example",
		Body: "Hallo,\n\nleider kann ich am 24. Juli doch nicht kommen. Bitte streichen Sie meine Anmeldung.\n\nErika Beispiel\n"}
	demoSelf = citizenMail{FromName: "Ehrenamtskoordination Kaiserslautern", From: "ehrenamt@kaiserslautern.example",
		Subject: "Re: Anmeldung Werkstatt", ID: "loop-1@kaiserslautern.example",
		Body: "Diese Nachricht kommt vom Bot selbst und darf nie beantwortet werden.\n"}
)

// demoRound1 are the first mails in the inbox; the second round answers
// the bot's replies ("ja bitte") and cancels.
func demoRound1() []citizenMail {
	return []citizenMail{demoErika, demoOtto, demoJohn, demoMax, demoHanna, demoPaul, demoLena, demoFritz, demoKlaus}
}

func demoRound2(paulOffer string) []citizenMail {
	yes := citizenMail{FromName: "Paul Kurz", From: "paul@kurz.example", Subject: "Re: Werkstatt",
		ID: "paul-2@kurz.example", InReplyTo: paulOffer,
		Body: "Ja bitte!\n\nPaul\n\n> Bei diesen Terminen sind noch Plätze frei: ...\n"}
	return []citizenMail{yes, demoErikaCancel, demoSelf}
}
