package app

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/picture"
)

// timeScale is the timeline's pixels per scene unit: its 8-unit titles
// are 11 px, its lane names as large, and the briefing sets the same
// scene at a point a unit.
const timeScale = 1.4

// timelineView paints a laid-out timeline (package picture): each frame
// asks the layout for the view it shows, which draws only what is in
// view, and paints that. The wheel zooms the time axis about the pointer,
// dragging pans it (and the lanes, up and down), dragging across the
// dates brushes a range to zoom to, and a tap opens what it lands on.
type timelineView struct {
	widget.BaseWidget

	layout *picture.TimeLayout
	view   picture.TimeView // in scene units
	top    float64          // how far down the lanes the view is, unsnapped
	fit    bool             // fit the whole span on the next layout
	frame  picture.Scene    // what the last frame drew, for taps

	onOpen func(item string) // a tap on an item

	painter *scenePainter
	ground  *canvas.Rectangle
	size    fyne.Size

	dragging  int     // dragNone, dragPan or dragBrush
	brushFrom float64 // where a brush began, frame x
}

// Drag modes.
const (
	timeDragNone = iota
	timeDragPan
	timeDragBrush
)

func newTimelineView() *timelineView {
	v := &timelineView{fit: true, painter: newScenePainter()}
	v.ground = canvas.NewRectangle(picture.Color(picture.RolePaper, false))
	v.ExtendBaseWidget(v)
	return v
}

// setLayout shows l, fitting its whole span when fit (or when nothing was
// shown), else keeping the zoom and place.
func (v *timelineView) setLayout(l *picture.TimeLayout, fit bool) {
	if v.layout == nil || fit {
		v.fit = true
	}
	v.layout = l
	if v.view.Zoom == 0 {
		v.fit = true
	}
	v.redraw()
}

// setHighlight brightens the items in ids and mutes the rest; nil shows
// every item alike.
func (v *timelineView) setHighlight(ids map[string]bool) {
	v.view.Highlight = ids
	v.redraw()
}

func (v *timelineView) CreateRenderer() fyne.WidgetRenderer {
	return &timelineRenderer{v: v}
}

type timelineRenderer struct{ v *timelineView }

func (r *timelineRenderer) Layout(s fyne.Size) {
	v := r.v
	if s == v.size && !v.fit {
		return
	}
	v.size = s
	v.ground.Resize(s)
	v.redraw()
}

func (r *timelineRenderer) MinSize() fyne.Size { return fyne.NewSize(300, 200) }

func (r *timelineRenderer) Refresh() { r.v.redraw() }

func (r *timelineRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.v.ground, r.v.painter.root}
}

func (r *timelineRenderer) Destroy() {}

// zoomLimits bound the zoom: from half the whole span to a day 400
// units wide in the stretch of the axis drawn largest.
func (v *timelineView) zoomLimits() (lo, hi float64) {
	fit := v.fitZoom()
	most := 0.0
	for _, s := range v.layout.FitView.Axis {
		most = math.Max(most, (s.X1-s.X0)/(s.To-s.From))
	}
	if most == 0 {
		return fit / 2, fit
	}
	return fit / 2, math.Max(fit, 400/most)
}

// fitZoom is the zoom that shows the whole span across the view.
func (v *timelineView) fitZoom() float64 {
	f := v.layout.FitView
	return (v.view.Width - picture.TimeLaneWidth) / (f.Width - picture.TimeLaneWidth)
}

// redraw draws the frame the view shows now. It is all a pan or a zoom
// does on the UI thread.
func (v *timelineView) redraw() {
	if v.layout == nil || v.size.Width <= 0 || v.size.Height <= 0 {
		v.frame = picture.Scene{}
		v.painter.paint(&v.frame, timeScale)
		return
	}
	v.view.Width = float64(v.size.Width) / timeScale
	v.view.Height = float64(v.size.Height) / timeScale
	v.view.Axis = v.layout.FitView.Axis
	if v.fit {
		v.fit = false
		v.view.Offset, v.view.Zoom, v.top = v.layout.FitView.Offset, v.fitZoom(), 0
	}
	maxTop := math.Max(0, v.layout.Height-(v.view.Height-picture.TimeAxisHeight)+picture.TimeRowHeight)
	v.top = math.Max(0, math.Min(v.top, maxTop))
	v.view.Top = v.layout.SnapTop(v.top)
	v.frame = v.layout.Draw(v.view)
	v.painter.paint(&v.frame, timeScale)
}

