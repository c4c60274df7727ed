package mailtest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeTB records whether Stack skipped or failed; both end the call.
type fakeTB struct {
	testing.TB
	outcome string
}

type stop struct{}

func (f *fakeTB) Helper()                        {}
func (f *fakeTB) Skip(args ...any)               { f.outcome = "skip"; panic(stop{}) }
func (f *fakeTB) Fatalf(format string, _ ...any) { f.outcome = "fail"; panic(stop{}) }

func outcome(ci string) (res string) {
	f := &fakeTB{}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(stop); !ok {
				panic(r)
			}
		}
		res = f.outcome
	}()
	os.Setenv("CI", ci)
	Stack(f)
	return "ran"
}

func TestStackWithoutEnv(t *testing.T) {
	t.Setenv(EnvVar, "")
	t.Setenv("CI", "")
	tests := []struct{ ci, want string }{
		{"", "skip"},
		{"false", "skip"},
		{"true", "fail"},
	}
	for _, tt := range tests {
		if got := outcome(tt.ci); got != tt.want {
			t.Errorf("Stack() with CI=%q and no %s: %s, want %s", tt.ci, EnvVar, got, tt.want)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	ca := filepath.Join(dir, "cert.pem")
	os.WriteFile(ca, testCA(t), 0o644)
	good := "ANMELDEBOT_TEST_IMAP_HOST=127.0.0.1\nANMELDEBOT_TEST_IMAP_PORT=10143\n" +
		"ANMELDEBOT_TEST_IMAPS_PORT=10993\nANMELDEBOT_TEST_SMTP_PORT=10025\nANMELDEBOT_TEST_SMTPS_PORT=10465\n" +
		"ANMELDEBOT_TEST_PASSWORD=pw\nANMELDEBOT_TEST_CA=" + ca + "\nANMELDEBOT_TEST_DIR=" + dir + "\n" +
		"ANMELDEBOT_TEST_DOMAIN=kaiserslautern.example\n"
	tests := []struct {
		name    string
		content string
		wantErr string
	}{
		{"complete", good, ""},
		{"port missing", strings.Replace(good, "ANMELDEBOT_TEST_SMTP_PORT=10025\n", "", 1), "SMTP_PORT"},
		{"password missing", strings.Replace(good, "ANMELDEBOT_TEST_PASSWORD=pw\n", "", 1), "PASSWORD"},
		{"CA not PEM", strings.Replace(good, ca, filepath.Join(dir, "env"), 1), "no certificate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "env")
			os.WriteFile(path, []byte(tt.content), 0o644)
			e, err := Load(path)
			if tt.wantErr == "" {
				if err != nil || e.IMAPSPort != 10993 || e.Domain != "kaiserslautern.example" {
					t.Fatalf("Load() = %+v, %v", e, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Load() error = %v, want one naming %s", err, tt.wantErr)
			}
		})
	}
}

// testCA makes a throwaway self-signed certificate in PEM.
func testCA(t *testing.T) []byte {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: time.Now(), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}
