package config

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// validTOML is the smallest configuration Parse accepts; each error case
// below changes one line of it, so the error it expects is the only one.
const validTOML = `
[imap]
host = "imap.example.org"
username = "ehrenamt@stadt.example"
password = "geheim"

[smtp]
host = "smtp.example.org"
password_env = "ANMELDEBOT_TEST_SMTP"
from = "Ehrenamt <ehrenamt@stadt.example>"

[bot]
timezone = "Europe/Berlin"
poll = "@every 1m"

[digest]
schedule = "0 7 * * *"

[[session]]
id = "2025-07-24-1300"
start = 2025-07-24T13:00:00
capacity = 15

[[session]]
id = "2025-08-16-1800"
start = 2025-08-16T18:00:00
capacity = 15
`

func TestParseValid(t *testing.T) {
	c, err := Parse([]byte(validTOML), "valid.toml")
	if err != nil {
		t.Fatalf("Parse(validTOML) = %v, want no error", err)
	}
	if c.IMAP.Port != 993 || c.SMTP.Port != 465 {
		t.Errorf("default ports = %d, %d, want 993, 465", c.IMAP.Port, c.SMTP.Port)
	}
	if c.Store.Path != DefaultStorePath {
		t.Errorf("Store.Path = %q, want %q", c.Store.Path, DefaultStorePath)
	}
	if got := c.Sessions[0].Duration.D(); got != time.Hour {
		t.Errorf("default duration = %v, want 1h", got)
	}
}

// TestParseErrors checks that each kind of mistake is refused with a
// message that names the key, so the coordinator knows what to fix.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // replace old by new in validTOML
		want     []string
	}{
		{"unknown key", `poll = "@every 1m"`, `poll = "@every 1m"` + "\npol = 3", []string{"unknown key bot.pol"}},
		{"unknown key in session", `capacity = 15` + "\n\n[[session]]", "capacity = 15\nkapazitaet = 3\n\n[[session]]", []string{"unknown key session.kapazitaet"}},
		{"unknown section", `[digest]`, "[digets]\nto = \"x@stadt.example\"\n[digest]", []string{"unknown key digets"}},
		{"missing imap host", `host = "imap.example.org"`, ``, []string{"imap.host: missing"}},
		{"missing smtp host", `host = "smtp.example.org"`, ``, []string{"smtp.host: missing"}},
		{"capacity 0", "start = 2025-07-24T13:00:00\ncapacity = 15", "start = 2025-07-24T13:00:00\ncapacity = 0", []string{`session "2025-07-24-1300".capacity`, "at least 1"}},
		{"capacity negative", "start = 2025-07-24T13:00:00\ncapacity = 15", "start = 2025-07-24T13:00:00\ncapacity = -2", []string{`session "2025-07-24-1300".capacity`}},
		{"duplicate id", `id = "2025-08-16-1800"`, `id = "2025-07-24-1300"`, []string{`session "2025-07-24-1300".id: duplicate`}},
		{"missing id", `id = "2025-08-16-1800"`, ``, []string{"session[2].id: missing"}},
		{"bad poll cron", `poll = "@every 1m"`, `poll = "every minute"`, []string{"bot.poll", "bad cron spec"}},
		{"bad digest cron", `schedule = "0 7 * * *"`, `schedule = "0 25 * * *"`, []string{"digest.schedule", "bad cron spec"}},
		{"two imap password sources", `password = "geheim"`, "password = \"geheim\"\npassword_file = \"/etc/pw\"", []string{"imap.password", "only one"}},
		{"two smtp password sources", `password_env = "ANMELDEBOT_TEST_SMTP"`, "password_env = \"X\"\npassword = \"geheim\"", []string{"smtp.password", "only one"}},
		{"session without start", `start = 2025-08-16T18:00:00`, ``, []string{`session "2025-08-16-1800".start: missing`}},
		{"session start without time", `start = 2025-08-16T18:00:00`, `start = 2025-08-16`, []string{`session "2025-08-16-1800".start: has no time of day`}},
		{"bad security", `host = "imap.example.org"`, "host = \"imap.example.org\"\nsecurity = \"ssl\"", []string{"imap.security", `"ssl"`}},
		{"security none to remote host", `host = "smtp.example.org"`, "host = \"smtp.example.org\"\nsecurity = \"none\"", []string{"smtp.security", "loopback", "smtp.example.org"}},
		{"bad timezone", `timezone = "Europe/Berlin"`, `timezone = "Europe/Kaiserslautern"`, []string{"bot.timezone", "Europe/Kaiserslautern"}},
		{"bad port", `host = "imap.example.org"`, "host = \"imap.example.org\"\nport = 99999", []string{"imap.port"}},
		{"bad from", `from = "Ehrenamt <ehrenamt@stadt.example>"`, `from = "nobody"`, []string{"smtp.from"}},
		{"bad duration", "capacity = 15\n\n[[session]]", "capacity = 15\nduration = \"eine Stunde\"\n\n[[session]]", []string{"line 23", "duration"}},
		{"toml syntax", `[digest]`, `[digest`, []string{"line 17"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(validTOML, tt.old) {
				t.Fatalf("test broken: %q not in validTOML", tt.old)
			}
			text := strings.Replace(validTOML, tt.old, tt.new, 1)
			_, err := Parse([]byte(text), "bad.toml")
			if err == nil {
				t.Fatalf("Parse = nil error, want one naming %q", tt.want)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "bad.toml: ") {
				t.Errorf("error %q does not start with the file name", msg)
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("Parse error = %q, want it to contain %q", msg, w)
				}
			}
		})
	}
}

// TestParseReportsEveryProblem: one run names all mistakes, so the file
// can be fixed in one go.
func TestParseReportsEveryProblem(t *testing.T) {
	text := strings.NewReplacer(
		`host = "imap.example.org"`, ``,
		`poll = "@every 1m"`, `poll = "sometimes"`,
		`timezone = "Europe/Berlin"`, `timezone = "Mars/Olympus"`,
	).Replace(validTOML)
	_, err := Parse([]byte(text), "bad.toml")
	if err == nil {
		t.Fatal("Parse = nil error, want three problems")
	}
	for _, key := range []string{"imap.host", "bot.poll", "bot.timezone"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("Parse error = %q, want it to name %s", err, key)
		}
	}
}

// TestSecurityNoneLoopback: plain connections are fine to the test
// servers on the same machine.
func TestSecurityNoneLoopback(t *testing.T) {
	for _, host := range []string{"127.0.0.1", "localhost", "::1"} {
		text := strings.Replace(validTOML, `host = "imap.example.org"`,
			"host = \""+host+"\"\nsecurity = \"none\"", 1)
		if _, err := Parse([]byte(text), "ok.toml"); err != nil {
			t.Errorf("security none to %s: Parse = %v, want no error", host, err)
		}
	}
}

// TestSessionStartIsLocal: a start written without offset is wall-clock
// time in [bot].timezone, whatever the machine's zone.
func TestSessionStartIsLocal(t *testing.T) {
	text := strings.Replace(validTOML, `timezone = "Europe/Berlin"`, `timezone = "America/New_York"`, 1)
	c, err := Parse([]byte(text), "ny.toml")
	if err != nil {
		t.Fatal(err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	want := time.Date(2025, 7, 24, 13, 0, 0, 0, ny)
	if got := c.Sessions[0].Start; !got.Equal(want) || got.Location().String() != "America/New_York" {
		t.Errorf("Start = %v, want %v", got, want)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.toml"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want a not-exist error", err)
	}
}
