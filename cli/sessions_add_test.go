package cli_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/store"
)

// TestAddSession: the block is appended to the file, waiting parties who
// accept any session move up in order and are mailed, and those who named
// only the full session are offered the new one.
func TestAddSession(t *testing.T) {
	f := newFixture(t)
	waitForFullSession(t, f)

	out := f.mustRun("sessions", "add", "--start", "2025-09-06T13:00", "--capacity", "4")
	for _, want := range []string{"Added session 2025-09-06-1300", "Moved up from the waiting list: #4 Ben Egal", "Offered by mail: Max Muster"} {
		if !strings.Contains(out, want) {
			t.Errorf("sessions add output lacks %q:\n%s", want, out)
		}
	}
	text, _ := os.ReadFile(f.config)
	cfg, err := config.Parse(text, f.config)
	if err != nil {
		t.Fatalf("configuration after sessions add: %v\n%s", err, text)
	}
	s, ok := cfg.Session("2025-09-06-1300")
	if !ok || s.Capacity != 4 || s.Location != "Rathaus Nord, Raum C409" || !strings.Contains(string(text), `# Extra session, added with "anmeldebot sessions add"`) {
		t.Errorf("added block = %+v (found %v):\n%s", s, ok, text)
	}
	var kinds []string
	for _, m := range queuedMails(t, f) {
		kinds = append(kinds, m.Kind+":"+m.To)
	}
	want := "movedup:ben@egal.example offer:max@muster.example"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("queued = %s, want %s", got, want)
	}
	if r := f.run("sessions", "add", "--start", "2025-09-06T13:00"); r.code != 2 {
		t.Errorf("adding the same session again: exit %d, want 2", r.code)
	}
}

// waitForFullSession fills 2025-08-16-1800 and puts two parties on its
// waiting list: Max Muster (#2), who named only that session, and Ben
// Egal (#4), who takes any date. A phone booking (#3) fills part of the
// other session.
func waitForFullSession(t *testing.T, f *fixture) {
	t.Helper()
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Erika Beispiel", "--email", "erika@beispiel.example", "--party", "2")
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Max Muster", "--email", "max@muster.example")
	f.mustRun("book", "--session", "2025-07-24-1300", "--name", "Jonas Probe", "--phone", "0631 555 0102", "--party", "3")
	db, err := store.Open(context.Background(), f.db)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Write(context.Background(), func(tx *store.Tx) error {
		_, err := booking.Book(tx, mustTime(t, "2025-07-10T09:05"), booking.Request{Name: "Ben Egal",
			Email: "ben@egal.example", Sessions: []string{"2025-08-16-1800"}, Any: true, Party: 1})
		return err
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
}

// TestSessionAddedByHand: a [[session]] block the coordinator writes into
// the file is announced by the next command that opens the store, as
// "sessions add" announces it: the party that accepts any date moves up
// and is mailed, the one that named only the full session gets an offer,
// once; stdout stays the command's own (here pure JSON).
func TestSessionAddedByHand(t *testing.T) {
	f := newFixture(t)
	waitForFullSession(t, f)
	text, err := os.ReadFile(f.config)
	if err != nil {
		t.Fatal(err)
	}
	text = append(text, "\n[[session]]\nid = \"2025-09-06-1300\"\nstart = 2025-09-06T13:00:00\nlocation = \"Rathaus Nord, Raum C409\"\ncapacity = 4\n"...)
	if err := os.WriteFile(f.config, text, 0o600); err != nil {
		t.Fatal(err)
	}

	r := f.run("sessions", "--json")
	var sessions []map[string]any
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &sessions) != nil || len(sessions) != 3 {
		t.Fatalf("sessions --json after adding a block: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"session added from the configuration", "moved up from the waiting list", "new session offered by mail"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("log lacks %q:\n%s", want, r.stderr)
		}
	}
	for _, personal := range []string{"ben@egal.example", "Ben Egal", "max@muster.example", "Max Muster"} {
		if strings.Contains(r.stderr, personal) {
			t.Errorf("INFO log names %q (ids only at INFO):\n%s", personal, r.stderr)
		}
	}
	f.mustRun("sessions") // opening the store again offers nothing new
	var kinds []string
	for _, m := range queuedMails(t, f) {
		kinds = append(kinds, m.Kind+":"+m.To+":"+strings.Join(m.Offered, ","))
	}
	want := "movedup:ben@egal.example: offer:max@muster.example:2025-09-06-1300"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("queued = %s, want %s", got, want)
	}
}

func mustTime(t *testing.T, s string) (v time.Time) {
	t.Helper()
	loc, _ := time.LoadLocation("Europe/Berlin")
	v, err := time.ParseInLocation("2006-01-02T15:04", s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestSessionsAddAllFlags: the spelling the issue and the README give,
// every flag set, lands in the configuration as given and in the store.
func TestSessionsAddAllFlags(t *testing.T) {
	f := newFixture(t)
	f.mustRun("sessions", "add", "--id", "extra-1", "--start", "2025-09-06T13:00", "--capacity", "8",
		"--location", "Rathaus Süd, Saal 2", "--title", `Werkstatt „Zukunft"`, "--duration", "90m")
	text, _ := os.ReadFile(f.config)
	cfg, err := config.Parse(text, f.config)
	if err != nil {
		t.Fatalf("configuration after sessions add: %v\n%s", err, text)
	}
	s, ok := cfg.Session("extra-1")
	if !ok || s.Capacity != 8 || s.Location != "Rathaus Süd, Saal 2" || s.Title != `Werkstatt „Zukunft"` ||
		s.Duration.D() != 90*time.Minute || !s.Start.Equal(mustTime(t, "2025-09-06T13:00")) {
		t.Errorf("added session = %+v (found %v):\n%s", s, ok, text)
	}
	if out := f.mustRun("sessions"); !strings.Contains(strings.Join(strings.Fields(out), " "), "extra-1 Sa 06.09.2025 13:00 8 0 8 0") {
		t.Errorf("sessions after sessions add lacks extra-1:\n%s", out)
	}
}

// TestBrokenTemplatesOnlyFailMail: a broken [bot].templates_dir does not
// stop commands that mail nobody, but a step that owes mails (here the
// offer of a session added by hand) fails and changes nothing.
func TestBrokenTemplatesOnlyFailMail(t *testing.T) {
	f := newFixtureWith(t, strings.Replace(testConfig, "[bot]\n", "[bot]\ntemplates_dir = \"vorlagen\"\n", 1))
	if err := os.WriteFile(filepath.Join(f.dir, "vorlagen"), []byte("not a folder"), 0o600); err != nil {
		t.Fatal(err)
	}
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Erika Beispiel", "--phone", "0631 555 0101", "--party", "2")
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Max Muster", "--email", "max@muster.example")
	f.mustRun("export")
	text, _ := os.ReadFile(f.config)
	text = append(text, "\n[[session]]\nid = \"2025-09-06-1300\"\nstart = 2025-09-06T13:00:00\ncapacity = 4\n"...)
	if err := os.WriteFile(f.config, text, 0o600); err != nil {
		t.Fatal(err)
	}
	r := f.run("sessions")
	if r.code != 1 || !strings.Contains(r.stderr, "loading reply templates") {
		t.Errorf("sessions with an offer owed and broken templates: exit %d, stderr %q; want 1", r.code, r.stderr)
	}
}
