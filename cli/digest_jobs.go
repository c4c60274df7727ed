package cli

import (
	"context"
	"fmt"

	"anmeldebot/digest"
	"anmeldebot/mailbot"
	"anmeldebot/notify"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// digestJobs are the daemon's scheduled jobs besides the poll: the digest
// on [digest].schedule (when [digest].to is set) and the reminders on every
// [bot].poll tick. Pass them to mailbot.Worker.Run. The reminders are only
// queued here; the poll's outbox pass sends them.
func digestJobs(ctx context.Context, env *Env) ([]mailbot.Job, error) {
	db, err := env.DB(ctx)
	if err != nil {
		return nil, err
	}
	tpl, err := env.replyTemplates()
	if err != nil {
		return nil, err
	}
	reminders := mailbot.Job{Name: "reminders", Spec: env.Config.Bot.Poll, Run: func(ctx context.Context) error {
		return queueReminders(ctx, env, db, tpl)
	}}
	jobs := []mailbot.Job{reminders}
	if env.Config.Digest.To == "" || env.Config.Digest.Schedule == "" {
		return jobs, nil
	}
	s, err := mailbot.NewSender(env.Config.SMTP, env.Log)
	if err != nil {
		return nil, err
	}
	send := DigestSender(s)
	jobs = append(jobs, mailbot.Job{Name: "digest", Spec: env.Config.Digest.Schedule, Run: func(ctx context.Context) error {
		_, err := digest.SendNow(ctx, db, env.Config, send, env.Log, env.Now())
		return err
	}})
	return jobs, nil
}

// queueReminders queues the reminders due now (notify.QueueReminders). The
// daemon runs it on every [bot].poll tick and `poll` before its outbox
// pass, so a system cron job that runs only `poll` sends reminders too.
func queueReminders(ctx context.Context, env *Env, db *store.DB, tpl *templates.Set) error {
	res, err := notify.QueueReminders(ctx, db, env.Config, tpl, env.Now())
	if err != nil {
		return fmt.Errorf("queueing reminders: %w", err)
	}
	for _, b := range res.NoAddress {
		env.Log.Info("reminder not mailed, no e-mail address: the digest lists them to call", "booking", b.ID, "session", b.SessionID)
	}
	if len(res.Queued) > 0 {
		env.Log.Info("reminders queued", "count", len(res.Queued))
	}
	return nil
}
