// Package cli is anmeldebot's command line: the coordinator's tool to enter
// phone registrations, list and export participants and fix what the bot
// could not decide, and the entry point of the daemon.
//
// The contract:
//
//	anmeldebot [global flags] COMMAND [flags] [args]
//
// Run parses the global flags, finds the command in the table of
// commands(), parses its flags, loads and validates the configuration and
// only then runs the command with an *Env. A command that only needs
// --help, or meets an unknown flag, never reads the configuration; a bad
// configuration never opens (or creates) the store.
//
// Exit status: 0 success, 1 runtime failure, 2 usage or configuration
// error (unknown command or flag, bad flag value, bad configuration file).
// Global flags are accepted before and after the command name, so both
// "anmeldebot --config x.toml parse a.eml" and "anmeldebot parse --config
// x.toml a.eml" work.
//
// The package holds no global state: everything a command needs comes in
// through Run's arguments and the Env built from them, so tests call Run
// in parallel with their own files and clocks.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Exit statuses of Run.
const (
	ExitOK      = 0
	ExitFailure = 1 // the command ran and failed
	ExitUsage   = 2 // bad command line or bad configuration
)

// UsageError marks a problem with what the user typed (or wrote in the
// configuration): Run reports it with exit status 2 instead of 1, because
// running the same command again cannot help.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Usagef returns a *UsageError; commands use it for flag values they can
// only check after parsing (an unknown session id, a party of 0).
func Usagef(format string, a ...any) error {
	return &UsageError{Err: fmt.Errorf(format, a...)}
}

// ExitError lets a command choose its exit status after having printed
// its own report, e.g. parse, which goes on after an unreadable file and
// fails only at the end. Run prints Err when it is not nil.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}
func (e *ExitError) Unwrap() error { return e.Err }

// Run is the whole program: main passes os.Args[1:] and the standard
// streams and exits with the result.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	g := newGlobals(os.Getenv(EnvConfig))
	gfs := g.flagSet(stderr)
	if err := gfs.Parse(args); err != nil {
		return helpOrUsage(err, stdout, stderr, g)
	}
	rest := gfs.Args()
	if len(rest) == 0 {
		printMainUsage(stderr, g)
		return ExitUsage
	}
	if rest[0] == "help" {
		return runHelp(rest[1:], stdout, stderr, g)
	}
	cmd, ok := findCommand(rest[0])
	if !ok {
		fmt.Fprintf(stderr, "anmeldebot: unknown command %q\n\n", rest[0])
		printMainUsage(stderr, g)
		return ExitUsage
	}
	cmd, cmdArgs := subcommand(cmd, rest[1:])
	return runCommand(ctx, cmd, cmdArgs, g, stdin, stdout, stderr)
}

// helpOrUsage turns the global flag set's parse error into a status:
// -h/--help is a request, not a mistake, so its usage goes to stdout;
// after a mistake (which the flag package has printed) it goes to stderr.
func helpOrUsage(err error, stdout, stderr io.Writer, g *globals) int {
	if errors.Is(err, flag.ErrHelp) {
		printMainUsage(stdout, g)
		return ExitOK
	}
	fmt.Fprintln(stderr)
	printMainUsage(stderr, g)
	return ExitUsage
}

// runCommand parses the command's flags, builds the Env and runs it.
func runCommand(ctx context.Context, cmd Command, args []string, g *globals, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(cmd.Name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // printed below, to stdout for --help
	run := cmd.Setup(fs)
	g.register(fs) // after the command's own flags: theirs win a name clash
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printCommandUsage(stdout, cmd, fs, g)
			return ExitOK
		}
		fmt.Fprintln(stderr) // the flag package has printed the error
		printCommandUsage(stderr, cmd, fs, g)
		return ExitUsage
	}
	if cmd.Args == "" && len(rest) > 0 {
		fmt.Fprintf(stderr, "anmeldebot %s: unexpected argument %q\n\n", cmd.Name, rest[0])
		printCommandUsage(stderr, cmd, fs, g)
		return ExitUsage
	}
	env, err := newEnv(g, cmd, stdin, stdout, stderr)
	if err != nil {
		return report(stderr, cmd.Name, err)
	}
	err = run(ctx, env, rest)
	if cerr := env.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("closing the store: %w", cerr)
	}
	return report(stderr, cmd.Name, err)
}

// parseInterspersed lets flags follow positional arguments, as people
// type them ("parse a.eml --config c.toml", "review 42 --book ID"); the
// flag package alone stops at the first argument. "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// report prints err once, at the top, and maps it to an exit status.
func report(stderr io.Writer, name string, err error) int {
	if err == nil {
		return ExitOK
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		if ee.Err != nil {
			fmt.Fprintf(stderr, "anmeldebot %s: %v\n", name, ee.Err)
		}
		return ee.Code
	}
	fmt.Fprintf(stderr, "anmeldebot %s: %v\n", name, err)
	var ue *UsageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "Run \"anmeldebot %s --help\" for usage.\n", name)
		return ExitUsage
	}
	return ExitFailure
}
