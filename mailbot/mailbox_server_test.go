package mailbot

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"anmeldebot/config"
)

const (
	memUser     = "anmeldung@kaiserslautern.example"
	memPassword = "geheim-im-test"
)

// memServer is go-imap's in-memory IMAP server on 127.0.0.1:0, with a
// self-signed certificate for STARTTLS and implicit TLS.
type memServer struct {
	user     *imapmemserver.User
	plain    string // address without TLS (STARTTLS offered)
	tls      string // address with implicit TLS
	caFile   string
	listener []net.Listener
}

// startMemServer serves with the given capabilities besides IMAP4rev1;
// nil means MOVE and UIDPLUS, as Dovecot offers.
func startMemServer(t *testing.T, caps ...imap.Cap) *memServer {
	t.Helper()
	if caps == nil {
		caps = []imap.Cap{imap.CapMove, imap.CapUIDPlus}
	}
	capSet := imap.CapSet{imap.CapIMAP4rev1: {}}
	for _, c := range caps {
		capSet[c] = struct{}{}
	}
	cert, caFile := selfSigned(t)
	tlsConf := &tls.Config{Certificates: []tls.Certificate{cert}}
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(memUser, memPassword)
	if err := user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         capSet,
		TLSConfig:    tlsConf,
		InsecureAuth: true,
		Logger:       discardLogger{},
	})
	s := &memServer{user: user, caFile: caFile}
	plain := listen(t, srv, nil)
	secure := listen(t, srv, tlsConf)
	s.plain, s.tls = plain.String(), secure.String()
	t.Cleanup(func() { srv.Close() })
	return s
}

func listen(t *testing.T, srv *imapserver.Server, conf *tls.Config) net.Addr {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if conf != nil {
		ln = tls.NewListener(ln, conf)
	}
	go srv.Serve(ln)
	return ln.Addr()
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}

// config returns IMAP settings for the server with the given security.
func (s *memServer) config(security string) config.IMAP {
	addr := s.plain
	if security == "tls" {
		addr = s.tls
	}
	host, port, _ := net.SplitHostPort(addr)
	var p int
	fmt.Sscan(port, &p)
	return config.IMAP{Host: host, Port: p, Security: security, Username: memUser,
		Secret: config.Secret{Password: memPassword}, CAFile: s.caFile,
		Folder: "INBOX", ProcessedFolder: "Processed", ReviewFolder: "Review"}
}

// appendN stores n small messages in folder.
func (s *memServer) appendN(t *testing.T, folder string, n int) {
	t.Helper()
	for i := range n {
		s.appendRaw(t, folder, testMail(i))
	}
}

func (s *memServer) appendRaw(t *testing.T, folder, raw string) {
	t.Helper()
	if _, err := s.user.Append(folder, literal{strings.NewReader(raw), int64(len(raw))}, &imap.AppendOptions{}); err != nil {
		t.Fatal(err)
	}
}

type literal struct {
	io.Reader
	size int64
}

func (l literal) Size() int64 { return l.size }

func testMail(i int) string {
	return fmt.Sprintf("From: Person %d <person%d@buerger.example>\r\nTo: %s\r\n"+
		"Subject: Anmeldung %d\r\nMessage-ID: <m%d@buerger.example>\r\n\r\nIch komme am Samstag.\r\n",
		i, i, memUser, i, i)
}

// selfSigned makes a certificate for 127.0.0.1 and localhost and writes
// it to a CA file, as .ci/mailstack does for Dovecot.
func selfSigned(t *testing.T) (tls.Certificate, string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "localhost"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, IsCA: true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, caFile
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
