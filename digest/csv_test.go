package digest

import (
	"bytes"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// TestGuardFormula: every cell that Excel would read as a formula gets
// a leading apostrophe, and nothing else changes.
func TestGuardFormula(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Erika Beispiel", "Erika Beispiel"},
		{`=HYPERLINK("http://böse.example")`, `'=HYPERLINK("http://böse.example")`},
		{"+49 631 5550199", "'+49 631 5550199"},
		{"-2+3", "'-2+3"},
		{"@SUMME(1+1)", "'@SUMME(1+1)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"Ösi =1", "Ösi =1"},
	}
	for _, tt := range tests {
		if got := guardFormula(tt.in); got != tt.want {
			t.Errorf("guardFormula(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriteCSVRow: BOM, header, ';', CRLF, the guard applied to what a
// person typed, and a waiting entry named by the sessions it accepts.
func TestWriteCSVRow(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/Berlin")
	start := time.Date(2025, 7, 24, 13, 0, 0, 0, loc)
	sessions := map[string]store.Session{"s1": {ID: "s1", Start: start}}
	people := []booking.Participant{{Booking: store.Booking{Name: "=1+1", Phone: "+49 1", Party: 2,
		State: store.Waitlisted, Accepts: []string{"s1", "gone"}, AcceptsAny: true, Source: store.SourcePhone,
		Created: start.Add(-time.Hour)}, Position: 1}}
	var b bytes.Buffer
	if err := WriteCSV(&b, people, sessions, loc); err != nil {
		t.Fatal(err)
	}
	want := "\uFEFFTermin;Name;E-Mail;Telefon;Personen;Status;Quelle;Angemeldet am\r\n" +
		"24.07.2025 13:00 / gone / jeder Termin;'=1+1;;'+49 1;2;Warteliste 1;Telefon;24.07.2025 12:00\r\n"
	if got := b.String(); got != want {
		t.Errorf("WriteCSV =\n%q\nwant\n%q", got, want)
	}
}
