package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/emersion/go-message/mail"

	"anmeldebot/mailbot"
	"anmeldebot/parser"
	"anmeldebot/store"
)

// maxShownText caps the text review prints of one mail: enough for any
// letter a person writes, not a pasted book.
const maxShownText = 20000

// fetchTimeout bounds the look into the mailbox: review must answer
// promptly even when the IMAP server does not.
const fetchTimeout = 15 * time.Second

// printMail prints held mail m in full: its headers and decoded text as
// they are in the mailbox now (the store keeps only a short excerpt, and
// the coordinator must read what the person wrote before settling it).
// When the mailbox cannot be reached or no longer holds the mail, it
// prints what the store has, with one line saying why.
func printMail(ctx context.Context, env *Env, m store.Message) {
	w := env.Stdout
	raw, err := fetchHeldMail(ctx, env, m)
	if err == nil {
		if err = printFetched(env, raw); err == nil {
			return
		}
		err = fmt.Errorf("reading the mail from the mailbox: %w", err)
	}
	fmt.Fprintf(w, "From:     %s\n", printable(m.From))
	fmt.Fprintf(w, "Subject:  %s\n", printable(oneLine(m.Subject)))
	if !m.Date.IsZero() {
		fmt.Fprintf(w, "Date:     %s\n", germanTime(m.Date, env.Location()))
	}
	fmt.Fprintf(w, "\nNote: only the stored excerpt is shown: %s\n", printable(oneLine(err.Error())))
	fmt.Fprintf(w, "\n%s\n\n", indent(m.Excerpt))
}

// fetchHeldMail finds m in the review folder (or the processed folder, or
// the inbox if it was never filed) by its Message-ID.
func fetchHeldMail(ctx context.Context, env *Env, m store.Message) ([]byte, error) {
	if !strings.Contains(m.Key, "@") {
		return nil, errors.New("the mail has no Message-ID to find it by in the mailbox")
	}
	ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
	defer cancel()
	c := env.Config.IMAP
	mb, err := mailbot.Dial(ctx, c, env.Log)
	if err != nil {
		return nil, fmt.Errorf("the mailbox could not be reached (%w)", err)
	}
	defer mb.Logout()
	folders := []string{c.ReviewFolder, c.ProcessedFolder, c.Folder}
	f, err := mb.FetchByMessageID(ctx, folders, m.Key)
	if errors.Is(err, mailbot.ErrMailNotFound) {
		return nil, fmt.Errorf("the mail is no longer in the folders %s, %s or %s", c.ReviewFolder, c.ProcessedFolder, c.Folder)
	}
	if err != nil {
		return nil, fmt.Errorf("looking for the mail in the mailbox: %w", err)
	}
	env.Log.Debug("held mail fetched", "folder", f.Folder, "uid", f.UID)
	return f.Raw, nil
}

// printFetched prints the headers as the parser reads them and the
// mail's text/plain part, decoded.
func printFetched(env *Env, raw []byte) error {
	rd, err := parser.Parse(bytes.NewReader(raw), parser.Options{Location: env.Location()})
	if err != nil {
		return err
	}
	text, err := plainText(raw)
	if err != nil {
		return err
	}
	w := env.Stdout
	from := rd.FromAddr
	if rd.FromName != "" {
		from = fmt.Sprintf("%s <%s>", rd.FromName, rd.FromAddr)
	}
	fmt.Fprintf(w, "From:     %s\n", printable(from))
	if !rd.Date.IsZero() {
		fmt.Fprintf(w, "Date:     %s\n", germanTime(rd.Date, env.Location()))
	}
	fmt.Fprintf(w, "Subject:  %s\n", printable(oneLine(rd.Subject)))
	fmt.Fprintf(w, "\n%s\n\n", indent(text))
	return nil
}

// plainText is the first text/plain part of the mail, decoded to UTF-8
// and cut at maxShownText characters; a mail without one says so.
func plainText(raw []byte) (string, error) {
	r, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil && r == nil {
		return "", fmt.Errorf("reading the mail's structure: %w", err)
	}
	defer r.Close()
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			return "(The mail has no plain-text part; open it in the mail client.)", nil
		}
		if err != nil {
			return "", fmt.Errorf("reading a part of the mail: %w", err)
		}
		h, ok := p.Header.(*mail.InlineHeader)
		if !ok {
			continue
		}
		if t, _, _ := h.ContentType(); t != "" && t != "text/plain" {
			continue
		}
		return readCapped(p.Body)
	}
}

// readCapped reads a text part, cut at maxShownText characters with a
// note that it was cut.
func readCapped(body io.Reader) (string, error) {
	b, err := io.ReadAll(io.LimitReader(body, 4*maxShownText+1))
	if err != nil {
		return "", fmt.Errorf("reading the mail's text: %w", err)
	}
	text := strings.ReplaceAll(string(bytes.ToValidUTF8(b, []byte("\uFFFD"))), "\r\n", "\n")
	if r := []rune(text); len(r) > maxShownText || len(b) > 4*maxShownText {
		text = string(r[:min(len(r), maxShownText)]) + fmt.Sprintf("\n[… cut at %d characters]", maxShownText)
	}
	return text, nil
}
