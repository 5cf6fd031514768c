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

// SectionChart is the link chart: a page of vector graphics after the key
// actors, the actors arranged as the analyst left them.
const SectionChart Section = "chart"

// ChartMaxActors is the most actors the briefing's chart shows: at that
// many, an A4 page still sets their names at 6 pt or more. A case with more
// shows the most connected and says how many more it holds.
const ChartMaxActors = 36

// chartMinScale is the smallest the page may draw the chart, in mm per
// unit: a 9-unit name is then 6 pt. A smaller chart is drawn at this scale
// and centred, a larger one is shrunk to the page but no further.
const (
	chartMinScale = 6.0 / 9 * ptToMM
	chartMaxScale = 1.1 * ptToMM // a small chart is not blown up past 110%
)

func (b *briefing) chart() error {
	b.startSection(heading(SectionChart), true)
	if len(b.c.Actors) == 0 {
		b.text(b.c.Release.Missing("actors", 0, "The case names no actors, so there is no chart."), "I", 10, colorMuted)
		return nil
	}
	sc, err := picture.Chart(b.ctx, b.c, picture.ChartOptions{MaxActors: ChartMaxActors})
	if err != nil {
		return err
	}
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
	for _, l := range lines {
		b.text(l, "I", 9.5, colorMuted)
	}
	b.y += 2

	legend := picture.Legend(b.contentWidth() / (0.9 * ptToMM))
	legendScale := 0.9 * ptToMM
	legendH := legend.Bounds.H*legendScale + 4
	boxH := b.bottom - b.y - legendH
	boxW := b.contentWidth()
	bw, bh := sc.Bounds.W, sc.Bounds.H
	scale := math.Min(boxW/bw, boxH/bh)
	scale = math.Max(math.Min(scale, chartMaxScale), chartMinScale)
	w, h := bw*scale, bh*scale
	x := b.left + (boxW-w)/2
	y := b.y
	if h < boxH {
		y += (boxH - h) / 3 // a little above the middle
	}
	b.paintScene(&sc.Scene, x-sc.Bounds.X*scale, y-sc.Bounds.Y*scale, scale, picture.Rect{X: x, Y: b.y, W: boxW, H: boxH})
	b.paintScene(&legend, b.left-legend.Bounds.X*legendScale, b.bottom-legend.Bounds.H*legendScale-legend.Bounds.Y*legendScale, legendScale, picture.Rect{})
	b.y = b.bottom
	return b.tick()
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
