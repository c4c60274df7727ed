package cli_test

import (
	"strings"
	"testing"

	"anmeldebot/cli"
)

// TestBookUntilFull: the session (capacity 2) fills, and the next party
// is waitlisted with its position and offered the sessions with room.
func TestBookUntilFull(t *testing.T) {
	f := newFixture(t)
	out := f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Erika Beispiel",
		"--email", "erika@beispiel.example", "--party", "2")
	if want := "Booked #1 Erika Beispiel (2 places) in 2025-08-16-1800 (Sa 16.08.2025 18:00, Rathaus Nord, Raum C409).\n"; out != want {
		t.Errorf("book = %q, want %q", out, want)
	}
	out = f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Max Muster", "--phone", "0631 555 0101")
	if !strings.Contains(out, "Waitlisted #2 Max Muster (1 place): position 1 on the waiting list for 2025-08-16-1800.") {
		t.Errorf("second book = %q, want waitlisted at position 1", out)
	}
	if !strings.Contains(out, "Sessions with room: 2025-07-24-1300 (Do 24.07.2025 13:00, 3 free)") {
		t.Errorf("second book = %q, want the open session offered", out)
	}
	out = f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Jürgen Groß", "--email", "juergen@beispiel.example")
	if !strings.Contains(out, "Waitlisted #3 Jürgen Groß (1 place): position 2") {
		t.Errorf("third book = %q, want waitlisted at position 2", out)
	}
}

func TestBookAlreadyRegistered(t *testing.T) {
	f := newFixture(t)
	args := []string{"book", "--session", "2025-07-24-1300", "--name", "Erika Beispiel", "--email", "erika@beispiel.example"}
	f.mustRun(args...)
	out := f.mustRun(args...)
	if !strings.HasPrefix(out, "Already registered: #1 Erika Beispiel") {
		t.Errorf("booking twice = %q, want already registered", out)
	}
}

// TestBookRefusals: mistakes on the command line exit 2 with a message
// naming the problem; nothing is booked.
func TestBookRefusals(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown session", []string{"--session", "2025-12-24-1800", "--name", "A B", "--phone", "1"}, `unknown session "2025-12-24-1800"`},
		{"no session", []string{"--name", "A B", "--phone", "1"}, "--session ID is required"},
		{"no name", []string{"--session", "2025-07-24-1300", "--phone", "1"}, "--name is required"},
		{"no contact", []string{"--session", "2025-07-24-1300", "--name", "A B"}, "give --email or --phone"},
		{"bad email", []string{"--session", "2025-07-24-1300", "--name", "A B", "--email", "a.b at beispiel.example"}, "not a plain e-mail address"},
		{"party 0", []string{"--session", "2025-07-24-1300", "--name", "A B", "--phone", "1", "--party", "0"}, "--party must be at least 1"},
		{"negative party", []string{"--session", "2025-07-24-1300", "--name", "A B", "--phone", "1", "--party", "-3"}, "--party must be at least 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			r := f.run(append([]string{"book"}, tt.args...)...)
			if r.code != cli.ExitUsage || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, tt.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
		})
	}
}

// TestNowStartedSessionRefuses: with --now after a session's start, the
// session takes no booking (exit 1) while a later one still does.
func TestNowStartedSessionRefuses(t *testing.T) {
	f := newFixture(t)
	for _, now := range []string{"2025-07-24T13:00", "2025-07-24T13:00:00+02:00", "2025-07-24T11:30:00Z"} {
		r := runCLI(t, "", "--config", f.config, "--db", f.db, "--now", now,
			"book", "--session", "2025-07-24-1300", "--name", "Erika Beispiel", "--email", "erika@beispiel.example")
		if r.code != cli.ExitFailure || !strings.Contains(r.stderr, "2025-07-24-1300 has started or is closed") {
			t.Errorf("--now %s: exit %d, stderr %q; want 1 and started", now, r.code, r.stderr)
		}
	}
	r := runCLI(t, "", "--config", f.config, "--db", f.db, "--now", "2025-07-24T12:59",
		"book", "--session", "2025-07-24-1300", "--name", "Erika Beispiel", "--email", "erika@beispiel.example")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Booked #1") {
		t.Errorf("a minute before the start: exit %d, stdout %q, stderr %q; want booked", r.code, r.stdout, r.stderr)
	}
	out := runCLI(t, "", "--config", f.config, "--db", f.db, "--now", "2025-07-24T13:30", "sessions").stdout
	if !hasRow(out, "2025-07-24-1300 Do 24.07.2025 13:00 3 1 2 0 started") {
		t.Errorf("sessions after the start =\n%s\nwant the session marked started", out)
	}
}

// hasRow reports whether a table has a line with these words, whatever
// the padding between them.
func hasRow(table, words string) bool {
	want := strings.Join(strings.Fields(words), " ")
	for _, line := range strings.Split(table, "\n") {
		if strings.Join(strings.Fields(line), " ") == want {
			return true
		}
	}
	return false
}
