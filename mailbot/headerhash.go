package mailbot

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
)

// Limits of the key of a mail without a Message-ID: the header (up to
// maxHeaderHash bytes, for a broken mail without an empty line) and the
// first bodyHashBytes of what follows it, so two such mails with the same
// header (or none at all) still get different keys.
const (
	maxHeaderHash = 256 << 10
	bodyHashBytes = 4 << 10
)

// headerHash is an io.Writer that hashes a message's header (every byte
// up to and including the first empty line, whatever the chunking of the
// writes) and the start of its body. It is the key of a mail without a
// Message-ID, so the same mail fetched again (after a crash or a
// UIDVALIDITY change) gets the same key.
type headerHash struct {
	h     hash.Hash
	n     int     // bytes hashed
	body  int     // bytes hashed after the header's end
	tail  [3]byte // the last bytes seen, to find "\n\r\n" or "\n\n"
	ended bool
}

func newHeaderHash() *headerHash { return &headerHash{h: sha256.New()} }

func (x *headerHash) Write(p []byte) (int, error) {
	for _, b := range p {
		if x.done() {
			break
		}
		x.h.Write([]byte{b})
		x.n++
		if x.ended {
			x.body++
			continue
		}
		if b == '\n' && (x.tail[2] == '\n' || (x.tail[2] == '\r' && x.tail[1] == '\n')) {
			x.ended = true
		}
		x.tail = [3]byte{x.tail[1], x.tail[2], b}
	}
	return len(p), nil
}

// done reports whether everything the key covers has been seen.
func (x *headerHash) done() bool {
	return x.n >= maxHeaderHash || (x.ended && x.body >= bodyHashBytes)
}

// key is "sha256:" and the hex digest.
func (x *headerHash) key() string { return "sha256:" + hex.EncodeToString(x.h.Sum(nil)) }
