package mailbot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// Poll runs one cycle and then one pass over the outbox (also when the
// cycle failed: replies queued earlier still go out).
func (w *Worker) Poll(ctx context.Context) (CycleReport, SendReport, error) {
	rep, cycleErr := w.Cycle(ctx)
	if cycleErr != nil {
		cycleErr = fmt.Errorf("cycle: %w", cycleErr)
	}
	srep, sendErr := w.SendDue(ctx)
	if sendErr != nil {
		sendErr = fmt.Errorf("outbox: %w", sendErr)
	}
	return rep, srep, errors.Join(cycleErr, sendErr)
}

// Job is another scheduled task of the daemon (the digest, reminders):
// a cron spec in [bot].timezone and the function to run.
type Job struct {
	Name string
	Spec string
	Run  func(ctx context.Context) error
}

// Run is the daemon: a poll at once, then one on every [bot].poll tick,
// plus the extra jobs on theirs, each skipped while its previous run is
// still going. When ctx is cancelled (SIGINT, SIGTERM) the current
// message's transaction is finished, no new tick starts, and Run returns
// once every running job has returned.
func (w *Worker) Run(ctx context.Context, jobs ...Job) error {
	c := cron.New(cron.WithLocation(w.location()), cron.WithLogger(cronLogger{w.log}),
		cron.WithChain(cron.SkipIfStillRunning(cronLogger{w.log})))
	var wg sync.WaitGroup
	poll := Job{Name: "poll", Spec: w.cfg.Bot.Poll, Run: func(ctx context.Context) error {
		rep, srep, err := w.Poll(ctx)
		w.log.Info("poll done", "mails", len(rep.Handled), "sent", srep.Sent, "retry", srep.Retried, "failed", srep.Failed)
		return err
	}}
	var first cron.Job
	for i, j := range append([]Job{poll}, jobs...) {
		id, err := c.AddJob(j.Spec, w.cronJob(ctx, j))
		if err != nil {
			return fmt.Errorf("scheduling %s (%q): %w", j.Name, j.Spec, err)
		}
		if i == 0 {
			first = c.Entry(id).WrappedJob
		}
	}
	c.Start()
	w.log.Info("daemon started", "poll", w.cfg.Bot.Poll, "jobs", len(jobs)+1)
	wg.Add(1)
	go func() { // poll at start, under the same skip-if-running guard
		defer wg.Done()
		first.Run()
	}()
	<-ctx.Done()
	w.log.Info("stopping: finishing the running jobs")
	<-c.Stop().Done()
	wg.Wait()
	w.log.Info("daemon stopped")
	return nil
}

// cronJob runs j with the daemon's context and logs its failure; the
// daemon keeps going (the next tick tries again).
func (w *Worker) cronJob(ctx context.Context, j Job) cron.Job {
	return cron.FuncJob(func() {
		if ctx.Err() != nil {
			return
		}
		start := time.Now()
		if err := j.Run(ctx); err != nil && ctx.Err() == nil {
			w.log.Error(j.Name+" failed", "err", redactErr(err), "took", time.Since(start).Round(time.Millisecond))
			w.log.Debug(j.Name+" failed: details", "err", err)
		}
	})
}

// cronLogger sends robfig/cron's log to slog.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) { l.log.Debug("cron: "+msg, kv...) }

func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append(kv, "err", err)...)
}
