package mailid

import (
	"regexp"
	"testing"
)

func TestDomain(t *testing.T) {
	cases := []struct{ from, want string }{
		{"Ehrenamt <Ehrenamt@Kaiserslautern.Example>", "kaiserslautern.example"},
		{"ehrenamt@kaiserslautern.example", "kaiserslautern.example"},
		{"not an address", fallbackDomain},
		{"", fallbackDomain},
	}
	for _, c := range cases {
		if got := Domain(c.from); got != c.want {
			t.Errorf("Domain(%q) = %q, want %q", c.from, got, c.want)
		}
	}
}

func TestNew(t *testing.T) {
	re := regexp.MustCompile(`^booked-[0-9a-f]{24}@kaiserslautern\.example$`)
	a, b := New("booked", "kaiserslautern.example"), New("booked", "kaiserslautern.example")
	if !re.MatchString(a) {
		t.Errorf("New = %q, want booked-<24 hex>@kaiserslautern.example", a)
	}
	if a == b {
		t.Errorf("two calls gave the same ID %q", a)
	}
	if got := New("x", ""); !regexp.MustCompile(`@anmeldebot\.invalid$`).MatchString(got) {
		t.Errorf("New with no domain = %q, want the fallback domain", got)
	}
}
