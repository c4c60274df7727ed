package templates

import (
	"strings"
	"testing"
)

func TestSubjectStaysOneLine(t *testing.T) {
	set := mustLoad(t, "")
	evil := "Anna\r\nBcc: x@evil.example"
	for _, lang := range Langs {
		for _, k := range Kinds {
			d := sampleData(k, lang)
			d.Name = evil
			d.OrigSubject = "Anmeldung\r\nBcc: x@evil.example\n\nbody"
			d.Session.Title = "Werkstatt\r\nBcc: x@evil.example"
			m, err := set.Render(k, d)
			if err != nil {
				t.Fatalf("Render(%s, %s): %v", k, lang, err)
			}
			if strings.ContainsAny(m.Subject, "\r\n") {
				t.Errorf("Render(%s, %s).Subject = %q, has a line break", k, lang, m.Subject)
			}
			if strings.Contains(m.Text, "\nBcc:") {
				t.Errorf("Render(%s, %s).Text has a line starting with the injected header", k, lang)
			}
		}
	}
}

func TestHTMLEscapes(t *testing.T) {
	set := mustLoad(t, "")
	for _, lang := range Langs {
		for _, k := range Kinds {
			d := sampleData(k, lang)
			d.Name = `<script>alert("x")</script>`
			d.Session.Location = `<img src="https://evil.example/x.png">`
			m, err := set.Render(k, d)
			if err != nil {
				t.Fatalf("Render(%s, %s): %v", k, lang, err)
			}
			if strings.Contains(m.HTML, "<script") || strings.Contains(m.HTML, "<img") {
				t.Errorf("Render(%s, %s).HTML does not escape markup:\n%s", k, lang, m.HTML)
			}
			if !strings.Contains(m.HTML, "&lt;script&gt;") {
				t.Errorf("Render(%s, %s).HTML lost the escaped name", k, lang)
			}
		}
	}
}

// TestHTMLSelfContained keeps the defaults free of anything a mail client
// would fetch or run.
func TestHTMLSelfContained(t *testing.T) {
	set := mustLoad(t, "")
	for _, lang := range Langs {
		for _, k := range Kinds {
			m, err := set.Render(k, sampleData(k, lang))
			if err != nil {
				t.Fatal(err)
			}
			for _, bad := range []string{"<script", "<img", "<link", "<style", "href=", "src=", "http:", "https:", "url("} {
				if strings.Contains(m.HTML, bad) {
					t.Errorf("Render(%s, %s).HTML contains %q", k, lang, bad)
				}
			}
		}
	}
}

func TestReplySubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Anmeldung", "Re: Anmeldung"},
		{"Re: Anmeldung", "Re: Anmeldung"},
		{"AW: RE: aw:  Anmeldung", "Re: Anmeldung"},
		{"Anmeldung\r\nBcc: x@evil.example", "Re: Anmeldung Bcc: x@evil.example"},
		{"  ", ""},
		{"Re:", ""},
		{"Reise", "Re: Reise"},
	}
	for _, tt := range tests {
		if got := ReplySubject(tt.in); got != tt.want {
			t.Errorf("ReplySubject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb", "a b"},
		{"a\u2028b\u0085c", "a b c"},
		{"\ta  b\x00", "a b"},
	}
	for _, tt := range tests {
		if got := OneLine(tt.in); got != tt.want {
			t.Errorf("OneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
