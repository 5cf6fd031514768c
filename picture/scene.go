package picture

import "math"

// The primitives every picture is made of. A Scene is laid out once, in
// abstract units (a point at 100%: a 9-unit label is 9 pt on the page and
// 9 px on the screen at 100% zoom), x to the right and y down; the Fyne
// widget and the PDF writer only scale, translate and paint it. Each shape
// and text run names the case item it draws, so that painters can hit-test,
// highlight and open it without knowing how the picture was made.

// Point is a position in scene units.
type Point struct{ X, Y float64 }

// Add is p moved by q.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// Sub is p less q.
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

// Scale is p times f.
func (p Point) Scale(f float64) Point { return Point{p.X * f, p.Y * f} }

// Len is p's distance from the origin.
func (p Point) Len() float64 { return math.Hypot(p.X, p.Y) }

// Rect is an axis-aligned box: its top-left corner and its size.
type Rect struct{ X, Y, W, H float64 }

// RectAround is the box of size w×h centred on c.
func RectAround(c Point, w, h float64) Rect { return Rect{c.X - w/2, c.Y - h/2, w, h} }

// Center is the box's centre.
func (r Rect) Center() Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// Max is the bottom-right corner.
func (r Rect) Max() Point { return Point{r.X + r.W, r.Y + r.H} }

// Empty reports whether the box has no area.
func (r Rect) Empty() bool { return r.W <= 0 || r.H <= 0 }

// Contains reports whether p is inside the box or on its edge.
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.X <= r.X+r.W && p.Y >= r.Y && p.Y <= r.Y+r.H
}

// Overlaps reports whether the boxes share any area.
func (r Rect) Overlaps(o Rect) bool {
	return r.X < o.X+o.W && o.X < r.X+r.W && r.Y < o.Y+o.H && o.Y < r.Y+r.H
}

// Overlap is the area the boxes share.
func (r Rect) Overlap(o Rect) float64 {
	w := math.Min(r.X+r.W, o.X+o.W) - math.Max(r.X, o.X)
	h := math.Min(r.Y+r.H, o.Y+o.H) - math.Max(r.Y, o.Y)
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h
}

// Inset is the box shrunk by d on every side (grown, for a negative d).
func (r Rect) Inset(d float64) Rect { return Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d} }

