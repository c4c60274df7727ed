package mailbot

import (
	"bytes"
	"strings"
	"testing"
)

// TestDemo runs the demo and checks the lines a coordinator relies on.
func TestDemo(t *testing.T) {
	var out bytes.Buffer
	if err := Demo(t.Context(), &out, testLog(t)); err != nil {
		t.Fatalf("Demo: %v\n%s", err, out.String())
	}
	s := out.String()
	if testing.Verbose() {
		t.Log("\n" + s)
	}
	for _, want := range []string{
		"Decision: booked 2025-07-24-1800 (party 1)",                      // Erika takes the last place
		"Decision: waitlisted, position 1 (party 1)",                      // Otto waits
		"Reply:    [booked] to john.doe@mail.example",                     // the English mail
		"Decision: no reply: machine mail",                                // out of office
		"Decision: held for review, receipt sent",                         // Hanna's question
		"Decision: asked which session",                                   // Paul names no date
		"Decision: booked 2025-08-16-1800 (party 1) (reply to our offer)", // Paul's "ja bitte"
		"Reply:    [movedup] to otto@normal.example",                      // Otto moves up
		"Decision: no reply: the bot's own address",
		"2025-07-24-1800  Thu 24.07.2025 18:00  15/15",
		"none twice",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log("\n" + s)
	}
}
