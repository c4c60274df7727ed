package booking_test

import (
	"slices"
	"testing"

	"anmeldebot/booking"
	"anmeldebot/store"
)

func TestParticipantsAndOccupancy(t *testing.T) {
	db := newDB(t, sessions(2))
	write(t, db, func(tx *store.Tx) error {
		mustBook(t, tx, before,
			req("Erika", "erika@beispiel.example", 2, C),
			req("Hans", "hans@beispiel.example", 1, A),
			req("Ida", "ida@beispiel.example", 2, C),
			req("Kai", "kai@beispiel.example", 1, C),
			req("Mia", "mia@beispiel.example", 2, B),
			req("Nora", "nora@beispiel.example", 2, D),
			req("Lea", "lea@beispiel.example", 1, A),
			anyReq("Jan", "jan@beispiel.example", 2))
		if _, err := booking.Cancel(tx, before, booking.CancelRequest{Email: "lea@beispiel.example"}); err != nil {
			t.Fatal(err)
		}
		ps, err := booking.Participants(tx, store.BookingFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range ps {
			got = append(got, p.Name+"@"+p.Session.ID+"#"+string(rune('0'+p.Position)))
		}
		want := []string{"Hans@" + A + "#0", "Mia@" + B + "#0", "Erika@" + C + "#0", "Nora@" + D + "#0",
			"Ida@#1", "Kai@#2", "Jan@#3"}
		if !slices.Equal(got, want) {
			t.Errorf("Participants = %q, want %q", got, want)
		}
		ps, _ = booking.Participants(tx, store.BookingFilter{SessionID: A})
		if len(ps) != 2 || ps[0].Name != "Hans" || ps[1].Name != "Jan" {
			t.Errorf("Participants of A = %+v, want Hans and the waiting Jan (any)", ps)
		}
		ps, _ = booking.Participants(tx, store.BookingFilter{States: []store.State{store.Cancelled}})
		if len(ps) != 1 || ps[0].Name != "Lea" {
			t.Errorf("cancelled participants = %+v, want Lea", ps)
		}
		ls, _ := booking.Occupancy(tx)
		occ := map[string][3]int{}
		for _, l := range ls {
			occ[l.Session.ID] = [3]int{l.Booked, l.Free, l.Waiting}
		}
		wantOcc := map[string][3]int{A: {1, 1, 2}, B: {2, 0, 2}, C: {2, 0, 5}, D: {2, 0, 2}}
		if !maps(occ, wantOcc) {
			t.Errorf("Occupancy (booked, free, waiting) = %v, want %v", occ, wantOcc)
		}
		places, parties, _ := tx.WaitingTotal()
		if places != 5 || parties != 3 {
			t.Errorf("WaitingTotal = %d places, %d parties; want 5, 3", places, parties)
		}
		open, _ := booking.OpenSessions(tx, before, 1)
		if !slices.Equal(loadIDs(open), []string{A}) {
			t.Errorf("OpenSessions(party 1) = %q, want only A", loadIDs(open))
		}
		if open, _ := booking.OpenSessions(tx, before, 2); len(open) != 0 {
			t.Errorf("OpenSessions(party 2) = %q, want none", loadIDs(open))
		}
		return nil
	})
}

func maps(a, b map[string][3]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestAuditCauses(t *testing.T) {
	db := newDB(t, sessions(1))
	write(t, db, func(tx *store.Tx) error {
		phone := booking.Request{Name: "Otto", Phone: "0631 1", Party: 1, Sessions: []string{A}, Source: store.SourcePhone}
		mustBook(t, tx, before, req("Erika", "erika@beispiel.example", 1, B), phone,
			req("Hans", "hans@beispiel.example", 1, A))
		if _, err := booking.Cancel(tx, before, booking.CancelRequest{Phone: "0631 1", Cause: store.CauseCLI}); err != nil {
			t.Fatal(err)
		}
		log, err := tx.AuditSince(before.Add(-1))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range log {
			if a.BookingID != 0 {
				got = append(got, string(a.Action)+" "+a.Cause)
			}
		}
		want := []string{"booked <Erika@mail.example>", "booked phone", "waitlisted <Hans@mail.example>",
			"cancelled cli", "moved_up cli"}
		if !slices.Equal(got, want) {
			t.Errorf("audit = %q, want %q", got, want)
		}
		return nil
	})
}

func TestForget(t *testing.T) {
	db := newDB(t, sessions(1))
	write(t, db, func(tx *store.Tx) error {
		mustBook(t, tx, before, req("Erika", "erika@beispiel.example", 1, A), req("Hans", "hans@beispiel.example", 1, A))
		out, f, err := booking.Forget(tx, before, "erika@beispiel.example", "")
		if err != nil {
			t.Fatal(err)
		}
		if out.Kind != booking.KindCancelled || !slices.Equal(moveNames(out.Moves), []string{"Hans>" + A}) || f.Bookings != 1 {
			t.Errorf("Forget = %s, moves %q, %+v; want cancelled, Hans moved up, one booking anonymised", out.Kind, moveNames(out.Moves), f)
		}
		b, _ := tx.Booking(out.Cancelled[0].ID)
		if b.Name != "" || b.Email != "" || b.State != store.Cancelled {
			t.Errorf("forgotten booking = %+v", b)
		}
		return nil
	})
}
