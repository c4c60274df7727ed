package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"anmeldebot/cli"
)

// TestParse: one JSON object per line and file, in the order given; an
// unreadable file prints its error and the command goes on, exiting 1.
func TestParse(t *testing.T) {
	f := newFixture(t)
	good := filepath.Join("testdata", "anmeldung.eml")
	broken := filepath.Join("testdata", "kaputt.eml")
	missing := filepath.Join("testdata", "gibt-es-nicht.eml")
	r := f.run("parse", good, broken, missing, good)
	if r.code != cli.ExitFailure || !strings.Contains(r.stderr, "2 of 4 files could not be read") {
		t.Errorf("exit %d, stderr %q; want 1 and a count", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("parse printed %d lines, want 4:\n%s", len(lines), r.stdout)
	}
	type line struct {
		File      string   `json:"file"`
		Error     string   `json:"error"`
		Intent    string   `json:"intent"`
		Sessions  []string `json:"sessions"`
		PartySize int      `json:"party_size"`
		Name      string   `json:"name"`
	}
	var got []line
	for _, l := range lines {
		var v line
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("not a JSON object: %q: %v", l, err)
		}
		got = append(got, v)
	}
	reading := line{File: good, Intent: "register", Sessions: []string{"2025-08-16T18:00"}, PartySize: 2, Name: "Erika Beispiel"}
	if !reflect.DeepEqual(got[0], reading) || !reflect.DeepEqual(got[3], reading) {
		t.Errorf("reading = %+v, want %+v", got[0], reading)
	}
	for i, file := range []string{broken, missing} {
		if g := got[i+1]; g.File != file || g.Error == "" || g.Intent != "" {
			t.Errorf("line %d = %+v, want only file %s and an error", i+2, g, file)
		}
	}
	if _, err := os.Stat(f.db); !os.IsNotExist(err) {
		t.Errorf("parse created the store; it must not touch it")
	}
}

func TestParseStdinAndUsage(t *testing.T) {
	f := newFixture(t)
	mail, err := os.ReadFile(filepath.Join("testdata", "anmeldung.eml"))
	if err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, string(mail), "parse", "--config", f.config, "-")
	if r.code != 0 || !strings.HasPrefix(r.stdout, `{"file":"-","intent":"register"`) {
		t.Errorf("parse -: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := f.run("parse"); r.code != cli.ExitUsage {
		t.Errorf("parse without files: exit %d, want 2", r.code)
	}
}
