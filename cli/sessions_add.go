package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"anmeldebot/config"
	"anmeldebot/store"
)

// sessionsAddCommand is "sessions add", a subcommand of sessions: the
// issue and the README spell it so, and a coordinator looks for it
// beside the list of sessions.
func sessionsAddCommand() Command {
	return Command{
		Name:    "sessions add",
		Summary: "Add an extra session to the configuration; the waiting list moves up",
		Help: `Appends a commented [[session]] block to the configuration file (title,
duration and place default to those of the last session) and applies it at
once: waiting parties who accept the new date (or any date) move up in order
and are mailed; waiting parties who named only full sessions are offered it
by mail and take it by answering "ja". Editing the file by hand does the
same at the next start of any anmeldebot command or the daemon.
  anmeldebot sessions add --start 2025-09-06T13:00 --capacity 15`,
		Setup: func(fs *flag.FlagSet) RunFunc {
			var f addFlags
			fs.StringVar(&f.id, "id", "", "session `ID` (default: from --start, e.g. 2025-09-06-1300)")
			fs.StringVar(&f.start, "start", "", "local start `TIME`, e.g. 2025-09-06T13:00 (required)")
			fs.IntVar(&f.capacity, "capacity", 15, "places `N`")
			fs.StringVar(&f.location, "location", "", "`PLACE` (default: the last session's)")
			fs.StringVar(&f.title, "title", "", "`TITLE` (default: the last session's)")
			fs.DurationVar(&f.duration, "duration", 0, "`LENGTH`, e.g. 1h (default: the last session's)")
			return func(ctx context.Context, env *Env, _ []string) error {
				s, err := f.session(env)
				if err != nil {
					return err
				}
				return addSession(ctx, env, s)
			}
		},
	}
}

type addFlags struct {
	id, start, location, title string
	capacity                   int
	duration                   time.Duration
}

// session checks the flags and fills the defaults from the last session.
func (f addFlags) session(env *Env) (config.Session, error) {
	if f.start == "" {
		return config.Session{}, Usagef("--start is required, e.g. --start 2025-09-06T13:00")
	}
	start, err := time.ParseInLocation("2006-01-02T15:04", f.start, env.Location())
	if err != nil {
		return config.Session{}, Usagef("--start %q: want local time like 2025-09-06T13:00", f.start)
	}
	s := config.Session{ID: f.id, Title: f.title, Start: start, Duration: config.Duration(f.duration),
		Location: f.location, Capacity: f.capacity}
	if s.ID == "" {
		s.ID = start.Format("2006-01-02-1504")
	}
	if _, dup := env.Config.Session(s.ID); dup {
		return config.Session{}, Usagef("session %s is already in %s", s.ID, env.ConfigPath)
	}
	if n := len(env.Config.Sessions); n > 0 {
		last := env.Config.Sessions[n-1]
		s.Title, s.Location = orDefault(s.Title, last.Title), orDefault(s.Location, last.Location)
		if s.Duration == 0 {
			s.Duration = last.Duration
		}
	}
	if s.Duration == 0 {
		s.Duration = config.Duration(time.Hour)
	}
	return s, nil
}

func orDefault(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// addSession writes the block, then syncs the store with the new file in
// one transaction that also queues the move-up mails and the offers. The
// file is written first: a store that knew a session the file lacks would
// refuse to start once someone moved into it.
func addSession(ctx context.Context, env *Env, s config.Session) error {
	old, err := os.ReadFile(env.ConfigPath)
	if err != nil {
		return fmt.Errorf("reading %s: %w", env.ConfigPath, err)
	}
	block, err := sessionBlock(s, env.Now().In(env.Location()))
	if err != nil {
		return Usagef("%v", err)
	}
	text := strings.TrimRight(string(old), "\n") + "\n\n" + block
	cfg, err := config.Parse([]byte(text), env.ConfigPath)
	if err != nil {
		return Usagef("the new session would make the configuration invalid: %v", err)
	}
	if _, err := env.replyTemplates(); err != nil { // before the file changes: the offers need them
		return err
	}
	db, err := env.DB(ctx) // synced with the old file
	if err != nil {
		return err
	}
	if err := writeFileKeepMode(env.ConfigPath, []byte(text)); err != nil {
		return err
	}
	env.Config = cfg
	fmt.Fprintf(env.Stdout, "Added session %s (%s, %d places) to %s.\n", s.ID,
		germanTime(s.Start, env.Location()), s.Capacity, env.ConfigPath)
	return announceSession(ctx, env, db)
}

// announceSession applies the new file to the store, in one transaction
// with the moved-up mails and the offers, and tells the coordinator who
// hears of it how. The sync in env.DB ran with the old file, so the new
// session is added, and offered, only here.
func announceSession(ctx context.Context, env *Env, db *store.DB) error {
	var res sessionSync
	err := db.Write(ctx, func(tx *store.Tx) error {
		var err error
		res, err = env.applySessions(tx, env.Config, env.Now())
		return err
	})
	if err != nil {
		return fmt.Errorf("the session is in the file, but applying it failed (it applies at the next start): %w", err)
	}
	outcomePrinter{env: env}.moves(res.Moves)
	for _, m := range res.Offers.Queued {
		fmt.Fprintf(env.Stdout, "Offered by mail: %s (%s).\n", printable(m.ToName), printable(m.To))
	}
	for _, b := range res.Offers.NoAddress {
		fmt.Fprintf(env.Stdout, "Waiting without address, offer it by phone: #%d %s, %s.\n", b.ID, printable(b.Name), contact(b))
	}
	return nil
}

// sessionBlock is the [[session]] block as a coordinator would write it,
// with a comment saying where it came from.
func sessionBlock(s config.Session, now time.Time) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "# Extra session, added with \"anmeldebot sessions add\" on %s.\n", now.Format("02.01.2006 15:04"))
	b.WriteString("[[session]]\n")
	for _, kv := range [][2]string{{"id", s.ID}, {"title", s.Title}} {
		q, err := tomlString(kv[1])
		if err != nil {
			return "", fmt.Errorf("--%s: %w", kv[0], err)
		}
		fmt.Fprintf(&b, "%s = %s\n", kv[0], q)
	}
	fmt.Fprintf(&b, "start = %s\n", s.Start.Format("2006-01-02T15:04:05"))
	fmt.Fprintf(&b, "duration = %q\n", s.Duration.D().String())
	loc, err := tomlString(s.Location)
	if err != nil {
		return "", fmt.Errorf("--location: %w", err)
	}
	fmt.Fprintf(&b, "location = %s\ncapacity = %d\n", loc, s.Capacity)
	return b.String(), nil
}

// tomlString quotes s as a TOML basic string; control characters are
// refused rather than escaped (no one means them in a title or place).
func tomlString(s string) (string, error) {
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return "", fmt.Errorf("control character in %q", s)
		}
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`, nil
}

// writeFileKeepMode replaces path atomically (temporary file + rename),
// keeping its permissions: the file may hold a password.
func writeFileKeepMode(path string, data []byte) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".anmeldebot-*.toml")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
