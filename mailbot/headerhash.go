package mailbot

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
)

// maxHeaderHash bounds how much of a message is hashed when it has no
// blank line ending its header (a broken mail).
const maxHeaderHash = 256 << 10

// headerHash is an io.Writer that hashes a message's header: every byte
// up to and including the first empty line, whatever the chunking of the
// writes. It is the key of a mail without a Message-ID, so the same mail
// fetched again (after a crash or a UIDVALIDITY change) gets the same key.
type headerHash struct {
	h     hash.Hash
	n     int
	tail  [3]byte // the last bytes written, to find "\n\r\n" or "\n\n"
	ended bool
}

func newHeaderHash() *headerHash { return &headerHash{h: sha256.New()} }

func (x *headerHash) Write(p []byte) (int, error) {
	for i, b := range p {
		if x.ended || x.n >= maxHeaderHash {
			x.h.Write(p[:i])
			return len(p), nil
		}
		x.n++
		if b == '\n' && (x.tail[2] == '\n' || (x.tail[2] == '\r' && x.tail[1] == '\n')) {
			x.ended = true
		}
		x.tail = [3]byte{x.tail[1], x.tail[2], b}
	}
	x.h.Write(p)
	return len(p), nil
}

// done reports whether the header's end (or the size limit) was reached.
func (x *headerHash) done() bool { return x.ended || x.n >= maxHeaderHash }

// key is "sha256:" and the hex digest of the header.
func (x *headerHash) key() string { return "sha256:" + hex.EncodeToString(x.h.Sum(nil)) }
