package picture

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// bracketMin is half the narrowest a conflict's bracket is drawn, so that
// dates a day apart, seen from afar, are still seen joined.
const bracketMin = 5.0

// Dash patterns, in units.
var (
	dashMark = []float64{1.6, 1.2} // an inferred point's outline
	dashBar  = []float64{2.5, 1.8} // an inferred bar's edges and caps
)

// Draw draws view v of the timeline: the lanes and their names, the axis
// with ticks for v's zoom, and the marks of the whole rows in view, each
// clipped to the time area. Only what v shows is drawn, so a view of a
// 10,000-item timeline costs what its screenful does.
func (l *TimeLayout) Draw(v TimeView) Scene {
	if v.Height <= 0 {
		v.Height = TimeAxisHeight + math.Max(l.Height-v.Top, 0)
	}
	d := &timeDrawer{l: l, v: v, left: TimeLaneWidth, right: v.Width, bottom: v.Height}
	d.sc.Bounds = Rect{0, 0, v.Width, v.Height}
	lanesH := v.Height - TimeAxisHeight
	first := sort.Search(len(l.rows), func(i int) bool { return l.rows[i].top >= v.Top-0.01 })
	last := first
	for last < len(l.rows) && l.rows[last].top+TimeRowHeight <= v.Top+lanesH+0.01 {
		last++
	}
	axes := d.ticks()
	d.lanes(first, last)
	for _, a := range axes {
		d.grid(a.ticks)
	}
	d.breaks()
	d.brush()
	for r := first; r < last; r++ {
		d.row(&l.rows[r])
	}
	d.axisRule()
	for _, a := range axes {
		d.axis(a)
	}
	return d.sc
}

// segmentTicks are the ticks of one stretch of the axis in view.
type segmentTicks struct {
	ticks       []Tick
	unit        TickUnit
	left, right float64 // the stretch's part of the time area
	from        float64 // its first day in view
}

// ticks are each segment's ticks, at the segment's zoom.
func (d *timeDrawer) ticks() []segmentTicks {
	v := d.v
	var out []segmentTicks
	segs := v.Axis
	if len(segs) == 0 {
		segs = []TimeSegment{{From: v.From(), To: v.To(), X0: v.Offset, X1: v.Offset + (v.Width-TimeLaneWidth)/v.Zoom}}
	}
	for i, s := range segs {
		from, to := s.From, s.To
		// The first and last stretches run on past their ends.
		if i == 0 {
			from = math.Inf(-1)
		}
		if i == len(segs)-1 {
			to = math.Inf(1)
		}
		from, to = math.Max(from, v.From()), math.Min(to, v.To())
		if to <= from {
			continue
		}
		ticks, unit := Ticks(from, to, s.perDay()*v.Zoom)
		out = append(out, segmentTicks{ticks: ticks, unit: unit, left: math.Max(v.X(from), d.left), right: math.Min(v.X(to), d.right), from: from})
	}
	return out
}

// breaks draws each break in the axis: a gap of paper across the lanes
// with a zigzag down it, and how long it is on the axis.
func (d *timeDrawer) breaks() {
	for i := 1; i < len(d.v.Axis); i++ {
		p, n := d.v.Axis[i-1], d.v.Axis[i]
		x0, x1 := d.v.X(p.To), d.v.X(n.From)
		if x1 < d.left || x0 > d.right || x1-x0 < 4 {
			continue
		}
		mid := (x0 + x1) / 2
		w := math.Min(x1-x0, 12)
		d.sc.Add(Shape{Kind: ShapeRect, Box: Rect{mid - w/2, TimeAxisHeight - 10, w, d.bottom - TimeAxisHeight + 10}, Fill: RolePaper})
		for _, dx := range []float64{-w / 2, w / 2} {
			var zig []Point
			for y, k := TimeAxisHeight-10, 0; y <= d.bottom; y, k = y+6, k+1 {
				zig = append(zig, Point{mid + dx + 1.5*float64(k%2*2-1), y})
			}
			d.sc.Add(Shape{Kind: ShapePolyline, Points: zig, Stroke: RoleRule, Width: 0.6})
		}
		years := (n.From - p.To) / 365.25
		label := breakLength(years)
		if TextWidth(label, whenSize, false) < x1-x0+30 {
			d.sc.AddText(Text{Text: label, At: Point{mid, TimeAxisHeight - 13}, Size: whenSize, Anchor: AnchorMiddle, Color: RoleMuted, Ground: RolePaper})
		}
	}
}

