package config

import (
	"testing"
	"time"
)

// TestExampleFile loads the config.example.toml a coordinator copies, so
// the example can never drift from what Load accepts, and checks it holds
// the seed's four sessions at their local start times.
func TestExampleFile(t *testing.T) {
	c, err := Load("../config.example.toml")
	if err != nil {
		t.Fatalf("Load(config.example.toml) = %v", err)
	}
	if c.Location.String() != "Europe/Berlin" {
		t.Errorf("Location = %v, want Europe/Berlin", c.Location)
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id    string
		start time.Time
	}{
		{"2025-07-24-1300", time.Date(2025, 7, 24, 13, 0, 0, 0, berlin)},
		{"2025-07-24-1800", time.Date(2025, 7, 24, 18, 0, 0, 0, berlin)},
		{"2025-08-16-1300", time.Date(2025, 8, 16, 13, 0, 0, 0, berlin)},
		{"2025-08-16-1800", time.Date(2025, 8, 16, 18, 0, 0, 0, berlin)},
	}
	if len(c.Sessions) != len(want) {
		t.Fatalf("got %d sessions, want %d", len(c.Sessions), len(want))
	}
	for i, w := range want {
		s := c.Sessions[i]
		if s.ID != w.id {
			t.Errorf("session %d: id = %q, want %q", i, s.ID, w.id)
		}
		if !s.Start.Equal(w.start) {
			t.Errorf("session %s: start = %v, want %v", s.ID, s.Start, w.start)
		}
		if got := s.Start.Format("2006-01-02T15:04"); got != w.start.Format("2006-01-02T15:04") {
			t.Errorf("session %s: local start = %s, want %s", s.ID, got, w.start.Format("2006-01-02T15:04"))
		}
		if s.Capacity != 15 || s.Duration.D() != time.Hour || s.Location == "" || s.Closed {
			t.Errorf("session %s: capacity %d, duration %v, location %q, closed %v; want 15, 1h, a room, open",
				s.ID, s.Capacity, s.Duration.D(), s.Location, s.Closed)
		}
	}
	if s, ok := c.Session("2025-08-16-1300"); !ok || s.ID != "2025-08-16-1300" {
		t.Errorf("Session(2025-08-16-1300) = %v, %v", s, ok)
	}
}
