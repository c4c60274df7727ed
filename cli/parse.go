package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/mail"
	"os"

	"anmeldebot/config"
	"anmeldebot/parser"
)

func parseCommand() Command {
	return Command{
		Name:    "parse",
		Args:    "FILE.eml...",
		Summary: "Show how the bot reads mails (one JSON object per line and file)",
		Help: `Reads each file as one mail, in the order given ("-" is standard input),
and prints the bot's reading as one JSON object per line: "file" as given,
the label fields (intent, sessions as local start times, any, party_size,
has_question, lang, name), confidence and evidence. Nothing is stored and
nothing is sent. A file that cannot be read as mail prints
{"file": ..., "error": ...}; the command goes on with the next file and
exits with status 1 at the end.`,
		Setup: func(fs *flag.FlagSet) RunFunc {
			return runParse
		},
	}
}

// parseFailure is the line printed for a file that is no readable mail.
type parseFailure struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

func runParse(ctx context.Context, env *Env, files []string) error {
	if len(files) == 0 {
		return Usagef("name at least one mail file (FILE.eml, or - for standard input)")
	}
	opts := parserOptions(env.Config)
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false) // evidence quotes mail text; keep it readable
	failed := 0
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		var line any
		label, err := parseFile(env.Stdin, file, opts)
		if err != nil {
			failed++
			env.Log.Debug("mail not readable", "file", file, "err", err)
			line = parseFailure{File: file, Error: err.Error()}
		} else {
			line = label
		}
		if err := enc.Encode(line); err != nil {
			return fmt.Errorf("writing result for %s: %w", file, err)
		}
	}
	if failed > 0 {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%d of %d files could not be read as mail", failed, len(files))}
	}
	return nil
}

// parseFile reads one file (or stdin for "-") and labels it.
func parseFile(stdin io.Reader, file string, opts parser.Options) (parser.Label, error) {
	var r io.Reader = stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return parser.Label{}, err
		}
		defer f.Close()
		r = f
	}
	rd, err := parser.Parse(r, opts)
	if err != nil {
		return parser.Label{}, err
	}
	return rd.Label(file, opts), nil
}

// parserOptions tells the parser what the configuration knows: the
// sessions, their time zone, and the bot's own addresses, so that a mail
// from the bot itself reads as machine mail and is never answered.
func parserOptions(c *config.Config) parser.Options {
	opts := parser.Options{Location: c.Location}
	for _, s := range c.Sessions {
		opts.Sessions = append(opts.Sessions, parser.Session{ID: s.ID, Start: s.Start})
	}
	for _, a := range []string{c.SMTP.From, c.IMAP.Username, c.SMTP.Username} {
		if addr, err := mail.ParseAddress(a); err == nil {
			opts.OwnAddresses = append(opts.OwnAddresses, addr.Address)
		}
	}
	return opts
}
