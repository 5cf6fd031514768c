package picture

import (
	"math"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// montenegroCase holds one event of each kind of date, a statement, and
// the Montenegro attack that N1 dates 20 Aug 2022 and silicon.co.uk 22
// Aug 2022.
func montenegroCase() *casefile.Case {
	c := &casefile.Case{ID: "mne", Title: "Montenegro", Marking: casefile.TLPAmber}
	c.Sources = []casefile.Source{
		{ID: "n1", Title: "Attack on government servers", Publisher: "N1", Marking: casefile.TLPClear},
		{ID: "si", Title: "Montenegro hit by ransomware", Publisher: "silicon.co.uk", Marking: casefile.TLPAmber},
	}
	c.Actors = []casefile.Actor{
		{ID: "mne", Name: "Montenegro", Kind: casefile.KindState, Marking: casefile.TLPClear},
		{ID: "gang", Name: "Cuba ransomware gang", Kind: casefile.KindGroup, Marking: casefile.TLPClear},
		{ID: "pm", Name: "Dritan Abazović", Kind: casefile.KindPerson, Marking: casefile.TLPClear},
	}
	ev := func(id, title string, d casefile.Date, actors ...string) casefile.Event {
		return casefile.Event{ID: id, Title: title, Date: d, Actors: actors, Marking: casefile.TLPClear}
	}
	c.Events = []casefile.Event{
		ev("day", "Servers taken offline", casefile.Day(2022, 8, 24), "mne"),
		ev("month", "Recovery under way", casefile.Month(2022, 9), "mne"),
		ev("about", "Gang first seen", casefile.Date{Year: 2019, Qualifier: casefile.About}, "gang"),
		ev("until", "Old systems in use", casefile.Date{Year: 2021, Month: 6, Qualifier: casefile.Until}, "mne"),
		ev("since", "Gang active", casefile.Date{Year: 2020, Month: 3, Qualifier: casefile.Since}, "gang"),
		ev("inferred", "Ransom demanded", casefile.Date{Year: 2022, Month: 8, Day: 25, Inferred: true}, "gang"),
		ev("undated", "Gang's origins", casefile.Date{}, "gang"),
		{ID: "clash", Title: "Government servers attacked", Actors: []string{"mne", "gang"},
			Dates:   []casefile.DateClaim{{Date: casefile.Day(2022, 8, 20), Source: "n1"}, {Date: casefile.Day(2022, 8, 22), Source: "si"}},
			Sources: []casefile.Citation{{Source: "n1"}, {Source: "si"}}, Marking: casefile.TLPClear},
	}
	c.Statements = []casefile.Statement{
		{ID: "st", Title: "Abazović on the attack", Speaker: "pm", Quote: "We were attacked.", Date: casefile.Day(2022, 8, 26), Source: casefile.Citation{Source: "n1"}, Marking: casefile.TLPClear},
		{ID: "secret", Title: "A red remark", Speaker: "pm", Quote: "Red.", Date: casefile.Day(2022, 8, 27), Source: casefile.Citation{Source: "n1"}, Marking: casefile.TLPRed},
	}
	c.Marking = casefile.TLPRed
	return c
}

// shapesOf are the shapes drawn for item.
func timeShapes(sc *Scene, item string) []Shape {
	var out []Shape
	for _, s := range sc.Shapes {
		if s.Item == item {
			out = append(out, s)
		}
	}
	return out
}

func textsOf(sc *Scene, item string) []string {
	var out []string
	for _, t := range sc.Texts {
		if t.Item == item {
			out = append(out, t.Text)
		}
	}
	return out
}

func kinds(ss []Shape, k Kind) []Shape {
	var out []Shape
	for _, s := range ss {
		if s.Kind == k {
			out = append(out, s)
		}
	}
	return out
}

// zoomedOn is the layout's view zoomed so that days from to to fill it.
func zoomedOn(l *TimeLayout, from, to float64) TimeView {
	v := l.FitView
	return v.Spanning(v.X(from), v.X(to), 0, 1e9)
}

func day(y, m, d int) float64 { return dayOf(casefile.Day(y, m, d), false) }

func TestTimelineDrawsEachDateAsPreciseAsItIs(t *testing.T) {
	l := LayoutTimeline(montenegroCase(), TimelineOptions{Width: 1200})
	v := zoomedOn(l, day(2018, 6, 1), day(2022, 12, 31))
	sc := l.Draw(v)

	// A day is a point: one dot, centred on its day, solid.
	dots := kinds(timeShapes(&sc, "day"), ShapeEllipse)
	if len(dots) != 1 || math.Abs(dots[0].Box.Center().X-v.X(day(2022, 8, 24)+0.5)) > 0.01 {
		t.Fatalf("the day's event is drawn as %+v", timeShapes(&sc, "day"))
	}
	for _, s := range timeShapes(&sc, "day") {
		if len(s.Dash) > 0 || s.Arrow {
			t.Errorf("an exact day is drawn dashed or with an arrow: %+v", s)
		}
	}

	// A month is a bar over its span, with solid caps at both ends.
	month := timeShapes(&sc, "month")
	bars := kinds(month, ShapeRect)
	if len(bars) != 1 || math.Abs(bars[0].Box.X-v.X(day(2022, 9, 1))) > 0.01 || math.Abs(bars[0].Box.X+bars[0].Box.W-v.X(day(2022, 10, 1))) > 0.01 {
		t.Fatalf("the month is drawn as %+v", month)
	}
	caps := 0
	for _, s := range kinds(month, ShapeLine) {
		if s.Points[0].X == s.Points[1].X && len(s.Dash) == 0 {
			caps++
		}
	}
	if caps != 2 || len(kinds(month, ShapeEllipse)) != 0 {
		t.Errorf("the month has %d solid caps (want 2), and %d dots", caps, len(kinds(month, ShapeEllipse)))
	}

	// About a year fades at both ends: no caps, and fills lighter and
	// lighter beyond each end of the year.
	about := timeShapes(&sc, "about")
	y0, y1 := v.X(day(2019, 1, 1)), v.X(day(2020, 1, 1))
	var before, after []Role
	for _, s := range kinds(about, ShapeRect) {
		switch {
		case s.Box.X+s.Box.W <= y0+0.01:
			before = append(before, s.Fill)
		case s.Box.X >= y1-0.01:
			after = append(after, s.Fill)
		}
	}
	if len(before) < 3 || len(after) < 3 || len(kinds(about, ShapeLine)) != 0 {
		t.Fatalf("about 2019 is drawn as %+v", about)
	}
	if before[0] == before[len(before)-1] || after[0] == after[len(after)-1] {
		t.Errorf("about 2019 does not fade: %v, %v", before, after)
	}

	// Until June 2021: open at the start, an arrow pointing back in time,
	// and a cap at the end of June.
	assertOpenEnd(t, &sc, "until", -1, v.X(day(2021, 6, 1)))
	// Since March 2020: open at the end, the arrow pointing on.
	assertOpenEnd(t, &sc, "since", +1, v.X(day(2020, 4, 1)))

	// An inferred day is dashed, and is no solid dot.
	inf := timeShapes(&sc, "inferred")
	dashed := 0
	for _, s := range inf {
		if len(s.Dash) > 0 {
			dashed++
		}
	}
	if dashed == 0 || len(kinds(inf, ShapeEllipse)) != 0 {
		t.Errorf("the inferred date is drawn as %+v", inf)
	}

	// A statement is a diamond.
	if len(kinds(timeShapes(&sc, "st"), ShapeDiamond)) != 1 {
		t.Errorf("the statement is drawn as %+v", timeShapes(&sc, "st"))
	}
}

// assertOpenEnd checks that item's mark has a fading tail off its side
// dir (-1 the start, +1 the end) of x, ending in an arrow pointing away.
func assertOpenEnd(t *testing.T, sc *Scene, item string, dir float64, x float64) {
	t.Helper()
	ss := timeShapes(sc, item)
	var arrow *Shape
	tail := map[Role]bool{}
	for i, s := range ss {
		if s.Kind != ShapeLine {
			continue
		}
		if s.Arrow {
			arrow = &ss[i]
		} else if s.Points[0].Y == s.Points[1].Y {
			tail[s.Stroke] = true
		}
	}
	if arrow == nil {
		t.Fatalf("%s has no arrow: %+v", item, ss)
	}
	tip, _, _, _ := arrow.ArrowHead()
	if (tip.X-x)*dir <= 0 {
		t.Errorf("%s's arrow points at %.1f, not beyond %.1f in direction %v", item, tip.X, x, dir)
	}
	if len(tail) < 2 {
		t.Errorf("%s's open end does not fade: its tail is drawn in %v", item, tail)
	}
}

// The Montenegro conflict: a mark on each day a source gives, joined by
// a bracket, and the words name both sources.
func TestTimelineShowsTheDatesSourcesDifferOn(t *testing.T) {
	l := LayoutTimeline(montenegroCase(), TimelineOptions{Width: 1200})
	v := zoomedOn(l, day(2022, 8, 15), day(2022, 8, 31))
	sc := l.Draw(v)
	ss := timeShapes(&sc, "clash")
	dots := kinds(ss, ShapeEllipse)
	// By actor, the attack is in Montenegro's lane and the gang's.
	if len(dots) != 4 {
		t.Fatalf("the attack has %d dots, want one per date per lane (4): %+v", len(dots), ss)
	}
	x20, x22 := v.X(day(2022, 8, 20)+0.5), v.X(day(2022, 8, 22)+0.5)
	var bracket *Shape
	for i, s := range ss {
		if s.Kind == ShapePolyline && s.Stroke == RoleTimeConflict {
			bracket = &ss[i]
		}
	}
	if bracket == nil {
		t.Fatal("no bracket joins the dates")
	}
	b := bracket.Bounds()
	if math.Abs(b.X+bracket.Width/2-x20) > 0.6 || math.Abs(b.X+b.W-bracket.Width/2-x22) > 0.6 {
		t.Errorf("the bracket spans %.1f–%.1f, the dates are at %.1f and %.1f", b.X, b.X+b.W, x20, x22)
	}
	words := strings.Join(textsOf(&sc, "clash"), " | ")
	for _, want := range []string{"Government servers attacked", "20 Aug 2022 per N1", "22 Aug 2022 per silicon.co.uk"} {
		if !strings.Contains(words, want) {
			t.Errorf("the conflict's labels %q lack %q", words, want)
		}
	}
	// An agreed date has no bracket.
	for _, s := range timeShapes(&sc, "day") {
		if s.Stroke == RoleTimeConflict {
			t.Error("a date the sources agree on has a conflict bracket")
		}
	}
}

func TestTimelineLanesAndUndated(t *testing.T) {
	c := montenegroCase()
	byActor := LayoutTimeline(c, TimelineOptions{})
	var names []string
	for _, ln := range byActor.Lanes {
		names = append(names, ln.Name)
	}
	if got := strings.Join(names, ", "); got != "Montenegro, Cuba ransomware gang, Dritan Abazović" {
		t.Errorf("by actor, the lanes are %s", got)
	}
	apart := LayoutTimeline(c, TimelineOptions{Lanes: LanesApart})
	names = nil
	for _, ln := range apart.Lanes {
		names = append(names, ln.Name)
	}
	if got := strings.Join(names, ", "); got != "Events, Dritan Abazović" {
		t.Errorf("apart, the lanes are %s", got)
	}
	// The statement is in its speaker's lane.
	sc := apart.Draw(apart.FitView)
	speaker := apart.Lanes[1]
	for _, tx := range sc.Texts {
		if tx.Item == "st" {
			if y := tx.At.Y - TimeAxisHeight; y < speaker.Top || y > speaker.Top+speaker.Height {
				t.Errorf("the statement is drawn at %.0f, outside its speaker's lane (%.0f–%.0f)", y, speaker.Top, speaker.Top+speaker.Height)
			}
		}
	}
	// The undated event is listed apart and not drawn.
	if len(apart.Undated) != 1 || apart.Undated[0].ID != "undated" {
		t.Errorf("undated: %+v", apart.Undated)
	}
	if len(timeShapes(&sc, "undated"))+len(textsOf(&sc, "undated")) > 0 {
		t.Error("the undated event is placed on the timeline")
	}
}

// A release leaves out of the timeline what it withholds: the red
// statement, and the date the withheld source gives, which then is no
// conflict.
func TestTimelineOfAReleaseHoldsNothingAboveIt(t *testing.T) {
	r, _ := casefile.Release(montenegroCase(), casefile.TLPGreen)
	tl := Timeline(r, TimelineOptions{})
	for _, tx := range tl.Texts {
		if strings.Contains(tx.Text, "red remark") || strings.Contains(tx.Text, "silicon") || strings.Contains(tx.Text, "22 Aug") {
			t.Errorf("a TLP:GREEN release's timeline shows %q", tx.Text)
		}
	}
	for _, s := range tl.Shapes {
		if s.Item == "secret" || s.Stroke == RoleTimeConflict {
			t.Errorf("a TLP:GREEN release's timeline draws %+v", s)
		}
	}
	if len(textsOf(&tl.Scene, "clash")) == 0 {
		t.Error("the release left the attack off the timeline altogether")
	}
}

// The axis labels adapt to the zoom: years across the span, months
// across a year, days across a fortnight, with the month named above.
func TestTimelineAxisAdapts(t *testing.T) {
	l := LayoutTimeline(montenegroCase(), TimelineOptions{Width: 1200})
	axisTexts := func(v TimeView) []string {
		var out []string
		sc := l.Draw(v)
		for _, tx := range sc.Texts {
			if tx.Item == "" && tx.At.Y < TimeAxisHeight {
				out = append(out, tx.Text)
			}
		}
		return out
	}
	years := strings.Join(axisTexts(zoomedOn(l, day(2000, 1, 1), day(2030, 1, 1))), " ")
	if !strings.Contains(years, "2010") || !strings.Contains(years, "2020") || strings.Contains(years, "Mar") {
		t.Errorf("over thirty years the axis reads %q", years)
	}
	months := strings.Join(axisTexts(zoomedOn(l, day(2019, 6, 1), day(2021, 6, 1))), " ")
	if !strings.Contains(months, "Mar") || !strings.Contains(months, "2020") || strings.Contains(months, " 21 ") {
		t.Errorf("over a year the axis reads %q", months)
	}
	days := strings.Join(axisTexts(zoomedOn(l, day(2022, 8, 15), day(2022, 8, 29))), " ")
	if !strings.Contains(days, "Aug 2022") || !strings.Contains(days, " 20 ") || !strings.Contains(days, " 22 ") {
		t.Errorf("over a fortnight the axis reads %q", days)
	}
}

// The default case: every dated item labelled once in Events-and-speakers
// lanes, no two labels overlapping at the fit, the years with nothing
// dated drawn as a break.
func TestTimelineOfTheDefaultCase(t *testing.T) {
	c := defaultCase(t)
	tl := Timeline(c, TimelineOptions{Lanes: LanesApart, Width: 482})
	dated := 0
	for _, e := range c.Events {
		if !e.OrderDate().IsZero() {
			dated++
		}
	}
	dated += len(c.Statements)
	if len(tl.Items) != dated || len(tl.Undated) != len(c.Events)+len(c.Statements)-dated {
		t.Errorf("%d placed and %d undated, want %d placed", len(tl.Items), len(tl.Undated), dated)
	}
	var boxes []Rect
	for _, tx := range tl.Texts {
		if tx.Item != "" && tx.Size == titleSize && tx.At.X > TimeLaneWidth {
			for _, b := range boxes {
				if b.Overlap(tx.Box()) > 0.5 {
					t.Errorf("the label %q overlaps another", tx.Text)
				}
			}
			boxes = append(boxes, tx.Box())
		}
	}
	if len(boxes) != dated {
		t.Errorf("%d titles drawn, want %d", len(boxes), dated)
	}
	if len(tl.FitView.Axis) != 2 {
		t.Fatalf("the axis has %d stretches, want 2 (to 2014, and 2022)", len(tl.FitView.Axis))
	}
	if !strings.Contains(strings.Join(textsOf(&tl.Scene, ""), " "), "7 years") {
		t.Error("the break says nothing of how long it is")
	}
}

// Only what a view shows is drawn, and pages split at whole rows.
func TestTimelineDrawsOnlyTheView(t *testing.T) {
	c := casefile.Synthetic(2000, 3)
	l := LayoutTimeline(c, TimelineOptions{Width: 1000})
	all := l.Draw(l.FitView)
	v := l.FitView
	v.Height = 600
	v = v.Spanning(v.X(day(2010, 1, 1)), v.X(day(2010, 3, 1)), 0, 1e9)
	part := l.Draw(v)
	if len(part.Texts) == 0 || len(part.Texts)*10 > len(all.Texts) {
		t.Errorf("a two-month, 600-unit view draws %d texts of %d", len(part.Texts), len(all.Texts))
	}
	for _, s := range part.Shapes {
		if s.Item != "" && (s.Bounds().X < TimeLaneWidth-1 || s.Bounds().X+s.Bounds().W > v.Width+1) {
			t.Fatalf("a mark is drawn outside the time area: %+v", s)
		}
	}
	pages := l.Pages(l.FitView, 700, 760)
	if len(pages) < 2 {
		t.Fatalf("%d pages", len(pages))
	}
	for i, r := range l.rows {
		in := 0
		for k, p := range pages {
			limit := 760.0
			if k == 0 {
				limit = 700
			}
			if p.Height > limit+0.01 {
				t.Fatalf("page %d's view is %.0f tall, over %.0f", k, p.Height, limit)
			}
			if r.top >= p.Top && r.top+TimeRowHeight <= p.Top+p.Height-TimeAxisHeight {
				in++
			}
		}
		if in != 1 {
			t.Fatalf("row %d is on %d pages", i, in)
		}
	}
}
