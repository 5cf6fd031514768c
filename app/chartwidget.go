//go:build !nochart

package app

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/picture"
)

// chartView paints a picture.Scene with canvas objects: the scene is laid
// out once (package picture), and the view only scales and moves what it
// drew. Drag the background to pan, the wheel zooms about the pointer,
// drag an actor to move it; a tap selects (its neighbours stay bright, the
// rest fade), a double tap opens.
type chartView struct {
	widget.BaseWidget

	scene *picture.Scene
	nodes map[string]picture.Rect // draggable items: actors' boxes
	zoom  float64                 // screen pixels per scene unit
	pan   picture.Point           // the scene point at the view's top-left
	fit   bool                    // fit the scene on the next layout
	// fitted: the view is where the last fit left it, not moved since,
	// so a new size fits it again.
	fitted bool
	maxFit float64 // the most a fit zooms in

	bright   map[string]bool // while something is selected, the items drawn in full
	selected string          // the selected item, outlined

	// What the view asks of its screen; any may be nil.
	onSelect func(item string)                 // "" when the background is tapped
	onOpen   func(item string)                 // a double tap on an item
	onDrag   func(id string, to picture.Point) // an actor dragged to a centre
	onDrop   func(id string, to picture.Point) // and let go there

	drag      dragState
	dragging  string        // the actor being dragged
	dragStart picture.Point // where the dragged actor's centre began
	dragBy    picture.Point // how far it has been dragged

	ground *canvas.Rectangle
	layer  *fyne.Container // everything drawn, in scene order
	placed []placedObject
	size   fyne.Size
}

type dragState int

const (
	dragNone dragState = iota
	dragPan
	dragNode
)

// Zoom limits: from a whole 500-actor chart on screen to its labels large.
const (
	minZoom = 0.05
	maxZoom = 4.0
	// minTextPx is the smallest text drawn: smaller is unreadable, and
	// each run costs a texture.
	minTextPx = 4.0
)

// placedObject is a canvas object and the scene geometry it shows.
type placedObject struct {
	obj   fyne.CanvasObject
	kind  placedKind
	box   picture.Rect  // box shapes, polygons, text runs and grounds
	a, b  picture.Point // lines
	width float64       // stroke width, units
	size  float64       // text size, units
	item  string
	fill  picture.Role
	line  picture.Role
	text  float32 // the text size drawn last, to re-rasterize only on change
}

type placedKind int

const (
	placedRect placedKind = iota
	placedEllipse
	placedPolygon
	placedLine
	placedText
)

func newChartView() *chartView {
	v := &chartView{zoom: 1, fit: true, maxFit: 1}
	v.ground = canvas.NewRectangle(picture.Color(picture.RolePaper, false))
	v.layer = container0()
	v.ExtendBaseWidget(v)
	return v
}

func container0() *fyne.Container { return &fyne.Container{} }

// setScene shows sc, keeping the view where it is unless fit. The view
// has its size already when a chart's layout comes back, so it fits now
// rather than at the next layout, which may never come.
func (v *chartView) setScene(sc *picture.Scene, nodes map[string]picture.Rect, fit bool) {
	v.scene, v.nodes = sc, nodes
	v.fit = v.fit || fit
	v.build()
	v.fitIfDue()
	v.place()
}

// CreateRenderer draws the paper and the scene on it.
func (v *chartView) CreateRenderer() fyne.WidgetRenderer {
	return &chartRenderer{v: v}
}

type chartRenderer struct{ v *chartView }

func (r *chartRenderer) Layout(s fyne.Size) {
	v := r.v
	// A window lays a screen out at its smallest before it gives it its
	// real size, and the analyst may resize it: a view not moved since it
	// was fitted is fitted again to its new size.
	if s != v.size && v.fitted {
		v.fit = true
	}
	v.size = s
	v.ground.Resize(s)
	v.fitIfDue()
	v.place()
}

func (r *chartRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

func (r *chartRenderer) Refresh() {
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}

func (r *chartRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.v.ground, r.v.layer}
}

func (r *chartRenderer) Destroy() {}

// fitIfDue fits the scene when a fit is due and the view has a size.
func (v *chartView) fitIfDue() {
	if v.fit && v.size.Width > 0 && v.size.Height > 0 && v.scene != nil {
		v.fitScene()
	}
}

// fitScene zooms so the whole scene shows, centred, at no more than
// maxFit (100%, so that a small chart is not blown up; more for the
// legend): a large chart opens whole, its names small, to zoom into.
func (v *chartView) fitScene() {
	b := v.scene.Bounds
	if b.Empty() {
		return
	}
	v.zoom = v.fitZoom()
	v.pan = picture.Point{X: b.X + b.W/2 - float64(v.size.Width)/2/v.zoom, Y: b.Y + b.H/2 - float64(v.size.Height)/2/v.zoom}
	v.fit, v.fitted = false, true
}

