package picture

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// generatedCase is a case of n actors of every kind and m relations of
// every common type, some inferred, for the layout's tests and benchmarks.
func generatedCase(n, m int, seed uint64) *casefile.Case {
	r := rand.New(rand.NewPCG(seed, 7))
	c := &casefile.Case{ID: "gen", Title: "Generated chart", Marking: casefile.TLPClear}
	for i := range n {
		c.Actors = append(c.Actors, casefile.Actor{ID: fmt.Sprintf("a%03d", i), Name: fmt.Sprintf("Actor %d of the %s", i, []string{"north", "south", "river", "old town"}[i%4]),
			Kind: casefile.ActorKinds[i%len(casefile.ActorKinds)]})
	}
	for j := range m {
		a, b := r.IntN(n), r.IntN(n)
		if a == b {
			b = (b + 1) % n
		}
		c.Relations = append(c.Relations, casefile.Relation{ID: fmt.Sprintf("r%03d", j), From: c.Actors[a].ID, To: c.Actors[b].ID,
			Type: casefile.RelationTypes[j%len(casefile.RelationTypes)], Inferred: j%5 == 0})
	}
	return c
}

func chartOf(t testing.TB, c *casefile.Case, opt ChartOptions) *ChartScene {
	t.Helper()
	sc, err := Chart(context.Background(), c, opt)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// shapesOf are the shapes drawing an item.
func shapesOf(sc *Scene, item string) []Shape {
	var out []Shape
	for _, s := range sc.Shapes {
		if s.Item == item {
			out = append(out, s)
		}
	}
	return out
}

// textOf is an item's text, its runs joined by spaces.
func textOf(sc *Scene, item string) string {
	var words []string
	for _, t := range sc.Texts {
		if t.Item == item {
			words = append(words, t.Text)
		}
	}
	return strings.Join(words, " ")
}

// Each actor is one node whose outline says its kind, named inside it;
// each relation is one arrow in its family's style, labelled with its
// type, dashed when inferred.
func TestChartDrawsEveryActorAndRelation(t *testing.T) {
	c := defaultCase(t)
	sc := chartOf(t, c, ChartOptions{})
	if sc.Note != "" {
		t.Errorf("note %q: the engine should have laid it out", sc.Note)
	}
	wantKind := map[casefile.ActorKind]Kind{casefile.KindState: ShapePolygon, casefile.KindGovernmentBody: ShapeRect,
		casefile.KindPerson: ShapeEllipse, casefile.KindOrganisation: ShapeRoundRect, casefile.KindGroup: ShapePolygon}
	wantCorners := map[casefile.ActorKind]int{casefile.KindState: 6, casefile.KindGroup: 4}
	for _, a := range c.Actors {
		shapes := shapesOf(&sc.Scene, a.ID)
		if len(shapes) != 1 {
			t.Fatalf("%s is drawn by %d shapes, want 1", a.Name, len(shapes))
		}
		s := shapes[0]
		if s.Kind != wantKind[a.Kind] || s.Fill != KindRole(a.Kind) {
			t.Errorf("%s (%s) is a shape of kind %d filled %q", a.Name, a.Kind, s.Kind, s.Fill)
		}
		if n := wantCorners[a.Kind]; n > 0 && len(s.Points) != n {
			t.Errorf("%s (%s) has %d corners, want %d", a.Name, a.Kind, len(s.Points), n)
		}
		if got := textOf(&sc.Scene, a.ID); got != a.Name {
			t.Errorf("%s is labelled %q", a.Name, got)
		}
		if b := sc.Nodes[a.ID]; !b.Contains(s.Box.Center()) || b != s.Box {
			t.Errorf("%s's node box %v is not its shape's %v", a.Name, b, s.Box)
		}
	}
	for _, r := range c.Relations {
		shapes := shapesOf(&sc.Scene, r.ID)
		if len(shapes) != 1 {
			t.Fatalf("%s is drawn by %d shapes, want 1", c.RelationName(r), len(shapes))
		}
		s := shapes[0]
		st := FamilyStyle(FamilyOf(r.Type))
		if !s.Arrow || s.Stroke != st.Role || s.Width != st.Width {
			t.Errorf("%s: arrow %v stroke %q width %v, want an arrow %q %v", c.RelationName(r), s.Arrow, s.Stroke, s.Width, st.Role, st.Width)
		}
		if dashed := len(s.Dash) > 0; dashed != r.Inferred {
			t.Errorf("%s: dashed %v, inferred %v", c.RelationName(r), dashed, r.Inferred)
		}
		if got := textOf(&sc.Scene, r.ID); got != string(r.Type) {
			t.Errorf("%s is labelled %q", c.RelationName(r), got)
		}
		// The arrow runs from one actor's outline to the other's.
		from, to := sc.Nodes[r.From], sc.Nodes[r.To]
		if first, last := s.Points[0], s.Points[len(s.Points)-1]; from.Contains(last) || to.Contains(first) ||
			first.Sub(from.Center()).Len() > last.Sub(from.Center()).Len() {
			t.Errorf("%s runs %v to %v, between boxes %v and %v", c.RelationName(r), first, last, from, to)
		}
	}
	for _, f := range []struct {
		t casefile.RelationType
		f Family
	}{{"attacked", Hostile}, {"cut ties with", Hostile}, {"supports", Supportive}, {"met with", Supportive}, {"leads", Structural},
		{"sanctions", Hostile}, {"funds", Supportive}, {"is neighbour of", Structural}} {
		if got := FamilyOf(f.t); got != f.f {
			t.Errorf("%q is %s, want %s", f.t, got, f.f)
		}
	}
}

// No label covers another, nor an actor, on the default case's chart.
func TestChartLabelsDoNotOverlap(t *testing.T) {
	for _, c := range []*casefile.Case{defaultCase(t), generatedCase(60, 100, 1)} {
		sc := chartOf(t, c, ChartOptions{})
		var boxes []Rect
		var items []string
		for _, tx := range sc.Texts {
			if _, node := sc.Nodes[tx.Item]; node || tx.Ground != RoleGround {
				continue
			}
			boxes = append(boxes, tx.Box())
			items = append(items, tx.Item+" "+tx.Text)
		}
		overlaps := 0
		for i := range boxes {
			for j := i + 1; j < len(boxes); j++ {
				if boxes[i].Inset(0.5).Overlaps(boxes[j].Inset(0.5)) {
					overlaps++
					t.Logf("%s: label %q overlaps %q", c.Title, items[i], items[j])
				}
			}
			for id, b := range sc.Nodes {
				if boxes[i].Inset(0.5).Overlaps(b) {
					overlaps++
					t.Logf("%s: label %q covers actor %s", c.Title, items[i], id)
				}
			}
		}
		// The generated graph is denser than any case an analyst
		// draws; a few of its 100 labels may have nowhere free to go.
		allowed := 0
		if c.ID == "gen" {
			allowed = len(boxes) / 20
		}
		if overlaps > allowed {
			t.Errorf("%s: %d overlaps among %d labels, want at most %d", c.Title, overlaps, len(boxes), allowed)
		}
		nodes := slices.Collect(func(yield func(Rect) bool) {
			for _, b := range sc.Nodes {
				if !yield(b) {
					return
				}
			}
		})
		for i := range nodes {
			for j := i + 1; j < len(nodes); j++ {
				if nodes[i].Overlaps(nodes[j]) {
					t.Errorf("%s: actors overlap: %v and %v", c.Title, nodes[i], nodes[j])
				}
			}
		}
	}
}

// An actor placed by hand stays exactly where it was put, and a
// re-arrangement moves only the others.
func TestArrangeKeepsPlacedActors(t *testing.T) {
	c := defaultCase(t)
	first := chartOf(t, c, ChartOptions{})
	albania, iran := c.Actors[0].ID, c.Actors[1].ID
	if err := c.PlaceActor(albania, &casefile.ChartPos{X: 1000, Y: -500}); err != nil {
		t.Fatal(err)
	}
	if err := c.PlaceActor(iran, &casefile.ChartPos{X: 1300, Y: -200}); err != nil {
		t.Fatal(err)
	}
	a, err := Arrange(context.Background(), BuildGraph(c, ChartOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	if p := a.Positions[albania]; p != (Point{1000, -500}) {
		t.Errorf("Albania placed at 1000,-500 is at %v", p)
	}
	if p := a.Positions[iran]; p != (Point{1300, -200}) {
		t.Errorf("Iran placed at 1300,-200 is at %v", p)
	}
	moved := 0
	for id, b := range first.Nodes {
		if id != albania && id != iran && a.Positions[id].Sub(b.Center()).Len() > 1 {
			moved++
		}
	}
	if moved == 0 {
		t.Error("the actors not placed by hand did not move around the two placed far away")
	}
	again, err := Arrange(context.Background(), BuildGraph(c, ChartOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	for id, p := range a.Positions {
		if again.Positions[id].Sub(p).Len() > 0.01 {
			t.Errorf("arranging the same case twice moved %s from %v to %v", id, p, again.Positions[id])
		}
	}
	sc := chartOf(t, c, ChartOptions{})
	if got := sc.Nodes[albania].Center(); got != (Point{1000, -500}) {
		t.Errorf("the chart draws Albania at %v", got)
	}
}

// "As of 1 Aug 2022" shows only relations in force then.
func TestChartAsOf(t *testing.T) {
	c := defaultCase(t)
	sc := chartOf(t, c, ChartOptions{AsOf: casefile.Day(2022, 8, 1)})
	types := map[casefile.RelationType]int{}
	for _, l := range sc.Graph.Links {
		types[l.Type]++
	}
	for _, want := range []struct {
		t casefile.RelationType
		n int
	}{{"cut ties with", 0}, {"attacked", 1}, {"hosts", 1}, {"designates as terrorist", 1}, {"met with", 1}, {"accuses", 0}} {
		if types[want.t] != want.n {
			t.Errorf("as of 1 Aug 2022, %d %q links, want %d", types[want.t], want.t, want.n)
		}
	}
	for _, tc := range []struct {
		start, end, asOf casefile.Date
		want             bool
	}{
		{casefile.Day(2022, 9, 7), casefile.Date{}, casefile.Day(2022, 8, 1), false},
		{casefile.Month(2022, 8), casefile.Date{}, casefile.Day(2022, 8, 1), true}, // may have begun on the 1st
		{casefile.Date{}, casefile.Date{Year: 2012, Qualifier: casefile.Until}, casefile.Day(2022, 8, 1), false},
		{casefile.Date{}, casefile.Date{Year: 2012, Qualifier: casefile.Until}, casefile.Year(2012), true},
		{casefile.Date{Year: 2014, Qualifier: casefile.About}, casefile.Date{}, casefile.Year(2013), false},
		{casefile.Date{Year: 2030, Qualifier: casefile.Before}, casefile.Date{}, casefile.Year(2013), true},
		{casefile.Year(2000), casefile.Date{Year: 2010, Qualifier: casefile.After}, casefile.Year(2020), true},
		{casefile.Year(2000), casefile.Date{Year: 2010, Qualifier: casefile.Before}, casefile.Year(2010), false},
	} {
		if got := InForce(tc.start, tc.end, tc.asOf); got != tc.want {
			t.Errorf("from %v until %v, as of %v: %v, want %v", tc.start, tc.end, tc.asOf, got, tc.want)
		}
	}
}

// The kind and type filters leave out what they do not choose, with the
// links of actors left out.
func TestChartFilters(t *testing.T) {
	c := defaultCase(t)
	g := BuildGraph(c, ChartOptions{Kinds: []casefile.ActorKind{casefile.KindState}})
	for _, n := range g.Nodes {
		if n.Kind != casefile.KindState {
			t.Errorf("a %s among the states", n.Kind)
		}
	}
	if len(g.Nodes) != 5 || len(g.Links) == 0 {
		t.Errorf("states: %d actors, %d links", len(g.Nodes), len(g.Links))
	}
	g = BuildGraph(c, ChartOptions{Types: []casefile.RelationType{"accuses"}})
	if len(g.Nodes) != len(c.Actors) || len(g.Links) != 4 {
		t.Errorf("accuses: %d actors, %d links", len(g.Nodes), len(g.Links))
	}
	for _, l := range g.Links {
		if l.Type != "accuses" {
			t.Errorf("a %q link among accusations", l.Type)
		}
	}
	g = BuildGraph(c, ChartOptions{Types: []casefile.RelationType{AffiliationType}})
	if len(g.Links) == 0 {
		t.Error("no affiliations drawn")
	}
	for _, l := range g.Links {
		if l.Family != Affiliation || !strings.HasPrefix(l.ID, AffiliationPrefix) {
			t.Errorf("affiliation link %+v", l)
		}
	}
}

// More actors than fit: the most connected are kept, and the graph says
// how many it left out.
func TestChartMostConnected(t *testing.T) {
	c := generatedCase(60, 100, 2)
	g := BuildGraph(c, ChartOptions{MaxActors: 20})
	if len(g.Nodes) != 20 || g.Left != 40 {
		t.Fatalf("%d actors shown, %d left, want 20 and 40", len(g.Nodes), g.Left)
	}
	all := BuildGraph(c, ChartOptions{})
	least := 1 << 30
	for _, n := range g.Nodes {
		least = min(least, n.Degree)
	}
	kept := map[string]bool{}
	for _, n := range g.Nodes {
		kept[n.ID] = true
	}
	for _, n := range all.Nodes {
		if !kept[n.ID] && n.Degree > least {
			t.Errorf("%s with %d links left out while one with %d is shown", n.Name, n.Degree, least)
		}
	}
	for _, l := range g.Links {
		if !kept[l.From] || !kept[l.To] {
			t.Errorf("link %s joins an actor left out", l.ID)
		}
	}
}

// A release leaves out of the chart every actor and relation above its
// limit: no shape, no word, no TLP label of theirs.
func TestChartOfARelease(t *testing.T) {
	c := defaultCase(t)
	c.Marking = casefile.TLPAmber
	for i := range c.Actors {
		c.Actors[i].Marking = casefile.TLPGreen
	}
	for i := range c.Relations {
		c.Relations[i].Marking = casefile.TLPGreen
	}
	secret := &c.Actors[2] // United States
	secret.Marking = casefile.TLPAmber
	c.Relations[0].Marking = casefile.TLPAmber // Edi Rama leads Albania
	full := chartOf(t, c, ChartOptions{})
	if textOf(&full.Scene, secret.ID) != secret.Name || len(shapesOf(&full.Scene, c.Relations[0].ID)) != 1 {
		t.Fatal("the full chart lacks the actor or the relation")
	}
	// Portions marked otherwise than the case carry a TLP label.
	if !strings.Contains(textOf(&full.Scene, c.Actors[0].ID), "TLP:GREEN") || strings.Contains(textOf(&full.Scene, secret.ID), "TLP:") {
		t.Errorf("labels: %q, %q", textOf(&full.Scene, c.Actors[0].ID), textOf(&full.Scene, secret.ID))
	}
	rel, _ := casefile.Release(c, casefile.TLPGreen)
	sc := chartOf(t, rel, ChartOptions{})
	if len(sc.Nodes) != len(c.Actors)-1 {
		t.Errorf("the release draws %d actors, want %d", len(sc.Nodes), len(c.Actors)-1)
	}
	for _, s := range sc.Shapes {
		if s.Item == secret.ID || s.Item == c.Relations[0].ID {
			t.Errorf("the release draws withheld %s", s.Item)
		}
	}
	text := allText(&sc.Scene)
	for _, word := range []string{secret.Name, "AMBER", "TLP:"} {
		if strings.Contains(text, word) {
			t.Errorf("the release's chart says %q", word)
		}
	}
	for _, r := range c.Relations {
		if r.From == secret.ID || r.To == secret.ID {
			if len(shapesOf(&sc.Scene, r.ID)) > 0 {
				t.Errorf("a relation of the withheld actor is drawn: %s", c.RelationName(r))
			}
		}
	}
}

func allText(sc *Scene) string {
	var b strings.Builder
	for _, t := range sc.Texts {
		b.WriteString(t.Text + "\n")
	}
	return b.String()
}

// A tap finds the actor under it, a relation's label or line, or nothing.
func TestChartHit(t *testing.T) {
	c := defaultCase(t)
	sc := chartOf(t, c, ChartOptions{})
	for _, a := range c.Actors {
		if got := sc.Hit(sc.Nodes[a.ID].Center(), 2); got != a.ID {
			t.Errorf("the centre of %s hits %q", a.Name, got)
		}
	}
	for _, tx := range sc.Texts {
		if tx.Ground == RoleGround {
			if got := sc.Hit(tx.Box().Center(), 2); got != tx.Item {
				t.Errorf("label %q hits %q, want %q", tx.Text, got, tx.Item)
			}
		}
	}
	if got := sc.Hit(Point{sc.Bounds.X - 100, sc.Bounds.Y - 100}, 2); got != "" {
		t.Errorf("outside the chart hits %q", got)
	}
	line := shapesOf(&sc.Scene, c.Relations[0].ID)[0]
	p := line.Points[0].Add(line.Points[len(line.Points)-1].Sub(line.Points[0]).Scale(0.1))
	if got := sc.Hit(p.Add(Point{0.5, 0}), 3); got != c.Relations[0].ID {
		t.Errorf("beside the line of %s: %q", c.RelationName(c.Relations[0]), got)
	}
}

type noEngine struct{}

func (noEngine) Layout(context.Context, []byte) (map[string][2]float64, error) {
	return nil, fmt.Errorf("%w: for the test", ErrNoEngine)
}

// Without the layout engine the chart still draws, on a ring, and says so.
func TestChartWithoutEngine(t *testing.T) {
	defer SetEngine(noEngine{})()
	c := defaultCase(t)
	sc := chartOf(t, c, ChartOptions{})
	if !strings.Contains(sc.Note, "ring") || len(sc.Nodes) != len(c.Actors) {
		t.Errorf("note %q, %d actors", sc.Note, len(sc.Nodes))
	}
}

func TestWrapAndFit(t *testing.T) {
	if got := Wrap("National Council of Resistance of Iran", 9, false, 100, 2); len(got) != 2 || strings.Join(got, " ") != "National Council of Resistance of Iran" {
		t.Errorf("wrapped as %q", got)
	}
	got := Wrap("a very long name that will never fit on two short lines at all", 9, false, 60, 2)
	if len(got) != 2 || !strings.HasSuffix(got[1], "…") {
		t.Errorf("wrapped as %q", got)
	}
	for _, l := range got {
		if TextWidth(l, 9, false) > 60 {
			t.Errorf("%q is wider than 60", l)
		}
	}
	if got := Fit("Supercalifragilistic", 9, true, 40); !strings.HasSuffix(got, "…") || TextWidth(got, 9, true) > 40 {
		t.Errorf("fit as %q", got)
	}
}

func TestDashSegments(t *testing.T) {
	dashes := DashSegments([]Point{{0, 0}, {10, 0}, {10, 10}}, []float64{4, 2})
	// 20 units of 4 on and 2 off: dashes at 0-4, 6-10 (turning the corner
	// at 10), 12-16, 18-20.
	if len(dashes) != 4 {
		t.Fatalf("%d dashes: %v", len(dashes), dashes)
	}
	if last := dashes[1][len(dashes[1])-1]; last != (Point{10, 0}) && len(dashes[1]) != 2 {
		t.Errorf("second dash %v", dashes[1])
	}
	if got := DashSegments([]Point{{0, 0}, {5, 5}}, nil); len(got) != 1 || len(got[0]) != 2 {
		t.Errorf("no pattern: %v", got)
	}
}
