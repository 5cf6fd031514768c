package casefile_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// BenchmarkLoadInvalid is Decode of a 10,000-statement file with one value
// of the wrong kind, or one dangling reference: the slow path, which walks
// the whole file to report every problem with its place.
func BenchmarkLoadInvalid(b *testing.B) {
	var buf bytes.Buffer
	if err := casefile.Encode(&buf, casefile.Synthetic(10_000, 1)); err != nil {
		b.Fatal(err)
	}
	good := buf.String()
	for name, bad := range map[string]string{
		"wrong kind": strings.Replace(good, `"credibility": 2`, `"credibility": "2"`, 1),
		"dangling":   strings.Replace(good, `"speaker": "actor-000001"`, `"speaker": "nobody"`, 1),
	} {
		data := []byte(bad)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := casefile.Decode(data); err == nil {
					b.Fatal("the file loaded")
				}
			}
		})
	}
}