// fitZoom is the zoom that shows the whole scene, at no more than maxFit.
func (v *chartView) fitZoom() float64 {
	b := v.scene.Bounds
	if b.Empty() || v.size.Width <= 0 || v.size.Height <= 0 {
		return minZoom
	}
	return clampZoom(math.Min(math.Min(float64(v.size.Width)/b.W, float64(v.size.Height)/b.H), v.maxFit))
}

func clampZoom(z float64) float64 { return math.Max(minZoom, math.Min(maxZoom, z)) }

// toScene is the scene point under a position in the view.
func (v *chartView) toScene(p fyne.Position) picture.Point {
	return picture.Point{X: v.pan.X + float64(p.X)/v.zoom, Y: v.pan.Y + float64(p.Y)/v.zoom}
}

func (v *chartView) toScreen(p picture.Point) fyne.Position {
	return fyne.NewPos(float32((p.X-v.pan.X)*v.zoom), float32((p.Y-v.pan.Y)*v.zoom))
}

// build makes the canvas objects of the scene, once per scene.
func (v *chartView) build() {
	v.placed = v.placed[:0]
	if v.scene == nil {
		v.layer.Objects = nil
		return
	}
	for i := range v.scene.Shapes {
		v.addShape(&v.scene.Shapes[i])
	}
	for i := range v.scene.Texts {
		v.addText(&v.scene.Texts[i])
	}
	objs := make([]fyne.CanvasObject, len(v.placed))
	for i := range v.placed {
		objs[i] = v.placed[i].obj
	}
	v.layer.Objects = objs
	v.recolor()
}

func (v *chartView) addShape(s *picture.Shape) {
	p := placedObject{item: s.Item, fill: s.Fill, line: s.Stroke, width: s.Width, box: s.Box}
	switch s.Kind {
	case picture.ShapeRect, picture.ShapeRoundRect:
		r := canvas.NewRectangle(color.Transparent)
		if s.Kind == picture.ShapeRoundRect {
			p.size = s.Radius // scaled like a text size
		}
		p.obj, p.kind = r, placedRect
	case picture.ShapeEllipse:
		p.obj, p.kind = &canvas.Ellipse{}, placedEllipse
	case picture.ShapeDiamond, picture.ShapePolygon:
		p.obj, p.kind = v.polygon(s.Polygon(), &p), placedPolygon
	case picture.ShapeLine, picture.ShapePolyline:
		for _, run := range picture.DashSegments(s.Points, dashFor(s.Points, s.Dash)) {
			for i := 1; i < len(run); i++ {
				v.placed = append(v.placed, placedObject{obj: &canvas.Line{}, kind: placedLine, a: run[i-1], b: run[i],
					width: s.Width, item: s.Item, line: s.Stroke})
			}
		}
		if tip, l, r, ok := s.ArrowHead(); ok {
			head := placedObject{item: s.Item, fill: s.Stroke}
			head.obj, head.kind = v.polygon([]picture.Point{tip, l, r}, &head), placedPolygon
			v.placed = append(v.placed, head)
		}
		return
	}
	v.placed = append(v.placed, p)
}

// maxDashes bounds the dashes of one line: each is a canvas object, and a
// long line's many dashes would cost every frame. A longer line has
// longer dashes.
const maxDashes = 40

// dashFor is the dash pattern to cut pts into, stretched to at most
// maxDashes dashes.
func dashFor(pts []picture.Point, dash []float64) []float64 {
	if len(dash) == 0 {
		return nil
	}
	length, period := 0.0, 0.0
	for i := 1; i < len(pts); i++ {
		length += pts[i].Sub(pts[i-1]).Len()
	}
	for _, d := range dash {
		period += d
	}
	periods := 2 * length / period / float64(len(dash))
	if periods <= maxDashes {
		return dash
	}
	f := periods / maxDashes
	out := make([]float64, len(dash))
	for i, d := range dash {
		out[i] = d * f
	}
	return out
}

// polygon is a polygon through pts, its points relative to its box so
// that zooming only moves and resizes it.
func (v *chartView) polygon(pts []picture.Point, p *placedObject) *canvas.ArbitraryPolygon {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, q := range pts {
		x0, y0, x1, y1 = math.Min(x0, q.X), math.Min(y0, q.Y), math.Max(x1, q.X), math.Max(y1, q.Y)
	}
	b := picture.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
	b.W, b.H = math.Max(b.W, 1e-6), math.Max(b.H, 1e-6)
	p.box = b
	norm := make([]fyne.Position, len(pts))
	for i, q := range pts {
		norm[i] = fyne.NewPos(float32((q.X-b.X)/b.W), float32((q.Y-b.Y)/b.H))
	}
	// Fyne wants the corners clockwise on screen.
	if signedArea(pts) < 0 {
		for i, j := 0, len(norm)-1; i < j; i, j = i+1, j-1 {
			norm[i], norm[j] = norm[j], norm[i]
		}
	}
	return &canvas.ArbitraryPolygon{Points: norm, NormalizedPoints: true}
}

