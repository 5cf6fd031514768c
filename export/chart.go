//go:build !nochart

package export

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/picture"
	"github.com/jung-kurt/gofpdf"
)

// SectionChart is the link chart: vector graphics after the contents, as
// large as the page allows.
const SectionChart Section = "chart"

// chartDrawn says that this build draws the chart.
const chartDrawn = true

// ChartMaxActors is the most actors the briefing's chart shows: at that
// many, an A4 page still sets their names at 6 pt or more. A case with more
// shows the most connected and says how many more it holds.
const ChartMaxActors = 36

// The chart's scale on the page, in mm per unit (a name is 9 units):
// up to 110% (a small chart is not blown up further), as large as the
// page's width and a page's height allow; it waits for the next page
// rather than go below chartMinScale (names at 6 pt) where a whole page
// would hold it larger; and it is never cut. A layout too wide or tall
// for a page even at chartFloorScale (names at 5 pt) shows fewer actors,
// the most connected, and says how many more the case holds.
const (
	chartMinScale   = 6.0 / 9 * ptToMM
	chartFloorScale = 5.0 / 9 * ptToMM
	chartMaxScale   = 1.1 * ptToMM
	// chartLeastActors is the fewest actors a chart shows to fit its page.
	chartLeastActors = 4
)

func (b *briefing) chart() error {
	if len(b.c.Actors) == 0 {
		b.startSection(SectionChart, false)
		b.text(b.c.Release.Missing("actors", 0, "The case names no actors, so there is no chart."), "I", 10, colorMuted)
		return nil
	}
	legend := picture.Legend(b.contentWidth() / (0.9 * ptToMM))
	legendScale := 0.9 * ptToMM
	legendH := legend.Bounds.H*legendScale + 4
	boxW := b.contentWidth()
	var (
		sc     *picture.ChartScene
		lines  []string
		introH float64
		scale  float64 // the most the chart may be drawn at
	)
	for most := ChartMaxActors; ; {
		var err error
		if sc, err = picture.Chart(b.ctx, b.c, picture.ChartOptions{MaxActors: most}); err != nil {
			return err
		}
		lines = b.chartLines(sc)
		introH = 2.0
		for _, l := range lines {
			introH += float64(b.linesOf(l, "I", 9.5, boxW)) * lineHeight(9.5)
		}
		pageRoom := b.bottom - b.top - sectionHeadH() - introH - legendH
		scale = math.Min(chartMaxScale, math.Min(boxW/sc.Bounds.W, pageRoom/sc.Bounds.H))
		shown := len(sc.Graph.Nodes)
		if scale >= chartFloorScale || shown <= chartLeastActors {
			break
		}
		// A layout's area grows with the actors in it: as many as the
		// page's share of this one's area would hold at 5 pt, and fewer
		// again if that layout comes out larger.
		share := scale / chartFloorScale
		most = max(chartLeastActors, min(shown-1, int(float64(shown)*share*share)))
	}
	bh := sc.Bounds.H
	// Here if it fits at its largest, or at 6 pt; else at a new page's head.
	least := bh * math.Min(scale, chartMinScale)
	b.place(sectionHeadH()+introH+least+legendH, func() {
		b.startSection(SectionChart, true)
		for _, l := range lines {
			b.holdText(l, "I", 9.5, colorMuted, b.left, b.contentWidth(), markLabel)
		}
		b.gap(2)
		room := b.bottom - b.y - b.heldH - legendH
		s := math.Max(math.Min(scale, room/bh), math.Min(scale, chartMinScale))
		w, h := sc.Bounds.W*s, bh*s
		b.need(h + legendH)
		x := b.left + (boxW-w)/2
		b.paintScene(&sc.Scene, x-sc.Bounds.X*s, b.y-sc.Bounds.Y*s, s, picture.Rect{})
		b.y += h + 4
		b.paintScene(&legend, b.left-legend.Bounds.X*legendScale, b.y-legend.Bounds.Y*legendScale, legendScale, picture.Rect{})
		b.y += legend.Bounds.H * legendScale
		b.mark(markPicture, 0, 1)
		if err := b.tick(); err != nil && b.floatErr == nil {
			b.floatErr = err
		}
	})
	return nil
}