// Union is the smallest box holding both; an empty box adds nothing.
func (r Rect) Union(o Rect) Rect {
	if r.Empty() {
		return o
	}
	if o.Empty() {
		return r
	}
	x0, y0 := math.Min(r.X, o.X), math.Min(r.Y, o.Y)
	x1, y1 := math.Max(r.X+r.W, o.X+o.W), math.Max(r.Y+r.H, o.Y+o.H)
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

// Kind is what a shape is.
type Kind int

// Shape kinds. Box shapes (Rect, RoundRect, Ellipse, Diamond) fill their
// Box; point shapes (Polygon, Line, Polyline) join their Points.
const (
	ShapeRect      Kind = iota // Box
	ShapeRoundRect             // Box, corners of Radius
	ShapeEllipse               // the ellipse inscribed in Box
	ShapeDiamond               // the diamond inscribed in Box
	ShapePolygon               // closed, through Points
	ShapeLine                  // Points[0] to Points[1]
	ShapePolyline              // open, through Points
)

// Shape is one stroked and/or filled figure.
type Shape struct {
	Kind   Kind
	Item   string  // the id of the case item it draws; "" for a legend, a frame, a chip's ground
	Box    Rect    // box shapes
	Points []Point // point shapes
	Radius float64 // ShapeRoundRect's corner radius

	Fill   Role    // "" for none
	Stroke Role    // "" for none
	Width  float64 // stroke width in units
	Dash   []float64
	// Arrow puts a filled arrowhead, in the stroke's role, on the last
	// point of a line or polyline; ArrowHead gives its corners.
	Arrow bool
	// Muted shapes are background: a painter draws them lighter when it
	// highlights something else.
	Muted bool
}

// Bounds is the box the shape covers, without its stroke's width.
func (s *Shape) Bounds() Rect {
	switch s.Kind {
	case ShapePolygon, ShapeLine, ShapePolyline:
		return pointsBounds(s.Points).Inset(-math.Max(s.Width/2, 0.5))
	}
	return s.Box
}

// Polygon is the shape's outline as points, for painters that draw box
// shapes as polygons: the diamond's four corners, a rectangle's four.
// Ellipses and rounded rectangles have none (nil).
func (s *Shape) Polygon() []Point {
	b := s.Box
	switch s.Kind {
	case ShapePolygon:
		return s.Points
	case ShapeRect:
		return []Point{{b.X, b.Y}, {b.X + b.W, b.Y}, {b.X + b.W, b.Y + b.H}, {b.X, b.Y + b.H}}
	case ShapeDiamond:
		c := b.Center()
		return []Point{{c.X, b.Y}, {b.X + b.W, c.Y}, {c.X, b.Y + b.H}, {b.X, c.Y}}
	}
	return nil
}

// ArrowLength and ArrowWidth size arrowheads, in units, for a stroke of
// width 1; heads grow with the square root of the width.
const (
	ArrowLength = 7.0
	ArrowWidth  = 5.0
)

// ArrowHead is the triangle of a line's arrowhead: its tip (the last
// point) and its two back corners. ok is false for a shape without one.
func (s *Shape) ArrowHead() (tip, left, right Point, ok bool) {
	n := len(s.Points)
	if !s.Arrow || n < 2 || (s.Kind != ShapeLine && s.Kind != ShapePolyline) {
		return
	}
	tip = s.Points[n-1]
	// The direction the line arrives in, from the last point far enough
	// back to give one.
	from := s.Points[n-2]
	for i := n - 2; i >= 0 && tip.Sub(s.Points[i]).Len() < 1e-6; i-- {
		from = s.Points[i]
	}
	d := tip.Sub(from)
	l := d.Len()
	if l < 1e-9 {
		return
	}
	d = d.Scale(1 / l)
	size := math.Sqrt(math.Max(s.Width, 0.5))
	back := tip.Sub(d.Scale(ArrowLength * size))
	n2 := Point{-d.Y, d.X}.Scale(ArrowWidth / 2 * size)
	return tip, back.Add(n2), back.Sub(n2), true
}

// Anchor says where a text run's position is along it.
type Anchor int

// Anchors.
const (
	AnchorStart  Anchor = iota // the run begins at At
	AnchorMiddle               // the run is centred on At
	AnchorEnd                  // the run ends at At
)

// Text is one run of text on one line. At is on the baseline.
type Text struct {
	Item   string
	Text   string
	At     Point
	Size   float64 // font size in units
	Bold   bool
	Anchor Anchor
	Color  Role
	// Ground, when set, is filled behind the run (its Box) so that it
	// reads over the lines it sits on.
	Ground Role
	Muted  bool
}

// Box is the run's extent: from its ascent to its descent and along its
// measured width.
func (t *Text) Box() Rect {
	w := TextWidth(t.Text, t.Size, t.Bold)
	x := t.At.X
	switch t.Anchor {
	case AnchorMiddle:
		x -= w / 2
	case AnchorEnd:
		x -= w
	}
	return Rect{x, t.At.Y - Ascent*t.Size, w, (Ascent + Descent) * t.Size}
}

// Scene is a whole picture: its shapes and then its text, each in the
// order painted (later over earlier), within Bounds.
type Scene struct {
	Bounds Rect
	Shapes []Shape
	Texts  []Text
}

// Add appends a shape.
func (sc *Scene) Add(s Shape) { sc.Shapes = append(sc.Shapes, s) }

// AddText appends a text run.
func (sc *Scene) AddText(t Text) { sc.Texts = append(sc.Texts, t) }

// Fit recomputes Bounds from what the scene holds, with a margin.
func (sc *Scene) Fit(margin float64) {
	var b Rect
	for i := range sc.Shapes {
		b = b.Union(sc.Shapes[i].Bounds())
	}
	for i := range sc.Texts {
		b = b.Union(sc.Texts[i].Box())
	}
	sc.Bounds = b.Inset(-margin)
}

// Translate moves everything in the scene by d.
func (sc *Scene) Translate(d Point) {
	sc.Bounds.X += d.X
	sc.Bounds.Y += d.Y
	for i := range sc.Shapes {
		s := &sc.Shapes[i]
		s.Box.X += d.X
		s.Box.Y += d.Y
		pts := make([]Point, len(s.Points))
		for j, p := range s.Points {
			pts[j] = p.Add(d)
		}
		s.Points = pts
	}
	for i := range sc.Texts {
		sc.Texts[i].At = sc.Texts[i].At.Add(d)
	}
}

// DashSegments cuts a line through pts into the dashes of pattern (on,
// off, on, off... in units), for painters that cannot dash a stroke: each
// dash is a run of points to join.
func DashSegments(pts []Point, pattern []float64) [][]Point {
	if len(pattern) == 0 || len(pts) < 2 {
		return [][]Point{pts}
	}
	var out [][]Point
	var cur []Point
	k, left, on := 0, pattern[0], true
	if on {
		cur = []Point{pts[0]}
	}
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		seg := b.Sub(a).Len()
		pos := 0.0
		for seg-pos > left {
			pos += left
			p := a.Add(b.Sub(a).Scale(pos / seg))
			if on {
				out = append(out, append(cur, p))
				cur = nil
			} else {
				cur = []Point{p}
			}
			on = !on
			k = (k + 1) % len(pattern)
			left = math.Max(pattern[k], 0.1)
		}
		left -= seg - pos
		if on {
			cur = append(cur, b)
		}
	}
	if on && len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

func pointsBounds(pts []Point) Rect {
	if len(pts) == 0 {
		return Rect{}
	}
	x0, y0, x1, y1 := pts[0].X, pts[0].Y, pts[0].X, pts[0].Y
	for _, p := range pts[1:] {
		x0, y0 = math.Min(x0, p.X), math.Min(y0, p.Y)
		x1, y1 = math.Max(x1, p.X), math.Max(y1, p.Y)
	}
	return Rect{x0, y0, x1 - x0, y1 - y0}
}
