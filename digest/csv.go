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

// utf8BOM makes Excel read the file as UTF-8; without it, German Excel
// assumes Windows-1252 and shows "MÃ¼ller" for "Müller".
const utf8BOM = "\uFEFF"

// csvHeader is the header row; coordinators' spreadsheets refer to it.
var csvHeader = []string{"Termin", "Name", "E-Mail", "Telefon", "Personen", "Status", "Quelle", "Angemeldet am"}

// WriteCSV writes the participant list the way German Excel opens it with
// a double click: UTF-8 with BOM, ";" between cells ("," is the decimal
// separator there), CRLF line ends, a German header, and no cell that
// Excel would run as a formula. It is the one writer of the list: the
// digest attaches it and `anmeldebot export` writes it. sessions maps ids
// to sessions, removed ones included, so old entries still show a date.
func WriteCSV(w io.Writer, people []booking.Participant, sessions map[string]store.Session, loc *time.Location) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.Comma, cw.UseCRLF = ';', true
	rows := [][]string{csvHeader}
	for _, p := range people {
		rows = append(rows, []string{
			SessionCell(p, sessions, loc), p.Name, p.Email, p.Phone, strconv.Itoa(p.Party),
			csvStatus(p), csvSource(p.Source), p.Created.In(loc).Format("02.01.2006 15:04"),
		})
	}
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = guardFormula(c)
		}
		if err := cw.Write(cells); err != nil {
			return fmt.Errorf("writing CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	return nil
}

// SessionCell names where a participant stands: the booked session's
// start, or for a waiting entry the sessions it accepts, first choice
// first ("jeder Termin" for a party that takes any). A session the store
// lost shows its id. The list command shows the same words as the CSV.
func SessionCell(p booking.Participant, sessions map[string]store.Session, loc *time.Location) string {
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

// csvStatus and csvSource speak German, like the header.
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

// guardFormula defuses CSV formula injection (OWASP): a name such as
// "=HYPERLINK(…)" typed into a mail must not become a live formula in the
// coordinator's spreadsheet. A cell that starts with = + - @ (or a tab or
// carriage return, which Excel skips before looking) gets a leading
// apostrophe, so Excel shows it as text. This also applies to phone
// numbers written "+49 …", which then show the apostrophe; that is the
// price of a rule with no exceptions an attacker could aim for.
func guardFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
