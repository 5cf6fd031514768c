//go:build !nochart

package export

import (
	"context"
	"io"
	"slices"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

// BenchmarkBriefingChart10000 is the briefing of the 10,000-statement case
// with its chart and without it (every other section the same), one after
// the other in each round, reporting the medians' ratio; the target is
// within 1.3×. (The timeline is not drawn yet: this measures the chart.)
// scripts/bench-chart.sh measures the same through the built program,
// whose chart goes through the layout helper.
func BenchmarkBriefingChart10000(b *testing.B) {
	c := casefile.Synthetic(10000, 1)
	without := slices.DeleteFunc(slices.Clone(Sections), func(s Section) bool { return s == SectionChart })
	run := func(opt Options) time.Duration {
		t := time.Now()
		if err := PDF(context.Background(), io.Discard, c, opt, nil); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	run(Options{}) // the layout engine's first start
	var with, bare []time.Duration
	for b.Loop() {
		with = append(with, run(Options{}))
		bare = append(bare, run(Options{Sections: without}))
	}
	med := func(ds []time.Duration) time.Duration { slices.Sort(ds); return ds[len(ds)/2] }
	w, o := med(with), med(bare)
	b.ReportMetric(float64(w)/1e6, "with-ms")
	b.ReportMetric(float64(o)/1e6, "without-ms")
	b.ReportMetric(float64(w)/float64(o), "with/without")
}
