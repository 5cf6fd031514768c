package export

import (
	"fmt"
	"strings"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/picture"
	"github.com/jung-kurt/gofpdf"
)

// SectionTimeline is the timeline, after the link chart: the events and
// statements on a time axis, in lanes.
const SectionTimeline Section = "timeline"

// TimelineMaxItems is the most dated items the briefing's timeline places:
// a case with more shows its latest, says so, and lists every one below as
// ever. At that many the timeline fills a few pages, not hundreds.
const TimelineMaxItems = 240

// timelineLanes is how the briefing's timeline is laid out: the events in
// a lane of their own, each once, and the statements in their speakers'.
const timelineLanes = picture.LanesApart

// timelineLayout lays out the briefing's timeline of c for a page width
// of width mm, at a point a unit.
func timelineLayout(c *casefile.Case, width float64) *picture.TimeLayout {
	return picture.LayoutTimeline(c, picture.TimelineOptions{Lanes: timelineLanes, Width: width / ptToMM, MaxItems: TimelineMaxItems})
}

// timelineShown says whether the briefing draws a timeline of c: it
// does when an item is dated, as picture.LayoutTimeline tells them.
func timelineShown(c *casefile.Case) bool {
	dated := func(d casefile.Date, claims []casefile.DateClaim) bool {
		if len(claims) == 0 {
			return !d.IsZero()
		}
		for _, cl := range claims {
			if !cl.Date.IsZero() {
				return true
			}
		}
		return false
	}
	for _, s := range c.Statements {
		if dated(s.Date, s.Dates) {
			return true
		}
	}
	for _, e := range c.Events {
		if dated(e.Date, e.Dates) {
			return true
		}
	}
	return false
}

// timeline draws the timeline: vector graphics at the page's width, every
// label text, where it lands whole (floats.go), or split over pages at
// whole rows when it is taller than a page, the axis and the lane names
// drawn again on each.
func (b *briefing) timeline() error {
	l := timelineLayout(b.c, b.contentWidth())
	const scale = ptToMM
	intro := ""
	if l.Left > 0 {
		intro = fmt.Sprintf("The timeline shows the %d latest of %d dated events and statements, from %s; the lists hold every one.",
			len(l.Items), len(l.Items)+l.Left, l.Items[0].Dates[0].Date)
	}
	introH := float64(b.linesOf(intro, "I", 9.5, b.contentWidth())) * lineHeight(9.5)
	legend := picture.TimelineLegend(b.contentWidth() / scale)
	legendH := legend.Bounds.H*scale + 3
	// The line naming the undated goes with the last rows.
	undated := ""
	if len(l.Undated) > 0 {
		undated = undatedLine(l.Undated, b.ix, func(s string) string { return s })
	}
	undatedH := float64(b.linesOf(undated, "I", 9, b.contentWidth())) * lineHeight(9)
	head := sectionHeadH() + introH + legendH
	whole := head + (picture.TimeAxisHeight+l.Height)*scale + 2 + undatedH
	b.place(min(whole, b.bottom-b.top), func() {
		b.startSection(SectionTimeline, true)
		if intro != "" {
			b.holdText(intro, "I", 9.5, colorMuted, b.left, b.contentWidth(), markLabel)
			b.gap(1)
		}
		// The key goes above: below, it could be left alone on a page.
		b.hold(legendH, func() {
			b.paintTimeline(&legend, b.left-legend.Bounds.X*scale, b.y-legend.Bounds.Y*scale, scale)
			b.y += legendH
			b.mark(markPicture, 0, 1)
		})
		b.drawTimeline(l, undated, undatedH)
	})
	return nil
}

// drawTimeline draws the timeline's rows from here, over as many pages as
// they take, and then the line naming the undated.
func (b *briefing) drawTimeline(l *picture.TimeLayout, undated string, undatedH float64) {
	const scale = ptToMM
	rest := (b.bottom - b.top - lineHeight(9)) / scale
	pages := l.Pages(l.FitView, (b.bottom-b.y-b.heldH)/scale, rest)
	for i, v := range pages {
		if i > 0 || v.Height == 0 {
			b.newPage()
			if i > 0 {
				b.text("Timeline, continued", "I", 9, colorMuted)
			}
		}
		if v.Height == 0 {
			continue
		}
		if i == len(pages)-1 {
			b.need(v.Height*scale + 2 + undatedH)
		}
		b.need(v.Height * scale)
		sc := l.Draw(v)
		b.paintTimeline(&sc, b.left, b.y, scale)
		b.y += v.Height*scale + 2
		b.mark(markPicture, 0, 1)
		if err := b.tick(); err != nil && b.floatErr == nil {
			b.floatErr = err
			return
		}
	}
	b.text(undated, "I", 9, colorMuted)
}

// undatedLine names the items not on the timeline: by their references
// where the briefing prints them (the lists hold their titles), else by
// title, escaped as escape says.
func undatedLine(items []picture.TimeItem, ix *caseIndex, escape func(string) string) string {
	names := make([]string, len(items))
	sep := ", "
	for i, it := range items {
		if names[i] = ix.ref(it.ID); names[i] == "" {
			names[i], sep = escape(oneLine(it.Title)), "; "
		}
	}
	return "Not on the timeline, having no date: " + strings.Join(names, sep) + "."
}

