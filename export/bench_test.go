package export

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export/internal/bare"
)

// BenchmarkBriefing and BenchmarkBareGofpdf lay out the same synthetic
// cases; the briefing should stay within 1.2× of the bare baseline's time.
// scripts/bench-export.sh prints the ratios and peak memory.
func BenchmarkBriefing(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		c := casefile.Synthetic(n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if err := PDF(context.Background(), io.Discard, c, Options{}, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkBareGofpdf(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		c := casefile.Synthetic(n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if err := bare.Write(io.Discard, c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
