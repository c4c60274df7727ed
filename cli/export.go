package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"anmeldebot/booking"
	"anmeldebot/store"
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
				if err := checkSession(env, *session); err != nil {
					return err
				}
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

// writeExport writes the participant list as Excel CSV.
func writeExport(w io.Writer, r roster, loc *time.Location) error {
	x, err := newExcelCSV(w)
	if err != nil {
		return err
	}
	x.Write("Termin", "Name", "E-Mail", "Telefon", "Personen", "Status", "Quelle", "Angemeldet am")
	for _, p := range r.people {
		x.Write(
			r.sessionText(p, loc),
			p.Name,
			p.Email,
			p.Phone,
			strconv.Itoa(p.Party),
			exportStatus(p),
			exportSource(p.Source),
			p.Created.In(loc).Format("02.01.2006 15:04"),
		)
	}
	return x.Flush()
}

// exportStatus and exportSource speak German, like the header.
func exportStatus(p booking.Participant) string {
	if p.State == store.Waitlisted {
		return "Warteliste " + strconv.Itoa(p.Position)
	}
	return "angemeldet"
}

func exportSource(s store.Source) string {
	switch s {
	case store.SourceMail:
		return "E-Mail"
	case store.SourcePhone:
		return "Telefon"
	case store.SourceReview:
		return "Koordination"
	}
	return string(s)
}
