package picture

import (
	"math"
	"slices"
	"sort"

	"github.com/casefile/casefile/casefile"
)

// The timeline: time runs left to right, one lane per actor (or the events
// in a lane of their own and the statements in their speakers'), and each
// dated event or statement is a mark drawn as honestly as its date: a day
// a point, a month or a year a bar over its span with end caps, "about" a
// date fading at both ends, an open end ("until", "since") fading into an
// arrow, an inferred date dashed, and the dates sources differ on each
// marked and joined by a bracket labelled with those sources. Undated
// items are kept apart, not placed.
//
// It is laid out once (LayoutTimeline: lanes, rows, labels) and drawn for
// any view of the time axis (Draw: the marks the view shows, the axis with
// ticks for its zoom), so the window pans and zooms by drawing only what
// is in view, and the briefing draws page after page of the same layout.

// TimeLanes says how the timeline sorts its items into lanes.
type TimeLanes int

// Lane arrangements.
const (
	// LanesByActor gives each actor a lane: a statement goes in its
	// speaker's, an event in that of every actor it involves.
	LanesByActor TimeLanes = iota
	// LanesApart puts the events in a lane of their own, above, and each
	// statement in its speaker's lane.
	LanesApart
)

// TimeKind is what a timeline item is.
type TimeKind int

// Item kinds.
const (
	TimeEvent TimeKind = iota
	TimeStatement
)

// TimelineOptions control a timeline's layout.
type TimelineOptions struct {
	Lanes TimeLanes
	// Width is the width, in units, that the whole span is first shown
	// across, lane names included (0: 1000). Labels are placed so that
	// none overlaps another at that zoom or closer.
	Width float64
	// MaxItems, when above 0, keeps only the latest MaxItems dated items
	// (Left says how many were left out).
	MaxItems int
}

// TimeItem is one event or statement on the timeline.
type TimeItem struct {
	ID    string
	Kind  TimeKind
	Title string // an event the analyst inferred says so
	// When is its date in words, as Casefile words it everywhere: every
	// date claimed, with its source, when the sources differ.
	When string
	// Dates are where it is placed: its date, or each date its sources
	// claim. Empty for an undated item.
	Dates []TimeDate
	lanes []string // the actors whose lanes it goes in ("" for the catch-all lane)
}

// Conflict reports whether the item's sources give it different dates.
func (it *TimeItem) Conflict() bool { return len(it.Dates) > 1 }

// TimeDate is one date of an item, and the days it spans on the axis.
type TimeDate struct {
	Date   casefile.Date
	Source string // the claiming source's name, when the sources differ
	// Start is the first day the date could denote and End the day after
	// its last, both counted from 1 January 1970.
	Start, End float64
}

// Point reports whether the date is a day, drawn as a point: no range,
// day precision.
func (d TimeDate) Point() bool {
	return !d.Date.IsRange() && d.Date.Precision() == casefile.PrecisionDay
}

// dayOf counts days from 1 January 1970.
func dayOf(d casefile.Date, latest bool) float64 {
	t := d.Earliest()
	if latest {
		t = d.Latest()
	}
	return float64(t.Unix() / 86400)
}

func timeDate(d casefile.Date, source string) TimeDate {
	return TimeDate{Date: d, Source: source, Start: dayOf(d, false), End: dayOf(d, true) + 1}
}

// Lane is one horizontal band of the timeline.
type Lane struct {
	ID   string // the actor's id; "" for the events' lane or the lane of items no actor's
	Name string
	// Top and Height place the lane among the lanes, from the first
	// lane's top.
	Top, Height float64
	rows        [2]int // its first row and the row after its last
}

// Layout sizes, in units.
const (
	TimeAxisHeight = 34.0  // the axis band above the lanes
	TimeRowHeight  = 23.0  // one row of marks: the mark, its title and its date
	TimeLaneWidth  = 112.0 // the column of lane names
	lanePad        = 3.0   // above a lane's first row and below its last
	timeEdge       = 30.0  // room at each end of the time area, for tails and fades
	titleSize      = 8.0
	whenSize       = 6.5
	laneNameSize   = 8.0
	titleMax       = 190.0 // the widest a title is set
	whenMax        = 420.0 // and a date, wide enough for the sources of a conflict
	labelGap       = 5.0   // between a mark and its label
	rowGap         = 8.0   // between two marks' labels in a row
)

