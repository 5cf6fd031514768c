package app

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/casefile/casefile/picture"
)

// scenePainter paints a picture.Scene, scaled, with canvas objects it
// keeps from frame to frame: a frame sets the objects' places and colours
// and hides those it does not need, so that panning allocates next to
// nothing. Objects are layered by kind (fills, then lines, then dots and
// polygons, then text), the order the timeline's scenes are drawn in; a
// text keeps its object, and so its rendered texture, while it stays in
// view.
type scenePainter struct {
	root    *fyne.Container
	layers  [5]*fyne.Container
	rects   pool[*canvas.Rectangle]
	lines   pool[*canvas.Line]
	dots    pool[*canvas.Ellipse]
	polys   pool[*canvas.ArbitraryPolygon]
	texts   map[textKey][]*canvas.Text // by what they show
	used    map[textKey]int            // this frame's, per key
	spare   []*canvas.Text
	drawn   int // objects shown by the last frame
	textsOn int
}

type textKey struct {
	text  string
	size  float32
	bold  bool
	color color.NRGBA
}

// pool is the objects of one kind, the first n of them in use.
type pool[T fyne.CanvasObject] struct {
	objs []T
	n    int
}

func (p *pool[T]) next(layer *fyne.Container, make func() T) T {
	if p.n == len(p.objs) {
		o := make()
		p.objs = append(p.objs, o)
		layer.Objects = append(layer.Objects, o)
	}
	o := p.objs[p.n]
	p.n++
	return o
}

// hideRest hides the objects this frame did not use.
func (p *pool[T]) hideRest() {
	for _, o := range p.objs[p.n:] {
		o.Hide()
	}
}

const (
	layerRects = iota
	layerLines
	layerDots
	layerPolys
	layerTexts
)

func newScenePainter() *scenePainter {
	p := &scenePainter{texts: map[textKey][]*canvas.Text{}, used: map[textKey]int{}}
	objs := make([]fyne.CanvasObject, len(p.layers))
	for i := range p.layers {
		p.layers[i] = &fyne.Container{}
		objs[i] = p.layers[i]
	}
	p.root = &fyne.Container{Objects: objs}
	return p
}

// paint shows sc with a scene point at (X*scale, Y*scale).
func (p *scenePainter) paint(sc *picture.Scene, scale float64) {
	p.rects.n, p.lines.n, p.dots.n, p.polys.n = 0, 0, 0, 0
	for i := range sc.Shapes {
		p.shape(&sc.Shapes[i], scale)
	}
	clear(p.used)
	for i := range sc.Texts {
		p.text(&sc.Texts[i], scale)
	}
	// Texts no longer shown go back to the spares, hidden.
	shown := 0
	for k, objs := range p.texts {
		n := p.used[k]
		for _, t := range objs[n:] {
			t.Hide()
			p.spare = append(p.spare, t)
		}
		if n == 0 {
			delete(p.texts, k)
		} else {
			p.texts[k] = objs[:n]
		}
		shown += n
	}
	p.rects.hideRest()
	p.lines.hideRest()
	p.dots.hideRest()
	p.polys.hideRest()
	p.drawn = p.rects.n + p.lines.n + p.dots.n + p.polys.n + shown
	p.textsOn = shown
	for _, l := range p.layers {
		canvas.Refresh(l)
	}
}

func color0(r picture.Role, muted bool) color.Color {
	if r == "" {
		return color.Transparent
	}
	return picture.Color(r, muted)
}

func (p *scenePainter) shape(s *picture.Shape, scale float64) {
	if s.Fill == "" && s.Stroke == "" {
		return // a box that only takes clicks
	}
	at := func(q picture.Point) fyne.Position { return fyne.NewPos(float32(q.X*scale), float32(q.Y*scale)) }
	stroke := float32(math.Max(s.Width*scale, 0.6))
	switch s.Kind {
	case picture.ShapeRect, picture.ShapeRoundRect:
		r := p.rects.next(p.layers[layerRects], func() *canvas.Rectangle { return &canvas.Rectangle{} })
		r.FillColor, r.StrokeColor = color0(s.Fill, s.Muted), color0(s.Stroke, s.Muted)
		r.StrokeWidth = 0
		if s.Stroke != "" {
			r.StrokeWidth = stroke
		}
		r.CornerRadius = float32(s.Radius * scale)
		place(r, at(picture.Point{X: s.Box.X, Y: s.Box.Y}), s.Box.W*scale, s.Box.H*scale)
	case picture.ShapeEllipse:
		e := p.dots.next(p.layers[layerDots], func() *canvas.Ellipse { return &canvas.Ellipse{} })
		e.FillColor, e.StrokeColor = color0(s.Fill, s.Muted), color0(s.Stroke, s.Muted)
		e.StrokeWidth = stroke
		place(e, at(picture.Point{X: s.Box.X, Y: s.Box.Y}), s.Box.W*scale, s.Box.H*scale)
	case picture.ShapeDiamond, picture.ShapePolygon:
		p.polygon(s.Polygon(), s.Fill, s.Stroke, s.Muted, stroke, scale)
	case picture.ShapeLine, picture.ShapePolyline:
		c := color0(s.Stroke, s.Muted)
		for _, run := range picture.DashSegments(s.Points, s.Dash) {
			for i := 1; i < len(run); i++ {
				l := p.lines.next(p.layers[layerLines], func() *canvas.Line { return &canvas.Line{} })
				l.StrokeColor, l.StrokeWidth = c, stroke
				l.Position1, l.Position2 = at(run[i-1]), at(run[i])
				l.Hidden = false
			}
		}
		if tip, a, b, ok := s.ArrowHead(); ok {
			p.polygon([]picture.Point{tip, a, b}, s.Stroke, "", s.Muted, 0, scale)
		}
	}
}