// signedArea is positive for points clockwise on screen (y down).
func signedArea(pts []picture.Point) float64 {
	a := 0.0
	for i := range pts {
		j := (i + 1) % len(pts)
		a += pts[i].X*pts[j].Y - pts[j].X*pts[i].Y
	}
	return a
}

func (v *chartView) addText(t *picture.Text) {
	box := t.Box()
	if t.Ground != "" {
		g := canvas.NewRectangle(color.Transparent)
		v.placed = append(v.placed, placedObject{obj: g, kind: placedRect, box: box.Inset(-1.2), item: t.Item, fill: t.Ground})
	}
	txt := canvas.NewText(t.Text, color.Black)
	txt.TextStyle.Bold = t.Bold
	// Set in its box, as the anchor says: Fyne draws text at whole pixel
	// sizes, and place rounds the size down, so a run may be a little
	// narrower than the box, never wider.
	switch t.Anchor {
	case picture.AnchorMiddle:
		txt.Alignment = fyne.TextAlignCenter
	case picture.AnchorEnd:
		txt.Alignment = fyne.TextAlignTrailing
	}
	v.placed = append(v.placed, placedObject{obj: txt, kind: placedText, box: box, size: t.Size, item: t.Item, fill: t.Color})
}

// recolor paints every object in its role's colour, faded when something
// is selected and it is not among what the selection brightens.
func (v *chartView) recolor() {
	for i := range v.placed {
		p := &v.placed[i]
		faded := v.bright != nil && !v.bright[p.item]
		fill := func() color.Color {
			if p.fill == "" {
				return color.Transparent
			}
			return picture.Color(p.fill, faded)
		}
		line := func() color.Color {
			switch {
			case p.line == "":
				return color.Transparent
			case v.selected != "" && p.item == v.selected && p.line == picture.RoleNodeLine:
				return picture.Color(picture.RoleHighlight, false)
			}
			return picture.Color(p.line, faded)
		}
		switch o := p.obj.(type) {
		case *canvas.Rectangle:
			o.FillColor, o.StrokeColor = fill(), line()
		case *canvas.Ellipse:
			o.FillColor, o.StrokeColor = fill(), line()
		case *canvas.ArbitraryPolygon:
			o.FillColor, o.StrokeColor = fill(), line()
		case *canvas.Line:
			o.StrokeColor = line()
		case *canvas.Text:
			o.Color = fill()
		}
		p.text = 0 // re-rasterize texts with their new colour
	}
}

// place puts every object where the current pan and zoom show it. This is
// all a pan or a zoom does on the UI thread: no layout, no allocation.
func (v *chartView) place() {
	z := v.zoom
	w, h := float64(v.size.Width), float64(v.size.Height)
	for i := range v.placed {
		p := &v.placed[i]
		switch p.kind {
		case placedLine:
			l := p.obj.(*canvas.Line)
			a, b := v.toScreen(p.a), v.toScreen(p.b)
			l.Position1, l.Position2 = a, b
			l.StrokeWidth = float32(math.Max(p.width*z, 0.6))
			l.Hidden = offscreen(math.Min(float64(a.X), float64(b.X)), math.Min(float64(a.Y), float64(b.Y)),
				math.Abs(float64(a.X-b.X)), math.Abs(float64(a.Y-b.Y)), w, h)
		case placedText:
			t := p.obj.(*canvas.Text)
			px := p.size * z
			pos := v.toScreen(picture.Point{X: p.box.X, Y: p.box.Y})
			if px < minTextPx || offscreen(float64(pos.X), float64(pos.Y), p.box.W*z, p.box.H*z, w, h) {
				t.Hidden = true
				continue
			}
			t.Hidden = false
			// Whole pixels, rounded down: Fyne renders a fractional size
			// at the next whole one up, wider than the label's box.
			size := float32(math.Floor(px))
			t.Move(pos)
			t.Resize(fyne.NewSize(float32(p.box.W*z), float32(p.box.H*z)))
			if size != p.text {
				t.TextSize = size
				p.text = size
				t.Refresh()
			}
		default:
			pos := v.toScreen(picture.Point{X: p.box.X, Y: p.box.Y})
			bw, bh := p.box.W*z, p.box.H*z
			if offscreen(float64(pos.X), float64(pos.Y), bw, bh, w, h) {
				p.obj.Hide()
				continue
			}
			if !p.obj.Visible() {
				p.obj.Show()
			}
			sw := float32(p.width * z)
			if v.selected != "" && p.item == v.selected && p.line == picture.RoleNodeLine {
				sw = float32(math.Max(2.2*p.width*z, 2))
			}
			switch o := p.obj.(type) {
			case *canvas.Rectangle:
				o.StrokeWidth = sw
				o.CornerRadius = float32(p.size * z)
			case *canvas.Ellipse:
				o.StrokeWidth = sw
			case *canvas.ArbitraryPolygon:
				o.StrokeWidth = sw
			}
			p.obj.Move(pos)
			p.obj.Resize(fyne.NewSize(float32(bw), float32(bh)))
		}
	}
	canvas.Refresh(v.layer)
}

