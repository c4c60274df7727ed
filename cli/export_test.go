package cli_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestExportGolden: the CSV opens in German Excel as columns with umlauts
// intact (BOM, ';', CRLF), waiting parties follow with their position,
// and nothing a person typed can become a formula.
func TestExportGolden(t *testing.T) {
	f := newFixture(t)
	fillSmallSession(f)
	// Names as an attacker would send them by mail, and a phone number in
	// international form, which the rule also prefixes.
	f.mustRun("book", "--session", "2025-07-24-1300", "--name", `=HYPERLINK("http://böse.example","Klick")`, "--email", "eve@boese.example")
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "@SUMME(1+1)", "--phone", "+49 631 5550199")
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "-2+3; Müller \"Ösi\"", "--phone", "0631 5550100")

	out := f.mustRun("export")
	file := filepath.Join(f.dir, "teilnehmer.csv")
	f.mustRun("export", "--output", file)
	written, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(written, []byte(out)) {
		t.Errorf("export --output wrote other bytes than export to stdout")
	}
	golden := filepath.Join("testdata", "export.csv")
	if *update {
		if err := os.WriteFile(golden, written, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cli -run TestExportGolden -update to create it)", err)
	}
	if !bytes.Equal(written, want) {
		t.Errorf("export =\n%s\nwant (%s)\n%s", written, golden, want)
	}
	checkExcelCSV(t, string(written))
}

// checkExcelCSV states the properties the golden file must have, so that
// regenerating it cannot silently accept a broken file.
func checkExcelCSV(t *testing.T, csv string) {
	t.Helper()
	if !strings.HasPrefix(csv, "\xef\xbb\xbfTermin;Name;E-Mail;Telefon;Personen;Status;Quelle;Angemeldet am\r\n") {
		t.Errorf("export does not start with BOM and the header row: %q", csv[:min(len(csv), 80)])
	}
	if !utf8.ValidString(csv) || !strings.Contains(csv, "Jürgen Groß") {
		t.Errorf("umlauts not intact as UTF-8")
	}
	if strings.Count(csv, "\n") != strings.Count(csv, "\r\n") {
		t.Errorf("not every line ends in CRLF")
	}
	for _, want := range []string{
		`"'=HYPERLINK(""http://böse.example"",""Klick"")"`, // quoted, since it holds quotes
		";'@SUMME(1+1);",
		";'+49 631 5550199;",
		`;"'-2+3; Müller ""Ösi""";`,
		";Warteliste 1;",
	} {
		if !strings.Contains(csv, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	for _, line := range strings.Split(strings.TrimSuffix(csv, "\r\n"), "\r\n") {
		for _, cell := range strings.Split(line, ";") {
			if c := strings.TrimPrefix(cell, `"`); c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
				t.Errorf("cell %q starts with a formula character", cell)
			}
		}
	}
}

func TestExportUnwritable(t *testing.T) {
	f := newFixture(t)
	r := f.run("export", "--output", filepath.Join(f.dir, "no-such-dir", "x.csv"))
	if r.code != 1 || !strings.Contains(r.stderr, "creating export") {
		t.Errorf("exit %d, stderr %q; want 1", r.code, r.stderr)
	}
}

// TestRosterUnknownSession: list and export refuse a session id the
// configuration does not know as a typo (exit 2), before the store is
// opened.
func TestRosterUnknownSession(t *testing.T) {
	for _, cmd := range []string{"list", "export"} {
		f := newFixture(t)
		r := f.run(cmd, "--session", "2025-07-24-1330")
		if r.code != 2 || !strings.Contains(r.stderr, `unknown session "2025-07-24-1330"`) {
			t.Errorf("%s --session 2025-07-24-1330: exit %d, stderr %q; want 2", cmd, r.code, r.stderr)
		}
		if _, err := os.Stat(f.db); !os.IsNotExist(err) {
			t.Errorf("%s with an unknown session opened the store (stat: %v)", cmd, err)
		}
	}
}
