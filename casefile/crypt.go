package casefile

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strconv"
	"strings"

	"filippo.io/age"
	"golang.org/x/text/unicode/norm"
)

// An encrypted case file holds the case file exactly as an unencrypted save
// writes it, encrypted with age (filippo.io/age) to a random key of the
// case's own, which the passphrase wraps. Its layout, which
// docs/case-format.md#encrypted-case-files describes:
//
//	casefile-encrypted 1: an encrypted Casefile case; open it in Casefile with its passphrase
//	key N
//	N bytes: the key block, an age file to the passphrase (scrypt) holding the case key
//	the payload, an age file to the case key (X25519) holding the case file
//	crc32c HEX
//
// The key is derived from the passphrase (scrypt, slow by design) only when
// the file is opened or the passphrase set; every save encrypts to the
// case key alone, which is fast.
const (
	sealedMagic   = "casefile-encrypted " // how every version's first line starts
	sealedLine    = sealedMagic + "1: an encrypted Casefile case; open it in Casefile with its passphrase\n"
	sealedVersion = 1
	keyLinePrefix = "key "
	sumPrefix     = "crc32c "
	sumLineLen    = len(sumPrefix) + 8 + 1
	// maxKeyBlock bounds the key block: an scrypt stanza and a 74-byte
	// identity make about 200 bytes.
	maxKeyBlock = 4096
	// maxSealedSize is the largest encrypted file Load reads: the payload
	// of a MaxFileSize case file (age adds 16 bytes to every 64 KiB) and
	// the rest.
	maxSealedSize = MaxFileSize + MaxFileSize/4096 + 2*maxKeyBlock
	// pipeChunk is what encoding hands encryption at a time, in one of
	// pipeBuffers buffers.
	pipeChunk   = 256 << 10
	pipeBuffers = 4
)

// Key derivation work: scrypt with N = 2^workFactor, r = 8, p = 1.
const (
	// DefaultWorkFactor is what a new passphrase is wrapped with: about a
	// second and 256 MB of memory on a laptop (age's own default).
	DefaultWorkFactor = 18
	// MaxWorkFactor is the most a file may ask for when it is opened (a
	// four times slower derivation, 1 GB): a file asking more was not
	// written by Casefile and would make opening it hang.
	MaxWorkFactor = 20
)

// ErrWrongPassphrase is Unlock's error for a passphrase that does not open
// the file. Nothing was changed, and another passphrase may be tried.
var ErrWrongPassphrase = errors.New("wrong passphrase: it does not open this encrypted case file (check Caps Lock and the keyboard layout); nothing was changed, try again")

var errEmptyPassphrase = errors.New("the passphrase is empty; give one")

// Key is the key of an encrypted case file, held in memory while the case
// is open: the case's own age X25519 identity, which every save encrypts
// to, and the key block that the file stores, that identity wrapped by the
// passphrase. A Key is immutable and safe to share between goroutines.
type Key struct {
	identity *age.X25519Identity
	block    []byte
}

// NewKey makes a new random case key and wraps it with the passphrase, at
// scrypt work factor workFactor (DefaultWorkFactor unless a test needs it
// cheap). It takes as long as the derivation: about a second at the
// default.
func NewKey(passphrase string, workFactor int) (*Key, error) {
	if passphrase == "" {
		return nil, errEmptyPassphrase
	}
	if workFactor < 1 || workFactor > MaxWorkFactor {
		return nil, fmt.Errorf("the key derivation work factor %d is outside 1 to %d", workFactor, MaxWorkFactor)
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, fmt.Errorf("cannot make a key: %w", err)
	}
	r, err := age.NewScryptRecipient(normalizePassphrase(passphrase))
	if err != nil {
		return nil, err
	}
	r.SetWorkFactor(workFactor)
	var block bytes.Buffer
	w, err := age.Encrypt(&block, r)
	if err != nil {
		return nil, fmt.Errorf("cannot wrap the key: %w", err)
	}
	if _, err := io.WriteString(w, id.String()); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return &Key{identity: id, block: block.Bytes()}, nil
}

