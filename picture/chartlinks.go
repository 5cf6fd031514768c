package picture

import (
	"math"

	"github.com/casefile/casefile/casefile"
)

// A link is an arrow from one actor's outline to the other's, in its
// family's colour and weight, dashed when inferred (dotted for an
// affiliation), labelled with its type on a white ground at the first
// place along it where the label covers no actor and no other label.
// Several links between the same two actors bow apart, so each keeps its
// own line and label.
const (
	LinkTextSize  = 7.5   // the type's size, units
	linkLabelMax  = 110.0 // the widest a type's label may be
	linkBow       = 18.0  // how far apart parallel links bow, at their middles
	linkSteps     = 24    // segments a bowed link is drawn with
	chipTextSize  = 5.5   // a TLP label's size on the chart
	chipPadX      = 1.6
	labelPadX     = 1.5
	labelPadY     = 0.6
	labelClear    = 2.0 // room kept around actors when placing a label
	arrowClearing = 1.0 // the tip stops this short of the outline
)

func linkLabel(l Link) string { return Fit(string(l.Type), LinkTextSize, false, linkLabelMax) }

func linkLabelWidth(l Link) float64 {
	return TextWidth(linkLabel(l), LinkTextSize, false) + chipWidth(l.Chip)
}

// chipWidth is the width of a TLP label chip for m, or 0 for none.
func chipWidth(m casefile.Marking) float64 {
	if !showsChip(m) {
		return 0
	}
	return TextWidth(chipText(m), chipTextSize, true) + 2*chipPadX + 2
}

func showsChip(m casefile.Marking) bool { return m != "" }

func chipText(m casefile.Marking) string { return string(m) }

// linkPath is the line of a link: a straight line between the centres, or
// for the i-th of n links joining the same two actors a curve bowed to
// one side, cut where it leaves the first actor's outline and enters the
// second's.
func linkPath(from, to *Shape, bow float64) []Point {
	a, b := from.Box.Center(), to.Box.Center()
	d := b.Sub(a)
	l := d.Len()
	if l < 1e-6 {
		return nil
	}
	normal := Point{-d.Y / l, d.X / l}
	ctrl := a.Add(d.Scale(0.5)).Add(normal.Scale(2 * bow))
	at := func(t float64) Point { // the quadratic Bézier through a, ctrl, b
		u := 1 - t
		return a.Scale(u * u).Add(ctrl.Scale(2 * u * t)).Add(b.Scale(t * t))
	}
	t0 := edgeOf(from, at, 0, 1)
	t1 := edgeOf(to, at, 1, 0)
	if t1 <= t0 {
		return nil // the outlines overlap
	}
	steps := 1
	if bow != 0 {
		steps = linkSteps
	}
	pts := make([]Point, 0, steps+1)
	for i := 0; i <= steps; i++ {
		pts = append(pts, at(t0+(t1-t0)*float64(i)/float64(steps)))
	}
	return pts
}

// edgeOf finds, between in (inside s) and out (outside), the parameter of
// the curve where it crosses s's outline, a little outside it.
func edgeOf(s *Shape, at func(float64) Point, in, out float64) float64 {
	if contains(s, at(out)) {
		return out
	}
	for range 30 {
		mid := (in + out) / 2
		if contains(s, at(mid)) {
			in = mid
		} else {
			out = mid
		}
	}
	// Step out a little further, so that a stroke does not touch the line.
	length := at(0).Sub(at(1)).Len()
	if length > 0 {
		step := arrowClearing / length
		if out > in {
			return math.Min(out+step, 1)
		}
		return math.Max(out-step, 0)
	}
	return out
}

// linkShape is the stroke of a link along pts.
func linkShape(l Link, pts []Point) Shape {
	st := FamilyStyle(l.Family)
	s := Shape{Kind: ShapePolyline, Item: l.ID, Points: pts, Stroke: st.Role, Width: st.Width, Arrow: true}
	if len(pts) == 2 {
		s.Kind = ShapeLine
	}
	switch {
	case l.Family == Affiliation:
		s.Dash = AffiliationDash
	case l.Inferred:
		s.Dash = InferredDash
	}
	return s
}

