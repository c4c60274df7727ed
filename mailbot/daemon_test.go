package mailbot

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestDaemonStops: the daemon polls at start, and a cancelled context
// (SIGINT/SIGTERM) makes Run return after the running poll.
func TestDaemonStops(t *testing.T) {
	r := newLoopRig(t)
	r.w.cfg.Bot.Poll = "@every 1h"
	r.deliver(t, demoErika)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- r.w.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for len(r.sink.received()) == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after the context was cancelled")
	}
	if n := len(r.sink.received()); n != 1 {
		t.Fatalf("the first poll sent %d mails, want 1", n)
	}
}

// TestCycleTiming logs how long a cycle takes for many new mails on the
// in-memory server (run with -v).
func TestCycleTiming(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	r := newLoopRig(t)
	r.w.cfg.Bot.MaxRepliesPerHour = 1000
	const n = 200
	for i := range n {
		m := demoErika
		m.From, m.ID = fmt.Sprintf("person%d@beispiel.example", i), fmt.Sprintf("t%d@beispiel.example", i)
		r.deliver(t, m)
	}
	start := time.Now()
	rep, err := r.w.Cycle(t.Context())
	took := time.Since(start)
	if err != nil || len(rep.Handled) != n {
		t.Fatalf("cycle: %d handled, %v", len(rep.Handled), err)
	}
	t.Logf("cycle of %d mails (fetch, parse, decide, file): %v, %v per mail", n, took, took/n)
	start = time.Now()
	if rep, _ = r.w.Cycle(t.Context()); len(rep.Handled) != 0 {
		t.Fatalf("second cycle handled %d", len(rep.Handled))
	}
	t.Logf("cycle with nothing new after %d old mails: %v", n, time.Since(start))
}
