package mailbot

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net/textproto"
	"time"

	"github.com/wneessen/go-mail"

	"anmeldebot/config"
)

// smtpTimeout bounds one SMTP session, a 25 MB reply included.
const smtpTimeout = 2 * time.Minute

// Sender is the seam between the outbox and the SMTP server.
type Sender interface {
	Send(ctx context.Context, m Outgoing) error
}

var _ Sender = (*SMTPSender)(nil)

// SMTPSender sends each message in its own SMTP session: the bot sends a
// few replies a minute, and a fresh session never trips over a server
// that dropped an idle connection.
type SMTPSender struct {
	cfg      config.SMTP
	ep       endpoint
	tlsConf  *tls.Config
	password string
	log      *slog.Logger
}

// NewSender checks the settings and resolves the password once; it does
// not connect (CheckSMTP does).
func NewSender(cfg config.SMTP, log *slog.Logger) (*SMTPSender, error) {
	ep := endpoint{server: "smtp", host: cfg.Host, port: cfg.Port, security: cfg.Security, caFile: cfg.CAFile}
	if err := ep.checkSecurity(); err != nil {
		return nil, err
	}
	password, err := cfg.Resolve()
	if err != nil {
		return nil, &CheckError{Server: "smtp", Stage: StageConfig, Err: fmt.Errorf("smtp password: %w", err)}
	}
	var conf *tls.Config
	if cfg.Security != "none" {
		if conf, err = ep.tlsConfig(); err != nil {
			return nil, err
		}
	}
	s := &SMTPSender{cfg: cfg, ep: ep, tlsConf: conf, password: password, log: log.With("server", "smtp")}
	if _, err := s.client(); err != nil {
		return nil, &CheckError{Server: "smtp", Stage: StageConfig, Err: err}
	}
	return s, nil
}

// client builds a go-mail client for one session. TLS is mandatory for
// "tls" and "starttls"; "none" (loopback only) never tries STARTTLS. AUTH
// happens only when a user name is set, with the best mechanism offered.
func (s *SMTPSender) client() (*mail.Client, error) {
	opts := []mail.Option{
		mail.WithPort(s.cfg.Port),
		mail.WithTimeout(smtpTimeout),
	}
	switch s.cfg.Security {
	case "tls":
		opts = append(opts, mail.WithSSL(), mail.WithTLSConfig(s.tlsConf))
	case "starttls":
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory), mail.WithTLSConfig(s.tlsConf))
	default:
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	}
	if s.cfg.Username != "" {
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthAutoDiscover),
			mail.WithUsername(s.cfg.Username), mail.WithPassword(s.password))
	}
	return mail.NewClient(s.cfg.Host, opts...)
}

// Send builds the message and delivers it in one SMTP session. A failure
// is a *SendError that says whether retrying can help.
func (s *SMTPSender) Send(ctx context.Context, o Outgoing) error {
	if o.From == "" {
		o.From = s.cfg.From
	}
	msg, err := buildMessage(o)
	if err != nil {
		return &SendError{Permanent: true, Err: fmt.Errorf("building message to %s: %w", o.To, err)}
	}
	client, err := s.client()
	if err != nil {
		return &SendError{Err: fmt.Errorf("smtp client: %w", err)}
	}
	if err := client.DialAndSendWithContext(ctx, msg); err != nil {
		se := classify(err)
		s.log.Debug("send failed", "message_id", o.MessageID, "permanent", se.Permanent, "code", se.Code, "err", err)
		return se
	}
	s.log.Debug("sent", "message_id", o.MessageID)
	return nil
}

// SendError is a failed delivery. Permanent means this message will never
// be accepted as it is: the server refused it with a 5xx reply to MAIL,
// RCPT or DATA (an unknown recipient, a rejected message). Everything else
// is temporary and the outbox retries it later: 4xx replies, a server that
// is down or unreachable, a TLS failure, and also a 5xx during AUTH or the
// greeting, which is a configuration problem and not the message's fault,
// so the reply must stay queued until the coordinator fixes it.
type SendError struct {
	Permanent bool
	Code      int // SMTP reply code, 0 when there was none
	Err       error
}

func (e *SendError) Error() string {
	kind := "temporary"
	if e.Permanent {
		kind = "permanent"
	}
	return fmt.Sprintf("smtp send failed (%s): %v", kind, e.Err)
}

func (e *SendError) Unwrap() error { return e.Err }

// classify maps a go-mail error to a SendError. go-mail's own SendError
// carries the reply code of the transaction; errors before the transaction
// (dial, STARTTLS, AUTH) come as *textproto.Error or network errors.
func classify(err error) *SendError {
	var gm *mail.SendError
	if errors.As(err, &gm) {
		code := gm.ErrorCode()
		perm := !gm.IsTemp() && code >= 500 && code < 600 && transactionReason(gm.Reason)
		return &SendError{Permanent: perm, Code: code, Err: err}
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		return &SendError{Code: te.Code, Err: err}
	}
	return &SendError{Err: err}
}

// transactionReason reports whether go-mail failed inside the mail
// transaction, where a 5xx is about this message.
func transactionReason(r mail.SendErrReason) bool {
	switch r {
	case mail.ErrSMTPMailFrom, mail.ErrSMTPRcptTo, mail.ErrSMTPData, mail.ErrSMTPDataClose, mail.ErrWriteContent:
		return true
	}
	return false
}
