package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"anmeldebot/booking"
	"anmeldebot/config"
	"anmeldebot/store"
	"anmeldebot/templates"
)

// Env is what a command gets to work with. Run builds it after the flags
// and the configuration have been checked; commands never read flags,
// environment variables or the clock themselves, so a test controls all
// of it through Run's arguments.
type Env struct {
	// Config is the loaded, validated configuration; nil only for a
	// command with NoConfig set.
	Config *config.Config
	// ConfigPath is the configuration file as given (or defaulted).
	ConfigPath string
	// DBPath is the store file: --db, else [store].path; a relative
	// [store].path is taken relative to the configuration file's folder.
	DBPath string
	// Now is the program's clock: time.Now, or with --now a clock that
	// started at that time. Use it for every "now", never time.Now.
	Now func() time.Time
	// Log writes diagnostics to stderr at the --log-level.
	Log *slog.Logger

	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// QueueMails queues the mails a coordinator's booking step owes other
	// people (today: a "moved up" mail to each party in o.Moves that has
	// an address) in the outbox, inside the step's own transaction, so a
	// mail is never lost nor sent for a step that was rolled back. The
	// daemon (`run`) sends the outbox. Opening the store calls it with an
	// Outcome that has only Moves set when a configuration change moved
	// parties up. newEnv sets it to queue through the mail worker's
	// Replier (cli/mail.go); it is nil for NoConfig commands, and a
	// command that replaces it (e.g. with nil) gets no mails queued and
	// prints who must be told by hand.
	QueueMails func(tx *store.Tx, o booking.Outcome) error

	db  *store.DB
	tpl *templates.Set // loaded by replyTemplates on first use
}

// newEnv loads the configuration and builds the Env. It opens nothing:
// the store is opened by the first call to DB, so a bad configuration
// can never create a database file.
func newEnv(g *globals, cmd Command, stdin io.Reader, stdout, stderr io.Writer) (*Env, error) {
	env := &Env{
		ConfigPath: g.configPath,
		DBPath:     g.dbPath,
		Log:        slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: g.logLevel})),
		Stdin:      stdin,
		Stdout:     stdout,
		Stderr:     stderr,
	}
	loc := time.Local
	if !cmd.NoConfig {
		c, err := config.Load(g.configPath)
		if err != nil {
			return nil, &ExitError{Code: ExitUsage, Err: configError(g.configPath, err)}
		}
		resolvePaths(c, filepath.Dir(g.configPath))
		env.Config, loc = c, c.Location
		if env.DBPath == "" {
			env.DBPath = c.Store.Path
		}
	}
	var start time.Time
	if g.now != "" {
		t, err := parseNow(g.now, loc)
		if err != nil {
			return nil, &UsageError{Err: err}
		}
		start = t
	}
	env.Now = clock(start)
	if env.Config != nil {
		env.QueueMails = (&moveUpMailer{cfg: env.Config, now: env.Now, templates: env.replyTemplates}).queue
	}
	return env, nil
}

// configError lists config.Load's problems one per line under a heading,
// so a coordinator sees each key to fix on a line of its own.
func configError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w (give --config FILE or set $%s)", err, EnvConfig)
	}
	var list interface{ Unwrap() []error }
	if !errors.As(err, &list) {
		return fmt.Errorf("bad configuration: %w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "bad configuration in %s:", path)
	for _, e := range list.Unwrap() {
		b.WriteString("\n  " + e.Error())
	}
	return errors.New(b.String())
}

// resolvePaths makes the file names in the configuration relative to its
// own folder, not to the working directory: a service started in "/" with
// --config /etc/anmeldebot/anmeldebot.toml must find the same database,
// templates and password files as the coordinator working in
// /etc/anmeldebot. Every command (and the daemon) sees the resolved paths.
func resolvePaths(c *config.Config, dir string) {
	for _, p := range []*string{
		&c.Store.Path, &c.Bot.TemplatesDir,
		&c.IMAP.CAFile, &c.IMAP.PasswordFile,
		&c.SMTP.CAFile, &c.SMTP.PasswordFile,
	} {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
}

// Location is the sessions' time zone ([bot].timezone), for display.
func (e *Env) Location() *time.Location {
	if e.Config == nil || e.Config.Location == nil {
		return time.Local
	}
	return e.Config.Location
}

// DB opens the store on first use, applies its migrations and brings its
// sessions in line with the configuration; later calls return the same
// handle. Run closes it after the command.
func (e *Env) DB(ctx context.Context) (*store.DB, error) {
	if e.db != nil {
		return e.db, nil
	}
	if e.DBPath == "" {
		return nil, errors.New("no store: give --db FILE or [store].path")
	}
	db, err := store.Open(ctx, e.DBPath)
	if err != nil {
		return nil, err
	}
	if e.Config != nil {
		if err := e.syncSessions(ctx, db, e.Config, e.Now()); err != nil {
			db.Close()
			return nil, fmt.Errorf("syncing sessions from %s: %w", e.ConfigPath, err)
		}
	}
	e.db = db
	return db, nil
}

// queueMails hands a step's outcome to QueueMails, if there is one.
func (e *Env) queueMails(tx *store.Tx, o booking.Outcome) error {
	if e.QueueMails == nil {
		return nil
	}
	if err := e.QueueMails(tx, o); err != nil {
		return fmt.Errorf("queueing mails: %w", err)
	}
	return nil
}

// Close closes the store if a command opened it.
func (e *Env) Close() error {
	if e.db == nil {
		return nil
	}
	err := e.db.Close()
	e.db = nil
	return err
}
