package parser

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // legacy charsets (ISO-8859-1, windows-1252, …)
	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
)

// Limits that keep one hostile or huge mail from costing much. Text beyond
// maxText is dropped; non-text parts are streamed to io.Discard.
const (
	maxText        = 256 << 10
	maxHeaderBytes = 256 << 10
	maxDepth       = 10
	maxParts       = 200
)

// mailData is the raw material of a reading: the top-level header and the
// text the person wrote (plain text preferred, else HTML turned into text).
type mailData struct {
	header    mail.Header
	mediaType string // top-level media type, e.g. "multipart/report"
	plain     strings.Builder
	html      strings.Builder
	report    bool // a multipart/report or a delivery/disposition part was seen
	broken    bool // some part could not be decoded
	parts     int
}

// readMail reads the header and walks the MIME tree. Only a header that
// cannot be parsed is an error; body problems set broken.
func readMail(r io.Reader) (*mailData, error) {
	br := mailReaders.Get().(*bufio.Reader)
	defer func() {
		br.Reset(nil)
		mailReaders.Put(br)
	}()
	e, err := readEntity(r, br)
	m := &mailData{}
	if err != nil && !isSoftMIMEError(err) {
		return nil, fmt.Errorf("reading header: %w", err)
	}
	if err != nil {
		m.broken = true
	}
	if e == nil {
		return nil, errors.New("no message")
	}
	m.header = mail.Header{Header: e.Header}
	m.walk(e, 0)
	return m, nil
}

// mailReaders buffer the top level of a mail while it is read: go-message's
// ReadWithOptions allocates a fresh 4 KiB bufio.Reader per mail. readMail
// reads the whole mail before it returns the reader, so nothing keeps it.
var mailReaders = sync.Pool{New: func() any { return bufio.NewReader(nil) }}

// readEntity is message.ReadWithOptions with br as its buffer: the header
// is read through a limit of maxHeaderBytes, the body without one.
func readEntity(r io.Reader, br *bufio.Reader) (*message.Entity, error) {
	lr := &headerLimit{r: r, n: maxHeaderBytes}
	br.Reset(lr)
	h, err := textproto.ReadHeader(br)
	if err != nil {
		return nil, err
	}
	lr.n = math.MaxInt64
	return message.New(message.Header{Header: h}, br)
}

// errHeaderTooBig is go-message's error for a header beyond the limit.
var errHeaderTooBig = errors.New("message: header exceeds maximum size")

// headerLimit is go-message's limitedReader: io.LimitedReader with its error.
type headerLimit struct {
	r io.Reader
	n int64
}

func (l *headerLimit) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errHeaderTooBig
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// isSoftMIMEError reports errors after which go-message still returns a
// readable entity (unknown charset or transfer encoding).
func isSoftMIMEError(err error) bool {
	return message.IsUnknownCharset(err) || message.IsUnknownEncoding(err)
}

// walk visits one entity: multiparts recurse, text parts are kept (capped),
// everything else is drained without being kept in memory.
func (m *mailData) walk(e *message.Entity, depth int) {
	m.parts++
	mt, params, _ := e.Header.ContentType()
	if depth == 0 {
		m.mediaType = mt // parsed once here rather than again in readMail
	}
	if mt == "" {
		mt = "text/plain"
	}
	if mt == "multipart/report" || mt == "message/delivery-status" ||
		mt == "message/disposition-notification" || mt == "message/feedback-report" {
		m.report = true
	}
	if mr := e.MultipartReader(); mr != nil {
		if depth >= maxDepth {
			m.broken = true
			drain(e.Body)
			return
		}
		m.walkMultipart(mr, depth)
		return
	}
	if isAttachment(e) || (mt != "text/plain" && mt != "text/html") || m.parts > maxParts {
		drain(e.Body)
		return
	}
	_ = params
	if mt == "text/html" {
		m.keep(&m.html, e.Body)
		return
	}
	m.keep(&m.plain, e.Body)
}

func (m *mailData) walkMultipart(mr message.MultipartReader, depth int) {
	defer mr.Close()
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return
		}
		if err != nil && !isSoftMIMEError(err) {
			m.broken = true
			return
		}
		if err != nil {
			m.broken = true
		}
		if p == nil {
			return
		}
		m.walk(p, depth+1)
	}
}

// keep appends up to maxText bytes of a text part and drains the rest.
func (m *mailData) keep(b *strings.Builder, body io.Reader) {
	room := maxText - b.Len()
	if room <= 0 {
		drain(body)
		return
	}
	buf := partBuffers.Get().(*bytes.Buffer)
	defer partBuffers.Put(buf)
	buf.Reset()
	if _, err := buf.ReadFrom(io.LimitReader(body, int64(room))); err != nil {
		m.broken = true
	}
	drain(body)
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	if !utf8.Valid(buf.Bytes()) {
		b.WriteString(strings.ToValidUTF8(buf.String(), "\uFFFD"))
		m.broken = true
		return
	}
	b.Write(buf.Bytes())
}

// partBuffers hold a text part while it is read: io.Copy into a fresh
// builder allocated a 32 KiB copy buffer per part, the bulk of a parse's
// garbage.
var partBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func drain(r io.Reader) {
	if r != nil {
		_, _ = io.Copy(io.Discard, r)
	}
}

// isAttachment is true for parts marked as attachments (or with a file
// name): their text is not the person's message.
func isAttachment(e *message.Entity) bool {
	cd := e.Header.Get("Content-Disposition")
	if cd == "" {
		return false
	}
	disp, params, err := mime.ParseMediaType(cd)
	if err != nil {
		return strings.HasPrefix(strings.ToLower(strings.TrimSpace(cd)), "attachment")
	}
	return disp == "attachment" || params["filename"] != ""
}

// bodyText returns the person's text: the plain part if it has content,
// else the HTML part as text.
func (m *mailData) bodyText() string {
	p := m.plain.String()
	if strings.TrimSpace(p) != "" {
		return normalizeText(p)
	}
	if m.html.Len() > 0 {
		return normalizeText(htmlToText(m.html.String()))
	}
	return ""
}

// normalizeText unifies line ends and odd spaces so later rules see one form.
func normalizeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if !hasSpaceOddity(s) {
		return s // the replacer would only copy the text
	}
	return spaceReplacer.Replace(s)
}

var spaceReplacer = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2009", " ", "\t", " ", "\u200b", "", "\ufeff", "")

// hasSpaceOddity reports a tab or a lead byte of the other characters
// spaceReplacer replaces (U+00A0: C2; U+2009, U+200B, U+202F: E2; U+FEFF: EF).
func hasSpaceOddity(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', 0xC2, 0xE2, 0xEF:
			return true
		}
	}
	return false
}
