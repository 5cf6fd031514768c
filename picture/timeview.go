package picture

import (
	"math"
	"sort"

	"github.com/casefile/casefile/casefile"
)

// TimeView is one view of a laid-out timeline: which days the time area
// shows and how wide, and which of the lanes. Draw draws it in its own
// frame: x from 0 (the lane names, then the time area from
// TimeLaneWidth to Width), y from 0 (the axis, then the lanes from
// TimeAxisHeight).
//
// Days map to x through the layout's axis (Axis: stretches of time, each
// at its own scale, with a short break between two stretches years apart)
// and then the view's own zoom and pan: x = TimeLaneWidth + (axis x −
// Offset) × Zoom.
type TimeView struct {
	Axis []TimeSegment
	// Offset is the axis x at the time area's left edge; Zoom the units
	// an axis unit spans (1 at the layout's fit).
	Offset, Zoom float64
	Width        float64 // the frame's width, lane names included
	// Top is the lanes' y at the top of the lane area, and Height the
	// frame's height, axis included (0: every lane from Top). Only whole
	// rows are drawn.
	Top, Height float64
	// Highlight, when not nil, marks the items drawn bright (a search's
	// matches, their titles on a ground); the others are drawn muted.
	Highlight map[string]bool
	// Brush, when its days differ, is a range being chosen, drawn as a
	// band over the lanes.
	Brush [2]float64
}

// TimeSegment is a stretch of the axis: days From to To drawn from axis x
// X0 to X1. Between two segments the axis is broken: the years between
// hold no dated item, and are drawn across a short gap.
type TimeSegment struct {
	From, To, X0, X1 float64
}

func (s TimeSegment) perDay() float64 { return (s.X1 - s.X0) / (s.To - s.From) }

// axisX is where day t is on the axis, before zoom and pan: within a
// segment at its scale, in a break across the gap, and beyond the ends at
// the nearest segment's scale.
func (v TimeView) axisX(t float64) float64 {
	a := v.Axis
	if len(a) == 0 {
		return t
	}
	i := sort.Search(len(a), func(i int) bool { return a[i].To >= t })
	switch {
	case i == len(a):
		s := a[len(a)-1]
		return s.X1 + (t-s.To)*s.perDay()
	case t >= a[i].From || i == 0:
		return a[i].X0 + (t-a[i].From)*a[i].perDay()
	}
	p, n := a[i-1], a[i] // in the break between p and n
	return p.X1 + (t-p.To)/(n.From-p.To)*(n.X0-p.X1)
}

// axisDay is the day at axis x: axisX's inverse.
func (v TimeView) axisDay(x float64) float64 {
	a := v.Axis
	if len(a) == 0 {
		return x
	}
	i := sort.Search(len(a), func(i int) bool { return a[i].X1 >= x })
	switch {
	case i == len(a):
		s := a[len(a)-1]
		return s.To + (x-s.X1)/s.perDay()
	case x >= a[i].X0 || i == 0:
		return a[i].From + (x-a[i].X0)/a[i].perDay()
	}
	p, n := a[i-1], a[i]
	return p.To + (x-p.X1)/(n.X0-p.X1)*(n.From-p.To)
}

// X is where day t is in the view's frame.
func (v TimeView) X(t float64) float64 { return TimeLaneWidth + (v.axisX(t)-v.Offset)*v.Zoom }

// Day is the day at x in the view's frame.
func (v TimeView) Day(x float64) float64 { return v.axisDay(v.Offset + (x-TimeLaneWidth)/v.Zoom) }

// From and To are the days at the time area's left and right edges.
func (v TimeView) From() float64 { return v.Day(TimeLaneWidth) }

// To is the day at the time area's right edge.
func (v TimeView) To() float64 { return v.Day(v.Width) }

// minPerDay is the fewest units a day spans anywhere on the view's axis.
func (v TimeView) minPerDay() float64 {
	least := math.Inf(1)
	for _, s := range v.Axis {
		least = math.Min(least, s.perDay())
	}
	if math.IsInf(least, 1) {
		least = 1
	}
	return least * v.Zoom
}

// Zoomed is the view zoomed by f about frame x, its Zoom kept within
// [lo, hi].
func (v TimeView) Zoomed(f, x, lo, hi float64) TimeView {
	at := v.Offset + (x-TimeLaneWidth)/v.Zoom
	v.Zoom = math.Max(lo, math.Min(hi, v.Zoom*f))
	v.Offset = at - (x-TimeLaneWidth)/v.Zoom
	return v
}

// Panned is the view moved by dx frame units: a positive dx brings
// earlier days into view.
func (v TimeView) Panned(dx float64) TimeView {
	v.Offset -= dx / v.Zoom
	return v
}

