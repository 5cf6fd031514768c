package merge_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/merge"
)

// benchN is the size of the versions the merge benchmarks merge, and
// benchEdits how many edits each side makes.
const (
	benchN     = 10_000
	benchEdits = 100
)

// benchFiles is the three versions as case files: a 10,000-statement
// case and two versions of it with 100 edits each, to different items.
func benchFiles(b *testing.B) [3][]byte {
	benchOnce.Do(func() {
		base := loaded(b, casefile.Synthetic(benchN, 1))
		x := edits(b, base, benchEdits, 11, "x", even, true)
		y := edits(b, base, benchEdits, 12, "y", odd, false)
		for i, c := range []*casefile.Case{base, x, y} {
			var buf bytes.Buffer
			if err := casefile.Encode(&buf, c); err != nil {
				b.Fatal(err)
			}
			benchData[i] = buf.Bytes()
		}
	})
	return benchData
}

var (
	benchOnce sync.Once
	benchData [3][]byte
)

// writeBenchFiles writes the three versions to a folder, for the
// benchmarks that read files.
func writeBenchFiles(b *testing.B) [3]string {
	dir := b.TempDir()
	var paths [3]string
	for i, data := range benchFiles(b) {
		paths[i] = filepath.Join(dir, fmt.Sprintf("v%d.casefile", i))
		if err := os.WriteFile(paths[i], data, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	return paths
}

// BenchmarkLoadThree is the baseline: loading the three versions, as
// casefile.Load does (read, check, decode, validate).
func BenchmarkLoadThree(b *testing.B) {
	paths := writeBenchFiles(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paths {
			if _, err := casefile.Load(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkMerge is the three-way merge of the versions loaded, which
// validates the merged case.
func BenchmarkMerge(b *testing.B) {
	paths := writeBenchFiles(b)
	var cs [3]*casefile.Case
	for i, p := range paths {
		c, err := casefile.Load(p)
		if err != nil {
			b.Fatal(err)
		}
		cs[i] = c
	}
	b.ReportAllocs()
	for b.Loop() {
		m, found, err := merge.Merge(cs[0], cs[1], cs[2])
		if err != nil || len(found) > 0 || len(m.Statements) < benchN-benchEdits {
			b.Fatalf("merge: %v, %d conflicts", err, len(found))
		}
	}
}

// BenchmarkMergeFiles is what `casefile merge` does: load the three
// files, merge them and save the merged case.
func BenchmarkMergeFiles(b *testing.B) {
	paths := writeBenchFiles(b)
	out := filepath.Join(b.TempDir(), "merged.casefile")
	b.ReportAllocs()
	for b.Loop() {
		var cs [3]*casefile.Case
		for i, p := range paths {
			c, err := casefile.Load(p)
			if err != nil {
				b.Fatal(err)
			}
			cs[i] = c
		}
		m, _, err := merge.Merge(cs[0], cs[1], cs[2])
		if err != nil {
			b.Fatal(err)
		}
		if err := casefile.Save(out, m); err != nil {
			b.Fatal(err)
		}
	}
}
