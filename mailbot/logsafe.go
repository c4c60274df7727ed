package mailbot

import "regexp"

// addrLike matches what looks like a mail address, bare or in angle
// brackets, as SMTP replies ("550 5.1.1 <erika@beispiel.example>: user
// unknown") and Message-IDs ("<20250710.erika@beispiel.example>") carry
// them.
var addrLike = regexp.MustCompile(`[^\s<>()\[\]"',;:]+@[^\s<>()\[\]"',;:]+`)

// redact replaces addresses in a text meant for an INFO, WARN or ERROR
// log line. Those logs go to the journal and to whoever reads it, so they
// carry ids, not people; the full text is kept where the coordinator
// needs it (the outbox's last error, the digest) and at DEBUG.
func redact(s string) string {
	return addrLike.ReplaceAllString(s, "[address]")
}

// redactErr is redact for an error; nil stays nil.
func redactErr(err error) any {
	if err == nil {
		return nil
	}
	return redact(err.Error())
}
