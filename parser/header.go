package parser

import (
	"mime"
	"net/mail"
	"strings"
	"time"

	"github.com/emersion/go-message/charset"
)

// fillHeaderFacts copies the header facts the mail worker needs into rd.
// Broken header fields are read leniently: a bad References line must not
// cost the reading of the person's wish.
func (m *mailData) fillHeaderFacts(rd *Reading, loc *time.Location) {
	h := m.header
	rd.MessageID = firstMsgID(h.Get("Message-Id"))
	rd.InReplyTo = firstMsgID(h.Get("In-Reply-To"))
	rd.References = msgIDs(h.Get("References"))
	if s, err := h.Subject(); err == nil {
		rd.Subject = cleanHeaderText(s)
	} else {
		rd.Subject = cleanHeaderText(h.Get("Subject"))
	}
	if d, ok := fastDate(h.Get("Date")); ok {
		rd.Date = d.In(loc)
	} else if d, err := h.Date(); err == nil {
		rd.Date = d.In(loc)
	} else if d, err := mail.ParseDate(strings.TrimSpace(h.Get("Date"))); err == nil {
		rd.Date = d.In(loc)
	}
	rd.FromName, rd.FromAddr = parseAddress(h.Get("From"))
	_, rd.ReplyToAddr = parseAddress(h.Get("Reply-To"))
}

var wordDecoder = mime.WordDecoder{CharsetReader: charset.Reader}

// parseAddress returns the display name (RFC 2047 decoded) and the lower-case
// address of the first mailbox in a header value, leniently.
func parseAddress(v string) (name, addr string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", ""
	}
	p := mail.AddressParser{WordDecoder: &wordDecoder}
	if a, err := p.Parse(v); err == nil {
		return cleanHeaderText(a.Name), strings.ToLower(a.Address)
	}
	if list, err := p.ParseList(v); err == nil && len(list) > 0 {
		return cleanHeaderText(list[0].Name), strings.ToLower(list[0].Address)
	}
	// Lenient fallback: "Name <addr>" or a bare address.
	if i := strings.LastIndexByte(v, '<'); i >= 0 {
		j := strings.IndexByte(v[i:], '>')
		if j > 0 {
			addr = strings.TrimSpace(v[i+1 : i+j])
		}
		name = strings.Trim(strings.TrimSpace(v[:i]), `"`)
		if dec, err := wordDecoder.DecodeHeader(name); err == nil {
			name = dec
		}
		return cleanHeaderText(name), strings.ToLower(addr)
	}
	if strings.Contains(v, "@") && !strings.ContainsAny(v, " ,;") {
		return "", strings.ToLower(v)
	}
	return "", ""
}

// firstMsgID returns the first message id of a header value, without angle
// brackets.
func firstMsgID(v string) string {
	ids := msgIDs(v)
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// msgIDs extracts <…> message ids leniently; a value without brackets is
// taken as one id.
func msgIDs(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	var ids []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := strings.TrimSpace(v[i+1 : i+j]); id != "" {
			ids = append(ids, id)
		}
		v = v[i+j+1:]
		if len(ids) >= 100 {
			break
		}
	}
	if ids == nil && !strings.ContainsAny(v, " \t<>") {
		ids = append(ids, v)
	}
	return ids
}

// cleanHeaderText collapses whitespace in a decoded header text.
func cleanHeaderText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
