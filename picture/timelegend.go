package picture

// TimelineLegend explains the timeline's marks, in rows no wider than
// width, from the origin: each drawn as the timeline draws it, with its
// meaning in words. Nothing in it is an item.
func TimelineLegend(width float64) Scene {
	var sc Scene
	x, y := 0.0, 0.0
	const rowH, gap = 17.0, 13.0
	type entry struct {
		label  string
		w      float64 // the swatch's width
		pieces func(x float64) []pieceX
		stmt   bool
		clash  bool
	}
	pt := func(x float64, start, end int, inferred bool) pieceX {
		return pieceX{x0: x - markDiamond/2, x1: x + markDiamond/2, xc: x, point: true, start: start, end: end, inferred: inferred}
	}
	bar := func(x0, x1 float64, start, end int, inferred bool) pieceX {
		return pieceX{x0: x0, x1: x1, xc: (x0 + x1) / 2, start: start, end: end, inferred: inferred}
	}
	entries := []entry{
		{"event on a day", 10, func(x float64) []pieceX { return []pieceX{pt(x+5, sideFirm, sideFirm, false)} }, false, false},
		{"statement", 10, func(x float64) []pieceX { return []pieceX{pt(x+5, sideFirm, sideFirm, false)} }, true, false},
		{"a month or a year", 34, func(x float64) []pieceX { return []pieceX{bar(x+2, x+32, sideFirm, sideFirm, false)} }, false, false},
		{"about", 50, func(x float64) []pieceX {
			return []pieceX{bar(x+fuzzLength+2, x+fuzzLength+22, sideFuzzy, sideFuzzy, false)}
		}, false, false},
		{"until, since", 40, func(x float64) []pieceX {
			return []pieceX{bar(x+tailLength+2, x+tailLength+16, sideOpen, sideFirm, false)}
		}, false, false},
		{"inferred", 46, func(x float64) []pieceX {
			return []pieceX{pt(x+5, sideFirm, sideFirm, true), bar(x+16, x+44, sideFirm, sideFirm, true)}
		}, false, false},
		{"sources differ", 34, func(x float64) []pieceX {
			return []pieceX{pt(x+5, sideFirm, sideFirm, false), pt(x+29, sideFirm, sideFirm, false)}
		}, false, true},
		{"break: years with nothing dated (each side at its own scale)", 12, nil, false, false},
	}
	for _, e := range entries {
		w := e.w + 5 + TextWidth(e.label, LegendTextSize, false)
		if x > 0 && x+w > width {
			x, y = 0, y+rowH
		}
		if e.pieces == nil { // the break
			for _, dx := range []float64{3, 9} {
				var zig []Point
				for k := range 4 {
					zig = append(zig, Point{x + dx + 1.5*float64(k%2*2-1), y - 2 + float64(k)*5})
				}
				sc.Add(Shape{Kind: ShapePolyline, Points: zig, Stroke: RoleRule, Width: 0.6})
			}
			sc.AddText(Text{Text: e.label, At: Point{x + e.w + 5, y + 6 + (Ascent-Descent)*LegendTextSize/2}, Size: LegendTextSize, Color: RoleMuted})
			x += w + gap
			continue
		}
		mp := markPainter{sc: &sc, statement: e.stmt, clipL: -1e9, clipR: 1e9}
		mp.draw(e.pieces(x), y+6, e.clash)
		sc.AddText(Text{Text: e.label, At: Point{x + e.w + 5, y + 6 + (Ascent-Descent)*LegendTextSize/2}, Size: LegendTextSize, Color: RoleMuted})
		x += w + gap
	}
	sc.Fit(0)
	return sc
}
