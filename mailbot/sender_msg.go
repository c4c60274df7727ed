package mailbot

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/wneessen/go-mail"
)

// Outgoing is one mail the bot sends. Message IDs are written without
// angle brackets, as go-imap and go-message hand them over.
type Outgoing struct {
	From, To   string // From "" means the configured smtp.from
	Subject    string
	MessageID  string
	InReplyTo  string
	References []string
	Text, HTML string // text/plain, with an HTML alternative when HTML != ""
	// ICS is attached as invite.ics, text/calendar; method=PUBLISH.
	ICS         []byte
	Attachments []Attachment
	// AutoSubmitted is "auto-replied" (answers) or "auto-generated"
	// (digests, reminders); "" writes no header (RFC 3834).
	AutoSubmitted string
}

// Attachment is a file attached to an Outgoing mail.
type Attachment struct {
	Name, ContentType string
	Data              []byte
}

// icsContentType is how calendar programs recognise an event to import.
const icsContentType = "text/calendar; method=PUBLISH; charset=utf-8"

// buildMessage turns o into a go-mail message. Every header value passes
// through clean, since names, subjects and IDs may come from a citizen's
// mail and a CR or LF in them would start a header of their own.
func buildMessage(o Outgoing) (*mail.Msg, error) {
	m := mail.NewMsg(mail.WithNoDefaultUserAgent())
	if err := m.From(clean(o.From)); err != nil {
		return nil, fmt.Errorf("from %q: %w", o.From, err)
	}
	if err := m.To(clean(o.To)); err != nil {
		return nil, fmt.Errorf("to %q: %w", o.To, err)
	}
	m.Subject(clean(o.Subject))
	m.SetDate()
	if id := msgID(o.MessageID); id != "" {
		m.SetMessageIDWithValue(id)
	} else if o.MessageID != "" {
		return nil, fmt.Errorf("message-id %q is not one", o.MessageID)
	}
	if id := msgID(o.InReplyTo); id != "" {
		m.SetGenHeader(mail.HeaderInReplyTo, "<"+id+">")
	}
	if refs := references(o.References); refs != "" {
		// One value: go-mail joins several with ", ", which is wrong here.
		m.SetGenHeader(mail.HeaderReferences, refs)
	}
	switch o.AutoSubmitted {
	case "":
	case "auto-replied", "auto-generated":
		m.SetGenHeader("Auto-Submitted", o.AutoSubmitted)
	default:
		return nil, fmt.Errorf("auto-submitted %q: want auto-replied or auto-generated", o.AutoSubmitted)
	}
	m.SetBodyString(mail.TypeTextPlain, o.Text)
	if o.HTML != "" {
		m.AddAlternativeString(mail.TypeTextHTML, o.HTML)
	}
	if len(o.ICS) > 0 {
		o.Attachments = append([]Attachment{{Name: "invite.ics", ContentType: icsContentType, Data: o.ICS}}, o.Attachments...)
	}
	for _, a := range o.Attachments {
		ct := a.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		m.AttachReadSeeker(clean(a.Name), bytes.NewReader(a.Data), mail.WithFileContentType(mail.ContentType(clean(ct))))
	}
	return m, nil
}

// clean makes s safe as (part of) one header value: CR, LF and the other
// control characters become spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}

// msgID returns a Message-ID without brackets and without anything that
// cannot stand in one (spaces, controls, brackets).
func msgID(s string) string {
	s = strings.TrimSpace(clean(s))
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	if s == "" || strings.ContainsAny(s, " \t<>") {
		return ""
	}
	return s
}

// references formats the References header as RFC 5322 wants it: every
// ID in angle brackets, separated by single spaces.
func references(ids []string) string {
	var parts []string
	for _, id := range ids {
		if id = msgID(id); id != "" {
			parts = append(parts, "<"+id+">")
		}
	}
	return strings.Join(parts, " ")
}
