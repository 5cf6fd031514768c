package picture

import (
	"math"

	"github.com/casefile/casefile/casefile"
)

// An actor is a node whose outline says its kind, filled in its kind's
// colour, with its name inside on up to two lines:
//
//	state            hexagon
//	government body  rectangle
//	person           ellipse
//	organisation     rounded rectangle
//	group            parallelogram
const (
	NodeTextSize  = 9.0   // the name's size, units
	nodeLineWidth = 100.0 // the widest a line of the name may be
	nodeLines     = 2
	nodePadX      = 7.0
	nodePadY      = 4.5
	nodeMinWidth  = 48.0
	nodeStroke    = 0.9
)

// nodeLabel is the actor's name as its node shows it.
func nodeLabel(n Node) []string {
	return Wrap(n.Name, NodeTextSize, false, nodeLineWidth, nodeLines)
}

// nodeSize is the size of the box the actor's node fills.
func nodeSize(n Node) (w, h float64) {
	return kindSize(n.Kind, nodeLabel(n))
}

func kindSize(k casefile.ActorKind, lines []string) (w, h float64) {
	tw := 0.0
	for _, l := range lines {
		tw = math.Max(tw, TextWidth(l, NodeTextSize, false))
	}
	th := NodeTextSize * (Ascent + Descent + LineHeight*float64(max(len(lines), 1)-1))
	w, h = tw+2*nodePadX, th+2*nodePadY
	switch k {
	case casefile.KindState:
		w += h * 0.6 // the hexagon's points
	case casefile.KindPerson:
		w, h = w*1.2, h*1.3
	case casefile.KindOrganisation:
		w += h * 0.2
	case casefile.KindGovernmentBody:
	default: // group
		w += h * 0.5 // the slant
	}
	return math.Max(w, nodeMinWidth), h
}

// nodeShape is the actor's outline around the box b.
func nodeShape(id string, k casefile.ActorKind, b Rect) Shape {
	s := Shape{Item: id, Box: b, Fill: KindRole(k), Stroke: RoleNodeLine, Width: nodeStroke}
	switch k {
	case casefile.KindState:
		s.Kind = ShapePolygon
		in := b.H * 0.3
		cy := b.Y + b.H/2
		s.Points = []Point{{b.X + in, b.Y}, {b.X + b.W - in, b.Y}, {b.X + b.W, cy}, {b.X + b.W - in, b.Y + b.H}, {b.X + in, b.Y + b.H}, {b.X, cy}}
	case casefile.KindPerson:
		s.Kind = ShapeEllipse
	case casefile.KindOrganisation:
		s.Kind = ShapeRoundRect
		s.Radius = b.H * 0.3
	case casefile.KindGovernmentBody:
		s.Kind = ShapeRect
	default:
		s.Kind = ShapePolygon
		sk := b.H * 0.5
		s.Points = []Point{{b.X + sk, b.Y}, {b.X + b.W, b.Y}, {b.X + b.W - sk, b.Y + b.H}, {b.X, b.Y + b.H}}
	}
	return s
}

// nodeText is the actor's name, centred in its box.
func nodeText(id string, lines []string, b Rect, bold bool) []Text {
	c := b.Center()
	block := NodeTextSize * LineHeight * float64(len(lines)-1)
	// The first baseline, so that the lines' ink is centred on c.
	y := c.Y - block/2 + NodeTextSize*(Ascent-Descent)/2
	out := make([]Text, len(lines))
	for i, l := range lines {
		out[i] = Text{Item: id, Text: l, At: Point{c.X, y + float64(i)*NodeTextSize*LineHeight}, Size: NodeTextSize,
			Bold: bold, Anchor: AnchorMiddle, Color: RoleInk}
	}
	return out
}

// contains reports whether p is inside the node's outline s.
func contains(s *Shape, p Point) bool {
	b := s.Box
	switch s.Kind {
	case ShapeEllipse:
		c := b.Center()
		dx, dy := (p.X-c.X)/(b.W/2), (p.Y-c.Y)/(b.H/2)
		return dx*dx+dy*dy <= 1
	case ShapePolygon, ShapeDiamond:
		return inPolygon(s.Polygon(), p)
	}
	return b.Contains(p)
}

func inPolygon(poly []Point, p Point) bool {
	in := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
	}
	return in
}
