//go:build !nochart

package app

import (
	"math"
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
)

// notch is one notch of the mouse wheel, up, at p, as Fyne's desktop
// driver hands it on (its scroll speed: 25 a notch, 10 on macOS).
func notch(p fyne.Position, up bool) *fyne.ScrollEvent {
	dy := float32(25)
	if runtime.GOOS == "darwin" {
		dy = 10
	}
	if !up {
		dy = -dy
	}
	return &fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: p}, Scrolled: fyne.NewDelta(0, dy)}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9*math.Max(1, math.Abs(b)) }

// A notch of the wheel zooms the chart and the timeline by zoomPerNotch,
// whatever the driver's scroll speed: it zoomed 27% a notch on Linux, so
// a few turns of the wheel took the chart out of reach. Zooming the chart
// out stops at half the zoom that shows all of it.
func TestWheelNotchZoomsOneStep(t *testing.T) {
	u, _ := openChart(t)
	v := u.chart.view
	at := nodeCentre(t, u, "Albania")
	z := v.zoom
	v.Scrolled(notch(at, true))
	if !near(v.zoom, z*zoomPerNotch) {
		t.Errorf("a notch up zoomed the chart from %.3f to %.3f, want ×%.2f", z, v.zoom, zoomPerNotch)
	}
	v.Scrolled(notch(at, false))
	if !near(v.zoom, z) {
		t.Errorf("a notch up and one down left the chart at %.3f, from %.3f", v.zoom, z)
	}
	for range 40 {
		v.Scrolled(notch(at, false))
	}
	if want := v.fitZoom() / 2; !near(v.zoom, want) {
		t.Errorf("zoomed right out, the chart is at %.3f, want half the whole chart's %.3f", v.zoom, 2*want)
	}

	u.ShowTimeline()
	waitFor(t, "the timeline laid out", func() bool { return u.timeline.layout != nil && !u.timeline.laying })
	tv := u.timeline.view
	tz := tv.view.Zoom
	tv.Scrolled(notch(fyne.NewPos(600, 300), true))
	if !near(tv.view.Zoom, tz*zoomPerNotch) {
		t.Errorf("a notch up zoomed the timeline from %.3f to %.3f, want ×%.2f", tz, tv.view.Zoom, zoomPerNotch)
	}
}
