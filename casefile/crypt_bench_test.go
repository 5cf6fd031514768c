package casefile

import (
	"bytes"
	"path/filepath"
	"testing"
)

// benchKey is a key for the encrypted benchmarks; how much work wrapping
// it took does not change what a save or load costs.
func benchKey(b *testing.B) *Key { return testKey(b, "benchmark passphrase") }

// BenchmarkSaveEncrypted is Save of the large case encrypted with its key:
// BenchmarkSave plus encrypting the file to the case key and its checksum.
// No key derivation: that happens once, when the case is opened.
func BenchmarkSaveEncrypted(b *testing.B) {
	c := benchCase()
	k := benchKey(b)
	path := filepath.Join(b.TempDir(), "case.casefile")
	if err := SaveKey(path, c, k); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchFile(b))))
	b.ReportAllocs()
	for b.Loop() {
		if err := SaveKey(path, c, k); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadEncrypted is BenchmarkLoad of the same case encrypted, with
// its key known (as once its passphrase has been given): the checksum,
// decrypting, and Decode.
func BenchmarkLoadEncrypted(b *testing.B) {
	k := benchKey(b)
	var buf bytes.Buffer
	if err := k.encode(&buf, benchCase()); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if c, err := decodeSealed(data, k); err != nil || c == nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkKeyDerivation is what opening an encrypted case costs once, on
// top of BenchmarkLoadEncrypted, and setting or changing its passphrase:
// scrypt at DefaultWorkFactor, unwrapping the case key.
func BenchmarkKeyDerivation(b *testing.B) {
	k, err := NewKey("benchmark passphrase", DefaultWorkFactor)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := unwrapIdentity(k.block, "benchmark passphrase"); err != nil {
			b.Fatal(err)
		}
	}
}
