package mailbot

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestHeaderHash: the key depends on the header and the body's start, not
// on how the bytes arrive.
func TestHeaderHash(t *testing.T) {
	key := func(s string, oneByte bool) string {
		h := newHeaderHash()
		var r io.Reader = strings.NewReader(s)
		if oneByte {
			r = iotest.OneByteReader(r)
		}
		io.Copy(h, r)
		return h.key()
	}
	a := "From: a@b.example\r\nSubject: x\r\n\r\nbody one\r\n"
	b := "From: a@b.example\r\nSubject: x\r\n\r\nbody two\r\n"
	if key(a, false) != key(a, true) {
		t.Error("the key depends on the chunking")
	}
	if key(a, false) == key(b, false) {
		t.Error("two mails with the same header and different bodies share a key")
	}
	long := a + strings.Repeat("x", 10000)
	if key(long, false) != key(long+"tail", false) {
		t.Error("the key depends on more than the body's start")
	}
}
