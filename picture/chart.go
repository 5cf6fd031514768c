package picture

import (
	"context"

	"github.com/casefile/casefile/casefile"
)

// ChartScene is a case's link chart: the scene to paint, what it shows,
// and where each actor's node is.
type ChartScene struct {
	Scene
	Graph *Graph
	// Nodes are the actors' boxes by id, for dragging and fitting.
	Nodes map[string]Rect
	// Note, when not "", is to be shown with the chart (see Arrangement).
	Note string
}

// Chart lays out the link chart of c as opt says: it chooses what to show
// (BuildGraph), places the actors (opt.Positions, and Arrange for those it
// lacks) and draws them. Only Arrange is slow (it runs Graphviz); with
// every position given, Chart only draws.
func Chart(ctx context.Context, c *casefile.Case, opt ChartOptions) (*ChartScene, error) {
	g := BuildGraph(c, opt)
	pos, note, err := positionsFor(ctx, g, opt.Positions)
	if err != nil {
		return nil, err
	}
	sc := Draw(g, pos)
	sc.Note = note
	return sc, nil
}

// Complete places every actor of g: where known lists it, or else where
// Arrange puts it around the known ones, which hold still as if placed by
// hand. It runs the layout engine only when known lacks an actor.
func Complete(ctx context.Context, g *Graph, known Positions) (Arrangement, error) {
	pos, note, err := positionsFor(ctx, g, known)
	return Arrangement{Positions: pos, Note: note}, err
}

func positionsFor(ctx context.Context, g *Graph, known Positions) (Positions, string, error) {
	missing := false
	for _, n := range g.Nodes {
		if _, ok := known[n.ID]; !ok {
			missing = true
			break
		}
	}
	if !missing {
		return known, "", nil
	}
	// The known positions hold still while the others are placed, as if
	// the analyst had put them there.
	pinned := *g
	pinned.Nodes = append([]Node(nil), g.Nodes...)
	for i, n := range pinned.Nodes {
		if p, ok := known[n.ID]; ok {
			pinned.Nodes[i].Placed = &casefile.ChartPos{X: p.X, Y: p.Y}
		}
	}
	a, err := Arrange(ctx, &pinned)
	if err != nil {
		return nil, "", err
	}
	return a.Positions, a.Note, nil
}

// Draw draws g with its actors at pos (which must place them all): links
// first, then actors, then labels, so that labels read over lines.
func Draw(g *Graph, pos Positions) *ChartScene {
	sc := &ChartScene{Graph: g, Nodes: make(map[string]Rect, len(g.Nodes))}
	outlines := make(map[string]*Shape, len(g.Nodes))
	shapes := make([]Shape, len(g.Nodes))
	labels := make([][]string, len(g.Nodes))
	taken := newGrid(96)
	for i, n := range g.Nodes {
		labels[i] = nodeLabel(n)
		w, h := kindSize(n.Kind, labels[i])
		b := RectAround(pos[n.ID], w, h)
		sc.Nodes[n.ID] = b
		shapes[i] = nodeShape(n.ID, n.Kind, b)
		outlines[n.ID] = &shapes[i]
		taken.add(b.Inset(-labelClear))
	}

	// Links between the same two actors, either way, bow apart.
	type pair [2]string
	count, seen := map[pair]int{}, map[pair]int{}
	for _, l := range g.Links {
		count[pairKey(l.From, l.To)]++
	}
	var texts []Text
	for _, l := range g.Links {
		k := pairKey(l.From, l.To)
		n, i := count[k], seen[k]
		seen[k]++
		bow := (float64(i) - float64(n-1)/2) * linkBow
		if l.From != k[0] {
			bow = -bow // the same side seen from the other end
		}
		from, to := outlines[l.From], outlines[l.To]
		if from == nil || to == nil {
			continue // an actor g does not draw
		}
		pts := linkPath(from, to, bow)
		if pts == nil {
			continue
		}
		sc.Add(linkShape(l, pts))
		label := linkLabel(l)
		w := TextWidth(label, LinkTextSize, false) + chipWidth(l.Chip) + 2*labelPadX
		h := (Ascent+Descent)*LinkTextSize + 2*labelPadY
		r := placeLabel(pts, w, h, taken)
		taken.add(r)
		texts = append(texts, linkTexts(l, label, r)...)
	}
	for i, n := range g.Nodes {
		sc.Add(shapes[i])
		b := sc.Nodes[n.ID]
		texts = append(texts, nodeText(n.ID, labels[i], b, false)...)
		if showsChip(n.Chip) {
			w := chipWidth(n.Chip) - 2
			texts = append(texts, chip(n.ID, n.Chip, Point{b.X + b.W - w*0.75, b.Y + Ascent*chipTextSize*0.5}))
		}
	}
	sc.Texts = texts
	sc.Fit(12)
	return sc
}

// Neighbours are the actors linked to id on the chart and the links
// between them, by id, with id itself.
func (sc *ChartScene) Neighbours(id string) (actors, links map[string]bool) {
	return sc.Graph.Neighbours(id)
}
