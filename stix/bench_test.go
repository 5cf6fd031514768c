package stix

import (
	"bytes"
	"io"
	"sync"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// The STIX export and import of the 10,000-statement synthetic case, each
// beside its baseline: the case's JSON export and the load of its case
// file. scripts/bench-stix.sh runs them in rounds and prints the ratios;
// the target is at most 1.5 for both.

const benchN = 10_000

var (
	benchCase   = sync.OnceValue(func() *casefile.Case { return casefile.Synthetic(benchN, 1) })
	benchFile   = sync.OnceValue(func() []byte { return mustEncode(benchCase()) })
	benchBundle = sync.OnceValue(func() []byte {
		data, err := Export(benchCase())
		if err != nil {
			panic(err)
		}
		return data
	})
)

func mustEncode(c *casefile.Case) []byte {
	var b bytes.Buffer
	if err := casefile.Encode(&b, c); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// BenchmarkExportJSONBaseline is the case's JSON export, as export -format
// json writes it (to a file: here to nowhere, to leave the disk out).
func BenchmarkExportJSONBaseline(b *testing.B) {
	c := benchCase()
	b.SetBytes(int64(len(benchFile())))
	b.ReportAllocs()
	for b.Loop() {
		if err := casefile.Encode(io.Discard, c); err != nil { // all export.JSON does without a limit
			b.Fatal(err)
		}
	}
}

// BenchmarkExportSTIX is the STIX export of the same case, written as
// export -format stix writes it.
func BenchmarkExportSTIX(b *testing.B) {
	c := benchCase()
	b.SetBytes(int64(len(benchBundle())))
	b.ReportAllocs()
	for b.Loop() {
		if err := ExportTo(io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadBaseline is the load of the case file: its checks, strict
// decoding and validation.
func BenchmarkLoadBaseline(b *testing.B) {
	data := benchFile()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := casefile.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportSTIX is the import of the case's bundle into a new case,
// validated as a load validates.
func BenchmarkImportSTIX(b *testing.B) {
	data := benchBundle()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Import(data, nil); err != nil {
			b.Fatal(err)
		}
	}
}