// Check reports whether passphrase is the one k is wrapped with: nil, or
// ErrWrongPassphrase. It takes as long as the key derivation.
func (k *Key) Check(passphrase string) error {
	id, err := unwrapIdentity(k.block, passphrase)
	if err != nil {
		return err
	}
	if id.String() != k.identity.String() {
		return ErrWrongPassphrase
	}
	return nil
}

// normalizePassphrase puts a passphrase in Unicode normal form C, so that
// "é" typed as one character or as "e" and an accent opens the same file.
func normalizePassphrase(s string) string { return norm.NFC.String(s) }

// unwrapIdentity reads the case key out of a key block with the
// passphrase.
func unwrapIdentity(block []byte, passphrase string) (*age.X25519Identity, error) {
	if passphrase == "" {
		return nil, errEmptyPassphrase
	}
	if !bytes.HasPrefix(block, []byte("age-encryption.org/v1\n-> scrypt ")) {
		return nil, damaged("its key is not wrapped by a passphrase")
	}
	sid, err := age.NewScryptIdentity(normalizePassphrase(passphrase))
	if err != nil {
		return nil, err
	}
	sid.SetMaxWorkFactor(MaxWorkFactor)
	r, err := age.Decrypt(bytes.NewReader(block), sid)
	switch {
	case errors.Is(err, age.ErrIncorrectIdentity):
		return nil, ErrWrongPassphrase
	case err != nil && strings.Contains(err.Error(), "work factor too large"):
		return nil, fmt.Errorf("the file asks for more key derivation work than Casefile allows (at most 2^%d); it was not written by Casefile", MaxWorkFactor)
	case err != nil:
		return nil, damaged("its key block does not read (" + err.Error() + ")")
	}
	text, err := io.ReadAll(io.LimitReader(r, 1024))
	if err != nil {
		return nil, damaged("its key block does not decrypt (" + err.Error() + ")")
	}
	id, err := age.ParseX25519Identity(string(text))
	if err != nil {
		return nil, damaged("its key block holds no key")
	}
	return id, nil
}

// encode writes c as an encrypted case file. The encoding runs on a
// goroutine of its own, so that encrypting and hashing what it has written
// overlaps with encoding the rest.
func (k *Key) encode(w io.Writer, c *Case) error {
	sum := crc32.New(castagnoli)
	out := io.MultiWriter(w, sum)
	if _, err := fmt.Fprintf(out, "%s%s%d\n", sealedLine, keyLinePrefix, len(k.block)); err != nil {
		return err
	}
	if _, err := out.Write(k.block); err != nil {
		return err
	}
	enc, err := age.Encrypt(out, k.identity.Recipient())
	if err != nil {
		return err
	}
	if err := encodeThrough(enc, c); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err = io.WriteString(w, sumLine(sum.Sum32()))
	return err
}

// encodeThrough encodes c on a goroutine and writes what it encodes to
// dst on this one. The two hand chunks over through a few buffers, so that
// neither waits for the other, and each may run on a core of its own.
func encodeThrough(dst io.Writer, c *Case) error {
	full := make(chan []byte, pipeBuffers)
	free := make(chan []byte, pipeBuffers)
	for range pipeBuffers - 1 {
		free <- make([]byte, 0, pipeChunk)
	}
	stop := make(chan struct{})
	encoded := make(chan error, 1)
	go func() {
		w := &chunkWriter{buf: make([]byte, 0, pipeChunk), full: full, free: free, stop: stop}
		err := Encode(w, c)
		if err == nil {
			err = w.flush()
		}
		close(full)
		encoded <- err
	}()
	var err error
	for chunk := range full {
		if err == nil {
			if _, err = dst.Write(chunk); err != nil {
				close(stop) // the encoding stops too
			}
		}
		free <- chunk
	}
	if eerr := <-encoded; err == nil {
		err = eerr
	}
	return err
}

// chunkWriter collects what is written to it in chunks of pipeChunk bytes
// and hands each full one over on full, taking an empty one from free.
type chunkWriter struct {
	buf  []byte
	full chan<- []byte
	free <-chan []byte
	stop <-chan struct{} // closed when the chunks' reader has failed
}

