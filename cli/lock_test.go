package cli_test

import (
	"os"
	"strings"
	"syscall"
	"testing"
)

// TestWorkerLock: while one process works on the store (it holds the
// flock on the store + ".lock"), a second `run` or `poll` exits at once
// with a clear message instead of doing the same work again.
func TestWorkerLock(t *testing.T) {
	f := newFixture(t)
	lock, err := os.OpenFile(f.db+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"run", "poll"} {
		r := f.run(cmd)
		if r.code != 1 || !strings.Contains(r.stderr, "another anmeldebot run/poll is working on "+f.db) {
			t.Errorf("%s while locked: exit %d, stderr %q; want 1 and the message", cmd, r.code, r.stderr)
		}
	}
	if _, err := os.Stat(f.db); err == nil {
		t.Errorf("a locked-out command opened the store")
	}
}
