package mailbot

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strconv"
	"sync"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"anmeldebot/config"
)

// smtpSink is a go-smtp server on 127.0.0.1:0 that keeps what it receives
// and can be told to refuse recipients or data with a given reply.
type smtpSink struct {
	mu       sync.Mutex
	received []sunkMail
	rcptErr  *smtp.SMTPError
	dataErr  *smtp.SMTPError
	password string // AUTH PLAIN is offered when set
	addr     string
	caFile   string
}

type sunkMail struct {
	From string
	To   []string
	Data []byte
}

// startSMTPSink serves plain SMTP with STARTTLS when implicitTLS is false,
// and SMTP inside TLS when it is true.
func startSMTPSink(t *testing.T, implicitTLS bool) *smtpSink {
	t.Helper()
	cert, caFile := selfSigned(t)
	sink := &smtpSink{caFile: caFile}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &sinkSession{sink: sink}, nil
	}))
	srv.Domain = "mx.test.example"
	srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if implicitTLS {
		ln = tls.NewListener(ln, srv.TLSConfig)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	sink.addr = ln.Addr().String()
	return sink
}

func (s *smtpSink) config(security string) config.SMTP {
	host, port, _ := net.SplitHostPort(s.addr)
	p, _ := strconv.Atoi(port)
	return config.SMTP{Host: host, Port: p, Security: security, From: "anmeldung@kaiserslautern.example", CAFile: s.caFile}
}

func (s *smtpSink) mails() []sunkMail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]sunkMail(nil), s.received...)
}

type sinkSession struct {
	sink *smtpSink
	cur  sunkMail
}

func (s *sinkSession) AuthMechanisms() []string {
	if s.sink.password == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (s *sinkSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, _, password string) error {
		if password != s.sink.password {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad credentials"}
		}
		return nil
	}), nil
}

func (s *sinkSession) Mail(from string, _ *smtp.MailOptions) error {
	s.cur = sunkMail{From: from}
	return nil
}

func (s *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.sink.mu.Lock()
	defer s.sink.mu.Unlock()
	if s.sink.rcptErr != nil {
		return s.sink.rcptErr
	}
	s.cur.To = append(s.cur.To, to)
	return nil
}

func (s *sinkSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.sink.mu.Lock()
	defer s.sink.mu.Unlock()
	if s.sink.dataErr != nil {
		return s.sink.dataErr
	}
	s.cur.Data = b
	s.sink.received = append(s.sink.received, s.cur)
	return nil
}

func (s *sinkSession) Reset()        { s.cur = sunkMail{} }
func (s *sinkSession) Logout() error { return nil }

var errNoSendError = errors.New("not a *SendError")

// asSendError returns the *SendError in err.
func asSendError(err error) (*SendError, error) {
	var se *SendError
	if errors.As(err, &se) {
		return se, nil
	}
	return nil, errNoSendError
}