// conflictPrefix starts the words of a date the sources differ on.
const conflictPrefix = "sources differ: "

// TimeLayout is a timeline laid out once: its lanes, and each mark's row
// and label.
type TimeLayout struct {
	Items   []TimeItem // the dated items, earliest first
	Undated []TimeItem // the items with no date, not placed, in case order
	Lanes   []Lane
	// Start is the first day any item could denote and End the day after
	// the last; Height is the lanes' height.
	Start, End, Height float64
	// Left is how many dated items MaxItems left out.
	Left int
	// FitView is the view of the whole span at the options' width: the view
	// the rows were packed at.
	FitView TimeView

	rows  []timeRow
	marks []timeMark
}

type timeRow struct {
	top         float64
	first, last int // its marks, marks[first:last], left to right
}

// timeMark is one item in one lane.
type timeMark struct {
	item   int
	lo, hi float64 // the days its dates span: the first's Start, the last's End
	left   bool    // its label is on the left
	title  string  // fitted to titleMax
	when   string
}

// TimelineScene is a timeline laid out and drawn whole at the options'
// width.
type TimelineScene struct {
	Scene
	*TimeLayout
}

// Timeline lays out the timeline of c as opt says and draws all of it.
func Timeline(c *casefile.Case, opt TimelineOptions) *TimelineScene {
	l := LayoutTimeline(c, opt)
	v := l.FitView
	return &TimelineScene{Scene: l.Draw(v), TimeLayout: l}
}

// LayoutTimeline sorts c's events and statements into lanes and rows, once:
// Draw then draws any view of it.
func LayoutTimeline(c *casefile.Case, opt TimelineOptions) *TimeLayout {
	if opt.Width <= 0 {
		opt.Width = 1000
	}
	l := &TimeLayout{}
	dated := l.collect(c, opt.Lanes)
	if opt.MaxItems > 0 && len(dated) > opt.MaxItems {
		l.Left = len(dated) - opt.MaxItems
		dated = dated[l.Left:]
	}
	l.Items = dated
	l.Start, l.End = 0, 1
	if len(dated) > 0 {
		l.Start, l.End = dated[0].Dates[0].Start, dated[0].Dates[0].End
		for i := range dated {
			for _, d := range dated[i].Dates {
				l.Start, l.End = min(l.Start, d.Start), max(l.End, d.End)
			}
		}
	}
	l.FitView = l.fitView(opt.Width)
	l.pack(c, opt.Lanes)
	return l
}

// collect makes the items of c, the dated ones earliest first (by
// OrderDate; of equal dates, events before statements, each in case
// order), the undated apart.
func (l *TimeLayout) collect(c *casefile.Case, lanes TimeLanes) []TimeItem {
	var dated []TimeItem
	var keys []uint64
	add := func(it TimeItem, date casefile.Date, claims []casefile.DateClaim) {
		it.When = c.DatesText(date, claims)
		if len(claims) == 0 {
			if !date.IsZero() {
				it.Dates = []TimeDate{timeDate(date, "")}
			}
		} else {
			names := casefile.ClaimNames(claims, c.Source)
			for i, cl := range claims {
				if !cl.Date.IsZero() {
					it.Dates = append(it.Dates, timeDate(cl.Date, names[i]))
				}
			}
			if len(it.Dates) > 1 {
				it.When = conflictPrefix + it.When
			}
		}
		if len(it.Dates) == 0 {
			l.Undated = append(l.Undated, it)
			return
		}
		dated = append(dated, it)
		keys = append(keys, casefile.OrderDate(date, claims).OrderKey())
	}
	for _, e := range c.Events {
		it := TimeItem{ID: e.ID, Kind: TimeEvent, Title: e.Title}
		if e.Inferred {
			it.Title += " (inferred event)"
		}
		if lanes == LanesByActor {
			it.lanes = uniqueActors(c, e.Actors)
		}
		if len(it.lanes) == 0 {
			it.lanes = []string{""}
		}
		add(it, e.Date, e.Dates)
	}
	for _, s := range c.Statements {
		it := TimeItem{ID: s.ID, Kind: TimeStatement, Title: s.Title, lanes: []string{""}}
		if _, ok := c.Actor(s.Speaker); ok {
			it.lanes = []string{s.Speaker}
		}
		add(it, s.Date, s.Dates)
	}
	order := make([]int, len(dated))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	out := make([]TimeItem, len(dated))
	for i, j := range order {
		out[i] = dated[j]
	}
	return out
}