// offscreen reports whether a box lies wholly outside the view.
func offscreen(x, y, w, h, vw, vh float64) bool {
	return x > vw || y > vh || x+w < 0 || y+h < 0
}

// Scrolled zooms about the pointer, zoomPerNotch a notch of the wheel.
func (v *chartView) Scrolled(ev *fyne.ScrollEvent) {
	if ev.Scrolled.DY == 0 || v.scene == nil {
		return
	}
	v.zoomBy(wheelZoom(ev.Scrolled.DY), ev.Position)
}

// zoomBy zooms by f keeping the scene point under at where it is, out to
// half the zoom that shows the whole chart at most: further, it is a
// speck in the middle of the paper.
func (v *chartView) zoomBy(f float64, at fyne.Position) {
	before := v.toScene(at)
	v.fitted = false
	v.zoom = math.Max(clampZoom(v.zoom*f), math.Min(v.zoom, v.fitZoom()/2))
	v.pan = picture.Point{X: before.X - float64(at.X)/v.zoom, Y: before.Y - float64(at.Y)/v.zoom}
	v.place()
}

// panBy moves the view by a drag of d pixels.
func (v *chartView) panBy(dx, dy float32) {
	v.fitted = false
	v.pan = v.pan.Sub(picture.Point{X: float64(dx) / v.zoom, Y: float64(dy) / v.zoom})
	v.place()
}

// Dragged pans, or drags the actor the drag began on.
func (v *chartView) Dragged(ev *fyne.DragEvent) {
	if v.drag == dragNone {
		start := v.toScene(ev.Position.Subtract(ev.Dragged))
		v.drag = dragPan
		if id := v.nodeAt(start); id != "" && v.onDrag != nil {
			v.drag = dragNode
			v.dragging = id
			v.dragStart = v.nodes[id].Center()
			v.dragBy = picture.Point{}
		}
	}
	if v.drag == dragPan {
		v.panBy(ev.Dragged.DX, ev.Dragged.DY)
		return
	}
	v.dragBy = v.dragBy.Add(picture.Point{X: float64(ev.Dragged.DX) / v.zoom, Y: float64(ev.Dragged.DY) / v.zoom})
	v.onDrag(v.dragging, v.dragStart.Add(v.dragBy))
}

// DragEnd drops a dragged actor where it is.
func (v *chartView) DragEnd() {
	if v.drag == dragNode && v.onDrop != nil {
		v.onDrop(v.dragging, v.dragStart.Add(v.dragBy))
	}
	v.drag, v.dragging = dragNone, ""
}

// nodeAt is the actor whose node is at p, or "".
func (v *chartView) nodeAt(p picture.Point) string {
	if v.scene == nil {
		return ""
	}
	id := v.scene.Hit(p, 0)
	if _, ok := v.nodes[id]; ok {
		return id
	}
	return ""
}

// hitTolerance is how near a line, in pixels, a tap picks it.
const hitTolerance = 4

// Tapped selects what is under the pointer, or clears the selection.
func (v *chartView) Tapped(ev *fyne.PointEvent) {
	if v.onSelect == nil || v.scene == nil {
		return
	}
	v.onSelect(v.scene.Hit(v.toScene(ev.Position), hitTolerance/v.zoom))
}

// DoubleTapped opens what is under the pointer.
func (v *chartView) DoubleTapped(ev *fyne.PointEvent) {
	if v.onOpen == nil || v.scene == nil {
		return
	}
	if item := v.scene.Hit(v.toScene(ev.Position), hitTolerance/v.zoom); item != "" {
		v.onOpen(item)
	}
}

// setBright outlines selected and brightens only the items in bright
// (nil: all).
func (v *chartView) setBright(selected string, bright map[string]bool) {
	v.selected, v.bright = selected, bright
	v.recolor()
	v.place()
}
