package booking_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// The helper process: when these are set, TestBookHelperProcess books as a
// separate OS process instead of being a test.
const (
	envHelperDB    = "ANMELDEBOT_TEST_HELPER_DB"
	envHelperName  = "ANMELDEBOT_TEST_HELPER_NAME"
	envHelperStart = "ANMELDEBOT_TEST_HELPER_START"
	goroutinesEach = 10
	processes      = 5
	parentRoutines = 50
)

// TestConcurrentLastPlaces has 5 OS processes (each with 10 goroutines)
// and 50 goroutines in this process book the last 10 places of one
// session at the same moment. Exactly capacity places must end booked and
// every other request must be in the waiting line.
func TestConcurrentLastPlaces(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	const capacity, taken = 15, 5
	db := newDB(t, sessions(capacity))
	write(t, db, func(tx *store.Tx) error {
		mustBook(t, tx, before, fill(A, taken)...)
		return nil
	})
	start := time.Now().Add(1500 * time.Millisecond)
	procs := startHelpers(t, db.Path(), start)
	counts := bookMany(db, "parent", parentRoutines, start)
	for i, p := range procs {
		out, err := p.wait()
		if err != nil {
			t.Fatalf("helper process %d: %v\n%s", i, err, out)
		}
		var booked, waiting int
		if _, err := fmt.Sscanf(lastLine(out), "RESULT booked=%d waitlisted=%d", &booked, &waiting); err != nil {
			t.Fatalf("helper process %d printed %q: %v", i, out, err)
		}
		counts[booking.KindBooked] += booked
		counts[booking.KindWaitlisted] += waiting
	}
	total := processes*goroutinesEach + parentRoutines
	if counts[booking.KindBooked] != capacity-taken || counts[booking.KindWaitlisted] != total-(capacity-taken) {
		t.Errorf("outcomes = %v, want %d booked and %d waitlisted", counts, capacity-taken, total-(capacity-taken))
	}
	db.Read(context.Background(), func(tx *store.Tx) error {
		ls, err := booking.Occupancy(tx)
		if err != nil {
			t.Fatal(err)
		}
		if ls[0].Booked != capacity || ls[0].WaitingParties != total-(capacity-taken) {
			t.Errorf("%s: %d booked, %d waiting; want %d booked, %d waiting", A, ls[0].Booked, ls[0].WaitingParties, capacity, total-(capacity-taken))
		}
		return nil
	})
}

// bookMany runs n goroutines that each book one place in A at start, and
// counts the outcomes (errors count under their message).
func bookMany(db *store.DB, who string, n int, start time.Time) map[booking.Kind]int {
	var mu sync.Mutex
	counts := map[booking.Kind]int{}
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r := req(fmt.Sprintf("Person %s-%d", who, i), fmt.Sprintf("%s-%d@race.example", who, i), 1, A)
			time.Sleep(time.Until(start))
			var got booking.Outcome
			err := db.Write(context.Background(), func(tx *store.Tx) error {
				var err error
				got, err = booking.Book(tx, before, r)
				return err
			})
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				counts[booking.Kind("error: "+err.Error())]++
				return
			}
			counts[got.Kind]++
		})
	}
	wg.Wait()
	return counts
}

// TestBookHelperProcess is not a test: run by TestConcurrentLastPlaces as
// a separate process, it books and prints its counts.
func TestBookHelperProcess(t *testing.T) {
	path := os.Getenv(envHelperDB)
	if path == "" {
		t.Skip("helper process for TestConcurrentLastPlaces")
	}
	startNano, _ := strconv.ParseInt(os.Getenv(envHelperStart), 10, 64)
	db, err := store.Open(context.Background(), path)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(3)
	}
	defer db.Close()
	counts := bookMany(db, os.Getenv(envHelperName), goroutinesEach, time.Unix(0, startNano))
	for k, n := range counts {
		if k != booking.KindBooked && k != booking.KindWaitlisted {
			fmt.Printf("unexpected %s (%d times)\n", k, n)
			os.Exit(4)
		}
	}
	fmt.Printf("RESULT booked=%d waitlisted=%d\n", counts[booking.KindBooked], counts[booking.KindWaitlisted])
}

type helper struct {
	cmd *exec.Cmd
	out *strings.Builder
}

func (h helper) wait() (string, error) {
	err := h.cmd.Wait()
	return h.out.String(), err
}

func startHelpers(t *testing.T, path string, start time.Time) []helper {
	t.Helper()
	var hs []helper
	for i := range processes {
		cmd := exec.Command(os.Args[0], "-test.run=^TestBookHelperProcess$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), envHelperDB+"="+path, fmt.Sprintf("%s=p%d", envHelperName, i),
			fmt.Sprintf("%s=%d", envHelperStart, start.UnixNano()))
		out := &strings.Builder{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatalf("starting helper process: %v", err)
		}
		hs = append(hs, helper{cmd: cmd, out: out})
	}
	return hs
}

func lastLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, "RESULT ") {
			return l
		}
	}
	return ""
}
