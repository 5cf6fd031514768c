package export

import (
	"context"
	"io"
	"slices"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

// BenchmarkBriefingPictures10000 is the briefing of the 10,000-statement
// case with both pictures, the link chart and the timeline, against the
// same briefing without either (every other section the same), one after
// the other in each round, reporting the medians' ratio; the target is
// within 1.3×. It also reports the timeline's own share, against the
// briefing without the timeline.
func BenchmarkBriefingPictures10000(b *testing.B) {
	c := casefile.Synthetic(10000, 1)
	noPictures := sectionsWithout(SectionChart, SectionTimeline)
	noTimeline := sectionsWithout(SectionTimeline)
	run := func(opt Options) time.Duration {
		t := time.Now()
		if err := PDF(context.Background(), io.Discard, c, opt, nil); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	run(Options{}) // the layout engine's first start
	var with, bare, noTL []time.Duration
	for b.Loop() {
		with = append(with, run(Options{}))
		bare = append(bare, run(Options{Sections: noPictures}))
		noTL = append(noTL, run(Options{Sections: noTimeline}))
	}
	med := func(ds []time.Duration) time.Duration { slices.Sort(ds); return ds[len(ds)/2] }
	w, o, n := med(with), med(bare), med(noTL)
	b.ReportMetric(float64(w)/1e6, "with-ms")
	b.ReportMetric(float64(o)/1e6, "without-ms")
	b.ReportMetric(float64(w)/float64(o), "with/without")
	b.ReportMetric(float64(w)/float64(n), "timeline-share")
}
