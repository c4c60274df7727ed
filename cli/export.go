package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"anmeldebot/digest"
)

func exportCommand() Command {
	return Command{
		Name:    "export",
		Summary: "Write the participant list as CSV for Excel",
		Help: `The CSV opens in German Excel with a double click: UTF-8 with BOM, ";" between
columns, CRLF line ends, one header row:
  Termin;Name;E-Mail;Telefon;Personen;Status;Quelle;Angemeldet am
Booked parties come first, then the waiting list in order. A cell that
starts with = + - or @ gets a leading apostrophe, so that nothing written
in a mail can run as a formula in the spreadsheet.`,
		Setup: func(fs *flag.FlagSet) RunFunc {
			session := fs.String("session", "", "only session `ID`")
			output := fs.String("output", "", "write to `FILE` instead of standard output")
			return func(ctx context.Context, env *Env, _ []string) error {
				r, err := readRoster(ctx, env, *session)
				if err != nil {
					return err
				}
				if *output == "" {
					return writeExport(env.Stdout, r, env.Location())
				}
				return exportToFile(*output, r, env.Location())
			}
		},
	}
}

// exportToFile writes the CSV to path, leaving no half-written file
// behind on an error.
func exportToFile(path string, r roster, loc *time.Location) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating export: %w", err)
	}
	defer func() {
		err = errors.Join(err, f.Close())
		if err != nil {
			os.Remove(path)
		}
	}()
	return writeExport(f, r, loc)
}

// writeExport writes the participant list as Excel CSV, with the one
// writer the digest's attachment uses too.
func writeExport(w io.Writer, r roster, loc *time.Location) error {
	return digest.WriteCSV(w, r.people, r.sessions, loc)
}
