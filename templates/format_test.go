package templates

import (
	"testing"
	"time"
	_ "time/tzdata" // Europe/Berlin on machines without a zone database
)

func berlin(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestFormatSession(t *testing.T) {
	loc := berlin(t)
	tests := []struct {
		start      time.Time
		lang, want string
	}{
		{time.Date(2025, 8, 16, 18, 0, 0, 0, loc), "de", "Samstag, 16. August 2025, 18:00 Uhr"},
		{time.Date(2025, 8, 16, 18, 0, 0, 0, loc), "en", "Saturday, 16 August 2025, 6:00 pm"},
		{time.Date(2025, 7, 24, 13, 0, 0, 0, loc), "de", "Donnerstag, 24. Juli 2025, 13:00 Uhr"},
		{time.Date(2025, 7, 24, 13, 0, 0, 0, loc), "en", "Thursday, 24 July 2025, 1:00 pm"},
		{time.Date(2026, 3, 1, 9, 5, 0, 0, loc), "fr", "Sonntag, 1. März 2026, 09:05 Uhr"},
		{time.Date(2026, 3, 1, 9, 5, 0, 0, loc), "en-GB", "Sunday, 1 March 2026, 9:05 am"},
	}
	for _, tt := range tests {
		if got := FormatSession(SessionInfo{Start: tt.start}, tt.lang); got != tt.want {
			t.Errorf("FormatSession(%v, %q) = %q, want %q", tt.start, tt.lang, got, tt.want)
		}
	}
}

func TestFormatCounts(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"persons de 1", FormatPersons(1, "de"), "1 Person"},
		{"persons de 0", FormatPersons(0, "de"), "1 Person"},
		{"persons de 3", FormatPersons(3, "de"), "3 Personen"},
		{"persons en 3", FormatPersons(3, "en"), "3 people"},
		{"free de 0", FormatFree(0, "de"), "ausgebucht"},
		{"free de 1", FormatFree(1, "de"), "noch 1 Platz frei"},
		{"free en 5", FormatFree(5, "en"), "5 places left"},
		{"span de", FormatTimeSpan(sampleSession("x", time.July, 24, 13, 1), "de"), "13:00 bis ca. 14:00 Uhr"},
		{"span en", FormatTimeSpan(sampleSession("x", time.July, 24, 13, 1), "en"), "1:00 pm to about 2:00 pm"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}
