package picture

import "math"

// Hit is the item drawn topmost at p, or "": text runs first (they are
// painted last), then shapes from the top down. A line is hit within tol
// units of its stroke, so that a thin arrow can be clicked.
func (sc *Scene) Hit(p Point, tol float64) string {
	for i := len(sc.Texts) - 1; i >= 0; i-- {
		t := &sc.Texts[i]
		if t.Item != "" && t.Box().Inset(-1).Contains(p) {
			return t.Item
		}
	}
	for i := len(sc.Shapes) - 1; i >= 0; i-- {
		s := &sc.Shapes[i]
		if s.Item == "" {
			continue
		}
		switch s.Kind {
		case ShapeLine, ShapePolyline:
			if distToPolyline(s.Points, p) <= tol+s.Width/2 {
				return s.Item
			}
		default:
			if contains(s, p) {
				return s.Item
			}
		}
	}
	return ""
}

func distToPolyline(pts []Point, p Point) float64 {
	best := math.Inf(1)
	for i := 1; i < len(pts); i++ {
		best = math.Min(best, distToSegment(pts[i-1], pts[i], p))
	}
	return best
}

func distToSegment(a, b, p Point) float64 {
	d := b.Sub(a)
	l2 := d.X*d.X + d.Y*d.Y
	if l2 == 0 {
		return p.Sub(a).Len()
	}
	t := math.Max(0, math.Min(1, ((p.X-a.X)*d.X+(p.Y-a.Y)*d.Y)/l2))
	return p.Sub(a.Add(d.Scale(t))).Len()
}
