package digest

import (
	"encoding/json"
	"strings"
	"testing"

	"anmeldebot/store"
)

// TestDigestShowsNoParserEnglish: the held mail's guess and an event's
// evidence show the mail's words as quotes and the parser's own notes in
// German, never "cancel marker" or "no wish words, …".
func TestDigestShowsNoParserEnglish(t *testing.T) {
	cfg := loadConfig(t, testConfig)
	now := clock(t, cfg, "08:00")
	db := openDB(t, cfg, now)
	mailBooking(t, db, now, "Max Muster", "max@muster.example", 1, sessA,
		"Am 24. Juli um 13 Uhr, bitte.", "24. Juli um 13 Uhr", "no wish words, but a session is named", "party: explicit count")
	r := testReading{Intent: "cancel", Sessions: []string{sessA}, PartySize: 1, Confidence: 0.5, Lang: "de",
		Evidence: []string{"ich kann leider nicht", "cancel marker", "doubt: a time written as a word: um eins", "some new parser note"}}
	raw, _ := json.Marshal(r)
	write(t, db, func(tx *store.Tx) error {
		_, err := tx.RecordMessage(store.Message{Key: "k1@mail.example", From: "kurt@absage.example", Subject: "Absage",
			Reading: string(raw), Status: store.MessageHeld, Reason: "unsure reading (confidence 0.50 < 0.60)",
			Excerpt: "Hallo, ich kann leider nicht am 24. Juli um eins."}, now)
		return err
	})
	text, err := RenderText(build(t, db, cfg, clock(t, cfg, "07:00"), clock(t, cfg, "09:00")))
	if err != nil {
		t.Fatal(err)
	}
	for _, english := range []string{"no wish words", "cancel marker", "explicit count", "doubt", "written as a word", "new parser note", "unsure", "confidence"} {
		if strings.Contains(text, english) {
			t.Errorf("digest shows the parser's English %q:\n%s", english, text)
		}
	}
	for _, want := range []string{"„24. Juli um 13 Uhr“", "Termin genannt, ohne Wunschwort", "„ich kann leider nicht“",
		"Abmeldewort", "unsicher: Uhrzeit als Wort: „um eins“", "Grund:    unsichere Lesung"} {
		if !strings.Contains(text, want) {
			t.Errorf("digest lacks %q:\n%s", want, text)
		}
	}
}

func TestEvidenceText(t *testing.T) {
	tests := []struct {
		name, excerpt string
		ev            []string
		want          string
	}{
		{"quotes found in the mail", "Wir kommen am 16. August zu zweit.", []string{"16. August", "Zu  zweit."}, "„16. August“, „Zu zweit.“"},
		{"known notes in German", "x", []string{"any session", "thanks for a confirmed booking"}, "egal wann, Dank für eine bestätigte Buchung"},
		{"note with the mail's words", "x", []string{"a named day has no session: 17. August"}, "genannter Tag ohne Termin: „17. August“"},
		{"unknown English note dropped", "Hallo", []string{"some future reason"}, ""},
		{"unknown item kept when the excerpt was cut", "Hallo …", []string{"am Ende der Mail"}, "„am Ende der Mail“"},
		{"header notes as they are", "x", []string{"Auto-Submitted: auto-replied"}, "Auto-Submitted: auto-replied"},
		{"duplicates once", "zu zweit", []string{"zu zweit", "zu zweit"}, "„zu zweit“"},
	}
	for _, tt := range tests {
		if got := evidenceText(tt.ev, tt.excerpt, ""); got != tt.want {
			t.Errorf("%s: evidenceText(%q, %q) = %q, want %q", tt.name, tt.ev, tt.excerpt, got, tt.want)
		}
	}
}

// TestReasonText: the worker's hold reasons reach the coordinator in
// German, also the newest one (several people at one address).
func TestReasonText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"question for the coordinator", "Frage an die Koordination"},
		{"several people booked from this address and the mail does not say which one: nothing cancelled",
			"mehrere Personen von dieser Adresse gebucht, die Mail sagt nicht, wer gemeint ist; nichts geändert"},
	}
	for _, tt := range tests {
		if got := reasonText(tt.in); got != tt.want {
			t.Errorf("reasonText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
