package picture

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/casefile/casefile/casefile"
)

// Arrangement is where Arrange put a graph's actors.
type Arrangement struct {
	Positions Positions
	// Note says, when it is not "", that the actors are not where the
	// layout engine would put them, and why: the painters show it.
	Note string
}

// Arrange places a graph's actors: each placed by hand (Node.Placed) where
// the analyst put it, and the others by Graphviz's neato around them, so
// that arranging again moves only what was not placed by hand. The layout
// depends only on the graph, so the window and the briefing arrange a case
// alike. Without the layout engine the others are put on a ring, and the
// arrangement says so.
func Arrange(ctx context.Context, g *Graph) (Arrangement, error) {
	pos := Positions{}
	free := 0
	for _, n := range g.Nodes {
		if n.Placed != nil {
			pos[n.ID] = Point{n.Placed.X, n.Placed.Y}
		} else {
			free++
		}
	}
	if free == 0 {
		return Arrangement{Positions: pos}, nil
	}
	out, err := currentEngine().Layout(ctx, LayoutDOT(g))
	if errors.Is(err, ErrNoEngine) {
		ring(g, pos)
		return Arrangement{Positions: pos, Note: "Actors are set on a ring: " + err.Error()}, nil
	}
	if err != nil {
		return Arrangement{}, fmt.Errorf("cannot lay out the chart: %w", err)
	}
	// Graphviz's y runs up, and it may move the whole drawing; the
	// actors placed by hand, which it keeps still, say by how much.
	var shift Point
	for i, n := range g.Nodes {
		if p, ok := out[nodeName(i)]; ok && n.Placed != nil {
			shift = Point{n.Placed.X - p[0], n.Placed.Y + p[1]}
			break
		}
	}
	for i, n := range g.Nodes {
		if n.Placed != nil {
			continue
		}
		p, ok := out[nodeName(i)]
		if !ok {
			return Arrangement{}, fmt.Errorf("cannot lay out the chart: the layout engine left %q out", n.Name)
		}
		pos[n.ID] = Point{p[0] + shift.X, -p[1] + shift.Y}
	}
	return Arrangement{Positions: pos}, nil
}

func nodeName(i int) string { return "n" + strconv.Itoa(i) }

// Layout settings: neato's stress majorisation from a fixed seed, so a
// graph is always laid out alike; node overlaps removed with a margin
// (sep, in points) that leaves room for the arrows' heads; positions in
// points (inputscale) so that pins need no conversion.
const (
	layoutSeed = 1
	layoutSep  = 10
)

// LayoutDOT is the graph as neato lays it out: one undirected edge per
// pair of linked actors (several relations between two actors pull no
// harder than one), each as long as its labels need, and the actors placed
// by hand pinned. Nodes are named n0, n1, ... in the graph's order.
func LayoutDOT(g *Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "graph chart {\n\tgraph [layout=neato, mode=major, start=%d, overlap=false, sep=\"+%d\", splines=false, inputscale=72, notranslate=true];\n", layoutSeed, layoutSep)
	b.WriteString("\tnode [shape=box, fixedsize=true, label=\"\"];\n")
	index := map[string]int{}
	sizes := make([]Point, len(g.Nodes))
	for i, n := range g.Nodes {
		index[n.ID] = i
		w, h := nodeSize(n)
		sizes[i] = Point{w, h}
		fmt.Fprintf(&b, "\t%s [width=%s, height=%s", nodeName(i), inches(w), inches(h))
		if n.Placed != nil {
			fmt.Fprintf(&b, ", pos=\"%s,%s!\"", num(n.Placed.X), num(-n.Placed.Y))
		}
		b.WriteString("];\n")
	}
	type pair struct{ a, b int }
	longest := map[pair]float64{}
	var order []pair
	for _, l := range g.Links {
		i, j := index[l.From], index[l.To]
		if i > j {
			i, j = j, i
		}
		p := pair{i, j}
		w := linkLabelWidth(l)
		if _, ok := longest[p]; !ok {
			order = append(order, p)
		}
		longest[p] = math.Max(longest[p], w)
	}
	for _, p := range order {
		// Centre to centre: half of each node, the label and some line
		// either side of it.
		span := (sizes[p.a].X+sizes[p.b].X)/4 + (sizes[p.a].Y+sizes[p.b].Y)/4 + 0.8*longest[p] + 24
		fmt.Fprintf(&b, "\t%s -- %s [len=%s];\n", nodeName(p.a), nodeName(p.b), inches(span))
	}
	b.WriteString("}\n")
	return b.Bytes()
}

func inches(units float64) string { return strconv.FormatFloat(units/72, 'f', 3, 64) }

func num(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// ring sets the actors not placed by hand on a circle, kind by kind in
// the case's order: what the chart can do without the layout engine.
func ring(g *Graph, pos Positions) {
	var free []Node
	for _, k := range casefile.ActorKinds {
		for _, n := range g.Nodes {
			if n.Placed == nil && n.Kind == k {
				free = append(free, n)
			}
		}
	}
	for _, n := range g.Nodes {
		if n.Placed == nil && !isKnownKind(n.Kind) {
			free = append(free, n)
		}
	}
	r := math.Max(120, float64(len(free))*130/(2*math.Pi))
	for i, n := range free {
		a := 2*math.Pi*float64(i)/float64(len(free)) - math.Pi/2
		pos[n.ID] = Point{r * math.Cos(a), r * math.Sin(a)}
	}
}

func isKnownKind(k casefile.ActorKind) bool {
	for _, x := range casefile.ActorKinds {
		if x == k {
			return true
		}
	}
	return false
}
