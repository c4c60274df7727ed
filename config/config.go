// Package config reads and checks anmeldebot's TOML configuration.
//
// The configuration is one typed struct. Load parses the file, refuses keys
// it does not know (a typo must not silently fall back to a default), fills
// in defaults and then validates the whole struct, returning every problem
// at once so a coordinator can fix the file in one go. Nothing here touches
// the store or the network.
package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Config is the whole configuration file.
type Config struct {
	IMAP     IMAP      `toml:"imap"`
	SMTP     SMTP      `toml:"smtp"`
	Bot      Bot       `toml:"bot"`
	Digest   Digest    `toml:"digest"`
	Store    Store     `toml:"store"`
	Sessions []Session `toml:"session"`

	// Location is [bot].timezone, loaded. Session starts are in it.
	Location *time.Location `toml:"-"`
}

// IMAP is the mailbox the bot reads.
type IMAP struct {
	Host     string `toml:"host"`
	Port     int    `toml:"port"`
	Security string `toml:"security"` // tls | starttls | none
	Username string `toml:"username"`
	Secret
	Folder          string `toml:"folder"`
	ProcessedFolder string `toml:"processed_folder"`
	ReviewFolder    string `toml:"review_folder"`
	// CAFile adds a CA certificate to trust, for a server with a
	// self-signed certificate (the test servers).
	CAFile string `toml:"ca_file"`
}

// SMTP is the server the bot sends through.
type SMTP struct {
	Host     string `toml:"host"`
	Port     int    `toml:"port"`
	Security string `toml:"security"` // tls | starttls | none
	Username string `toml:"username"` // empty: no AUTH
	Secret
	From   string `toml:"from"`
	CAFile string `toml:"ca_file"`
}

// Secret is a password given in exactly one of three ways, so that it
// need not be written into a file that is copied around.
type Secret struct {
	Password     string `toml:"password"`
	PasswordEnv  string `toml:"password_env"`
	PasswordFile string `toml:"password_file"`
}

// Bot holds the worker's own settings.
type Bot struct {
	Timezone string `toml:"timezone"`
	Poll     string `toml:"poll"` // robfig/cron spec
	// TemplatesDir, when set, holds reply templates that replace the
	// embedded ones of the same name.
	TemplatesDir string `toml:"templates_dir"`
	// AckQuestions sends "we received your mail" to questions and other
	// mail that goes to the coordinator.
	AckQuestions *bool `toml:"ack_questions"`
	// MaxRepliesPerHour caps replies to one address (loop guard).
	MaxRepliesPerHour int `toml:"max_replies_per_hour"`
	// MinConfidence: readings below it are held for the coordinator.
	MinConfidence float64 `toml:"min_confidence"`
	// ReminderBefore is how long before a session the reminder goes out.
	ReminderBefore Duration `toml:"reminder_before"`
	// Phone is the office's phone number, quoted in replies.
	Phone string `toml:"phone"`
}

// Digest is the coordinator's summary mail.
type Digest struct {
	To                  string `toml:"to"`
	Schedule            string `toml:"schedule"`
	SendEmpty           *bool  `toml:"send_empty"`
	HighDemandThreshold int    `toml:"high_demand_threshold"`
}

// Store is where the SQLite file lives.
type Store struct {
	Path string `toml:"path"`
}

// Session is one date of the workshop.
type Session struct {
	ID       string    `toml:"id"`
	Title    string    `toml:"title"`
	Start    time.Time `toml:"start"`
	Duration Duration  `toml:"duration"`
	Location string    `toml:"location"`
	Capacity int       `toml:"capacity"`
	// Closed sessions take no booking (they stay listed).
	Closed bool `toml:"closed"`
}

// End is when the session is over.
func (s Session) End() time.Time { return s.Start.Add(s.Duration.D()) }

// Duration is a time.Duration written as "1h30m" in the file.
type Duration time.Duration

// UnmarshalText reads a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("not a duration like \"1h\" or \"90m\": %q", b)
	}
	*d = Duration(v)
	return nil
}

// MarshalText writes the duration back in Go syntax.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// D returns the time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// Load reads, defaults and validates the file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading configuration: %w", err)
	}
	return Parse(data, path)
}

// Parse decodes TOML text; name is used in error messages.
func Parse(data []byte, name string) (*Config, error) {
	var c Config
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, describeTOMLError(err))
	}
	var errs []error
	for _, k := range md.Undecoded() {
		errs = append(errs, fmt.Errorf("unknown key %s", k))
	}
	c.setDefaults()
	errs = append(errs, c.validate()...)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s: %w", name, errors.Join(errs...))
	}
	return &c, nil
}

// describeTOMLError keeps the library's line and column when it has them.
func describeTOMLError(err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("line %d, column %d: %s", pe.Position.Line, pe.Position.Col, pe.Message)
	}
	return err
}

// Session returns the session with the given id.
func (c *Config) Session(id string) (Session, bool) {
	for _, s := range c.Sessions {
		if s.ID == id {
			return s, true
		}
	}
	return Session{}, false
}

// AckQuestionsOn reports whether questions get a "received" reply.
func (c *Config) AckQuestionsOn() bool { return c.Bot.AckQuestions == nil || *c.Bot.AckQuestions }

// SendEmptyDigest reports whether a digest goes out when nothing happened.
func (c *Config) SendEmptyDigest() bool { return c.Digest.SendEmpty == nil || *c.Digest.SendEmpty }

// Resolve returns the password from whichever source is set.
func (s Secret) Resolve() (string, error) {
	switch {
	case s.PasswordEnv != "":
		v, ok := os.LookupEnv(s.PasswordEnv)
		if !ok {
			return "", fmt.Errorf("environment variable %s is not set", s.PasswordEnv)
		}
		return v, nil
	case s.PasswordFile != "":
		b, err := os.ReadFile(s.PasswordFile)
		if err != nil {
			return "", fmt.Errorf("reading password file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	return s.Password, nil
}
