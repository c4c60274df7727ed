package parser

import (
	"strings"
)

// autoReason says why a mail was written by a machine, or "" when a person
// wrote it. Header evidence (RFC 3834, list headers, reports, daemon
// senders) decides on its own; text evidence only counts where people do
// not write like that (out-of-office subjects, the typical first lines of an
// absence notice without any wish in it).
func autoReason(m *mailData, rd *Reading, own []string, body string) string {
	if r := ownAddressReason(rd.FromAddr, own); r != "" {
		return r
	}
	if r := headerAutoReason(m); r != "" {
		return r
	}
	if r := senderAutoReason(rd.FromAddr); r != "" {
		return r
	}
	if loc := reAutoSubject.FindStringIndex(fold(rd.Subject)); loc != nil {
		return "subject: " + rd.Subject[loc[0]:min(loc[1], len(rd.Subject))]
	}
	if r := bodyAutoReason(body); r != "" {
		return r
	}
	return ""
}

func ownAddressReason(from string, own []string) string {
	if from == "" {
		return ""
	}
	for _, a := range own {
		if strings.EqualFold(strings.TrimSpace(a), from) {
			return "from the bot's own address"
		}
	}
	return ""
}

// headerAutoReason checks the headers machines set on their mail.
func headerAutoReason(m *mailData) string {
	h := m.header
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && !strings.HasPrefix(v, "no") {
		return "Auto-Submitted: " + v
	}
	for _, k := range []string{"X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply"} {
		if v := strings.ToLower(strings.TrimSpace(h.Get(k))); v != "" && v != "no" && v != "false" {
			return k + ": " + v
		}
	}
	if v := strings.ToLower(strings.TrimSpace(h.Get("Precedence"))); v == "bulk" || v == "junk" || v == "list" || v == "auto_reply" {
		return "Precedence: " + v
	}
	if h.Get("List-Id") != "" {
		return "List-Id"
	}
	if h.Get("List-Unsubscribe") != "" {
		return "List-Unsubscribe"
	}
	if h.Get("Feedback-Id") != "" || h.Get("X-Campaign-Id") != "" {
		return "bulk-mail header"
	}
	if m.mediaType == "multipart/report" || m.report {
		return m.mediaType
	}
	if v := strings.TrimSpace(h.Get("Return-Path")); v == "<>" {
		return "Return-Path: <> (bounce)"
	}
	return ""
}

var reDaemonLocal = mustRe(`^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|bounces?|bounce-.*|.*-bounces?|noreply-.*|.*-noreply|.*\.noreply|notifications?-noreply)$`)

func senderAutoReason(from string) string {
	at := strings.LastIndexByte(from, '@')
	if at <= 0 {
		return ""
	}
	local := from[:at]
	if reDaemonLocal.MatchString(local) {
		return "sender " + local
	}
	return ""
}

// reAutoSubject matches subjects that only machines write.
var reAutoSubject = mustRe(`^(?:(?:re|aw|wg|fw|fwd):\s*)*(?:abwesenheitsnotiz|automatische antwort|automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of (?:the )?office|ooo:|nicht im büro|urlaubsabwesenheit|abwesenheit:|abwesend:|abwesend bis|unzustellbar|undeliverable|undelivered mail|delivery status notification|mail delivery (?:failed|failure|system)|returned mail|zustellungsbericht|unzustellbare|gelesen:|read:|lesebestätigung|read receipt|return receipt|delivery notification|nicht gelesen:|not read:)`)

// reAutoBody matches the opening of an absence notice or auto-acknowledgement.
var reAutoBody = mustRe(`(?s)^(?:vielen dank für ihre (?:e-?mail|nachricht)|danke für ihre (?:e-?mail|nachricht)|thank you for your (?:e-?mail|message)|thanks for your (?:e-?mail|message)|thank you for contacting)[^\n]{0,80}?[.!]?\s.{0,200}?(?:nicht im büro|außer haus|abwesend|im urlaub|verreist|nicht erreichbar|out of (?:the )?office|on leave|on vacation|away from|traveling|travelling|automated response|automatic reply|automatische antwort|ticket)`)

var reAutoBodyStrong = mustRe(`(?:this is an automated (?:response|message|reply)|diese nachricht wurde automatisch (?:erstellt|generiert|versendet)|dies ist eine automatische (?:antwort|nachricht|benachrichtigung)|this is an automatic (?:reply|response|message)|i am currently out of the office|i'?m currently out of the office|ich bin derzeit nicht im büro|ich bin zurzeit nicht im büro|ich bin ab dem .{1,20} wieder im büro|(?:ihre|deine) (?:e-?mail|nachricht) wird nicht weitergeleitet|your (?:e-?mail|message) will not be forwarded)`)

// bodyAutoReason looks at the opening of the text only: an absence notice
// starts with thanks for the message and the absence, and names no wish.
func bodyAutoReason(body string) string {
	low := strings.TrimSpace(body)
	if len(low) > 400 {
		low = low[:400] // a notice says what it is in its first lines
	}
	low = fold(low)
	if loc := reAutoBodyStrong.FindStringIndex(low); loc != nil {
		return "text: " + low[loc[0]:loc[1]]
	}
	if loc := reAutoBody.FindStringIndex(low); loc != nil && !reAnyIntentMarker.MatchString(low) {
		return "absence notice text"
	}
	return ""
}
