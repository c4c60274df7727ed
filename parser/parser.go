// Package parser reads one free-text registration mail (German or English)
// and returns a Reading of it: what the sender wants (register, cancel,
// change, question, machine mail, other), which of the configured sessions
// they accept in which order, how many people, who, and how sure the reading is.
//
// The package is pure: Parse reads the message from the given reader and
// nothing else. It does no I/O of its own, keeps no state between calls and
// never hard-codes sessions: everything is matched against Options.Sessions.
//
// Safety comes before coverage: when the mail does not clearly name a
// session the reading has no sessions (the worker asks back), and doubtful
// readings get a low Confidence so the worker holds them for a human.
package parser

import (
	"fmt"
	"io"
	"time"
)

// Session is one configured workshop session.
type Session struct {
	ID    string
	Start time.Time // in the bot's local time zone
}

// Intent is what the sender wants.
type Intent string

// The intents a mail can have.
const (
	IntentRegister Intent = "register"
	IntentCancel   Intent = "cancel"
	IntentChange   Intent = "change"
	IntentQuestion Intent = "question"
	IntentAuto     Intent = "auto"
	IntentOther    Intent = "other"
)

// Options tell Parse what the bot knows: its sessions, its time zone and its
// own addresses.
type Options struct {
	Sessions     []Session      // the configured sessions
	Location     *time.Location // the bot's time zone; nil = time.Local
	OwnAddresses []string       // mail from these is IntentAuto (loop guard)
}

// Reading is what Parse reads out of one mail.
type Reading struct {
	Intent      Intent
	Sessions    []string // session IDs the sender accepts, first choice first
	Any         bool
	PartySize   int
	HasQuestion bool
	Lang        string // "de" or "en"
	Name        string
	Confidence  float64  // 0..1
	Evidence    []string // short pieces of the mail's text that decided it
	Affirmative bool     // a bare "ja bitte" agreeing to an offer
	AutoReason  string   // for IntentAuto: why

	MessageID   string
	InReplyTo   string
	References  []string
	Subject     string
	Date        time.Time
	FromName    string
	FromAddr    string
	ReplyToAddr string
	Excerpt     string // first ~300 characters of the new text
}

// Parse reads one RFC 5322 message and returns its reading. It returns an
// error only when the bytes cannot be read as a mail at all (a broken
// header); a broken body part lowers the confidence instead.
func Parse(r io.Reader, opts Options) (*Reading, error) {
	loc := opts.Location
	if loc == nil {
		loc = time.Local
	}
	m, err := readMail(r)
	if err != nil {
		return nil, fmt.Errorf("parser: reading mail: %w", err)
	}
	rd := &Reading{}
	m.fillHeaderFacts(rd, loc)
	a := newAnalysis(m, rd, opts, loc)
	a.run()
	return rd, nil
}
