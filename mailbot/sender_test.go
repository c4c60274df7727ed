package mailbot

import (
	"bytes"
	"context"
	"io"
	"net/mail"
	"strings"
	"testing"

	"github.com/emersion/go-smtp"
)

func sampleReply() Outgoing {
	return Outgoing{
		To:            "Anna Schmidt <anna.schmidt@buerger.example>",
		Subject:       "Re: Anmeldung Samstag",
		MessageID:     "r1.abc@kaiserslautern.example",
		InReplyTo:     "<m1@buerger.example>",
		References:    []string{"m0@buerger.example", "<m1@buerger.example>"},
		Text:          "Sie sind angemeldet.",
		HTML:          "<p>Sie sind angemeldet.</p>",
		ICS:           []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
		AutoSubmitted: "auto-replied",
	}
}

// render writes o as the SMTP server would receive it.
func render(t *testing.T, o Outgoing) *mail.Message {
	t.Helper()
	if o.From == "" {
		o.From = "anmeldung@kaiserslautern.example"
	}
	m, err := buildMessage(o)
	if err != nil {
		t.Fatalf("buildMessage() = %v", err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	msg, err := mail.ReadMessage(&buf)
	if err != nil {
		t.Fatalf("reading the built message: %v\n%s", err, buf.String())
	}
	return msg
}

func TestBuildMessageHeaders(t *testing.T) {
	msg := render(t, sampleReply())
	want := map[string]string{
		"Message-Id":     "<r1.abc@kaiserslautern.example>",
		"In-Reply-To":    "<m1@buerger.example>",
		"References":     "<m0@buerger.example> <m1@buerger.example>",
		"Auto-Submitted": "auto-replied",
		"Subject":        "Re: Anmeldung Samstag",
		"To":             `"Anna Schmidt" <anna.schmidt@buerger.example>`,
	}
	for k, v := range want {
		if got := msg.Header.Get(k); got != v {
			t.Errorf("header %s = %q, want %q", k, got, v)
		}
	}
	body, _ := io.ReadAll(msg.Body)
	for _, part := range []string{"multipart/alternative", "text/plain", "text/html",
		"text/calendar; method=PUBLISH", `filename="invite.ics"`} {
		if !bytes.Contains(body, []byte(part)) {
			t.Errorf("body lacks %q", part)
		}
	}
}

func TestBuildMessageNoInjection(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Outgoing)
	}{
		{"subject", func(o *Outgoing) { o.Subject = "Re: Hallo\r\nBcc: opfer@fremd.example" }},
		{"subject LF only", func(o *Outgoing) { o.Subject = "Re: Hallo\nBcc: opfer@fremd.example" }},
		{"in-reply-to", func(o *Outgoing) { o.InReplyTo = "m1@buerger.example>\r\nBcc: opfer@fremd.example" }},
		{"references", func(o *Outgoing) { o.References = []string{"a@b.example>\r\nBcc: opfer@fremd.example"} }},
		{"attachment name", func(o *Outgoing) {
			o.Attachments = []Attachment{{Name: "x.pdf\"\r\nBcc: opfer@fremd.example", Data: []byte("x")}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := sampleReply()
			tt.change(&o)
			msg := render(t, o)
			if bcc := msg.Header.Get("Bcc"); bcc != "" {
				t.Fatalf("a header value added Bcc: %q", bcc)
			}
			body, _ := io.ReadAll(msg.Body)
			if bytes.Contains(body, []byte("\nBcc:")) {
				t.Fatalf("a header value added a Bcc line inside the body:\n%s", body)
			}
		})
	}
	o := sampleReply()
	o.To = "Anna\r\nBcc: opfer@fremd.example <anna@buerger.example>"
	if m, err := buildMessage(o); err == nil {
		var buf bytes.Buffer
		m.WriteTo(&buf)
		if strings.Contains(buf.String(), "\nBcc:") {
			t.Fatalf("a To name added Bcc:\n%s", buf.String())
		}
	}
}

func TestBuildMessageRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Outgoing)
	}{
		{"bad recipient", func(o *Outgoing) { o.To = "kein-at-zeichen" }},
		{"bad auto-submitted", func(o *Outgoing) { o.AutoSubmitted = "yes" }},
		{"bad message-id", func(o *Outgoing) { o.MessageID = "two words" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := sampleReply()
			o.From = "anmeldung@kaiserslautern.example"
			tt.change(&o)
			if _, err := buildMessage(o); err == nil {
				t.Fatal("buildMessage() = nil error, want one")
			}
		})
	}
}

func TestSendSecurity(t *testing.T) {
	tests := []struct {
		name        string
		implicitTLS bool
		security    string
		password    string // sink wants AUTH with this password
	}{
		{"none to loopback", false, "none", ""},
		{"STARTTLS", false, "starttls", ""},
		{"implicit TLS", true, "tls", ""},
		{"STARTTLS with AUTH", false, "starttls", "smtp-geheim"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sink := startSMTPSink(t, tt.implicitTLS)
			sink.password = tt.password
			cfg := sink.config(tt.security)
			if tt.password != "" {
				cfg.Username, cfg.Password = cfg.From, tt.password
			}
			s, err := NewSender(cfg, testLogger(t))
			if err != nil {
				t.Fatalf("NewSender() = %v", err)
			}
			if err := s.Send(context.Background(), sampleReply()); err != nil {
				t.Fatalf("Send() = %v", err)
			}
			got := sink.mails()
			if len(got) != 1 || got[0].To[0] != "anna.schmidt@buerger.example" ||
				!bytes.Contains(got[0].Data, []byte("Auto-Submitted: auto-replied")) {
				t.Fatalf("sink received %+v", got)
			}
		})
	}
}

func TestSendErrors(t *testing.T) {
	tests := []struct {
		name      string
		rcptErr   *smtp.SMTPError
		dataErr   *smtp.SMTPError
		password  string // the sink wants this; the sender gives "falsch"
		closed    bool
		permanent bool
		code      int
	}{
		{"unknown recipient 550", &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}, nil, "", false, true, 550},
		{"greylisted 451", &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "try later"}, nil, "", false, false, 451},
		{"data refused 554", nil, &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: "rejected"}, "", false, true, 554},
		{"auth refused 535 is not the message's fault", nil, nil, "richtig", false, false, 535},
		{"server down", nil, nil, "", true, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sink := startSMTPSink(t, false)
			sink.rcptErr, sink.dataErr, sink.password = tt.rcptErr, tt.dataErr, tt.password
			cfg := sink.config("starttls")
			if tt.password != "" {
				cfg.Username, cfg.Password = cfg.From, "falsch"
			}
			if tt.closed {
				cfg.Port = 1
			}
			s, err := NewSender(cfg, testLogger(t))
			if err != nil {
				t.Fatal(err)
			}
			se, err := asSendError(s.Send(context.Background(), sampleReply()))
			if err != nil {
				t.Fatalf("Send() did not fail with a *SendError: %v", err)
			}
			if se.Permanent != tt.permanent || se.Code != tt.code {
				t.Fatalf("Send() = %v (permanent %v, code %d), want permanent %v, code %d",
					se, se.Permanent, se.Code, tt.permanent, tt.code)
			}
		})
	}
}
