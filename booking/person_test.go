package booking

import "testing"

func TestSamePerson(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Erika Beispiel", "Erika Beispiel", true},
		{"Erika Beispiel", "erika  beispiel", true},
		{"Erika", "Erika Beispiel", true},
		{"Erika Beispiel", "Erika", true},
		{"", "Erika Beispiel", true},
		{"Erika Beispiel", "", true},
		{"Jürgen Müller", "JÜRGEN MÜLLER", true},
		{"Anna-Lena Beispiel", "Anna-Lena", true},
		{"Hans Beispiel", "Erika Beispiel", false},
		{"Beispiel", "Erika Beispiel", false},
		{"Erika Beispiel", "Gerda Beispiel", false},
		{"Anna", "Anna-Lena", false},
	}
	for _, c := range cases {
		if got := samePerson(c.a, c.b); got != c.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