// Spanning is the view showing the days between frame x0 and x1 across
// its whole time area, its Zoom kept within [lo, hi].
func (v TimeView) Spanning(x0, x1, lo, hi float64) TimeView {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if x1-x0 < 1 {
		return v
	}
	a := v.Offset + (x0-TimeLaneWidth)/v.Zoom
	b := v.Offset + (x1-TimeLaneWidth)/v.Zoom
	z := math.Max(lo, math.Min(hi, (v.Width-TimeLaneWidth)/(b-a)))
	v.Offset = (a+b)/2 - (v.Width-TimeLaneWidth)/2/z
	v.Zoom = z
	return v
}

// Mark sizes, in units.
const (
	markRadius  = 4.0  // an event's point
	markDiamond = 10.0 // a statement's
	barHalf     = 3.5  // half a bar's height
	capHalf     = 6.0  // half an end cap's
	fuzzLength  = 14.0 // how far "about" fades beyond the date
	tailLength  = 22.0 // an open end's fading tail, to its arrow's tip
	minBar      = 3.0  // the narrowest a bar is drawn
)

// pieceX is one date of a mark as a view draws it.
type pieceX struct {
	x0, x1     float64 // the bar's ends, or the point's sides
	xc         float64 // the point's centre, or the bar's middle
	point      bool
	start, end int // decorations of each side: see sideDecor
	inferred   bool
}

// Side decorations.
const (
	sideFirm = iota
	sideFuzzy
	sideOpen
)

func pieceOf(d *TimeDate, v TimeView) pieceX {
	p := pieceX{point: d.Point(), inferred: d.Date.Inferred}
	p.start, p.end = bound(d.Date.StartBound()), bound(d.Date.EndBound())
	if p.point {
		p.xc = v.X(d.Start + 0.5)
		p.x0, p.x1 = p.xc-markDiamond/2, p.xc+markDiamond/2
		return p
	}
	p.x0, p.x1 = v.X(d.Start), v.X(d.End)
	if p.x1-p.x0 < minBar {
		mid := (p.x0 + p.x1) / 2
		p.x0, p.x1 = mid-minBar/2, mid+minBar/2
	}
	p.xc = (p.x0 + p.x1) / 2
	return p
}

func bound(b casefile.Bound) int {
	switch b {
	case casefile.BoundFuzzy:
		return sideFuzzy
	case casefile.BoundOpen:
		return sideOpen
	}
	return sideFirm
}

// outer is how far the piece's decorations reach on each side.
func (p pieceX) outer() (left, right float64) {
	reach := func(side int) float64 {
		switch side {
		case sideFuzzy:
			return fuzzLength
		case sideOpen:
			return tailLength
		}
		return 0
	}
	return p.x0 - reach(p.start), p.x1 + reach(p.end)
}

// groupExtent is how far an item's marks reach in view v, without their
// label: every date's mark and decorations.
func groupExtent(it *TimeItem, v TimeView) (left, right float64) {
	left, right = math.Inf(1), math.Inf(-1)
	for i := range it.Dates {
		p := pieceOf(&it.Dates[i], v)
		l, r := p.outer()
		left, right = math.Min(left, l), math.Max(right, r)
	}
	if it.Conflict() && right-left < 2*bracketMin {
		mid := (left + right) / 2
		left, right = mid-bracketMin, mid+bracketMin
	}
	return left, right
}

// SnapTop is the top of the row at or above y, so that a view from there
// starts with a whole row.
func (l *TimeLayout) SnapTop(y float64) float64 {
	i := sort.Search(len(l.rows), func(i int) bool { return l.rows[i].top > y })
	if i == 0 {
		return 0
	}
	return l.rows[i-1].top - lanePad
}

// Pages splits the lanes into views of whole rows for pages: the first
// has first units of height (axis included), the others rest each. Each
// view keeps v's days and width. When not even a row fits in first, the
// first view is the zero TimeView: the timeline starts on the next page.
func (l *TimeLayout) Pages(v TimeView, first, rest float64) []TimeView {
	var out []TimeView
	avail := first
	i := 0
	for i < len(l.rows) {
		top := l.rows[i].top - lanePad
		j := i
		for j < len(l.rows) && l.rows[j].top+TimeRowHeight+lanePad-top <= avail-TimeAxisHeight {
			j++
		}
		if j == i {
			if avail < rest && len(out) == 0 {
				// Not even a row fits on what is left of the first page:
				// the timeline starts on the next.
				out = append(out, TimeView{})
				avail = rest
				continue
			}
			j = i + 1 // a row taller than a page: it goes alone
		}
		pv := v
		pv.Top = top
		pv.Height = TimeAxisHeight + l.rows[j-1].top + TimeRowHeight + lanePad - top
		out = append(out, pv)
		avail = rest
		i = j
	}
	return out
}
