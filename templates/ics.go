package templates

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// icsLineLimit is RFC 5545's limit for one content line, in octets.
const icsLineLimit = 75

// ICS builds a calendar file (METHOD:PUBLISH) with one event for the
// session and a display alarm one day before. Times are written in UTC
// ("20250816T160000Z"): that is exact for every calendar and needs no
// VTIMEZONE block, which go-ical cannot derive from a time.Location.
func ICS(s SessionInfo, uid string, stamp time.Time, office Office) ([]byte, error) {
	if s.Start.IsZero() || !s.End.After(s.Start) {
		return nil, fmt.Errorf("building calendar entry for session %q: start %v and end %v are not a time span", s.ID, s.Start, s.End)
	}
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropProductID, "-//anmeldebot//templates//DE")
	cal.Props.SetText(ical.PropMethod, "PUBLISH")
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")
	cal.Children = append(cal.Children, event(s, uid, stamp, office).Component)
	var b bytes.Buffer
	if err := ical.NewEncoder(&b).Encode(cal); err != nil {
		return nil, fmt.Errorf("encoding calendar entry for session %q: %w", s.ID, err)
	}
	return foldLines(b.Bytes()), nil
}

// event is the VEVENT with its alarm. Text values pass OneLine, since the
// encoder refuses CR and LF inside a value.
func event(s SessionInfo, uid string, stamp time.Time, office Office) *ical.Event {
	ev := ical.NewEvent()
	ev.Props.SetText(ical.PropUID, OneLine(uid))
	ev.Props.SetDateTime(ical.PropDateTimeStamp, stamp.UTC())
	ev.Props.SetDateTime(ical.PropDateTimeStart, s.Start.UTC())
	ev.Props.SetDateTime(ical.PropDateTimeEnd, s.End.UTC())
	ev.Props.SetText(ical.PropSummary, OneLine(s.Title))
	ev.Props.SetText(ical.PropLocation, OneLine(s.Location))
	ev.Props.SetText(ical.PropDescription, description(office))
	ev.Props.SetText(ical.PropStatus, "CONFIRMED")
	ev.Props.SetText(ical.PropTransparency, "OPAQUE")
	ev.Children = append(ev.Children, alarm(s))
	return ev
}

// alarm reminds the day before, so there is still time to cancel and free
// the place for someone waiting.
func alarm(s SessionInfo) *ical.Component {
	a := ical.NewComponent(ical.CompAlarm)
	a.Props.SetText(ical.PropAction, "DISPLAY")
	trigger := ical.NewProp(ical.PropTrigger)
	trigger.Value = "-P1D"
	a.Props.Set(trigger)
	a.Props.SetText(ical.PropDescription, OneLine(s.Title+", "+s.Location))
	return a
}

// description names the office to contact about the booking.
func description(o Office) string {
	var parts []string
	for _, p := range []string{o.Name, o.Address, o.Phone} {
		if p = OneLine(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// foldLines folds content lines longer than 75 octets (RFC 5545 3.1),
// never inside a UTF-8 sequence; go-ical writes them unfolded.
func foldLines(b []byte) []byte {
	var out bytes.Buffer
	for _, line := range bytes.SplitAfter(b, []byte("\r\n")) {
		body := bytes.TrimSuffix(line, []byte("\r\n"))
		limit := icsLineLimit
		for len(body) > limit {
			cut := limit
			for cut > 0 && body[cut]&0xC0 == 0x80 { // continuation byte
				cut--
			}
			out.Write(body[:cut])
			out.WriteString("\r\n ")
			body = body[cut:]
			limit = icsLineLimit - 1 // the leading space counts
		}
		out.Write(body)
		if len(line) > len(body) {
			out.WriteString("\r\n")
		}
	}
	return out.Bytes()
}
