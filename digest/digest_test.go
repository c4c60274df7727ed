package digest

import (
	"regexp"
	"strings"
	"testing"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// fetches matches anything a mail client would load or run: external
// sources and links, scripts, style imports and CSS url().
var tags = regexp.MustCompile(`<[^>]*>`)

var fetches = regexp.MustCompile(`(?i)(src\s*=|href\s*=\s*["']?\s*(https?:|//)|<script|@import|url\s*\(|<link|<img|<iframe|<object)`)

// TestHTMLSelfContained renders a digest whose names and excerpts try to
// smuggle in markup, and checks the HTML loads and runs nothing.
func TestHTMLSelfContained(t *testing.T) {
	cfg := loadConfig(t, testConfig)
	now := clock(t, cfg, "08:00")
	db := openDB(t, cfg, now)
	evil := `<script src="https://evil.example/x.js"></script><img src="http://evil.example/p.png">`
	mailBooking(t, db, now, `Eve <b>`+evil, "eve@evil.example", 1, sessA,
		`<style>@import url(https://evil.example/s.css)</style>`+evil, `<a href="https://evil.example">x</a>`)
	d := build(t, db, cfg, clock(t, cfg, "07:00"), clock(t, cfg, "09:00"))
	m, err := Render(d)
	if err != nil {
		t.Fatal(err)
	}
	// Escaped text holds no "<", so every match of tags is real markup.
	for _, tag := range tags.FindAllString(m.HTML, -1) {
		if fetches.MatchString(tag) {
			t.Errorf("Render().HTML has a tag that fetches or runs something: %s", tag)
		}
	}
	if strings.Contains(strings.ToLower(m.HTML), "<style") {
		t.Errorf("Render().HTML has a <style> block; inline styles only")
	}
	if !strings.Contains(m.HTML, "&lt;script") {
		t.Errorf("Render().HTML does not show the escaped name")
	}
	if strings.ContainsAny(m.Subject, "\r\n") {
		t.Errorf("Render().Subject = %q, has a line break", m.Subject)
	}
}

// TestHighDemandThreshold: the line appears when the waiting places reach
// the threshold, not one place below.
func TestHighDemandThreshold(t *testing.T) {
	tests := []struct {
		name      string
		threshold int
		want      bool
	}{
		{"below", 3, false},
		{"at", 2, true},
		{"above", 1, true},
		{"off", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, cfg := fixedStore(t) // 2 places waiting
			cfg.Digest.HighDemandThreshold = tt.threshold
			d := build(t, db, cfg, clock(t, cfg, "07:00"), clock(t, cfg, "09:00"))
			m, err := Render(d)
			if err != nil {
				t.Fatal(err)
			}
			for part, body := range map[string]string{"text": m.Text, "html": m.HTML, "subject": m.Subject} {
				if got := strings.Contains(strings.ToLower(body), "hohe nachfrage"); got != tt.want {
					t.Errorf("threshold %d, 2 places waiting: %s has the high-demand line = %v, want %v", tt.threshold, part, got, tt.want)
				}
			}
			if tt.want && !strings.Contains(m.Text, "zwei weitere Termine") {
				t.Errorf("high-demand text does not recommend two more sessions:\n%s", m.Text)
			}
		})
	}
}

// TestEventsCarryEvidence: a booking from a mail shows the bot's reading
// next to the mail's own words; a phone booking shows neither.
func TestEventsCarryEvidence(t *testing.T) {
	db, cfg := fixedStore(t)
	d := build(t, db, cfg, clock(t, cfg, "07:00"), clock(t, cfg, "09:00"))
	byName := map[string]Event{}
	for _, e := range d.Events {
		if e.Action == store.ActionBooked || e.Action == store.ActionWaitlisted {
			byName[e.Name] = e
		}
	}
	erika := byName["Erika Beispiel"]
	if !strings.Contains(erika.Evidence, "„zu zweit“") || !strings.Contains(erika.Reading, "2 Personen") {
		t.Errorf("Erika's event: reading %q, evidence %q; want the parser's reading and evidence", erika.Reading, erika.Evidence)
	}
	if paula := byName["Paula Telefon"]; paula.Reading != "" || paula.Contact != "0631 555 0101" {
		t.Errorf("phone booking: reading %q, contact %q; want no reading and the phone number", paula.Reading, paula.Contact)
	}
}

// TestSinceFiltersEvents: only changes after the last digest are shown.
func TestSinceFiltersEvents(t *testing.T) {
	db, cfg := fixedStore(t)
	d := build(t, db, cfg, clock(t, cfg, "08:15"), clock(t, cfg, "09:00"))
	for _, e := range d.Events {
		if e.At.Before(clock(t, cfg, "08:15")) {
			t.Errorf("event %s of %s at %s is before the last digest", e.Action, e.Name, e.At)
		}
	}
	if got := d.Count(string(store.ActionMovedUp)); got != 2 {
		t.Errorf("moved up since 08:15 = %d, want 2", got)
	}
	if got := d.Count(string(store.ActionBooked)); got != 0 {
		t.Errorf("booked since 08:15 = %d, want 0", got)
	}
	_ = booking.KindBooked
}
