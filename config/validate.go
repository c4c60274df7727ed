package config

import (
	"fmt"
	"net"
	"net/mail"
	"time"

	"github.com/robfig/cron/v3"
)

// Defaults for keys a coordinator may leave out.
const (
	DefaultFolder            = "INBOX"
	DefaultProcessedFolder   = "Processed"
	DefaultReviewFolder      = "Review"
	DefaultTimezone          = "Europe/Berlin"
	DefaultPoll              = "@every 1m"
	DefaultDigestSchedule    = "0 7 * * *"
	DefaultStorePath         = "anmeldebot.db"
	DefaultMaxRepliesPerHour = 5
	DefaultMinConfidence     = 0.6
	DefaultReminderBefore    = Duration(48 * time.Hour)
	DefaultSessionDuration   = Duration(time.Hour)
	DefaultHighDemand        = 10
)

// cronParser is the schedule syntax of [bot].poll and [digest].schedule:
// five fields or a descriptor such as "@every 1m".
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

func (c *Config) setDefaults() {
	def := func(p *string, v string) {
		if *p == "" {
			*p = v
		}
	}
	def(&c.IMAP.Folder, DefaultFolder)
	def(&c.IMAP.ProcessedFolder, DefaultProcessedFolder)
	def(&c.IMAP.ReviewFolder, DefaultReviewFolder)
	def(&c.IMAP.Security, "tls")
	def(&c.SMTP.Security, "tls")
	def(&c.Bot.Timezone, DefaultTimezone)
	def(&c.Bot.Poll, DefaultPoll)
	def(&c.Digest.Schedule, DefaultDigestSchedule)
	def(&c.Store.Path, DefaultStorePath)
	if c.IMAP.Port == 0 {
		c.IMAP.Port = map[string]int{"tls": 993}[c.IMAP.Security]
		if c.IMAP.Port == 0 {
			c.IMAP.Port = 143
		}
	}
	if c.SMTP.Port == 0 {
		c.SMTP.Port = map[string]int{"tls": 465, "starttls": 587}[c.SMTP.Security]
		if c.SMTP.Port == 0 {
			c.SMTP.Port = 25
		}
	}
	if c.Bot.MaxRepliesPerHour == 0 {
		c.Bot.MaxRepliesPerHour = DefaultMaxRepliesPerHour
	}
	if c.Bot.MinConfidence == 0 {
		c.Bot.MinConfidence = DefaultMinConfidence
	}
	if c.Bot.ReminderBefore == 0 {
		c.Bot.ReminderBefore = DefaultReminderBefore
	}
	if c.Digest.HighDemandThreshold == 0 {
		c.Digest.HighDemandThreshold = DefaultHighDemand
	}
	for i := range c.Sessions {
		if c.Sessions[i].Duration == 0 {
			c.Sessions[i].Duration = DefaultSessionDuration
		}
	}
}

// validate returns every problem it finds, each naming its key.
func (c *Config) validate() []error {
	var errs []error
	add := func(key, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, a...)))
	}
	checkServer("imap", c.IMAP.Host, c.IMAP.Port, c.IMAP.Security, add)
	checkServer("smtp", c.SMTP.Host, c.SMTP.Port, c.SMTP.Security, add)
	checkSecret("imap", c.IMAP.Secret, add)
	checkSecret("smtp", c.SMTP.Secret, add)
	if c.IMAP.Username == "" {
		add("imap.username", "missing")
	}
	if c.SMTP.From == "" {
		add("smtp.from", "missing")
	} else if _, err := mail.ParseAddress(c.SMTP.From); err != nil {
		add("smtp.from", "not a mail address: %v", err)
	}
	if c.Digest.To != "" {
		if _, err := mail.ParseAddressList(c.Digest.To); err != nil {
			add("digest.to", "not a mail address: %v", err)
		}
	}
	if _, err := cronParser.Parse(c.Bot.Poll); err != nil {
		add("bot.poll", "bad cron spec %q: %v", c.Bot.Poll, err)
	}
	if _, err := cronParser.Parse(c.Digest.Schedule); err != nil {
		add("digest.schedule", "bad cron spec %q: %v", c.Digest.Schedule, err)
	}
	if c.Bot.MinConfidence < 0 || c.Bot.MinConfidence > 1 {
		add("bot.min_confidence", "must be between 0 and 1")
	}
	if c.Bot.MaxRepliesPerHour < 0 {
		add("bot.max_replies_per_hour", "must not be negative")
	}
	loc, err := time.LoadLocation(c.Bot.Timezone)
	if err != nil {
		add("bot.timezone", "unknown time zone %q", c.Bot.Timezone)
		loc = time.UTC
	}
	c.Location = loc
	errs = append(errs, c.validateSessions(loc)...)
	return errs
}

func checkServer(sec, host string, port int, security string, add func(string, string, ...any)) {
	if host == "" {
		add(sec+".host", "missing")
	}
	if port < 1 || port > 65535 {
		add(sec+".port", "must be between 1 and 65535, not %d", port)
	}
	switch security {
	case "tls", "starttls":
	case "none":
		if host != "" && !isLoopback(host) {
			add(sec+".security", "\"none\" sends the password in clear; it is allowed only for a loopback host, not %q", host)
		}
	default:
		add(sec+".security", "must be tls, starttls or none, not %q", security)
	}
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func checkSecret(sec string, s Secret, add func(string, string, ...any)) {
	n := 0
	for _, v := range []string{s.Password, s.PasswordEnv, s.PasswordFile} {
		if v != "" {
			n++
		}
	}
	if n > 1 {
		add(sec+".password", "give only one of password, password_env and password_file")
	}
}

func (c *Config) validateSessions(loc *time.Location) []error {
	var errs []error
	seen := map[string]bool{}
	for i := range c.Sessions {
		s := &c.Sessions[i]
		key := fmt.Sprintf("session[%d]", i+1)
		if s.ID != "" {
			key = fmt.Sprintf("session %q", s.ID)
		}
		add := func(field, format string, a ...any) {
			errs = append(errs, fmt.Errorf("%s.%s: %s", key, field, fmt.Sprintf(format, a...)))
		}
		switch {
		case s.ID == "":
			add("id", "missing")
		case seen[s.ID]:
			add("id", "duplicate id")
		}
		seen[s.ID] = true
		switch {
		case s.Start.IsZero():
			add("start", "missing (e.g. start = 2025-07-24T13:00:00)")
		case s.Start.Hour() == 0 && s.Start.Minute() == 0 && s.Start.Second() == 0:
			// A date alone (start = 2025-07-24) reads as midnight; no
			// workshop starts then, so it is a forgotten time of day.
			add("start", "has no time of day (write e.g. start = %sT13:00:00)", s.Start.Format("2006-01-02"))
		default:
			s.Start = inLocation(s.Start, loc)
		}
		if s.Capacity < 1 {
			add("capacity", "must be at least 1, not %d", s.Capacity)
		}
		if s.Duration < 0 {
			add("duration", "must not be negative")
		}
		if s.Title == "" {
			s.Title = "Werkstatt „Zukunft des Ehrenamts“"
		}
	}
	return errs
}

// inLocation reads a TOML date-time as wall clock time in loc. The TOML
// library hands local date-times back in the machine's zone (or UTC), so
// the zone it carries means nothing here; any offset written is ignored.
func inLocation(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
}