// Scrolled zooms the time axis about the pointer, zoomPerNotch a notch
// of the wheel; a sideways scroll pans it.
func (v *timelineView) Scrolled(ev *fyne.ScrollEvent) {
	if v.layout == nil {
		return
	}
	if ev.Scrolled.DX != 0 {
		v.view = v.view.Panned(float64(ev.Scrolled.DX) / timeScale)
	}
	if ev.Scrolled.DY != 0 {
		v.zoomBy(wheelZoom(ev.Scrolled.DY), float64(ev.Position.X)/timeScale)
		return
	}
	v.redraw()
}

// zoomBy zooms the time axis by f about frame x.
func (v *timelineView) zoomBy(f, x float64) {
	lo, hi := v.zoomLimits()
	v.view = v.view.Zoomed(f, math.Max(x, picture.TimeLaneWidth), lo, hi)
	v.redraw()
}

// panBy moves the view by a drag of dx, dy pixels.
func (v *timelineView) panBy(dx, dy float32) {
	v.view = v.view.Panned(float64(dx) / timeScale)
	v.top -= float64(dy) / timeScale
	v.redraw()
}

// Dragged pans, or brushes a range when the drag began on the axis.
func (v *timelineView) Dragged(ev *fyne.DragEvent) {
	if v.layout == nil {
		return
	}
	if v.dragging == timeDragNone {
		start := ev.Position.Subtract(ev.Dragged)
		v.dragging = timeDragPan
		if float64(start.Y)/timeScale < picture.TimeAxisHeight && float64(start.X)/timeScale > picture.TimeLaneWidth {
			v.dragging = timeDragBrush
			v.brushFrom = float64(start.X) / timeScale
		}
	}
	if v.dragging == timeDragPan {
		v.panBy(ev.Dragged.DX, ev.Dragged.DY)
		return
	}
	x := math.Max(float64(ev.Position.X)/timeScale, picture.TimeLaneWidth)
	v.view.Brush = [2]float64{v.view.Day(v.brushFrom), v.view.Day(x)}
	v.redraw()
}

// DragEnd zooms to a brushed range.
func (v *timelineView) DragEnd() {
	if v.dragging == timeDragBrush {
		a, b := v.view.X(v.view.Brush[0]), v.view.X(v.view.Brush[1])
		v.view.Brush = [2]float64{}
		if math.Abs(b-a) >= 4 {
			lo, hi := v.zoomLimits()
			v.view = v.view.Spanning(a, b, lo, hi)
		}
		v.redraw()
	}
	v.dragging = timeDragNone
}

// hitTolerance is how near a line, in pixels, a tap picks it.
const timeHitTolerance = 4

// Tapped opens what is under the pointer.
func (v *timelineView) Tapped(ev *fyne.PointEvent) {
	if v.onOpen == nil {
		return
	}
	p := picture.Point{X: float64(ev.Position.X) / timeScale, Y: float64(ev.Position.Y) / timeScale}
	if item := v.frame.Hit(p, timeHitTolerance/timeScale); item != "" {
		v.onOpen(item)
	}
}

// sceneView paints a fixed scene, such as a legend, at the timeline's
// scale.
type sceneView struct {
	widget.BaseWidget
	scene   picture.Scene
	painter *scenePainter
}

func newSceneView(sc picture.Scene) *sceneView {
	v := &sceneView{scene: sc, painter: newScenePainter()}
	v.scene.Translate(picture.Point{X: -sc.Bounds.X, Y: -sc.Bounds.Y})
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer paints the scene on paper, as the timeline is, whatever
// the window's theme.
func (v *sceneView) CreateRenderer() fyne.WidgetRenderer {
	v.painter.paint(&v.scene, timeScale)
	ground := canvas.NewRectangle(picture.Color(picture.RolePaper, false))
	return widget.NewSimpleRenderer(container.NewStack(ground, container.NewPadded(v.painter.root)))
}

func (v *sceneView) MinSize() fyne.Size {
	pad := 2 * theme.Padding()
	return fyne.NewSize(float32(v.scene.Bounds.W*timeScale)+pad, float32(v.scene.Bounds.H*timeScale)+pad)
}
