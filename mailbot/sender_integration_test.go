package mailbot

import (
	"bytes"
	"context"
	"mime"
	"net/mail"
	"testing"
	"time"

	"anmeldebot/internal/mailtest"
)

// These tests send through the real Postfix of .ci/mailstack and read the
// result back from Dovecot; without ANMELDEBOT_TEST_MAILSTACK they skip.

func postfixSender(t *testing.T, env *mailtest.Env, from string) *SMTPSender {
	t.Helper()
	s, err := NewSender(env.SMTP(from), testLogger(t))
	if err != nil {
		t.Fatalf("NewSender() = %v", err)
	}
	return s
}

func TestPostfixSendAndReadBack(t *testing.T) {
	env := mailtest.Stack(t)
	bot := env.NewUser(t, "anmeldung", "")
	citizen := env.NewUser(t, "anna.schmidt", "buerger.example")
	o := sampleReply()
	o.To = "Anna Schmidt <" + citizen + ">"
	o.Subject = "Re: Anmeldung für Samstag, 16. August"
	if err := postfixSender(t, env, bot).Send(context.Background(), o); err != nil {
		t.Fatalf("Send() = %v", err)
	}
	msgs := env.WaitFor(t, citizen, "INBOX", 1, 10*time.Second)
	raw := env.Raw(t, citizen, "INBOX", msgs[0].UID)
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	subject, _ := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	want := map[string]string{
		"Message-Id":     "<r1.abc@kaiserslautern.example>",
		"In-Reply-To":    "<m1@buerger.example>",
		"References":     "<m0@buerger.example> <m1@buerger.example>",
		"Auto-Submitted": "auto-replied",
		"From":           "<" + bot + ">",
	}
	for k, v := range want {
		if got := m.Header.Get(k); got != v {
			t.Errorf("delivered header %s = %q, want %q", k, got, v)
		}
	}
	if subject != o.Subject {
		t.Errorf("delivered subject = %q, want %q", subject, o.Subject)
	}
	if !bytes.Contains(raw, []byte("text/calendar; method=PUBLISH")) {
		t.Error("delivered mail lacks the calendar attachment")
	}
}

func TestPostfixAuthOverImplicitTLS(t *testing.T) {
	env := mailtest.Stack(t)
	bot := env.NewUser(t, "anmeldung", "")
	citizen := env.NewUser(t, "bernd", "buerger.example")
	cfg := env.SMTPSAuth(bot)
	ctx := context.Background()
	if err := CheckSMTP(ctx, cfg, testLogger(t)); err != nil {
		t.Fatalf("CheckSMTP() = %v", err)
	}
	s, err := NewSender(cfg, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	o := sampleReply()
	o.To = citizen
	if err := s.Send(ctx, o); err != nil {
		t.Fatalf("Send() with AUTH = %v", err)
	}
	env.WaitFor(t, citizen, "INBOX", 1, 10*time.Second)

	cfg.Password = "falsch"
	err = CheckSMTP(ctx, cfg, testLogger(t))
	if stageOf(err) != StageLogin {
		t.Fatalf("CheckSMTP() with a wrong password = %v, want stage %q", err, StageLogin)
	}
	s, _ = NewSender(cfg, testLogger(t))
	se, err := asSendError(s.Send(ctx, o))
	if err != nil || se.Permanent || se.Code != 535 {
		t.Fatalf("Send() with a wrong password = %v, want a temporary error with code 535", se)
	}
}

func TestPostfixRejectsPermanently(t *testing.T) {
	env := mailtest.Stack(t)
	bot := env.NewUser(t, "anmeldung", "")
	tests := []struct {
		name string
		to   string
		code int
	}{
		{"unknown user", env.NewUser(t, "unknown", ""), 550},
		{"foreign domain (relay denied)", "someone@elsewhere.invalid", 554},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := sampleReply()
			o.To = tt.to
			se, err := asSendError(postfixSender(t, env, bot).Send(context.Background(), o))
			if err != nil {
				t.Fatalf("Send(to %s) = %v, want a *SendError", tt.to, err)
			}
			if !se.Permanent || se.Code != tt.code {
				t.Fatalf("Send(to %s) = %v (permanent %v, code %d), want permanent, code %d",
					tt.to, se, se.Permanent, se.Code, tt.code)
			}
		})
	}
}

func TestPostfixDownThenUp(t *testing.T) {
	env := mailtest.StackExclusive(t)
	bot := env.NewUser(t, "anmeldung", "")
	citizen := env.NewUser(t, "clara", "buerger.example")
	s := postfixSender(t, env, bot)
	o := sampleReply()
	o.To = citizen
	env.StopSMTP(t)
	se, err := asSendError(s.Send(context.Background(), o))
	if err != nil || se.Permanent {
		t.Fatalf("Send() with SMTP down = %v, want a temporary *SendError", se)
	}
	if err := CheckSMTP(context.Background(), env.SMTP(bot), testLogger(t)); stageOf(err) != StageConnect {
		t.Fatalf("CheckSMTP() with SMTP down = %v, want stage %q", err, StageConnect)
	}
	env.StartSMTP(t)
	if err := s.Send(context.Background(), o); err != nil {
		t.Fatalf("Send() after SMTP is back = %v", err)
	}
	if msgs := env.WaitFor(t, citizen, "INBOX", 1, 10*time.Second); len(msgs) != 1 {
		t.Fatalf("citizen received %d mails, want 1", len(msgs))
	}
}
