package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/picture"
)

// benchTimeline measures one frame's UI-thread work on the timeline of the
// 10,000-statement case (11,000 dated items: the statements in 1,000
// speakers' lanes, the events in their actors') in a 1200×800 view,
// zoomed by zoom from the fit, reporting it against the 16 ms a frame has.
// The layout, done once off the UI thread, is not measured.
func benchTimeline(b *testing.B, zoom float64, step func(v *timelineView, i int)) {
	test.NewTempApp(b)
	c := casefile.Synthetic(10000, 1)
	l := picture.LayoutTimeline(c, picture.TimelineOptions{Width: 1200 / timeScale})
	v := newTimelineView()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(1200, 800))
	v.setLayout(l, true)
	v.zoomBy(zoom, 600/timeScale)
	i := 0
	start := time.Now()
	for b.Loop() {
		step(v, i)
		i++
	}
	per := time.Since(start) / time.Duration(max(i, 1))
	b.ReportMetric(float64(per)/float64(16*time.Millisecond), "of-16ms")
	b.ReportMetric(float64(v.painter.drawn), "objects")
	b.ReportMetric(float64(len(l.Items)), "items")
}

// BenchmarkTimelinePan10000 is one frame of a drag across the timeline
// (sideways and down), fitted and zoomed in.
func BenchmarkTimelinePan10000(b *testing.B) {
	for _, z := range []float64{1, 8, 60} {
		b.Run(fmt.Sprintf("zoom%.0fx", z), func(b *testing.B) {
			benchTimeline(b, z, func(v *timelineView, i int) { v.panBy(float32(5-10*(i%2)), float32(3-6*(i/2%2))) })
		})
	}
}

// BenchmarkTimelineZoom10000 is one frame of a wheel zoom, in and out,
// which also changes the axis's ticks.
func BenchmarkTimelineZoom10000(b *testing.B) {
	for _, z := range []float64{1, 8, 60} {
		b.Run(fmt.Sprintf("zoom%.0fx", z), func(b *testing.B) {
			benchTimeline(b, z, func(v *timelineView, i int) {
				f := 1.1
				if i%2 == 1 {
					f = 1 / 1.1
				}
				v.zoomBy(f, 600/timeScale)
			})
		})
	}
}
