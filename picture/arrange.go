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

// Layout settings: neato's stress majorisation, from the start worked out
// by startPositions (and a fixed seed for anything else random), so a
// graph is always laid out alike, for at most layoutRounds rounds (from
// that start, its stress after 50 is within 4% of where it settles,
// after about 100, and it draws as well); node overlaps removed with a margin
// (sep, in points) that leaves room for the arrows' heads; positions in
// points (inputscale) so that pins need no conversion. Each node has a
// label of one space: given none, go-graphviz's parser sets each node's
// name as its label, several calls into the WebAssembly module a node
// (the boxes are fixedsize, so a label changes nothing of the layout).
const (
	layoutRounds = 50
	layoutSeed   = 1
	layoutSep    = 10
)

// LayoutDOT is the graph as neato lays it out: one undirected edge per
// pair of linked actors (several relations between two actors pull no
// harder than one), each as long as its labels need, the actors placed
// by hand pinned and the others starting where startPositions puts them.
// Nodes are named n0, n1, ... in the graph's order.
func LayoutDOT(g *Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "graph chart {\n\tgraph [layout=neato, mode=major, maxiter=%d, start=%d, overlap=false, sep=\"+%d\", splines=false, inputscale=72, notranslate=true];\n", layoutRounds, layoutSeed, layoutSep)
	b.WriteString("\tnode [shape=box, fixedsize=true, label=\" \"];\n")
	spans, sizes := layoutSpans(g)
	pinned := map[int]Point{}
	for i, n := range g.Nodes {
		if n.Placed != nil {
			pinned[i] = Point{n.Placed.X, -n.Placed.Y}
		}
	}
	start := startPositions(len(g.Nodes), spans, pinned)
	for i := range g.Nodes {
		fmt.Fprintf(&b, "\t%s [width=%s, height=%s, ", nodeName(i), inches(sizes[i].X), inches(sizes[i].Y))
		if p, ok := pinned[i]; ok {
			fmt.Fprintf(&b, "pos=\"%s,%s!\"];\n", num(p.X), num(p.Y))
		} else {
			fmt.Fprintf(&b, "pos=\"%s,%s\"];\n", num(start[i].X), num(start[i].Y))
		}
	}
	for _, s := range spans {
		fmt.Fprintf(&b, "\t%s -- %s [len=%s];\n", nodeName(s.a), nodeName(s.b), inches(s.long))
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// layoutSpans are the graph's links as neato lays them out, one a pair of
// actors in the order first linked, and the nodes' sizes.
func layoutSpans(g *Graph) ([]span, []Point) {
	index := map[string]int{}
	sizes := make([]Point, len(g.Nodes))
	for i, n := range g.Nodes {
		index[n.ID] = i
		w, h := nodeSize(n)
		sizes[i] = Point{w, h}
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
		if _, ok := longest[p]; !ok {
			order = append(order, p)
		}
		longest[p] = math.Max(longest[p], linkLabelWidth(l))
	}
	spans := make([]span, len(order))
	for k, p := range order {
		// Centre to centre: half of each node, the label and some line
		// either side of it.
		long := (sizes[p.a].X+sizes[p.b].X)/4 + (sizes[p.a].Y+sizes[p.b].Y)/4 + 0.8*longest[p] + 24
		spans[k] = span{p.a, p.b, long}
	}
	return spans, sizes
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