// breakLength words a break's length: "7 years", "about 18 months".
func breakLength(y float64) string {
	if y < 2 {
		return fmt.Sprintf("%.0f months", y*12)
	}
	return fmt.Sprintf("%.0f years", y)
}

type timeDrawer struct {
	l                   *TimeLayout
	v                   TimeView
	sc                  Scene
	left, right, bottom float64 // the time area's sides and the frame's bottom
	vis                 []visibleMark
}

type visibleMark struct {
	m      *timeMark
	gl, gr float64
}

// y is where lane-space y is in the frame.
func (d *timeDrawer) y(y float64) float64 { return TimeAxisHeight + y - d.v.Top }

func (d *timeDrawer) lanes(first, last int) {
	if first >= last {
		return
	}
	top, bottom := d.l.rows[first].top-lanePad, d.l.rows[last-1].top+TimeRowHeight+lanePad
	for i := range d.l.Lanes {
		ln := &d.l.Lanes[i]
		if ln.rows[1] <= first || ln.rows[0] >= last {
			continue
		}
		y0, y1 := d.y(math.Max(ln.Top, top)), d.y(math.Min(ln.Top+ln.Height, bottom))
		if i%2 == 1 {
			d.sc.Add(Shape{Kind: ShapeRect, Box: Rect{0, y0, d.v.Width, y1 - y0}, Fill: RoleTimeBand})
		}
		if ln.Top >= top {
			d.sc.Add(Shape{Kind: ShapeLine, Points: []Point{{0, y0}, {d.v.Width, y0}}, Stroke: RoleRule, Width: 0.5})
		}
		lines := Wrap(ln.Name, laneNameSize, true, TimeLaneWidth-12, 2)
		for k, s := range lines {
			at := Point{6, y0 + 12 + float64(k)*laneNameSize*LineHeight}
			if at.Y+Descent*laneNameSize > y1 {
				break
			}
			d.sc.AddText(Text{Item: ln.ID, Text: s, At: at, Size: laneNameSize, Bold: true, Color: RoleInk})
		}
	}
	d.sc.Add(Shape{Kind: ShapeLine, Points: []Point{{TimeLaneWidth, TimeAxisHeight}, {TimeLaneWidth, d.bottom}}, Stroke: RoleRule, Width: 0.8})
}

func (d *timeDrawer) grid(ticks []Tick) {
	for _, t := range ticks {
		x := d.v.X(t.Day)
		if x < d.left || x > d.right {
			continue
		}
		role, w := RoleTimeGrid, 0.5
		if t.Major {
			role, w = RoleTimeGridMajor, 0.6
		}
		d.sc.Add(Shape{Kind: ShapeLine, Points: []Point{{x, TimeAxisHeight}, {x, d.bottom}}, Stroke: role, Width: w})
	}
}

func (d *timeDrawer) brush() {
	a, b := d.v.Brush[0], d.v.Brush[1]
	if a == b {
		return
	}
	x0, x1 := d.v.X(math.Min(a, b)), d.v.X(math.Max(a, b))
	x0, x1 = math.Max(x0, d.left), math.Min(x1, d.right)
	if x1 > x0 {
		d.sc.Add(Shape{Kind: ShapeRect, Box: Rect{x0, 0, x1 - x0, d.bottom}, Fill: RoleTimeBrush})
	}
}

// row draws the marks of one row that reach into view, each label kept
// clear of its neighbours' marks.
func (d *timeDrawer) row(r *timeRow) {
	v := d.v
	marks := d.l.marks[r.first:r.last]
	// Marks reach past their days by their decorations and labels.
	margin := (tailLength + labelGap + whenMax) / v.minPerDay()
	from, to := v.From()-margin, v.To()+margin
	k := sort.Search(len(marks), func(i int) bool { return marks[i].hi >= from })
	d.vis = d.vis[:0]
	for ; k < len(marks) && marks[k].lo <= to; k++ {
		gl, gr := groupExtent(&d.l.Items[marks[k].item], v)
		d.vis = append(d.vis, visibleMark{&marks[k], gl, gr})
	}
	yc := d.y(r.top) + 8
	prevRight := d.left
	for i, vm := range d.vis {
		limit := d.right
		if i+1 < len(d.vis) {
			limit = math.Min(limit, d.vis[i+1].gl-rowGap)
		}
		right := d.mark(vm, yc, prevRight, limit)
		prevRight = right + rowGap
	}
}

