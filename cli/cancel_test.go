package cli_test

import (
	"strings"
	"testing"

	"anmeldebot/cli"
)

// TestCancelNotFoundSaysWhat: a cancel that finds nothing names the
// number, address, person or session it looked for and, when the address
// has entries elsewhere, where they are.
func TestCancelNotFoundSaysWhat(t *testing.T) {
	f := newFixture(t)
	fillSmallSession(f) // Erika booked in 16.8. 18:00, Jürgen waiting for it, Anna booked 24.7.
	f.mustRun("book", "--session", "2025-07-24-1300", "--name", "Paul Probe", "--email", "anna@probe.example")
	f.mustRun("cancel", "--id", "3")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown id", []string{"--id", "999"}, "there is no booking #999"},
		{"cancelled id", []string{"--id", "3"}, "booking #3 (Jürgen Groß) is already cancelled"},
		{"unknown address", []string{"--email", "nobody@x.example"}, "nobody@x.example has no booking or waiting entry"},
		{"unknown phone", []string{"--phone", "0631 999"}, "0631 999 has no booking or waiting entry"},
		{"other session", []string{"--email", "erika@beispiel.example", "--session", "2025-07-24-1300"},
			"erika@beispiel.example is booked in 2025-08-16-1800, not in 2025-07-24-1300"},
		{"other person", []string{"--email", "anna@probe.example", "--name", "Max"},
			`anna@probe.example has nothing for "Max"; it has #4 Anna Probe booked in 2025-07-24-1300`},
	}
	for _, tt := range tests {
		r := f.run(append([]string{"cancel"}, tt.args...)...)
		if r.code != cli.ExitFailure || !strings.Contains(r.stderr, tt.want) || !strings.Contains(r.stderr, "nothing found to cancel") {
			t.Errorf("%s: cancel %v: exit %d, stderr %q; want exit 1 and %q", tt.name, tt.args, r.code, r.stderr, tt.want)
		}
	}
}
