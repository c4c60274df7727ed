package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// printMainUsage is the text of "anmeldebot --help".
func printMainUsage(w io.Writer, g *globals) {
	fmt.Fprint(w, `Usage: anmeldebot [global flags] COMMAND [flags] [arguments]

anmeldebot answers the volunteer office's registration mailbox by itself.
Its commands let the coordinator enter phone registrations, list and
export participants and fix what the bot could not decide.

Commands:
`)
	tw := tabwriter.NewWriter(w, 0, 0, 3, ' ', 0)
	for _, c := range commands() {
		fmt.Fprintf(tw, "  %s\t%s\n", c.Name, c.Summary)
		for _, sub := range c.Subcommands {
			fmt.Fprintf(tw, "  %s\t%s\n", sub.Name, sub.Summary)
		}
	}
	tw.Flush()
	fmt.Fprint(w, "\nGlobal flags (before or after the command):\n")
	printFlags(w, g.helpFlagSet(), func(string) bool { return true })
	fmt.Fprint(w, `
Exit status: 0 ok, 1 the command failed, 2 bad command line or configuration.
Run "anmeldebot COMMAND --help" for a command's flags.
`)
}

// printCommandUsage is the text of "anmeldebot COMMAND --help".
func printCommandUsage(w io.Writer, c Command, fs *flag.FlagSet, g *globals) {
	synopsis := "anmeldebot " + c.Name + " [flags]"
	if c.Args != "" {
		synopsis += " " + c.Args
	}
	fmt.Fprintf(w, "Usage: %s\n\n%s\n", synopsis, c.Summary)
	if c.Help != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.Help))
	}
	own := func(name string) bool { return !isGlobal(name) }
	if hasFlags(fs, own) {
		fmt.Fprint(w, "\nFlags:\n")
		printFlags(w, fs, own)
	}
	fmt.Fprint(w, "\nGlobal flags:\n")
	printFlags(w, g.helpFlagSet(), func(string) bool { return true })
}

func hasFlags(fs *flag.FlagSet, keep func(string) bool) bool {
	found := false
	fs.VisitAll(func(f *flag.Flag) { found = found || keep(f.Name) })
	return found
}

// printFlags lists flags GNU-style ("--name VALUE"), which is how the
// README and the issues write them; the flag package accepts both one
// and two dashes.
func printFlags(w io.Writer, fs *flag.FlagSet, keep func(string) bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fs.VisitAll(func(f *flag.Flag) {
		if !keep(f.Name) {
			return
		}
		arg, usage := flag.UnquoteUsage(f)
		name := "--" + f.Name
		if arg != "" {
			name += " " + arg
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(tw, "  %s\t%s\n", name, usage)
	})
	tw.Flush()
}

// runHelp implements "anmeldebot help [COMMAND]".
func runHelp(args []string, stdout, stderr io.Writer, g *globals) int {
	if len(args) == 0 {
		printMainUsage(stdout, g)
		return ExitOK
	}
	c, ok := findCommand(args[0])
	if ok {
		var rest []string
		c, rest = subcommand(c, args[1:])
		ok = len(rest) == 0
	}
	if !ok {
		fmt.Fprintf(stderr, "anmeldebot: unknown command %q\n", strings.Join(args, " "))
		return ExitUsage
	}
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	c.Setup(fs)
	g.register(fs)
	printCommandUsage(stdout, c, fs, g)
	return ExitOK
}
