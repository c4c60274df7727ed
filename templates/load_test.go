package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeOverride puts one file into a fresh override folder.
func writeOverride(t *testing.T, name, text string) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestOverrideReplacesDefault(t *testing.T) {
	dir := writeOverride(t, "de/booked.txt", "Eigener Text für {{session .Session}}.\n")
	set := mustLoad(t, dir)
	m, err := set.Render(KindBooked, sampleData(KindBooked, "de"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Eigener Text für Samstag, 16. August 2025, 18:00 Uhr.\n"; m.Text != want {
		t.Errorf("Text = %q, want %q", m.Text, want)
	}
	if !strings.Contains(m.HTML, "verbindlich eingetragen") {
		t.Errorf("HTML lost its default: %s", m.HTML)
	}
	en, err := set.Render(KindBooked, sampleData(KindBooked, "en"))
	if err != nil || !strings.Contains(en.Text, "Your place is booked") {
		t.Errorf("English booked changed by a German override: %q, %v", en.Text, err)
	}
}

func TestOverrideRefused(t *testing.T) {
	tests := []struct {
		name, file, text, wantInErr string
	}{
		{"parse error", "de/booked.html", "<p>{{if .Name}</p>", "booked.html"},
		{"unknown func", "en/which.txt", "{{nosuchfunc .}}", "which.txt"},
		{"execution error", "de/changed.txt", "{{.Old.Nope}}", "changed.txt"},
		{"nil pointer on sparse data", "en/offer.subject.txt", "{{.Old.Title}}", "offer.subject.txt"},
		{"empty subject", "de/received.subject.txt", "{{/* nothing */}}\n", "received.subject.txt"},
		{"broken partial", "de/_common.txt", "{{define \"greeting\"}}", "_common.txt"},
		{"unknown file", "de/boked.txt", "Hallo", "boked.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeOverride(t, tt.file, tt.text)
			_, err := Load(dir)
			if err == nil {
				t.Fatalf("Load with %s = %q succeeded, want an error", tt.file, tt.text)
			}
			want := filepath.Join(dir, filepath.FromSlash(tt.file))
			if !strings.Contains(err.Error(), want) {
				t.Errorf("Load error %q does not name %s", err, want)
			}
		})
	}
}

func TestLoadMissingFolder(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("Load of a missing override folder succeeded")
	}
}

func TestRenderRefuses(t *testing.T) {
	set := mustLoad(t, "")
	noSession := sampleData(KindBooked, "de")
	noSession.Session = SessionInfo{}
	noOld := sampleData(KindChanged, "de")
	noOld.Old = nil
	tests := []struct {
		name string
		kind Kind
		d    Data
	}{
		{"unknown kind", Kind("nope"), sampleData(KindBooked, "de")},
		{"booked without session", KindBooked, noSession},
		{"changed without old", KindChanged, noOld},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := set.Render(tt.kind, tt.d); err == nil {
				t.Errorf("Render(%s) succeeded, want an error", tt.kind)
			}
		})
	}
}

func TestRenderLanguage(t *testing.T) {
	set := mustLoad(t, "")
	for lang, want := range map[string]string{
		"de": "Guten Tag", "en": "Hello", "en-GB": "Hello", "EN": "Hello", "fr": "Guten Tag", "": "Guten Tag",
	} {
		d := sampleData(KindReceived, lang)
		m, err := set.Render(KindReceived, d)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(m.Text, want) {
			t.Errorf("Render(received, Lang %q) starts %q, want %q", lang, m.Text[:20], want)
		}
	}
}

func TestICSOnlyForConfirmations(t *testing.T) {
	set := mustLoad(t, "")
	for _, k := range Kinds {
		m, err := set.Render(k, sampleData(k, "de"))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := m.ICS != nil, hasICS(k); got != want {
			t.Errorf("Render(%s): has ICS %v, want %v", k, got, want)
		}
	}
}
