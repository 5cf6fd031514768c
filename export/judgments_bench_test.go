package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

// BenchmarkBriefingMatrix is the briefing of a synthetic case with a
// matrix of 20 hypotheses and 200 rows of evidence, and of the same case
// without the hypotheses and matrix, one after the other in each round,
// reporting the medians' ratio; the target is within 1.2×.
func BenchmarkBriefingMatrix(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			with := matrixCase(n, 20, 200)
			without := with.Clone()
			without.Hypotheses, without.Matrix = nil, nil
			run := func(c *casefile.Case) time.Duration {
				t := time.Now()
				if err := PDF(context.Background(), io.Discard, c, Options{}, nil); err != nil {
					b.Fatal(err)
				}
				return time.Since(t)
			}
			var w, o []time.Duration
			for b.Loop() {
				w = append(w, run(with))
				o = append(o, run(without))
			}
			med := func(ds []time.Duration) time.Duration { slices.Sort(ds); return ds[len(ds)/2] }
			b.ReportMetric(float64(med(w))/1e6, "with-ms")
			b.ReportMetric(float64(med(o))/1e6, "without-ms")
			b.ReportMetric(float64(med(w))/float64(med(o)), "with/without")
		})
	}
}
