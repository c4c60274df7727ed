package cli_test

import (
	"context"
	"strings"
	"testing"

	"anmeldebot/cli"
	"anmeldebot/store"
)

// fillSmallSession books the 16.08. session (capacity 2) full and puts two
// parties on its waiting list.
func fillSmallSession(f *fixture) {
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Erika Beispiel", "--email", "erika@beispiel.example", "--party", "2")
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Max Muster", "--phone", "0631 555 0101")
	f.mustRun("book", "--session", "2025-08-16-1800", "--name", "Jürgen Groß", "--email", "juergen@beispiel.example")
	f.mustRun("book", "--session", "2025-07-24-1300", "--name", "Anna Probe", "--email", "anna@probe.example", "--party", "3")
}

func TestList(t *testing.T) {
	f := newFixture(t)
	if out := f.mustRun("list"); out != "No participants.\n" {
		t.Errorf("empty list = %q", out)
	}
	fillSmallSession(f)
	out := f.mustRun("list")
	rows := []string{
		"ID SESSION NAME E-MAIL PHONE PARTY STATUS SOURCE",
		"4 24.07.2025 13:00 Anna Probe anna@probe.example - 3 booked phone",
		"1 16.08.2025 18:00 Erika Beispiel erika@beispiel.example - 2 booked phone",
		"2 16.08.2025 18:00 Max Muster - 0631 555 0101 1 waiting #1 phone",
		"3 16.08.2025 18:00 Jürgen Groß juergen@beispiel.example - 1 waiting #2 phone",
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != len(rows) {
		t.Fatalf("list has %d lines, want %d:\n%s", len(lines), len(rows), out)
	}
	for i, want := range rows {
		if got := strings.Join(strings.Fields(lines[i]), " "); got != want {
			t.Errorf("list line %d = %q, want %q", i, got, want)
		}
	}
	// Aligned: every row's STATUS column starts where the header's does.
	col := strings.Index(lines[0], "STATUS")
	for _, l := range lines[1:] {
		if r := []rune(l); len(r) <= col || (string(r[col:col+6]) != "booked" && string(r[col:col+7]) != "waiting") {
			t.Errorf("row not aligned under STATUS (rune %d): %q", col, l)
		}
	}
	out = f.mustRun("list", "--session", "2025-07-24-1300")
	if strings.Contains(out, "Erika") || !strings.Contains(out, "Anna Probe") {
		t.Errorf("list --session 2025-07-24-1300 =\n%s\nwant only Anna Probe", out)
	}
	if r := f.run("list", "--session", "2025-07-25-1300"); r.code != cli.ExitUsage || !strings.Contains(r.stderr, `unknown session "2025-07-25-1300"`) {
		t.Errorf("list with unknown session: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestListKeepsTerminalSafe: a name from a mail cannot send escape
// sequences to the coordinator's terminal or break the table.
func TestListKeepsTerminalSafe(t *testing.T) {
	f := newFixture(t)
	f.mustRun("book", "--session", "2025-07-24-1300", "--name", "Eve\x1b[2J\tEvil\nRow", "--email", "eve@beispiel.example")
	out := f.mustRun("list")
	if strings.ContainsAny(out, "\x1b") || strings.Count(out, "\n") != 2 {
		t.Errorf("list =\n%q\nwant no escape and two lines", out)
	}
}

// TestCancelMovesUp: cancelling frees places; the waiting parties move up
// in order and are printed with how to reach them.
func TestCancelMovesUp(t *testing.T) {
	f := newFixture(t)
	fillSmallSession(f)
	out := f.mustRun("cancel", "--email", "Erika@Beispiel.example")
	want := []string{
		"Cancelled #1 Erika Beispiel (2 places) in 2025-08-16-1800.",
		"Moved up from the waiting list: #2 Max Muster (1 place) into 2025-08-16-1800 (Sa 16.08.2025 18:00, Rathaus Nord, Raum C409).",
		"  No e-mail address: please tell them at 0631 555 0101.",
		"Moved up from the waiting list: #3 Jürgen Groß (1 place) into 2025-08-16-1800 (Sa 16.08.2025 18:00, Rathaus Nord, Raum C409).",
		"  Mail queued to juergen@beispiel.example (\"anmeldebot run\" sends it).",
	}
	if got := strings.Split(strings.TrimRight(out, "\n"), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cancel =\n%s\nwant\n%s", out, strings.Join(want, "\n"))
	}
	if !hasRow(f.mustRun("sessions"), "2025-08-16-1800 Sa 16.08.2025 18:00 2 2 0 0 full") {
		t.Errorf("sessions after cancel:\n%s", f.mustRun("sessions"))
	}
	mails := queuedMails(t, f)
	if len(mails) != 1 || mails[0].To != "juergen@beispiel.example" || mails[0].Kind != "movedup" {
		t.Errorf("outbox after cancel = %+v, want one movedup mail to juergen@beispiel.example", mails)
	}
}

// queuedMails reads the outbox the way the daemon will.
func queuedMails(t *testing.T, f *fixture) []store.Mail {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, f.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mails []store.Mail
	err = db.Read(ctx, func(tx *store.Tx) error {
		mails, err = tx.MailsByState(store.MailQueued)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return mails
}

func TestCancelByID(t *testing.T) {
	f := newFixture(t)
	fillSmallSession(f)
	out := f.mustRun("cancel", "--id", "3")
	if out != "Cancelled #3 Jürgen Groß (1 place) on the waiting list.\n" {
		t.Errorf("cancel --id 3 = %q", out)
	}
	r := f.run("cancel", "--id", "3")
	if r.code != cli.ExitFailure || !strings.Contains(r.stderr, "nothing found") {
		t.Errorf("cancelling twice: exit %d, stderr %q; want 1, nothing found", r.code, r.stderr)
	}
}

func TestCancelUsage(t *testing.T) {
	f := newFixture(t)
	for _, args := range [][]string{
		{"cancel"},
		{"cancel", "--id", "1", "--email", "erika@beispiel.example"},
		{"cancel", "--email", "erika@beispiel.example", "--session", "gibt-es-nicht"},
	} {
		if r := f.run(args...); r.code != cli.ExitUsage {
			t.Errorf("%v: exit %d, want 2; stderr %q", args, r.code, r.stderr)
		}
	}
}

// TestForget: the person's entries are cancelled (the line moves up) and
// their name, address and phone are gone from every list.
func TestForget(t *testing.T) {
	f := newFixture(t)
	fillSmallSession(f)
	out := f.mustRun("forget", "--email", "erika@beispiel.example")
	for _, want := range []string{"Cancelled #1 Erika Beispiel", "Moved up from the waiting list: #2 Max Muster", "Forgot erika@beispiel.example: 1 booking(s) anonymised"} {
		if !strings.Contains(out, want) {
			t.Errorf("forget =\n%s\nwant %q", out, want)
		}
	}
	for _, cmd := range []string{"list", "export"} {
		if out := f.mustRun(cmd); strings.Contains(out, "Erika") || strings.Contains(out, "erika@") {
			t.Errorf("%s after forget still shows the person:\n%s", cmd, out)
		}
	}
	if r := f.run("forget"); r.code != cli.ExitUsage {
		t.Errorf("forget without --email: exit %d, want 2", r.code)
	}
}