// uniqueActors is ids without repeats or actors the case lacks.
func uniqueActors(c *casefile.Case, ids []string) []string {
	var out []string
	for _, id := range ids {
		if _, ok := c.Actor(id); ok && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// Breaks in the axis: a stretch of years with no dated item, when it is
// more than breakShare of the whole span and over breakDays long, is
// drawn across breakGap units, so that a case whose items cluster in one
// year, with a few from a decade before, is not drawn as a crush at one
// end; each stretch of time between breaks has its own scale.
const (
	breakShare = 0.25
	breakDays  = 730
	breakGap   = 30.0
)

// fitView shows the whole span across width, with room at each end for
// an open end's arrow. The axis is one segment per stretch of time
// between breaks, each as wide as its share of the items, but no less
// than half an even share; a stretch under two weeks is shown as two
// weeks.
func (l *TimeLayout) fitView(width float64) TimeView {
	area := max(width-TimeLaneWidth-2*timeEdge, 50)
	type stretch struct {
		from, to float64
		n        int
	}
	spans := make([][2]float64, 0, len(l.Items))
	for i := range l.Items {
		m := newMarkSpan(&l.Items[i])
		spans = append(spans, m)
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a][0] < spans[b][0] })
	var st []stretch
	total := l.End - l.Start
	for _, sp := range spans {
		if k := len(st) - 1; k >= 0 && sp[0]-st[k].to <= max(breakShare*total, breakDays) {
			st[k].to = max(st[k].to, sp[1])
			st[k].n++
			continue
		}
		st = append(st, stretch{sp[0], sp[1], 1})
	}
	if len(st) == 0 {
		st = []stretch{{l.Start, l.End, 1}}
	}
	for i := range st {
		if span := st[i].to - st[i].from; span < 14 {
			mid := (st[i].from + st[i].to) / 2
			st[i].from, st[i].to = mid-7, mid+7
		}
	}
	shares := make([]float64, len(st))
	sum := 0.0
	for i, s := range st {
		shares[i] = max(float64(s.n)/float64(max(len(spans), 1)), 0.5/float64(len(st)))
		sum += shares[i]
	}
	room := max(area-float64(len(st)-1)*breakGap, 20)
	segs := make([]TimeSegment, len(st))
	x := 0.0
	for i, s := range st {
		w := room * shares[i] / sum
		segs[i] = TimeSegment{From: s.from, To: s.to, X0: x, X1: x + w}
		x += w + breakGap
	}
	return TimeView{Axis: segs, Offset: -timeEdge, Zoom: 1, Width: width}
}

// newMarkSpan is the days an item's dates span, together.
func newMarkSpan(it *TimeItem) [2]float64 {
	lo, hi := it.Dates[0].Start, it.Dates[0].End
	for _, d := range it.Dates[1:] {
		lo, hi = min(lo, d.Start), max(hi, d.End)
	}
	return [2]float64{lo, hi}
}