// place moves and sizes o and shows it.
func place(o fyne.CanvasObject, pos fyne.Position, w, h float64) {
	o.Move(pos)
	o.Resize(fyne.NewSize(float32(w), float32(h)))
	if !o.Visible() {
		o.Show()
	}
}

// polygon is a polygon through pts, its corners relative to its box so
// that moving it only moves the box.
func (p *scenePainter) polygon(pts []picture.Point, fill, line picture.Role, muted bool, width float32, scale float64) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, q := range pts {
		x0, y0, x1, y1 = math.Min(x0, q.X), math.Min(y0, q.Y), math.Max(x1, q.X), math.Max(y1, q.Y)
	}
	w, h := math.Max(x1-x0, 1e-6), math.Max(y1-y0, 1e-6)
	ap := p.polys.next(p.layers[layerPolys], func() *canvas.ArbitraryPolygon {
		return &canvas.ArbitraryPolygon{NormalizedPoints: true}
	})
	if cap(ap.Points) < len(pts) {
		ap.Points = make([]fyne.Position, len(pts))
	}
	ap.Points = ap.Points[:len(pts)]
	for i, q := range pts {
		ap.Points[i] = fyne.NewPos(float32((q.X-x0)/w), float32((q.Y-y0)/h))
	}
	// Fyne wants the corners clockwise on screen.
	if area(pts) < 0 {
		for i, j := 0, len(ap.Points)-1; i < j; i, j = i+1, j-1 {
			ap.Points[i], ap.Points[j] = ap.Points[j], ap.Points[i]
		}
	}
	ap.FillColor, ap.StrokeColor, ap.StrokeWidth = color0(fill, muted), color0(line, muted), width
	place(ap, fyne.NewPos(float32(x0*scale), float32(y0*scale)), w*scale, h*scale)
}

// area is positive for points clockwise on screen (y down).
func area(pts []picture.Point) float64 {
	a := 0.0
	for i := range pts {
		j := (i + 1) % len(pts)
		a += pts[i].X*pts[j].Y - pts[j].X*pts[i].Y
	}
	return a
}

// text sets a run in its box, as its anchor says, at whole pixels
// rounded down (Fyne renders a fractional size at the next whole one up,
// wider than the box), on its ground when it has one.
func (p *scenePainter) text(t *picture.Text, scale float64) {
	px := float32(math.Floor(t.Size * scale))
	if px < 4 {
		return
	}
	box := t.Box()
	if t.Ground != "" {
		g := p.rects.next(p.layers[layerRects], func() *canvas.Rectangle { return &canvas.Rectangle{} })
		g.FillColor, g.StrokeWidth, g.CornerRadius = picture.Color(t.Ground, false), 0, 0
		b := box.Inset(-1)
		place(g, fyne.NewPos(float32(b.X*scale), float32(b.Y*scale)), b.W*scale, b.H*scale)
	}
	key := textKey{text: t.Text, size: px, bold: t.Bold, color: picture.Color(t.Color, t.Muted)}
	n := p.used[key]
	p.used[key] = n + 1
	objs := p.texts[key]
	var txt *canvas.Text
	if n < len(objs) {
		txt = objs[n]
	} else {
		if k := len(p.spare); k > 0 {
			txt = p.spare[k-1]
			p.spare = p.spare[:k-1]
		} else {
			txt = &canvas.Text{}
			p.layers[layerTexts].Objects = append(p.layers[layerTexts].Objects, txt)
		}
		txt.Text, txt.TextSize, txt.Color = t.Text, px, key.color
		txt.TextStyle = fyne.TextStyle{Bold: t.Bold}
		txt.Refresh()
		p.texts[key] = append(objs, txt)
	}
	switch t.Anchor {
	case picture.AnchorMiddle:
		txt.Alignment = fyne.TextAlignCenter
	case picture.AnchorEnd:
		txt.Alignment = fyne.TextAlignTrailing
	default:
		txt.Alignment = fyne.TextAlignLeading
	}
	place(txt, fyne.NewPos(float32(box.X*scale), float32(box.Y*scale)), box.W*scale, box.H*scale)
}
