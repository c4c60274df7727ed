package mailbot

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// TestLogsCarryNoPersonalData: at INFO, a poll that answers a mail, is
// refused for one address for good and has to retry another logs ids
// only: no sender address, no name, no Message-ID (which names the
// sender). At DEBUG the details are there for whoever debugs.
func TestLogsCarryNoPersonalData(t *testing.T) {
	for _, level := range []slog.Level{slog.LevelInfo, slog.LevelDebug} {
		r := newLoopRig(t)
		now := r.w.now()
		r.w.now = func() time.Time { return now }
		var buf bytes.Buffer
		r.w.log = slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: level}))
		r.sink.refuse = func(rcpt string) error {
			code := 451
			if rcpt == demoOtto.From {
				code = 550
			}
			return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{code / 100, 1, 1}, Message: "<" + rcpt + ">: recipient rejected"}
		}
		r.deliver(t, demoErika, demoOtto)
		if _, srep := r.poll(t); srep.Failed != 1 || srep.Retried != 1 {
			t.Fatalf("poll: %+v, want one failed and one retried", srep)
		}
		log := buf.String()
		for _, personal := range []string{demoErika.From, demoErika.ID, "Erika", demoOtto.From, demoOtto.ID, "Otto"} {
			if got := strings.Contains(log, personal); got != (level == slog.LevelDebug && strings.Contains(personal, "@")) {
				t.Errorf("log at %v has %q = %v:\n%s", level, personal, got, log)
			}
		}
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"550 5.1.1 <erika@beispiel.example>: user unknown", "550 5.1.1 <[address]>: user unknown"},
		{"deciding uid 4: counting replies to otto@normal.example: locked", "deciding uid 4: counting replies to [address]: locked"},
		{"dial tcp 127.0.0.1:25: connection refused", "dial tcp 127.0.0.1:25: connection refused"},
	}
	for _, tt := range tests {
		if got := redact(tt.in); got != tt.want {
			t.Errorf("redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
