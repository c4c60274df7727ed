// Package mailid makes the Message-IDs of the mails the bot writes.
//
// Every mail the bot queues (replies, moved-up notices, offers, reminders,
// the coordinator's own replies) gets an ID of the form
// <kind>-<24 hex digits>@<the bot's domain>, stored without brackets. The
// kind prefix makes a thread readable in the logs; the domain is the one
// of [smtp].from, so replies to the bot can be told apart from other mail.
package mailid

import (
	"crypto/rand"
	"encoding/hex"
	"net/mail"
	"strings"
)

// fallbackDomain is used when the sender address has no usable domain;
// .invalid can never collide with a real one (RFC 2606).
const fallbackDomain = "anmeldebot.invalid"

// Domain returns the lower-case domain of a From value such as
// "Office <office@example.org>", or the fallback.
func Domain(from string) string {
	a, err := mail.ParseAddress(from)
	if err != nil {
		return fallbackDomain
	}
	if _, d, ok := strings.Cut(a.Address, "@"); ok && d != "" {
		return strings.ToLower(d)
	}
	return fallbackDomain
}

// New returns a fresh Message-ID (without brackets) for a mail of kind
// from the given domain; an empty domain uses the fallback.
func New(kind, domain string) string {
	if domain == "" {
		domain = fallbackDomain
	}
	b := make([]byte, 12)
	rand.Read(b) // never fails (crypto/rand)
	return kind + "-" + hex.EncodeToString(b) + "@" + domain
}
