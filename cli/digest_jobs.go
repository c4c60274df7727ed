package cli

import (
	"context"

	"anmeldebot/digest"
	"anmeldebot/mailbot"
	"anmeldebot/notify"
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
		res, err := notify.QueueReminders(ctx, db, env.Config, tpl, env.Now())
		if err != nil {
			return err
		}
		for _, b := range res.NoAddress {
			env.Log.Info("reminder not mailed, no e-mail address: the digest lists them to call", "booking", b.ID, "session", b.SessionID)
		}
		if len(res.Queued) > 0 {
			env.Log.Info("reminders queued", "count", len(res.Queued))
		}
		return nil
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