// mark draws one mark and its label, the label within (lo, hi) on its
// side; it returns how far right it drew.
func (d *timeDrawer) mark(vm visibleMark, yc, lo, hi float64) float64 {
	it := &d.l.Items[vm.m.item]
	muted := d.v.Highlight != nil && !d.v.Highlight[it.ID]
	mp := markPainter{sc: &d.sc, item: it.ID, muted: muted, clipL: d.left, clipR: d.right, statement: it.Kind == TimeStatement}
	pieces := make([]pieceX, len(it.Dates))
	for i := range it.Dates {
		pieces[i] = pieceOf(&it.Dates[i], d.v)
	}
	mp.draw(pieces, yc, it.Conflict())

	right := vm.gr
	var x, avail float64
	anchor := AnchorStart
	if vm.m.left {
		x, avail, anchor = vm.gl-labelGap, vm.gl-labelGap-math.Max(lo, d.left), AnchorEnd
	} else {
		x = vm.gr + labelGap
		avail = hi - x
	}
	if avail < 20 || x < d.left || x > d.right {
		return right
	}
	title := Fit(vm.m.title, titleSize, false, avail)
	when := vm.m.when
	if it.Conflict() && TextWidth(when, whenSize, false) > avail {
		// The bracket's colour says the sources differ: short of room,
		// the words keep the dates and the sources.
		when = strings.TrimPrefix(when, conflictPrefix)
	}
	when = Fit(when, whenSize, false, avail)
	t := Text{Item: it.ID, Text: title, At: Point{x, yc + 3}, Size: titleSize, Anchor: anchor, Color: RoleInk, Muted: muted}
	if d.v.Highlight != nil && !muted {
		t.Ground = RoleTimeMatch
	}
	d.sc.AddText(t)
	whenRole := RoleMuted
	if it.Conflict() {
		whenRole = RoleTimeConflict
	}
	d.sc.AddText(Text{Item: it.ID, Text: when, At: Point{x, yc + 11}, Size: whenSize, Anchor: anchor, Color: whenRole, Muted: muted})
	if !vm.m.left {
		right = x + math.Max(TextWidth(title, titleSize, false), TextWidth(when, whenSize, false))
	}
	return right
}

// markPainter draws one item's marks into a scene, clipped to [clipL,
// clipR] across.
type markPainter struct {
	sc           *Scene
	item         string
	muted        bool
	statement    bool
	clipL, clipR float64
}

func (p *markPainter) role() Role {
	if p.statement {
		return RoleTimeStatement
	}
	return RoleTimeEvent
}

// draw draws each date, and when the sources differ, the bracket joining
// them.
func (p *markPainter) draw(pieces []pieceX, yc float64, conflict bool) {
	for _, pc := range pieces {
		if pc.point {
			p.pointSides(pc, yc)
		} else {
			p.bar(pc, yc)
		}
	}
	// Points go over bars and tails.
	for _, pc := range pieces {
		if pc.point {
			p.point(pc, yc)
		}
	}
	if conflict {
		p.bracket(pieces, yc)
	}
}

func (p *markPainter) bar(pc pieceX, yc float64) {
	role := p.role()
	fill := 4
	if pc.inferred {
		fill = 6
	}
	p.rect(pc.x0, pc.x1, yc-barHalf, yc+barHalf, Fade(role, fill))
	if pc.inferred {
		p.hline(pc.x0, pc.x1, yc-barHalf, 0.8, role, dashBar)
		p.hline(pc.x0, pc.x1, yc+barHalf, 0.8, role, dashBar)
	}
	p.side(pc.x0, -1, pc.start, yc, barHalf, fill, pc.inferred)
	p.side(pc.x1, +1, pc.end, yc, barHalf, fill, pc.inferred)
}

// pointSides draws a point's fading or open sides, under the point.
func (p *markPainter) pointSides(pc pieceX, yc float64) {
	p.side(pc.x0, -1, pc.start, yc, 1.5, 3, pc.inferred)
	p.side(pc.x1, +1, pc.end, yc, 1.5, 3, pc.inferred)
}

