package cli_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSessionsTable(t *testing.T) {
	f := newFixture(t)
	out := f.mustRun("sessions")
	want := []string{
		"ID               START                CAPACITY  BOOKED  FREE  WAITING",
		"2025-07-24-1300  Do 24.07.2025 13:00  3         0       3     0",
		"2025-08-16-1800  Sa 16.08.2025 18:00  2         0       2     0",
	}
	if got := strings.Split(strings.TrimRight(out, "\n"), "\n"); !reflect.DeepEqual(got, want) {
		t.Errorf("sessions =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSessionsJSON checks the documented shape: one array, exactly the
// keys id, start (local), capacity, booked, free, waiting.
func TestSessionsJSON(t *testing.T) {
	f := newFixture(t)
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Erika Beispiel", "--email", "erika@beispiel.example", "--party", "2")
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Max Muster", "--phone", "0631 555 0101", "--party", "2")
	out := f.mustRun("sessions", "--json")

	var raw []map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("sessions --json is not one JSON array: %v\n%s", err, out)
	}
	wantKeys := []string{"booked", "capacity", "free", "id", "start", "waiting"}
	for _, obj := range raw {
		var keys []string
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if !reflect.DeepEqual(keys, wantKeys) {
			t.Errorf("keys = %v, want %v", keys, wantKeys)
		}
	}
	type session struct {
		ID                              string
		Start                           string
		Capacity, Booked, Free, Waiting int
	}
	var got []session
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	want := []session{
		{"2025-07-24-1300", "2025-07-24T13:00", 3, 0, 3, 0},
		{"2025-08-16-1800", "2025-08-16T18:00", 2, 2, 0, 2},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sessions --json = %+v, want %+v", got, want)
	}
}