// chartLines are what the chart's page says above it: how many actors it
// leaves out, what a release withheld, and the layout's note.
func (b *briefing) chartLines(sc *picture.ChartScene) []string {
	var lines []string
	if left := sc.Graph.Left; left > 0 {
		lines = append(lines, fmt.Sprintf("The %d most connected actors are shown; %s in the case.", len(sc.Graph.Nodes), casefile.Count(left, "more actor", "more actors")))
	}
	for _, line := range []string{b.c.Release.Missing("actors", len(b.c.Actors), ""), b.c.Release.Missing("relations", len(b.c.Relations), "")} {
		if line != "" {
			lines = append(lines, line)
		}
	}
	if sc.Note != "" {
		lines = append(lines, sc.Note)
	}
	return lines
}

// paintScene draws sc with a scene point p at (ox + p.X*scale, oy +
// p.Y*scale) mm, clipped to clip unless it is empty: gofpdf's vector
// shapes for the shapes and its text, in the briefing's fonts, for the
// text runs, so a reader can search and copy every label.
func (b *briefing) paintScene(sc *picture.Scene, ox, oy, scale float64, clip picture.Rect) {
	pdf := b.pdf
	at := func(p picture.Point) (float64, float64) { return ox + p.X*scale, oy + p.Y*scale }
	if !clip.Empty() {
		pdf.ClipRect(clip.X, clip.Y, clip.W, clip.H, false)
		defer pdf.ClipEnd()
	}
	pdf.SetLineJoinStyle("round")
	for i := range sc.Shapes {
		b.paintShape(&sc.Shapes[i], at, scale)
	}
	pdf.SetDashPattern([]float64{}, 0)
	pdf.SetLineJoinStyle("miter")
	for i := range sc.Texts {
		t := &sc.Texts[i]
		if t.Ground != "" {
			r := t.Box()
			gx, gy := at(picture.Point{X: r.X, Y: r.Y})
			pad := 1.2
			b.fill(picture.Color(t.Ground, false), gx-pad*scale, gy, r.W*scale+2*pad*scale, r.H*scale)
		}
		style := ""
		if t.Bold {
			style = "B"
		}
		size := t.Size * scale / ptToMM
		b.font(style, size)
		c := picture.Color(t.Color, t.Muted)
		b.color([3]int{int(c.R), int(c.G), int(c.B)})
		x, y := at(t.At)
		w := b.textWidth(style, size, t.Text)
		switch t.Anchor {
		case picture.AnchorMiddle:
			x -= w / 2
		case picture.AnchorEnd:
			x -= w
		}
		pdf.Text(x, y, pdfSafe(t.Text))
	}
	b.forgetColor()
}

// fill fills a box in c, its alpha ignored (PDF 1.3 has none; the
// palette's translucent grounds are near white on white paper).
func (b *briefing) fill(c color.NRGBA, x, y, w, h float64) {
	b.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
	b.pdf.Rect(x, y, w, h, "F")
	b.forgetColor()
}

