package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"anmeldebot/cli"
)

// testConfig has two small sessions so that tests fill them quickly.
// Only invented people and .example domains appear in these tests.
const testConfig = `
[imap]
host = "imap.example.org"
username = "ehrenamt@stadt.example"
password = "geheim"

[smtp]
host = "smtp.example.org"
password = "geheim"
from = "Ehrenamt <ehrenamt@stadt.example>"

[bot]
timezone = "Europe/Berlin"

[[session]]
id = "2025-07-24-1300"
start = 2025-07-24T13:00:00
location = "Rathaus Nord, Raum C409"
capacity = 3

[[session]]
id = "2025-08-16-1800"
start = 2025-08-16T18:00:00
location = "Rathaus Nord, Raum C409"
capacity = 2
`

// beforeSessions is the default --now of the tests: two weeks before the
// first session, so the seed's 2025 dates work on any day.
const beforeSessions = "2025-07-10T09:00"

type result struct {
	code           int
	stdout, stderr string
}

// fixture is one temporary configuration and store.
type fixture struct {
	t      *testing.T
	dir    string
	config string
	db     string
}

func newFixture(t *testing.T) *fixture {
	return newFixtureWith(t, testConfig)
}

func newFixtureWith(t *testing.T, config string) *fixture {
	t.Helper()
	dir := t.TempDir()
	f := &fixture{t: t, dir: dir, config: filepath.Join(dir, "anmeldebot.toml"), db: filepath.Join(dir, "test.db")}
	if err := os.WriteFile(f.config, []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// run calls cli.Run with the fixture's files and clock before args.
func (f *fixture) run(args ...string) result {
	f.t.Helper()
	all := append([]string{"--config", f.config, "--db", f.db, "--now", beforeSessions}, args...)
	return runCLI(f.t, "", all...)
}

// mustRun is run that fails the test on a non-zero exit.
func (f *fixture) mustRun(args ...string) string {
	f.t.Helper()
	r := f.run(args...)
	if r.code != 0 {
		f.t.Fatalf("anmeldebot %s: exit %d, stderr:\n%s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r.stdout
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := cli.Run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return result{code: code, stdout: out.String(), stderr: errOut.String()}
}

func TestUsageErrors(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no command", nil, "Usage: anmeldebot"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"unknown global flag", []string{"--verbose", "sessions"}, "flag provided but not defined: -verbose"},
		{"unknown command flag", []string{"sessions", "--colour"}, "flag provided but not defined: -colour"},
		{"bad flag value", []string{"book", "--session", "2025-07-24-1300", "--name", "A", "--phone", "1", "--party", "zwei"}, "invalid value"},
		{"bad log level", []string{"--log-level", "loud", "sessions"}, "log-level"},
		{"unexpected argument", []string{"sessions", "extra"}, `unexpected argument "extra"`},
		{"unknown sessions subcommand", []string{"sessions", "foo"}, `unexpected argument "foo"`},
		{"old add-session spelling", []string{"add-session", "--start", "2025-09-06T13:00"}, `unknown command "add-session"`},
		{"help for unknown subcommand", []string{"help", "sessions", "foo"}, `unknown command "sessions foo"`},
		{"bad --now", []string{"--now", "tomorrow", "sessions"}, `--now "tomorrow"`},
		{"help for unknown command", []string{"help", "frobnicate"}, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", append([]string{"--config", f.config, "--db", f.db}, tt.args...)...)
			if r.code != cli.ExitUsage {
				t.Errorf("exit = %d, want %d; stderr:\n%s", r.code, cli.ExitUsage, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr = %q, want it to contain %q", r.stderr, tt.stderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
		})
	}
}

// TestHelp: --help is a request, so it prints to stdout and exits 0, for
// the program and for every command, without reading a configuration.
func TestHelp(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.toml")
	cases := [][]string{{"--help"}, {"-h"}, {"help"}}
	for _, name := range commandNames(t) {
		words := strings.Fields(name) // "sessions add" is two words
		cases = append(cases, slices.Concat(words, []string{"--help"}), slices.Concat(words, []string{"-h"}),
			slices.Concat([]string{"help"}, words))
	}
	for _, args := range cases {
		r := runCLI(t, "", append([]string{"--config", missing}, args...)...)
		if r.code != 0 || !strings.Contains(r.stdout, "Usage: anmeldebot") || r.stderr != "" {
			t.Errorf("anmeldebot %s: exit %d, stdout %q, stderr %q; want 0 and usage on stdout",
				strings.Join(args, " "), r.code, r.stdout, r.stderr)
		}
	}
}

// commandNames reads the command list from the main usage text, so the
// help test covers commands added later without being edited. A name is
// everything before the column gap, so subcommands read "sessions add".
func commandNames(t *testing.T) []string {
	t.Helper()
	r := runCLI(t, "", "--help")
	_, list, ok := strings.Cut(r.stdout, "Commands:\n")
	if !ok {
		t.Fatalf("no command list in usage:\n%s", r.stdout)
	}
	list, _, _ = strings.Cut(list, "\n\n")
	var names []string
	for _, line := range strings.Split(list, "\n") {
		if name, _, _ := strings.Cut(strings.TrimSpace(line), "   "); name != "" {
			names = append(names, name)
		}
	}
	for _, want := range []string{"sessions", "sessions add", "book", "cancel", "list", "export", "forget"} {
		if !slices.Contains(names, want) {
			t.Errorf("command %s missing from the usage's list %v", want, names)
		}
	}
	return names
}

// TestBadConfig: a broken configuration exits 2, names the key, and
// never creates the store.
func TestBadConfig(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"capacity", "capacity = 2", "capacity = 0", `session "2025-08-16-1800".capacity`},
		{"unknown key", "[bot]", "[bot]\ntimezon = \"UTC\"", "unknown key bot.timezon"},
		{"missing host", `host = "imap.example.org"`, "", "imap.host: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixtureWith(t, strings.Replace(testConfig, tt.old, tt.new, 1))
			for _, cmd := range [][]string{{"sessions"}, {"list"}, {"book", "--session", "2025-07-24-1300", "--name", "A", "--phone", "1"}} {
				r := f.run(cmd...)
				if r.code != cli.ExitUsage || !strings.Contains(r.stderr, tt.want) {
					t.Errorf("%s: exit %d, stderr %q; want 2 naming %q", cmd[0], r.code, r.stderr, tt.want)
				}
				if _, err := os.Stat(f.db); !os.IsNotExist(err) {
					t.Fatalf("%s: store file exists after a bad configuration (stat: %v)", cmd[0], err)
				}
			}
		})
	}
}

func TestMissingConfig(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	r := runCLI(t, "", "--config", filepath.Join(dir, "none.toml"), "--db", db, "sessions")
	if r.code != cli.ExitUsage || !strings.Contains(r.stderr, "none.toml") {
		t.Errorf("exit %d, stderr %q; want 2 naming the file", r.code, r.stderr)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("store created without a configuration")
	}
}

// TestConfigFromEnvironment: $ANMELDEBOT_CONFIG replaces the default
// file name; --config still wins.
func TestConfigFromEnvironment(t *testing.T) {
	f := newFixture(t)
	t.Setenv(cli.EnvConfig, f.config)
	r := runCLI(t, "", "--db", f.db, "sessions")
	if r.code != 0 || !strings.Contains(r.stdout, "2025-07-24-1300") {
		t.Errorf("with $%s: exit %d, stdout %q, stderr %q", cli.EnvConfig, r.code, r.stdout, r.stderr)
	}
	r = runCLI(t, "", "--config", filepath.Join(f.dir, "none.toml"), "--db", f.db, "sessions")
	if r.code != cli.ExitUsage {
		t.Errorf("--config over $%s: exit %d, want 2", cli.EnvConfig, r.code)
	}
}

// TestGlobalFlagsAfterCommand: "anmeldebot sessions --config FILE" works
// as well as the flags before the command.
func TestGlobalFlagsAfterCommand(t *testing.T) {
	f := newFixture(t)
	r := runCLI(t, "", "sessions", "--config", f.config, "--db", f.db, "--now", beforeSessions)
	if r.code != 0 || !strings.Contains(r.stdout, "2025-08-16-1800") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestStorePathRelativeToConfig: [store].path is found next to the
// configuration file, wherever the command is started from.
func TestStorePathRelativeToConfig(t *testing.T) {
	f := newFixture(t)
	r := runCLI(t, "", "--config", f.config, "--now", beforeSessions, "sessions")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(f.dir, "anmeldebot.db")); err != nil {
		t.Errorf("store not created beside the configuration: %v", err)
	}
	if _, err := os.Stat("anmeldebot.db"); !os.IsNotExist(err) {
		t.Errorf("store created in the working directory")
	}
}
