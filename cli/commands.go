package cli

import (
	"context"
	"flag"
)

// Command is one entry of the command table.
//
// Setup defines the command's flags on fs and returns the function that
// runs the command once they are parsed. The global flags (config, db,
// now, log-level) are added to fs after Setup; a command must not reuse
// their names. Keeping the flag variables inside Setup's closure keeps
// each invocation's state apart, with no package-level variables.
type Command struct {
	Name    string
	Args    string // the synopsis after the flags, e.g. "FILE.eml..."; empty: no arguments allowed
	Summary string // one line for the list of commands
	Help    string // optional paragraphs printed by --help under the synopsis

	// NoConfig lets the command run without a configuration file; its
	// Env.Config is then nil (the demo brings its own). Other commands
	// fail with exit status 2 when the configuration is missing or bad.
	NoConfig bool

	// Subcommands are reached by a first argument after the command's
	// name ("sessions add"); their Name is the full phrase. They keep
	// commands that belong together under one word, as the README and
	// the issues spell them, and each has flags of its own.
	Subcommands []Command

	Setup func(fs *flag.FlagSet) RunFunc
}

// RunFunc runs a command. args are the positional arguments left after
// the flags. A returned *UsageError exits with status 2, an *ExitError
// with its own status, any other error with 1.
type RunFunc func(ctx context.Context, env *Env, args []string) error

// commands is the command table, in the order of the usage text. A new
// command adds one line here and one file with its constructor.
func commands() []Command {
	return []Command{
		sessionsCommand(),
		reviewCommand(),
		digestCommand(),
		bookCommand(),
		cancelCommand(),
		listCommand(),
		exportCommand(),
		forgetCommand(),
		parseCommand(),
		daemonCommand(),
		pollCommand(),
		checkCommand(),
		demoCommand(),
	}
}

// findCommand looks a command up by name.
func findCommand(name string) (Command, bool) {
	for _, c := range commands() {
		if c.Name == name {
			return c, true
		}
	}
	return Command{}, false
}

// subcommand picks cmd's subcommand named by the first argument, if
// there is one, and returns the arguments left for it. Only the very
// first argument is looked at: "sessions --json add" is the sessions
// command with a stray argument, not the add command.
func subcommand(cmd Command, args []string) (Command, []string) {
	if len(args) == 0 {
		return cmd, args
	}
	for _, sub := range cmd.Subcommands {
		if sub.Name == cmd.Name+" "+args[0] {
			return sub, args[1:]
		}
	}
	return cmd, args
}
