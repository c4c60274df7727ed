package cli

import (
	"encoding/csv"
	"fmt"
	"io"
)

// utf8BOM makes Excel read the file as UTF-8; without it, German Excel
// assumes Windows-1252 and shows "MÃ¼ller" for "Müller".
const utf8BOM = "\uFEFF"

// excelCSV writes CSV the way German Excel opens it with a double click:
// UTF-8 with BOM, ';' between cells (',' is the decimal separator there),
// CRLF line ends, and no cell that Excel would run as a formula.
type excelCSV struct {
	w   *csv.Writer
	err error
}

// newExcelCSV writes the BOM and returns the writer.
func newExcelCSV(w io.Writer) (*excelCSV, error) {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return nil, fmt.Errorf("writing CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	return &excelCSV{w: cw}, nil
}

// Write writes one row, each cell defused by guardFormula. The first
// error sticks and is returned by Flush.
func (x *excelCSV) Write(cells ...string) {
	if x.err != nil {
		return
	}
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = guardFormula(c)
	}
	x.err = x.w.Write(row)
}

// Flush finishes the file and reports any write error.
func (x *excelCSV) Flush() error {
	x.w.Flush()
	if x.err == nil {
		x.err = x.w.Error()
	}
	if x.err != nil {
		return fmt.Errorf("writing CSV: %w", x.err)
	}
	return nil
}

// guardFormula defuses CSV formula injection (OWASP): a name such as
// "=HYPERLINK(…)" typed into a mail must not become a live formula in the
// coordinator's spreadsheet. A cell that starts with = + - @ (or a tab or
// carriage return, which Excel skips before looking) gets a leading
// apostrophe, so Excel shows it as text. This also applies to phone
// numbers written "+49 …", which then show the apostrophe; that is the
// price of a rule with no exceptions an attacker could aim for.
func guardFormula(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
