//go:build !nochart

package app

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/picture"
)

// bigChart is a chart of n actors and 1.6n relations, on a grid: the
// frame benchmarks measure painting, not the layout.
func bigChart(n int) *picture.ChartScene {
	r := rand.New(rand.NewPCG(1, 2))
	c := &casefile.Case{ID: "big", Title: "big", Marking: casefile.TLPClear}
	pos := picture.Positions{}
	side := int(math.Ceil(math.Sqrt(float64(n))))
	for i := range n {
		id := fmt.Sprintf("a%d", i)
		c.Actors = append(c.Actors, casefile.Actor{ID: id, Name: fmt.Sprintf("Actor number %d", i), Kind: casefile.ActorKinds[i%5]})
		pos[id] = picture.Point{X: float64(i%side) * 170, Y: float64(i/side) * 110}
	}
	for j := range n * 16 / 10 {
		a := r.IntN(n)
		b := (a + 1 + r.IntN(side+1)) % n
		c.Relations = append(c.Relations, casefile.Relation{ID: fmt.Sprintf("r%d", j), From: c.Actors[a].ID, To: c.Actors[b].ID,
			Type: casefile.RelationTypes[j%len(casefile.RelationTypes)], Inferred: j%4 == 0})
	}
	return picture.Draw(picture.BuildGraph(c, picture.ChartOptions{}), pos)
}

// benchFrames measures one frame's UI-thread work of a 500-actor chart
// in a 1200×800 view, reporting it against the 16 ms a frame has.
func benchFrames(b *testing.B, zoom float64, step func(v *chartView, i int)) {
	test.NewTempApp(b)
	sc := bigChart(500)
	v := newChartView()
	w := test.NewTempWindow(b, v)
	w.Resize(fyne.NewSize(1200, 800))
	v.setScene(&sc.Scene, sc.Nodes, true)
	v.zoom = zoom
	v.place()
	i := 0
	start := time.Now()
	for b.Loop() {
		step(v, i)
		i++
	}
	per := time.Since(start) / time.Duration(max(i, 1))
	b.ReportMetric(float64(per)/float64(16*time.Millisecond), "of-16ms")
	b.ReportMetric(float64(len(v.placed)), "objects")
}

// BenchmarkChartPan500 is one frame of a pan of the whole 500-actor chart
// in view (zoomed out to fit), and at 100%.
func BenchmarkChartPan500(b *testing.B) {
	for _, z := range []float64{0.3, 0.6, 1} {
		b.Run(fmt.Sprintf("zoom%.0f%%", z*100), func(b *testing.B) {
			benchFrames(b, z, func(v *chartView, i int) { v.panBy(float32(3-6*(i%2)), 2) })
		})
	}
}

// BenchmarkChartZoom500 is one frame of a wheel zoom, in and out, which
// also re-sizes every label.
func BenchmarkChartZoom500(b *testing.B) {
	for _, z := range []float64{0.3, 0.6, 1} {
		b.Run(fmt.Sprintf("zoom%.0f%%", z*100), func(b *testing.B) {
			benchFrames(b, z, func(v *chartView, i int) {
				f := 1.1
				if i%2 == 1 {
					f = 1 / 1.1
				}
				v.zoomBy(f, fyne.NewPos(600, 400))
			})
		})
	}
}
