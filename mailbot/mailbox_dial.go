package mailbot

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"time"
)

// dialTimeout bounds DNS, TCP connect and the TLS handshake together, so a
// silent server cannot stall a cycle.
const dialTimeout = 30 * time.Second

// endpoint is what both the IMAP and the SMTP side need to reach a server.
type endpoint struct {
	server   string // "imap" or "smtp", for messages
	host     string
	port     int
	security string // tls | starttls | none
	caFile   string
}

func (e endpoint) addr() string { return net.JoinHostPort(e.host, strconv.Itoa(e.port)) }

// checkSecurity refuses a clear-text connection to anything but loopback:
// the password would travel in clear. config.validate says the same, but a
// config built in code (tests, the demo) does not pass through it.
func (e endpoint) checkSecurity() error {
	switch e.security {
	case "tls", "starttls":
		return nil
	case "none":
		if isLoopbackHost(e.host) {
			return nil
		}
		return &CheckError{Server: e.server, Stage: StageConfig,
			Err: fmt.Errorf("security \"none\" is allowed only to a loopback host, not %q", e.host)}
	}
	return &CheckError{Server: e.server, Stage: StageConfig,
		Err: fmt.Errorf("security must be tls, starttls or none, not %q", e.security)}
}

func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// tlsConfig trusts the system roots plus the configured CA file (the test
// servers' self-signed certificate). ServerName must be set explicitly once
// a config is passed to a library.
func (e endpoint) tlsConfig() (*tls.Config, error) {
	conf := &tls.Config{ServerName: e.host, MinVersion: tls.VersionTLS12}
	if e.caFile == "" {
		return conf, nil
	}
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	pem, err := os.ReadFile(e.caFile)
	if err != nil {
		return nil, &CheckError{Server: e.server, Stage: StageConfig, Err: fmt.Errorf("reading ca_file: %w", err)}
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, &CheckError{Server: e.server, Stage: StageConfig,
			Err: fmt.Errorf("ca_file %s holds no PEM certificate", e.caFile)}
	}
	conf.RootCAs = pool
	return conf, nil
}

// dial resolves the host and opens the TCP connection, with implicit TLS
// when security is "tls". Each failure is a *CheckError naming its stage,
// so `anmeldebot check` can tell DNS trouble from a closed port or a
// certificate problem.
func (e endpoint) dial(ctx context.Context, conf *tls.Config) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	if net.ParseIP(e.host) == nil {
		if _, err := net.DefaultResolver.LookupHost(ctx, e.host); err != nil {
			return nil, &CheckError{Server: e.server, Stage: StageDNS, Err: fmt.Errorf("resolving %s: %w", e.host, err)}
		}
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", e.addr())
	if err != nil {
		return nil, &CheckError{Server: e.server, Stage: StageConnect, Err: fmt.Errorf("connecting to %s: %w", e.addr(), err)}
	}
	if e.security != "tls" {
		return conn, nil
	}
	tc := tls.Client(conn, conf)
	if err := tc.HandshakeContext(ctx); err != nil {
		conn.Close()
		return nil, &CheckError{Server: e.server, Stage: StageTLS, Err: fmt.Errorf("TLS handshake with %s: %w", e.addr(), err)}
	}
	return tc, nil
}

// stageOf returns the stage of a *CheckError inside err, or "".
func stageOf(err error) Stage {
	var ce *CheckError
	if errors.As(err, &ce) {
		return ce.Stage
	}
	return ""
}