// pack builds the lanes and gives each item's mark a row in each of its
// lanes: the first row, top down, where its mark and label, as the fit
// view draws them, clear those already there.
func (l *TimeLayout) pack(c *casefile.Case, lanes TimeLanes) {
	byLane := map[string][]int{}
	for i := range l.Items {
		for _, id := range l.Items[i].lanes {
			byLane[id] = append(byLane[id], i)
		}
	}
	var order []Lane
	catchAll := "No actor"
	if lanes == LanesApart {
		if len(byLane[""]) > 0 {
			order = append(order, Lane{Name: "Events"})
		}
		catchAll = "Unknown speaker"
	}
	for _, a := range c.Actors {
		if len(byLane[a.ID]) > 0 {
			order = append(order, Lane{ID: a.ID, Name: a.Name})
		}
	}
	if lanes == LanesByActor && len(byLane[""]) > 0 {
		order = append(order, Lane{Name: catchAll})
	}
	// Statements of no known speaker, when events have the "" lane.
	if lanes == LanesApart {
		var events, orphans []int
		for _, i := range byLane[""] {
			if l.Items[i].Kind == TimeEvent {
				events = append(events, i)
			} else {
				orphans = append(orphans, i)
			}
		}
		byLane[""] = events
		if len(events) == 0 && len(order) > 0 && order[0].ID == "" {
			order = order[1:]
		}
		if len(orphans) > 0 {
			byLane["\x00orphans"] = orphans
			order = append(order, Lane{ID: "\x00orphans", Name: catchAll})
		}
	}

	v := l.FitView
	y := 0.0
	for _, lane := range order {
		items := byLane[lane.ID]
		if lane.ID == "\x00orphans" {
			lane.ID = ""
		}
		type placed struct {
			m           timeMark
			left, right float64
		}
		ps := make([]placed, len(items))
		for k, i := range items {
			m := newMark(i, &l.Items[i])
			gl, gr := groupExtent(&l.Items[i], v)
			w := m.labelWidth()
			m.left = labelLeft(gl, gr, w, v.Width)
			if m.left {
				ps[k] = placed{m, math.Max(gl-labelGap-w, TimeLaneWidth), gr}
			} else {
				ps[k] = placed{m, gl, math.Min(gr+labelGap+w, v.Width)}
			}
		}
		// Earliest first, each in the first row it clears the right of:
		// the rows read down in time order, and a row's marks are left
		// to right.
		var ends []float64    // each row's right end
		var rows [][]timeMark // each row's marks, left to right
		for _, p := range ps {
			r := 0
			for r < len(ends) && ends[r]+rowGap > p.left {
				r++
			}
			if r == len(ends) {
				ends = append(ends, 0)
				rows = append(rows, nil)
			}
			ends[r] = p.right
			rows[r] = append(rows[r], p.m)
		}
		lane.Top = y
		lane.Height = float64(len(rows))*TimeRowHeight + 2*lanePad
		lane.rows = [2]int{len(l.rows), len(l.rows) + len(rows)}
		for r, ms := range rows {
			first := len(l.marks)
			l.marks = append(l.marks, ms...)
			l.rows = append(l.rows, timeRow{top: y + lanePad + float64(r)*TimeRowHeight, first: first, last: len(l.marks)})
		}
		l.Lanes = append(l.Lanes, lane)
		y += lane.Height
	}
	l.Height = y
}

// labelLeft says whether a label w wide goes left of a mark reaching from
// gl to gr in a frame width wide: right of it in the time area's first
// two thirds, left in the last third; either way, only when it fits,
// and when it fits neither way, on the side with more room.
func labelLeft(gl, gr, w, width float64) bool {
	fitsRight := gr+labelGap+w <= width
	fitsLeft := gl-labelGap-w >= TimeLaneWidth
	late := (gl+gr)/2 > TimeLaneWidth+(width-TimeLaneWidth)*2/3
	switch {
	case fitsRight && fitsLeft:
		return late
	case fitsRight || fitsLeft:
		return fitsLeft
	}
	return gl-TimeLaneWidth > width-gr
}

func newMark(i int, it *TimeItem) timeMark {
	span := newMarkSpan(it)
	m := timeMark{item: i, lo: span[0], hi: span[1]}
	m.title = Fit(it.Title, titleSize, false, titleMax)
	m.when = Fit(it.When, whenSize, false, whenMax)
	return m
}

func (m *timeMark) labelWidth() float64 {
	return max(TextWidth(m.title, titleSize, false), TextWidth(m.when, whenSize, false))
}
