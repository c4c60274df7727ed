package parser

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp/syntax"
	"strings"
	"testing"
)

// TestFastReAsPlain checks fastRe against the plain regexp on every line
// and sentence of the test mails, for the patterns split into groups
// (splitAlt) and a few that only scan.
func TestFastReAsPlain(t *testing.T) {
	res := map[string]*fastRe{"reRegister": reRegister, "reCancel": reCancel, "reClosing": reClosing,
		"reAttribution": reAttribution, "reAutoBody": reAutoBody, "reBringMit": reBringMit,
		"reTentative": reTentative, "reDayMonth": reDayMonth, "reWeekday": reWeekday, "reTimePair": reTimePair}
	if reRegister.atNs == nil || reClosing.at0s == nil {
		t.Error("reRegister and reClosing are expected to be split into groups")
	}
	files, _ := filepath.Glob("testdata/*/*.eml")
	for _, fn := range files {
		raw, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		texts := append(strings.Split(text, "\n"), strings.Split(text, ". ")...)
		for _, s := range texts {
			s = fold(strings.TrimSpace(s))
			for name, f := range res {
				if f.hand && !f.may(s) {
					continue // a hand-written prefilter may narrow the pattern
				}
				if got, want := f.MatchString(s), f.re.MatchString(s); got != want {
					t.Fatalf("%s.MatchString(%q) = %v, want %v", name, s, got, want)
				}
				if got, want := f.FindStringSubmatchIndex(s), f.re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s.FindStringSubmatchIndex(%q) = %v, want %v", name, s, got, want)
				}
				if got, want := f.FindAllStringSubmatchIndex(s, -1), f.re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s.FindAll(%q) = %v, want %v", name, s, got, want)
				}
			}
		}
	}
}

func TestNeedsDigit(t *testing.T) {
	for p, want := range map[string]bool{
		`\d`: true, `\b(\d{1,2})\.`: true, `a[0-9]+b`: true, `x|1`: false, `(?:12\s*)?noon`: false,
		`(\d{1,2}|eins)`: false, `um\s+([01]\d|2[0-3])`: true, `\d*`: false, `[0-9a-f]`: false, `(?i)ab1`: true,
	} {
		tree, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := needsDigit(tree.Simplify()); got != want {
			t.Errorf("needsDigit(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestMinDigits(t *testing.T) {
	for p, want := range map[string]int{
		`\b(?:(?:at|um)\s+([01]\d|2[0-3])([0-5]\d)\b|([01]\d|2[0-3])([0-5]\d)\s*uhr\b)`: 4,
		`\b\d{1,2}[:.]\d{2}\b`: 2, `(\d{1,2}|eins)`: 0, `c409`: 3, `x\d?y`: 0, `a1b`: 1, `\d+x\d`: 1,
		`(?:12\s*)?noon`: 0, `1|23`: 1, `[0-9a-f]{4}`: 0,
	} {
		tree, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := minDigits(tree.Simplify()); got != want {
			t.Errorf("minDigits(%q) = %d, want %d", p, got, want)
		}
	}
}
