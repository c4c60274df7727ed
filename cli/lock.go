package cli

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockWorker takes the mail worker's lock: an exclusive flock on the store
// path + ".lock", without waiting. Only one `run` or `poll` may work on a
// store at a time: two would fetch the same new mail and race on filing
// it, and an operator starting a second one by mistake should hear so at
// once rather than find doubled work. (The outbox is safe on its own, by
// claims in the store; the lock is the plain guard on top.) The lock goes
// with the process, so a crash never leaves it behind; the file stays.
func lockWorker(env *Env) (unlock func(), err error) {
	if env.DBPath == "" {
		return nil, errors.New("no store: give --db FILE or [store].path")
	}
	path := env.DBPath + ".lock"
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening lock file: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("another anmeldebot run/poll is working on %s (lock %s held); try again when it is done", env.DBPath, path)
		}
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	return func() { f.Close() }, nil
}