var errStopped = errors.New("the encrypted write failed")

func (w *chunkWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		k := copy(w.buf[len(w.buf):cap(w.buf)], p)
		w.buf, p, n = w.buf[:len(w.buf)+k], p[k:], n+k
		if len(w.buf) == cap(w.buf) {
			if err := w.flush(); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}

// flush hands over the chunk collected so far.
func (w *chunkWriter) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	select {
	case w.full <- w.buf:
	case <-w.stop:
		return errStopped
	}
	select {
	case w.buf = <-w.free:
		w.buf = w.buf[:0]
	case <-w.stop:
		return errStopped
	}
	return nil
}

// sealed is an encrypted case file split into its parts.
type sealed struct {
	block   []byte // the key block
	payload []byte // the case file, encrypted to the case key
}

// startsSealed reports whether data begins as an encrypted case file does.
func startsSealed(data []byte) bool { return bytes.HasPrefix(data, []byte(sealedMagic)) }

// looksSealed reports whether data, which is not a case file, was an
// encrypted one before it was damaged: its first line cut short, or its
// first line damaged before the key block's age header.
func looksSealed(data []byte) bool {
	head := data[:min(len(data), 1024)]
	return len(head) > 0 && bytes.HasPrefix([]byte(sealedLine), head) ||
		bytes.Contains(head, []byte("\nage-encryption.org/v1\n-> scrypt "))
}

// The checksum is CRC-32C (Castagnoli), which the processor computes at
// several GB/s: it is there to tell damage (any change of up to four bytes
// in a row, any cut, anything added, and all but one in four billion other
// changes) from a wrong passphrase before anything is decrypted, not to
// prove anything; age authenticates what it decrypts.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sumLine is the last line of an encrypted case file whose other bytes
// have the checksum sum.
func sumLine(sum uint32) string { return fmt.Sprintf("%s%08x\n", sumPrefix, sum) }

// checksumOK reports whether an encrypted case file ends in the checksum
// of the rest, as every version does.
func checksumOK(data []byte) bool {
	if len(data) < sumLineLen {
		return false
	}
	body, line := data[:len(data)-sumLineLen], data[len(data)-sumLineLen:]
	// Compared as written, lower case: a byte changed from "a" to "A"
	// is damage too.
	return string(line) == sumLine(crc32.Checksum(body, castagnoli))
}

var errChecksum = damaged("its checksum does not match its content (a byte changed, or the file was cut short or added to)")

// splitSealed splits an encrypted case file whose checksum matched.
func splitSealed(data []byte) (*sealed, error) {
	body := data[:len(data)-sumLineLen]
	first, rest, ok := bytes.Cut(body, []byte("\n"))
	if !ok || string(first)+"\n" != sealedLine {
		if v, ok := versionOf(first); ok && v > sealedVersion {
			return nil, fmt.Errorf("the file is an encrypted case file of version %d, newer than version %d, which this Casefile reads; update Casefile to open it", v, sealedVersion)
		}
		return nil, damaged("its first line is not that of an encrypted case file")
	}
	line, rest, ok := bytes.Cut(rest, []byte("\n"))
	size, err := strconv.Atoi(string(bytes.TrimPrefix(line, []byte(keyLinePrefix))))
	if !ok || !bytes.HasPrefix(line, []byte(keyLinePrefix)) || err != nil || size < 1 || size > maxKeyBlock || size > len(rest) {
		return nil, damaged("its key line is not valid")
	}
	return &sealed{block: rest[:size], payload: rest[size:]}, nil
}

// versionOf reads the version of an encrypted case file's first line,
// "casefile-encrypted N: …".
func versionOf(line []byte) (int, bool) {
	rest, ok := bytes.CutPrefix(line, []byte(sealedMagic))
	digits, _, _ := bytes.Cut(rest, []byte(":"))
	v, err := strconv.Atoi(string(digits))
	return v, ok && err == nil
}