// side draws one side of a mark at x, reaching out in direction dir: a
// cap for a firm side of a bar, a fade for a fuzzy one, a fading tail
// with an arrow for an open one.
func (p *markPainter) side(x, dir float64, kind int, yc, half float64, fill int, inferred bool) {
	role := p.role()
	switch kind {
	case sideFirm:
		if half == barHalf { // a bar's; a point needs none
			var dash []float64
			if inferred {
				dash = dashBar
			}
			p.vline(x, yc-capHalf, yc+capHalf, 1.5, role, dash)
		}
	case sideFuzzy:
		const n = 4
		step := fuzzLength / n
		for k := range n {
			a, b := x+dir*float64(k)*step, x+dir*float64(k+1)*step
			f := fill + int(math.Round(float64((fadeSteps-fill)*(k+1))/n))
			p.rect(math.Min(a, b), math.Max(a, b), yc-half, yc+half, Fade(role, f))
		}
	case sideOpen:
		const n = 3
		body := tailLength - 7
		step := body / n
		for k := range n {
			a, b := x+dir*float64(k)*step, x+dir*float64(k+1)*step
			p.hline(math.Min(a, b), math.Max(a, b), yc, 1.6, Fade(role, 1+2*k), nil)
		}
		from, tip := x+dir*body, x+dir*tailLength
		if tip >= p.clipL && tip <= p.clipR && from >= p.clipL && from <= p.clipR {
			p.sc.Add(Shape{Kind: ShapeLine, Item: p.item, Points: []Point{{from, yc}, {tip, yc}}, Stroke: Fade(role, 5),
				Width: 1.2, Arrow: true, Muted: p.muted})
		}
	}
}

// point draws a day's marker: a dot for an event, a diamond for a
// statement; an inferred one is a dashed outline.
func (p *markPainter) point(pc pieceX, yc float64) {
	c := Point{pc.xc, yc}
	if c.X-markDiamond/2 < p.clipL || c.X+markDiamond/2 > p.clipR {
		return
	}
	role := p.role()
	var outline []Point
	if p.statement {
		box := RectAround(c, markDiamond, markDiamond)
		if !pc.inferred {
			p.sc.Add(Shape{Kind: ShapeDiamond, Item: p.item, Box: box, Fill: role, Stroke: RolePaper, Width: 0.8, Muted: p.muted})
			return
		}
		outline = []Point{{c.X, box.Y}, {box.X + box.W, c.Y}, {c.X, box.Y + box.H}, {box.X, c.Y}, {c.X, box.Y}}
	} else {
		if !pc.inferred {
			p.sc.Add(Shape{Kind: ShapeEllipse, Item: p.item, Box: RectAround(c, 2*markRadius, 2*markRadius), Fill: role,
				Stroke: RolePaper, Width: 0.8, Muted: p.muted})
			return
		}
		const n = 16
		r := markRadius - 0.5
		for k := 0; k <= n; k++ {
			a := 2 * math.Pi * float64(k) / n
			outline = append(outline, Point{c.X + r*math.Cos(a), c.Y + r*math.Sin(a)})
		}
	}
	// An outline alone is hard to click: an invisible box takes the clicks.
	p.sc.Add(Shape{Kind: ShapeRect, Item: p.item, Box: RectAround(c, markDiamond, markDiamond)})
	p.sc.Add(Shape{Kind: ShapePolyline, Item: p.item, Points: outline, Stroke: role, Width: 1.2, Dash: dashMark, Muted: p.muted})
}

// bracket joins the dates the sources differ on from below: a line under
// them with a tick up to each.
func (p *markPainter) bracket(pieces []pieceX, yc float64) {
	xa, xb := math.Inf(1), math.Inf(-1)
	for _, pc := range pieces {
		xa, xb = math.Min(xa, pc.xc), math.Max(xb, pc.xc)
	}
	if xb-xa < 2*bracketMin {
		mid := (xa + xb) / 2
		xa, xb = mid-bracketMin, mid+bracketMin
	}
	clamp := func(x float64) float64 { return math.Max(p.clipL, math.Min(p.clipR, x)) }
	if clamp(xa) == clamp(xb) {
		return
	}
	y0, y1 := yc+6, yc+9
	pts := []Point{{xa, y0}, {xa, y1}, {xb, y1}, {xb, y0}}
	for i := range pts {
		pts[i].X = clamp(pts[i].X)
	}
	p.sc.Add(Shape{Kind: ShapePolyline, Item: p.item, Points: pts, Stroke: RoleTimeConflict, Width: 1, Muted: p.muted})
	for _, pc := range pieces {
		if x := pc.xc; x > xa && x < xb && x >= p.clipL && x <= p.clipR {
			p.sc.Add(Shape{Kind: ShapeLine, Item: p.item, Points: []Point{{x, y0}, {x, y1}}, Stroke: RoleTimeConflict, Width: 1, Muted: p.muted})
		}
	}
}

