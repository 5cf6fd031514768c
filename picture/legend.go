package picture

import (
	"github.com/casefile/casefile/casefile"
)

// LegendTextSize is the size of the legend's words.
const LegendTextSize = 7.5

// Legend explains the chart's shapes and lines: one entry per actor kind
// (its outline and fill) and per line style (each family, and inferred),
// set in rows no wider than width, from the origin. Nothing in it is an
// item.
func Legend(width float64) Scene {
	var sc Scene
	x, y := 0.0, 0.0
	const rowH, gap, swatchW, swatchH = 18.0, 14.0, 26.0, 12.0
	place := func(w float64) Point {
		if x > 0 && x+w > width {
			x, y = 0, y+rowH
		}
		at := Point{x, y}
		x += w + gap
		return at
	}
	word := func(s string, at Point) {
		sc.AddText(Text{Text: s, At: Point{at.X, at.Y + swatchH/2 + (Ascent-Descent)*LegendTextSize/2}, Size: LegendTextSize, Color: RoleMuted})
	}
	for _, k := range casefile.ActorKinds {
		label := string(k)
		at := place(swatchW + 4 + TextWidth(label, LegendTextSize, false))
		s := nodeShape("", k, Rect{at.X, at.Y, swatchW, swatchH})
		sc.Add(s)
		word(label, Point{at.X + swatchW + 4, at.Y})
	}
	lines := []struct {
		label string
		link  Link
	}{
		{"hostile", Link{Family: Hostile}},
		{"supportive", Link{Family: Supportive}},
		{"structural", Link{Family: Structural}},
		{"inferred", Link{Family: Structural, Inferred: true}},
		{"affiliation", Link{Family: Affiliation}},
	}
	const lineW = 30.0
	for _, l := range lines {
		at := place(lineW + 4 + TextWidth(l.label, LegendTextSize, false))
		mid := at.Y + swatchH/2
		s := linkShape(l.link, []Point{{at.X, mid}, {at.X + lineW, mid}})
		s.Item = ""
		sc.Add(s)
		word(l.label, Point{at.X + lineW + 4, at.Y})
	}
	sc.Fit(0)
	return sc
}