// decodeSealed checks an encrypted case file and, when k is its key,
// decrypts and decodes it: the case, or nil when k is nil or another
// file's key (the error is nil then too). The checksum is checked beside
// the decrypting and decoding, which take longer; nothing is returned
// from a file whose checksum does not match.
func decodeSealed(data []byte, k *Key) (*Case, error) {
	sum := make(chan bool, 1)
	go func() { sum <- checksumOK(data) }()
	c, err := decodeWithKey(data, k)
	if !<-sum {
		return nil, errChecksum
	}
	return c, err
}

// decodeWithKey is decodeSealed but for the checksum.
func decodeWithKey(data []byte, k *Key) (*Case, error) {
	if len(data) < sumLineLen {
		return nil, errChecksum
	}
	s, err := splitSealed(data)
	if err != nil || k == nil || !bytes.Equal(s.block, k.block) {
		return nil, err
	}
	plain, err := k.decrypt(s.payload)
	if err != nil {
		return nil, err
	}
	return Decode(plain)
}

// decrypt decrypts a payload encrypted to k. The payload's chunks
// decrypt each on its own, so its two halves are decrypted at once.
func (k *Key) decrypt(payload []byte) ([]byte, error) {
	r, size, err := age.DecryptReaderAt(bytes.NewReader(payload), int64(len(payload)), k.identity)
	if err != nil {
		return nil, damaged("its content does not decrypt with its key (" + err.Error() + ")")
	}
	if size > MaxFileSize {
		return nil, tooBig(size)
	}
	plain := make([]byte, size)
	half := size / 2 &^ (ageChunk - 1)
	second := make(chan error, 1)
	go func() { second <- readAllAt(r, plain[half:], half) }()
	err = readAllAt(r, plain[:half], 0)
	if err2 := <-second; err == nil {
		err = err2
	}
	if err != nil {
		return nil, damaged("its content does not decrypt (" + err.Error() + ")")
	}
	return plain, nil
}

// ageChunk is the size of the chunks age encrypts a file in.
const ageChunk = 64 << 10

// readAllAt fills p from r at off; reaching the end there is no error.
func readAllAt(r io.ReaderAt, p []byte, off int64) error {
	n, err := r.ReadAt(p, off)
	if n == len(p) && err == io.EOF {
		err = nil
	}
	return err
}

// EncryptedError is Load's error for an encrypted case file that this
// process holds no key for (see UseKey): Unlock opens it with its
// passphrase. Its checksum has been checked, so the file is not damaged.
type EncryptedError struct {
	Path string
	data []byte
}

func (e *EncryptedError) Error() string {
	return "the case file is encrypted; it opens with its passphrase"
}

// Unlock opens the encrypted case file with its passphrase, once per try:
// it returns the case and its key, which saves of the case encrypt with
// (see UseKey). A wrong passphrase is ErrWrongPassphrase, inside a
// *LoadError; any number may be tried. It takes as long as the key
// derivation, about a second.
func (e *EncryptedError) Unlock(passphrase string) (*Case, *Key, error) {
	fail := func(err error) (*Case, *Key, error) { return nil, nil, &LoadError{e.Path, withBackup(e.Path, err)} }
	s, err := splitSealed(e.data)
	if err != nil {
		return fail(err)
	}
	id, err := unwrapIdentity(s.block, passphrase)
	if err != nil {
		return fail(err)
	}
	k := &Key{identity: id, block: bytes.Clone(s.block)}
	plain, err := k.decrypt(s.payload)
	if err != nil {
		return fail(err)
	}
	c, err := Decode(plain)
	if err != nil {
		return fail(err)
	}
	return c, k, nil
}

// loadSealed is Load of an encrypted case file's bytes.
func loadSealed(path string, data []byte) (*Case, error) {
	c, err := decodeSealed(data, KeyOf(path))
	switch {
	case err != nil:
		return nil, &LoadError{path, withBackup(path, err)}
	case c == nil:
		return nil, &LoadError{path, &EncryptedError{Path: path, data: data}}
	}
	return c, nil
}