// rect fills the part of a box within the clip.
func (p *markPainter) rect(x0, x1, y0, y1 float64, fill Role) {
	x0, x1 = math.Max(x0, p.clipL), math.Min(x1, p.clipR)
	if x1 <= x0 {
		return
	}
	p.sc.Add(Shape{Kind: ShapeRect, Item: p.item, Box: Rect{x0, y0, x1 - x0, y1 - y0}, Fill: fill, Muted: p.muted})
}

// hline strokes the part of a level line within the clip.
func (p *markPainter) hline(x0, x1, y, width float64, role Role, dash []float64) {
	x0, x1 = math.Max(x0, p.clipL), math.Min(x1, p.clipR)
	if x1 <= x0 {
		return
	}
	p.sc.Add(Shape{Kind: ShapeLine, Item: p.item, Points: []Point{{x0, y}, {x1, y}}, Stroke: role, Width: width, Dash: dash, Muted: p.muted})
}

// vline strokes an upright line, when it is within the clip.
func (p *markPainter) vline(x, y0, y1, width float64, role Role, dash []float64) {
	if x < p.clipL || x > p.clipR {
		return
	}
	p.sc.Add(Shape{Kind: ShapeLine, Item: p.item, Points: []Point{{x, y0}, {x, y1}}, Stroke: role, Width: width, Dash: dash, Muted: p.muted})
}

func (d *timeDrawer) axisRule() {
	d.sc.Add(Shape{Kind: ShapeLine, Points: []Point{{0, TimeAxisHeight}, {d.v.Width, TimeAxisHeight}}, Stroke: RoleRule, Width: 0.8})
}

// axis draws one stretch's ticks and their labels above the lanes, with
// the period of the upper row the stretch starts in named at its left.
func (d *timeDrawer) axis(a segmentTicks) {
	const base = TimeAxisHeight
	labelRight, contextRight := math.Inf(-1), math.Inf(-1)
	firstMajor := math.Inf(1)
	for _, t := range a.ticks {
		if x := d.v.X(t.Day); t.Major && x >= a.left {
			firstMajor = x
			break
		}
	}
	if ctx := contextOf(a.unit, a.from); ctx != "" {
		w := TextWidth(ctx, contextTextSize, true)
		if a.left+2.5+w+8 < firstMajor && a.left+2.5+w <= a.right {
			d.sc.AddText(Text{Text: ctx, At: Point{a.left + 2.5, 12}, Size: contextTextSize, Bold: true, Color: RoleInk})
			contextRight = a.left + 2.5 + w
		}
	}
	for _, t := range a.ticks {
		x := d.v.X(t.Day)
		if x < a.left || x > a.right {
			continue
		}
		top := base - 4
		if t.Major {
			top = base - 16
		}
		d.sc.Add(Shape{Kind: ShapeLine, Points: []Point{{x, top}, {x, base}}, Stroke: RoleRule, Width: 0.8})
		if w := TextWidth(t.Label, tickTextSize, false); x+2.5 > labelRight+4 && x+2.5+w <= a.right+2 {
			d.sc.AddText(Text{Text: t.Label, At: Point{x + 2.5, base - 6}, Size: tickTextSize, Color: RoleMuted})
			labelRight = x + 2.5 + w
		}
		if t.Major {
			if w := TextWidth(t.Context, contextTextSize, true); x+2.5 > contextRight+8 && x+2.5+w <= a.right+2 {
				d.sc.AddText(Text{Text: t.Context, At: Point{x + 2.5, 12}, Size: contextTextSize, Bold: true, Color: RoleInk})
				contextRight = x + 2.5 + w
			}
		}
	}
}