// placeLabel finds where along pts a label of size w×h goes: the first of
// a few places from the middle outwards that overlaps nothing placed;
// failing that, the first of the same places moved a label's height to
// either side of the line (where a crowd of links leaves no room on
// them); or else the one of all these that overlaps least.
func placeLabel(pts []Point, w, h float64, taken *grid) Rect {
	best, bestCost := Rect{}, math.Inf(1)
	for _, off := range []float64{0, h + 1, -h - 1} {
		for _, t := range []float64{0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82} {
			r := RectAround(aside(pts, t, off), w, h)
			cost := taken.overlap(r)
			if cost == 0 {
				return r
			}
			if cost < bestCost {
				best, bestCost = r, cost
			}
		}
	}
	return best
}

// aside is the point off to the left of the way along pts at fraction t
// (to the right when off is negative), square to the line there.
func aside(pts []Point, t, off float64) Point {
	p := along(pts, t)
	if off == 0 {
		return p
	}
	d := along(pts, math.Min(t+0.01, 1)).Sub(along(pts, math.Max(t-0.01, 0)))
	if l := d.Len(); l > 0 {
		p = p.Add(Point{-d.Y / l, d.X / l}.Scale(off))
	}
	return p
}

// along is the point at fraction t of the way along pts.
func along(pts []Point, t float64) Point {
	total := 0.0
	for i := 1; i < len(pts); i++ {
		total += pts[i].Sub(pts[i-1]).Len()
	}
	want := total * t
	for i := 1; i < len(pts); i++ {
		seg := pts[i].Sub(pts[i-1]).Len()
		if want <= seg && seg > 0 {
			return pts[i-1].Add(pts[i].Sub(pts[i-1]).Scale(want / seg))
		}
		want -= seg
	}
	return pts[len(pts)-1]
}

// linkTexts are a link's label runs in the box r: its type and its TLP
// label chip, if it has one.
func linkTexts(l Link, label string, r Rect) []Text {
	st := FamilyStyle(l.Family)
	base := r.Y + labelPadY + Ascent*LinkTextSize
	out := []Text{{Item: l.ID, Text: label, At: Point{r.X + labelPadX, base}, Size: LinkTextSize, Color: st.Role, Ground: RoleGround}}
	if showsChip(l.Chip) {
		x := r.X + labelPadX + TextWidth(label, LinkTextSize, false) + 2
		out = append(out, chip(l.ID, l.Chip, Point{x, base - (Ascent*LinkTextSize-Ascent*chipTextSize)/2}))
	}
	return out
}

// chip is a TLP label starting at the baseline point at, in FIRST's
// colours: the marking's colour on black.
func chip(item string, m casefile.Marking, at Point) Text {
	return Text{Item: item, Text: chipText(m), At: Point{at.X + chipPadX, at.Y}, Size: chipTextSize, Bold: true,
		Color: MarkingRole(m), Ground: RoleMarkingGround}
}

// grid finds what a box overlaps among the boxes added so far, looking
// only at those in the cells it touches.
type grid struct {
	cell  float64
	cells map[[2]int][]Rect
}

func newGrid(cell float64) *grid { return &grid{cell: cell, cells: map[[2]int][]Rect{}} }

func (g *grid) span(r Rect) (x0, y0, x1, y1 int) {
	return int(math.Floor(r.X / g.cell)), int(math.Floor(r.Y / g.cell)), int(math.Floor((r.X + r.W) / g.cell)), int(math.Floor((r.Y + r.H) / g.cell))
}

func (g *grid) add(r Rect) {
	x0, y0, x1, y1 := g.span(r)
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			g.cells[[2]int{x, y}] = append(g.cells[[2]int{x, y}], r)
		}
	}
}

// overlap is the area r shares with the boxes added (a box in several
// cells counts in each: only zero or not, and which is least, matter).
func (g *grid) overlap(r Rect) float64 {
	x0, y0, x1, y1 := g.span(r)
	total := 0.0
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			for _, o := range g.cells[[2]int{x, y}] {
				total += r.Overlap(o)
			}
		}
	}
	return total
}
