package picture

import (
	"math"
	"testing"
)

// squareGraph is nine points three by three, 100 apart, and every link between
// neighbours as long as they are apart.
func squareGraph() ([]Point, []span) {
	var pts []Point
	for i := range 9 {
		pts = append(pts, Point{float64(i%3) * 100, float64(i/3) * 100})
	}
	var spans []span
	for i := range pts {
		if i%3 < 2 {
			spans = append(spans, span{i, i + 1, 100})
		}
		if i < 6 {
			spans = append(spans, span{i, i + 3, 100})
		}
	}
	return pts, spans
}

// The start is a scaling of the graph's distances: a grid starts as a
// grid, every link about as long as the others (the distances along a
// grid's links are longer than straight across, so it starts a little
// larger), and a node linked to none starts apart, not on the grid.
func TestStartScalesDistances(t *testing.T) {
	_, spans := squareGraph()
	pos := startPositions(10, spans, nil)
	short, long := math.Inf(1), 0.0
	for _, s := range spans {
		d := pos[s.a].Sub(pos[s.b]).Len()
		short, long = math.Min(short, d), math.Max(long, d)
	}
	if short < 80 || long > 1.2*short {
		t.Errorf("the grid's links, all 100 long, start from %.0f to %.0f long", short, long)
	}
	if d := pos[0].Sub(pos[8]).Len(); math.Abs(d-math.Sqrt2*pos[0].Sub(pos[2]).Len()) > 0.1*d {
		t.Errorf("the grid starts squashed: corner to corner %.0f, along a side %.0f", d, pos[0].Sub(pos[2]).Len())
	}
	for i := range 9 {
		if d := pos[9].Sub(pos[i]).Len(); d < 60 {
			t.Errorf("the unlinked node starts %.0f from node %d", d, i)
		}
	}
}

// With actors pinned, the start is turned, scaled, moved and if need be
// mirrored onto them: a grid pinned by three corners, its picture turned
// and flipped, starts with every node where the pins say it is.
func TestStartAlignsToPins(t *testing.T) {
	pts, spans := squareGraph()
	turn := func(p Point) Point { // a quarter turn, mirrored, moved, doubled
		return Point{2*p.Y + 500, 2*p.X - 300}
	}
	pinned := map[int]Point{0: turn(pts[0]), 2: turn(pts[2]), 8: turn(pts[8])}
	pos := startPositions(len(pts), spans, pinned)
	for i, p := range pts {
		if d := pos[i].Sub(turn(p)).Len(); d > 40 {
			t.Errorf("node %d starts at %v, %.0f from %v", i, pos[i], d, turn(p))
		}
	}
	free := startPositions(len(pts), spans, nil)
	one := startPositions(len(pts), spans, map[int]Point{4: {1000, 1000}})
	by := Point{1000, 1000}.Sub(free[4])
	for i := range one {
		if d := one[i].Sub(free[i].Add(by)).Len(); d > 1e-6 {
			t.Errorf("one pin: node %d starts at %v, not moved with the pinned one (%v)", i, one[i], free[i].Add(by))
		}
	}
}

// crosses reports whether the segment a–b passes through r (Liang and
// Barsky's clipping).
func crosses(a, b Point, r Rect) bool {
	t0, t1 := 0.0, 1.0
	d := b.Sub(a)
	for _, e := range [][2]float64{{-d.X, a.X - r.X}, {d.X, r.X + r.W - a.X}, {-d.Y, a.Y - r.Y}, {d.Y, r.Y + r.H - a.Y}} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
	}
	return t0 < t1
}

// From that start, fewer of the default case's links run through an
// actor they do not join: a random start drew four.
func TestStartKeepsLinksOffActors(t *testing.T) {
	sc := chartOf(t, defaultCase(t), ChartOptions{})
	through := 0
	for _, l := range sc.Graph.Links {
		a, b := sc.Nodes[l.From].Center(), sc.Nodes[l.To].Center()
		for id, r := range sc.Nodes {
			if id != l.From && id != l.To && crosses(a, b, r) {
				through++
				t.Logf("%s–%s runs through %s", l.From, l.To, id)
			}
		}
	}
	if through > 3 {
		t.Errorf("%d links run through actors they do not join", through)
	}
}
