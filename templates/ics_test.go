package templates

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
)

func TestICSParsesBack(t *testing.T) {
	loc := berlin(t)
	start := time.Date(2025, 8, 16, 18, 0, 0, 0, loc)
	s := SessionInfo{ID: "s4", Title: "Werkstatt „Zukunft des Ehrenamts“", Location: "Rathaus Nord, Raum C409",
		Start: start, End: start.Add(time.Hour), Free: 3}
	stamp := time.Date(2025, 7, 1, 9, 30, 0, 0, time.UTC)
	b, err := ICS(s, "s4-anna@kaiserslautern.example", stamp, sampleOffice)
	if err != nil {
		t.Fatal(err)
	}
	cal, err := ical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatalf("decoding our own calendar: %v\n%s", err, b)
	}
	if m := cal.Props.Get(ical.PropMethod); m == nil || m.Value != "PUBLISH" {
		t.Errorf("METHOD = %v, want PUBLISH", m)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("got %d events, want 1", len(events))
	}
	ev := events[0]
	checkTime(t, "DTSTART", ev.DateTimeStart, start)
	checkTime(t, "DTEND", ev.DateTimeEnd, start.Add(time.Hour))
	checkText(t, ev.Component, ical.PropSummary, s.Title)
	checkText(t, ev.Component, ical.PropLocation, s.Location)
	checkText(t, ev.Component, ical.PropUID, "s4-anna@kaiserslautern.example")
	if got, err := ev.Props.DateTime(ical.PropDateTimeStamp, nil); err != nil || !got.Equal(stamp) {
		t.Errorf("DTSTAMP = %v, %v; want %v", got, err, stamp)
	}
	checkAlarm(t, ev.Component)
}

func checkTime(t *testing.T, name string, get func(*time.Location) (time.Time, error), want time.Time) {
	t.Helper()
	got, err := get(time.UTC)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("%s = %v, want %v in UTC", name, got, want.UTC())
	}
}

func checkText(t *testing.T, c *ical.Component, prop, want string) {
	t.Helper()
	if got, err := c.Props.Text(prop); err != nil || got != want {
		t.Errorf("%s = %q, %v; want %q", prop, got, err, want)
	}
}

func checkAlarm(t *testing.T, ev *ical.Component) {
	t.Helper()
	for _, c := range ev.Children {
		if c.Name != ical.CompAlarm {
			continue
		}
		checkText(t, c, ical.PropAction, "DISPLAY")
		trig := c.Props.Get(ical.PropTrigger)
		if trig == nil {
			t.Fatal("VALARM without TRIGGER")
		}
		if d, err := trig.Duration(); err != nil || d != -24*time.Hour {
			t.Errorf("TRIGGER = %q (%v, %v), want one day before", trig.Value, d, err)
		}
		return
	}
	t.Error("no VALARM in the event")
}

func TestICSLinesFolded(t *testing.T) {
	s := sampleSession("long", time.July, 24, 13, 1)
	s.Title = strings.Repeat("Zukunft des Ehrenamts „äöü“ ", 8)
	b, err := ICS(s, "u@kaiserslautern.example", time.Now(), sampleOffice)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\r\n") {
		if len(line) > icsLineLimit {
			t.Errorf("line of %d octets: %q", len(line), line)
		}
	}
	cal, err := ical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, cal.Events()[0].Component, ical.PropSummary, strings.TrimSpace(s.Title))
}

func TestICSRefusesNoEnd(t *testing.T) {
	s := sampleSession("x", time.July, 24, 13, 1)
	s.End = time.Time{}
	if _, err := ICS(s, "u", time.Now(), sampleOffice); err == nil {
		t.Error("ICS without an end succeeded")
	}
}
