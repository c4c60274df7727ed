package cli

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"
)

// DefaultConfig is the configuration file read when neither --config nor
// $ANMELDEBOT_CONFIG names one: a file in the working directory, named
// like the default store file "anmeldebot.db" beside it.
const DefaultConfig = "anmeldebot.toml"

// EnvConfig is the environment variable that replaces DefaultConfig, so a
// service unit or a shell profile can name the file once.
const EnvConfig = "ANMELDEBOT_CONFIG"

// globals are the flags every command accepts.
type globals struct {
	defaultConfig string // DefaultConfig or $ANMELDEBOT_CONFIG
	configPath    string
	dbPath        string
	now           string // parsed once the time zone is known
	logLevel      slog.Level
}

func newGlobals(envConfig string) *globals {
	if envConfig == "" {
		envConfig = DefaultConfig
	}
	return &globals{defaultConfig: envConfig, configPath: envConfig, logLevel: slog.LevelInfo}
}

// isGlobal reports whether name is one of the flags register defines, so
// a command's usage can list its own flags apart from them.
func isGlobal(name string) bool {
	switch name {
	case "config", "db", "now", "log-level":
		return true
	}
	return false
}

// flagSet is the set parsed before the command name.
func (g *globals) flagSet(out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("anmeldebot", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {} // Run prints usage itself, to stdout or stderr
	g.register(fs)
	return fs
}

// helpFlagSet lists the global flags with their defaults, not with the
// values parsed so far, for usage texts.
func (g *globals) helpFlagSet() *flag.FlagSet {
	return newGlobals(g.defaultConfig).flagSet(io.Discard)
}

// register adds the global flags to fs. Their defaults are the values
// already parsed, so a flag given before the command survives when a
// command's flag set registers them again.
func (g *globals) register(fs *flag.FlagSet) {
	if fs.Lookup("config") == nil {
		fs.StringVar(&g.configPath, "config", g.configPath, "configuration `FILE`; $"+EnvConfig+" changes the default")
	}
	if fs.Lookup("db") == nil {
		fs.StringVar(&g.dbPath, "db", g.dbPath, "SQLite `FILE`, instead of [store].path")
	}
	if fs.Lookup("now") == nil {
		fs.StringVar(&g.now, "now", g.now, "act as if the clock read `TIME` (RFC 3339, or 2025-07-10T09:00 in [bot].timezone)")
	}
	if fs.Lookup("log-level") == nil {
		fs.Func("log-level", "log `LEVEL`: debug, info, warn or error (default "+strings.ToLower(g.logLevel.String())+")", func(s string) error {
			return g.logLevel.UnmarshalText([]byte(s))
		})
	}
}

// localLayouts are the forms of --now without a zone, read in
// [bot].timezone, most specific first.
var localLayouts = []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"}

// parseNow reads --now: RFC 3339 with an offset, or a local wall-clock
// time in loc (the sessions' zone, so "--now 2025-07-24T13:00" is exactly
// the start of the 13:00 session).
func parseNow(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range localLayouts {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--now %q: want RFC 3339 (2025-07-10T09:00:00+02:00) or local 2025-07-10T09:00", s)
}

// clock returns the Now function of an Env. With --now the clock starts
// at that time and runs on from there, so a daemon rehearsing with --now
// still sees its schedules come due and bookings made one after the other
// keep their order.
func clock(start time.Time) func() time.Time {
	if start.IsZero() {
		return time.Now
	}
	began := time.Now()
	return func() time.Time { return start.Add(time.Since(began)) }
}
