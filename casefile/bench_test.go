package casefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// benchN is the size of the case the storage benchmarks use: a large case.
const benchN = 10_000

var benchCase = sync.OnceValue(func() *Case { return Synthetic(benchN, 1) })

// benchFile is the encoded case as Save writes it.
func benchFile(b *testing.B) []byte {
	c := benchCase()
	return encode(b, c)
}

// BenchmarkLoadBaseline is the least a load can do: unmarshal the bytes,
// trusting them.
func BenchmarkLoadBaseline(b *testing.B) {
	data := benchFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		unmarshalTrusting(b, data)
	}
}

// unmarshalTrusting is the baselines' load: plain encoding/json.
func unmarshalTrusting(b *testing.B, data []byte) {
	var f struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
		Case    *Case  `json:"case"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkLoad is Decode of the same bytes: the UTF-8 and header checks,
// strict decoding and validation.
func BenchmarkLoad(b *testing.B) {
	data := benchFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// benchTexts is the large case with 100 sources of 50 KB of text each,
// each statement citing one of them, as cases are once sources hold their
// full text.
var benchTexts = sync.OnceValue(func() []byte {
	c := Synthetic(benchN, 1).Clone()
	for i := range 100 {
		body := SyntheticText(50<<10, uint64(i))
		id := fmt.Sprintf("text-source-%03d", i)
		c.Sources = append(c.Sources, Source{ID: id, Title: "Source with text", Text: NewSourceText(body, "article.txt", "txt")})
	}
	for i := range c.Statements {
		c.Statements[i].Source = Citation{Source: fmt.Sprintf("text-source-%03d", i%100), Span: Span{Start: 10, End: 40}}
	}
	var buf bytes.Buffer
	if err := Encode(&buf, c); err != nil {
		panic(err)
	}
	return buf.Bytes()
})

// BenchmarkLoadTextsBaseline and BenchmarkLoadTexts are the load and its
// baseline for the case with source texts (benchTexts).
func BenchmarkLoadTextsBaseline(b *testing.B) {
	data := benchTexts()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		unmarshalTrusting(b, data)
	}
}

func BenchmarkLoadTexts(b *testing.B) {
	data := benchTexts()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadFile is Load, reading the file too.
func BenchmarkLoadFile(b *testing.B) {
	data := benchFile(b)
	path := filepath.Join(b.TempDir(), "case.casefile")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveBaseline is the least a durable save can do: marshal, write
// the file in place and sync it.
func BenchmarkSaveBaseline(b *testing.B) {
	c := benchCase()
	path := filepath.Join(b.TempDir(), "case.casefile")
	b.ReportAllocs()
	for b.Loop() {
		data, err := json.Marshal(file{Format: FormatName, Version: FormatVersion, Case: c})
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := f.Sync(); err != nil {
			b.Fatal(err)
		}
		f.Close()
		b.SetBytes(int64(len(data)))
	}
}

// BenchmarkSave is Save: validation, encoding, a synced temporary file,
// the backup, the rename and the folder sync.
func BenchmarkSave(b *testing.B) {
	c := benchCase()
	path := filepath.Join(b.TempDir(), "case.casefile")
	if err := Save(path, c); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchFile(b))))
	b.ReportAllocs()
	for b.Loop() {
		if err := Save(path, c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidate is the checker alone.
func BenchmarkValidate(b *testing.B) {
	c := benchCase()
	b.ReportAllocs()
	for b.Loop() {
		if ps := c.Validate(); ps != nil {
			b.Fatal(ps)
		}
	}
}

// BenchmarkSearch is one query against a large case, as the user types.
func BenchmarkSearch(b *testing.B) {
	c := benchCase()
	ix := NewIndex(c)
	b.ReportAllocs()
	for b.Loop() {
		ix.Search("shqiperi diplomatic", 50)
	}
}

// BenchmarkEncode is Encode alone, into memory.
func BenchmarkEncode(b *testing.B) {
	c := benchCase()
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Encode(&buf, c); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
	}
}

// BenchmarkEncodeCompact is encoding/json's compact encoding, for comparison.
func BenchmarkEncodeCompact(b *testing.B) {
	c := benchCase()
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(file{Format: FormatName, Version: FormatVersion, Case: c}); err != nil {
			b.Fatal(err)
		}
	}
}
