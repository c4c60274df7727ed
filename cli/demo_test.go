package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestDemoCommand runs "anmeldebot demo" without any configuration.
func TestDemoCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Run(context.Background(), []string{"demo"}, strings.NewReader(""), &out, &errOut)
	if code != ExitOK {
		t.Fatalf("demo exit %d\n%s\n%s", code, out.String(), errOut.String())
	}
	for _, want := range []string{"Round 1", "Decision: booked 2025-07-24-1800", "Occupancy at the end", "none twice"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}