func (b *briefing) paintShape(s *picture.Shape, at func(picture.Point) (float64, float64), scale float64) {
	pdf := b.pdf
	style := ""
	if s.Fill != "" {
		c := picture.Color(s.Fill, s.Muted)
		pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
		style += "F"
	}
	if s.Stroke != "" {
		c := picture.Color(s.Stroke, s.Muted)
		pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
		pdf.SetLineWidth(math.Max(s.Width*scale, 0.1))
		dash := make([]float64, len(s.Dash))
		for i, d := range s.Dash {
			dash[i] = d * scale
		}
		pdf.SetDashPattern(dash, 0)
		style = "D" + style
	}
	b.forgetColor()
	if style == "" {
		return
	}
	x, y := at(picture.Point{X: s.Box.X, Y: s.Box.Y})
	w, h := s.Box.W*scale, s.Box.H*scale
	switch s.Kind {
	case picture.ShapeRect:
		pdf.Rect(x, y, w, h, style)
	case picture.ShapeRoundRect:
		b.roundedRect(x, y, w, h, s.Radius*scale, style)
	case picture.ShapeEllipse:
		pdf.Ellipse(x+w/2, y+h/2, w/2, h/2, 0, style)
	case picture.ShapeDiamond, picture.ShapePolygon:
		pdf.Polygon(pdfPoints(s.Polygon(), at), style)
	case picture.ShapeLine, picture.ShapePolyline:
		// One path, so that a dash pattern runs on round a curve.
		for i, p := range s.Points {
			x, y := at(p)
			if i == 0 {
				pdf.MoveTo(x, y)
			} else {
				pdf.LineTo(x, y)
			}
		}
		pdf.DrawPath("D")
		if tip, l, r, ok := s.ArrowHead(); ok {
			c := picture.Color(s.Stroke, s.Muted)
			pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
			pdf.SetDashPattern([]float64{}, 0)
			pdf.Polygon(pdfPoints([]picture.Point{tip, l, r}, at), "F")
		}
	}
}

func pdfPoints(pts []picture.Point, at func(picture.Point) (float64, float64)) []gofpdf.PointType {
	out := make([]gofpdf.PointType, len(pts))
	for i, p := range pts {
		out[i].X, out[i].Y = at(p)
	}
	return out
}

// chart writes the chart's links as text, by family: Markdown has no
// picture, so it says what the PDF's chart draws.
func (m *mdWriter) chart() error {
	m.section(SectionChart)
	g := picture.BuildGraph(m.c, picture.ChartOptions{})
	if len(g.Nodes) == 0 {
		m.missing("actors", 0, "The case names no actors, so there is no chart.")
		return m.err
	}
	m.linef("The link chart is drawn in the PDF briefing: %s and %s. Its links, by family:",
		casefile.Count(len(g.Nodes), "actor", "actors"), casefile.Count(len(g.Links), "link", "links"))
	m.blank()
	names := map[string]string{}
	for _, n := range g.Nodes {
		names[n.ID] = n.Name
	}
	for _, f := range picture.Families {
		var words []string
		for _, l := range g.Links {
			if l.Family != f {
				continue
			}
			w := names[l.From] + " " + string(l.Type) + " " + names[l.To]
			if l.Inferred {
				w += " (inferred)"
			}
			words = append(words, markdownEscaper.Replace(oneLine(w)))
		}
		if len(words) > 0 {
			m.linef("- **%s** (%d): %s.", strings.ToUpper(string(f)[:1])+string(f)[1:], len(words), strings.Join(words, "; "))
		}
	}
	m.blank()
	return m.err
}

// roundedRect draws a rectangle with round corners of radius r as one
// path. (gofpdf's RoundedRect opens a graphics state it never closes, "q"
// without "Q", after which a clip can no longer be ended: the page's footer
// was clipped away.)
func (b *briefing) roundedRect(x, y, w, h, r float64, style string) {
	pdf := b.pdf
	r = math.Min(r, math.Min(w, h)/2)
	k := r * 0.5523 // a quarter circle's control points, as a Bézier
	pdf.MoveTo(x+r, y)
	pdf.LineTo(x+w-r, y)
	pdf.CurveBezierCubicTo(x+w-r+k, y, x+w, y+r-k, x+w, y+r)
	pdf.LineTo(x+w, y+h-r)
	pdf.CurveBezierCubicTo(x+w, y+h-r+k, x+w-r+k, y+h, x+w-r, y+h)
	pdf.LineTo(x+r, y+h)
	pdf.CurveBezierCubicTo(x+r-k, y+h, x, y+h-r+k, x, y+h-r)
	pdf.LineTo(x, y+r)
	pdf.CurveBezierCubicTo(x, y+r-k, x+r-k, y, x+r, y)
	pdf.ClosePath()
	pdf.DrawPath(style)
}