// paintTimeline draws a timeline scene with a scene point p at (ox +
// p.X*scale, oy + p.Y*scale) mm: gofpdf's vector shapes, and its text in
// the briefing's fonts, so that every label can be found and copied.
func (b *briefing) paintTimeline(sc *picture.Scene, ox, oy, scale float64) {
	pdf := b.pdf
	at := func(p picture.Point) (float64, float64) { return ox + p.X*scale, oy + p.Y*scale }
	setFill := func(r picture.Role, muted bool) {
		c := picture.Color(r, muted)
		pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
	}
	for i := range sc.Shapes {
		s := &sc.Shapes[i]
		style := ""
		if s.Fill != "" {
			setFill(s.Fill, s.Muted)
			style = "F"
		}
		if s.Stroke != "" {
			c := picture.Color(s.Stroke, s.Muted)
			pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
			pdf.SetLineWidth(max(s.Width*scale, 0.05))
			dash := make([]float64, len(s.Dash))
			for k, d := range s.Dash {
				dash[k] = d * scale
			}
			pdf.SetDashPattern(dash, 0)
			style = "D" + style
		}
		if style == "" {
			continue // a box that only takes clicks
		}
		x, y := at(picture.Point{X: s.Box.X, Y: s.Box.Y})
		w, h := s.Box.W*scale, s.Box.H*scale
		switch s.Kind {
		case picture.ShapeRect, picture.ShapeRoundRect:
			pdf.Rect(x, y, w, h, style)
		case picture.ShapeEllipse:
			pdf.Ellipse(x+w/2, y+h/2, w/2, h/2, 0, style)
		case picture.ShapeDiamond, picture.ShapePolygon:
			pdf.Polygon(pdfPointsOf(s.Polygon(), at), style)
		case picture.ShapeLine, picture.ShapePolyline:
			for k, p := range s.Points {
				px, py := at(p)
				if k == 0 {
					pdf.MoveTo(px, py)
				} else {
					pdf.LineTo(px, py)
				}
			}
			pdf.DrawPath("D")
			if tip, l, r, ok := s.ArrowHead(); ok {
				setFill(s.Stroke, s.Muted)
				pdf.SetDashPattern([]float64{}, 0)
				pdf.Polygon(pdfPointsOf([]picture.Point{tip, l, r}, at), "F")
			}
		}
	}
	pdf.SetDashPattern([]float64{}, 0)
	for i := range sc.Texts {
		t := &sc.Texts[i]
		style := ""
		if t.Bold {
			style = "B"
		}
		size := t.Size * scale / ptToMM
		w := b.textWidth(style, size, t.Text)
		x, y := at(t.At)
		switch t.Anchor {
		case picture.AnchorMiddle:
			x -= w / 2
		case picture.AnchorEnd:
			x -= w
		}
		if t.Ground != "" {
			r := t.Box()
			_, gy := at(picture.Point{X: r.X, Y: r.Y})
			setFill(t.Ground, false)
			pdf.Rect(x-0.4, gy, w+0.8, r.H*scale, "F")
		}
		b.font(style, size)
		c := picture.Color(t.Color, t.Muted)
		b.color([3]int{int(c.R), int(c.G), int(c.B)})
		pdf.Text(x, y, pdfSafe(t.Text))
	}
	b.forgetColor()
}

// timeline says in words what the PDF's timeline draws: Markdown has no
// pictures. The dates the sources differ on are named with their sources,
// and the undated items are listed, as the picture lists them apart.
func (m *mdWriter) timeline() error {
	l := picture.LayoutTimeline(m.c, picture.TimelineOptions{Lanes: timelineLanes})
	if len(l.Items) == 0 {
		return m.err
	}
	m.section(SectionTimeline)
	first, last := l.Items[0].Dates[0].Date, l.Items[len(l.Items)-1].Dates[0].Date
	m.linef("*The timeline is drawn in the PDF briefing: %s in %s, from %s to %s.*",
		casefile.Count(len(l.Items), "dated event or statement", "dated events and statements"),
		casefile.Count(len(l.Lanes), "lane", "lanes"), first, last)
	m.blank()
	var clashes []string
	for _, it := range l.Items {
		if it.Conflict() {
			clashes = append(clashes, fmt.Sprintf("- **%s**: %s", markdownEscaper.Replace(oneLine(it.Title)),
				markdownEscaper.Replace(oneLine(strings.TrimPrefix(it.When, "sources differ: ")))))
		}
	}
	if len(clashes) > 0 {
		m.linef("Dated differently by their sources:")
		m.blank()
		for _, c := range clashes {
			m.linef("%s", c)
		}
		m.blank()
	}
	if len(l.Undated) > 0 {
		m.linef("%s", undatedLine(l.Undated, m.ix, markdownEscaper.Replace))
		m.blank()
	}
	return m.err
}

func pdfPointsOf(pts []picture.Point, at func(picture.Point) (float64, float64)) []gofpdf.PointType {
	out := make([]gofpdf.PointType, len(pts))
	for i, p := range pts {
		out[i].X, out[i].Y = at(p)
	}
	return out
}
