package digest

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"anmeldebot/booking"
	"anmeldebot/store"
)

// WriteCSV writes the participant list as `anmeldebot export` does: UTF-8
// with BOM, ";" between cells, CRLF, the same German header, and no cell
// that Excel would run as a formula. It is a copy of the export command's
// writer (package cli imports this package, so it cannot be shared the
// other way round); the two should move into one package together.
func WriteCSV(w io.Writer, people []booking.Participant, sessions map[string]store.Session, loc *time.Location) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.Comma, cw.UseCRLF = ';', true
	rows := [][]string{{"Termin", "Name", "E-Mail", "Telefon", "Personen", "Status", "Quelle", "Angemeldet am"}}
	for _, p := range people {
		rows = append(rows, []string{
			csvSession(p, sessions, loc), p.Name, p.Email, p.Phone, strconv.Itoa(p.Party),
			csvStatus(p), csvSource(p.Source), p.Created.In(loc).Format("02.01.2006 15:04"),
		})
	}
	for _, row := range rows {
		for i := range row {
			row[i] = guardFormula(row[i])
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("writing CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	return nil
}

func csvSession(p booking.Participant, sessions map[string]store.Session, loc *time.Location) string {
	start := func(id string) string {
		if s, ok := sessions[id]; ok {
			return s.Start.In(loc).Format("02.01.2006 15:04")
		}
		return id
	}
	if p.State == store.Booked {
		return start(p.SessionID)
	}
	var parts []string
	for _, id := range p.Accepts {
		parts = append(parts, start(id))
	}
	if p.AcceptsAny {
		parts = append(parts, "jeder Termin")
	}
	return strings.Join(parts, " / ")
}

func csvStatus(p booking.Participant) string {
	if p.State == store.Waitlisted {
		return "Warteliste " + strconv.Itoa(p.Position)
	}
	return "angemeldet"
}

func csvSource(s store.Source) string {
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

// guardFormula defuses CSV formula injection: a cell starting with = + -
// @ (or tab/CR) gets a leading apostrophe, so Excel shows it as text.
func guardFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
