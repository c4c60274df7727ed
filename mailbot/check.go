package mailbot

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net/textproto"
	"strings"

	"github.com/emersion/go-imap/v2"

	"anmeldebot/config"
)

// Stage names the step of reaching a mail server that failed, so that
// `anmeldebot check` can say plainly what to fix: a typo in the host name
// (DNS), a wrong port or a firewall (connect), a certificate (TLS), the user
// name or password (login), or a missing folder.
type Stage string

// The stages, in the order they are passed.
const (
	StageConfig  Stage = "configuration"
	StageDNS     Stage = "DNS"
	StageConnect Stage = "connect"
	StageTLS     Stage = "TLS"
	StageLogin   Stage = "login"
	StageFolder  Stage = "folder"
)

// CheckError says which server failed at which stage. Dial and NewSender
// return it too, so the worker's log says the same as `anmeldebot check`.
type CheckError struct {
	Server string // "imap" or "smtp"
	Stage  Stage
	Err    error
}

func (e *CheckError) Error() string {
	return fmt.Sprintf("%s: %s failed: %v", e.Server, e.Stage, e.Err)
}

func (e *CheckError) Unwrap() error { return e.Err }

// CheckIMAP logs in and examines the folder the bot reads. The processed
// and review folders need not exist yet (the worker creates them); their
// absence is logged, not reported as an error.
func CheckIMAP(ctx context.Context, cfg config.IMAP, log *slog.Logger) error {
	mb, err := Dial(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer mb.Logout()
	defer watch(ctx, mb.c)()
	if _, err := mb.c.Select(cfg.Folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return &CheckError{Server: "imap", Stage: StageFolder, Err: fmt.Errorf("opening folder %q: %w", cfg.Folder, err)}
	}
	mb.selected = ""
	for _, name := range []string{cfg.ProcessedFolder, cfg.ReviewFolder} {
		if name == "" {
			continue
		}
		if _, err := mb.c.Status(name, &imap.StatusOptions{NumMessages: true}).Wait(); err != nil {
			log.Info("folder missing; the worker will create it", "folder", name)
		}
	}
	return nil
}

// CheckSMTP connects, says EHLO, negotiates TLS and logs in when a user
// name is set, then quits without sending anything.
func CheckSMTP(ctx context.Context, cfg config.SMTP, log *slog.Logger) error {
	s, err := NewSender(cfg, log)
	if err != nil {
		return err
	}
	// Reach the server once on our own to tell DNS, connect and implicit
	// TLS failures apart; go-mail reports them all alike.
	conn, err := s.ep.dial(ctx, s.tlsConf)
	if err != nil {
		return err
	}
	conn.Close()
	client, err := s.client()
	if err != nil {
		return &CheckError{Server: "smtp", Stage: StageConfig, Err: err}
	}
	if err := client.DialWithContext(ctx); err != nil {
		return &CheckError{Server: "smtp", Stage: smtpStage(err), Err: err}
	}
	if err := client.Close(); err != nil {
		log.Debug("smtp quit failed", "err", err)
	}
	return nil
}

// smtpStage guesses the stage of a go-mail dial error, which may come from
// STARTTLS or from AUTH once the connection stands.
func smtpStage(err error) Stage {
	var (
		te  *textproto.Error
		ce  *tls.CertificateVerificationError
		ue  x509.UnknownAuthorityError
		he  x509.HostnameError
		ale tls.AlertError
	)
	switch {
	case errors.As(err, &ce), errors.As(err, &ue), errors.As(err, &he), errors.As(err, &ale):
		return StageTLS
	case errors.As(err, &te) && te.Code >= 530 && te.Code <= 538:
		return StageLogin
	case strings.Contains(strings.ToLower(err.Error()), "tls"):
		return StageTLS
	case strings.Contains(strings.ToLower(err.Error()), "auth"):
		return StageLogin
	}
	return StageConnect
}
