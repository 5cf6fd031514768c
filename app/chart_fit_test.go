//go:build !nochart

package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/picture"
)

// assertChartInView fails unless every actor's box lies inside the chart
// view and the chart is centred in it, at no more than 100%.
func assertChartInView(t *testing.T, u *UI, when string) {
	t.Helper()
	v := u.chart.view
	size := v.Size()
	if size.Width < 100 || size.Height < 100 {
		t.Fatalf("%s: the chart view is %v", when, size)
	}
	if v.zoom > 1 {
		t.Errorf("%s: fitted at %.0f%%, more than 100%%", when, 100*v.zoom)
	}
	for id, b := range u.chart.scene.Nodes {
		tl := v.toScreen(picture.Point{X: b.X, Y: b.Y})
		br := v.toScreen(b.Max())
		if tl.X < 0 || tl.Y < 0 || br.X > size.Width || br.Y > size.Height {
			t.Errorf("%s: %s is at %v–%v, outside the %v view", when, u.Case().ActorName(id), tl, br, size)
		}
	}
	b := u.chart.scene.Bounds
	c := v.toScreen(b.Center())
	if dx, dy := c.X-size.Width/2, c.Y-size.Height/2; dx*dx+dy*dy > 4 {
		t.Errorf("%s: the chart's centre is at %v in the %v view", when, c, size)
	}
}

// The chart opens fitted to its view, whole and centred, and fits again
// when the window gives it another size, until the analyst zooms or pans;
// Fit fits it again then.
func TestChartOpensFitted(t *testing.T) {
	u, _ := openChart(t)
	assertChartInView(t, u, "opened")
	for _, s := range []fyne.Size{fyne.NewSize(800, 560), fyne.NewSize(1600, 1100), fyne.NewSize(1200, 800)} {
		u.win.Resize(s)
		assertChartInView(t, u, fmt.Sprintf("resized to %v", s))
	}
	v := u.chart.view
	v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(100, 100)}, Scrolled: fyne.NewDelta(0, 30)})
	zoom, pan := v.zoom, v.pan
	u.win.Resize(fyne.NewSize(1000, 700))
	if v.zoom != zoom || v.pan != pan {
		t.Errorf("a resize after zooming moved the view from %.2f at %v to %.2f at %v", zoom, pan, v.zoom, v.pan)
	}
	test.Tap(u.chart.fitBtn)
	assertChartInView(t, u, "after Fit")
}
