package picture

import (
	"slices"
	"time"

	"github.com/casefile/casefile/casefile"
)

// AffiliationType is the type the chart's filters give an actor's
// affiliation when it draws one (see Affiliation).
const AffiliationType casefile.RelationType = "affiliated with"

// ChartOptions say what the chart shows. The zero value shows every actor
// and relation.
type ChartOptions struct {
	Kinds []casefile.ActorKind    // actor kinds shown; nil: all
	Types []casefile.RelationType // relation types shown (AffiliationType for affiliations); nil: all
	AsOf  casefile.Date           // only relations that may have been in force then; zero: all
	// MaxActors keeps the most connected actors when the chart would show
	// more; 0 keeps all.
	MaxActors int
	// Positions places the actors (centres, in units); an actor missing
	// from it is placed by Arrange. nil: Chart arranges them all.
	Positions Positions
}

// Positions are actors' centres on the chart by id.
type Positions map[string]Point

// Graph is what a chart shows, before it is drawn: its actors and links.
type Graph struct {
	Nodes []Node
	Links []Link
	// Left is how many actors of the case the chart leaves out because
	// of MaxActors (not those the filters hide).
	Left int
}

// Node is an actor on the chart.
type Node struct {
	ID      string
	Name    string
	Kind    casefile.ActorKind
	Marking casefile.Marking // as a release would mark it
	// Chip is the TLP label the chart draws on it: its marking where that
	// differs from the case's (the banner's), else "": a chart all of the
	// case's marking carries none.
	Chip   casefile.Marking
	Placed *casefile.ChartPos
	Degree int // links in the case, shown or not
}

// AffiliationPrefix begins the id of an affiliation's link: the prefix
// and the affiliated actor's id.
const AffiliationPrefix = "affiliation:"

// Link is a relation, or an affiliation, on the chart: an arrow From To.
type Link struct {
	ID       string // the relation's id, or AffiliationPrefix and the affiliated actor's
	From, To string
	Type     casefile.RelationType
	Family   Family
	Inferred bool
	Marking  casefile.Marking
	Chip     casefile.Marking // as Node's
}

// BuildGraph chooses what the chart of c shows under opt: the actors of
// the kinds asked for, the most connected first when there are more than
// opt.MaxActors, and the links between them of the types asked for and in
// force at opt.AsOf. Nodes keep the case's order.
func BuildGraph(c *casefile.Case, opt ChartOptions) *Graph {
	kinds := setOf(opt.Kinds)
	types := setOf(opt.Types)
	g := &Graph{}
	shown := map[string]bool{}
	for _, a := range c.Actors {
		if kinds == nil || kinds[a.Kind] {
			shown[a.ID] = true
		}
	}
	var links []Link
	joined := map[[2]string]bool{} // pairs a relation joins, either way
	for _, r := range c.Relations {
		joined[pairKey(r.From, r.To)] = true
	}
	degree := map[string]int{}
	for _, r := range c.Relations {
		degree[r.From]++
		degree[r.To]++
		if !shown[r.From] || !shown[r.To] || r.From == r.To {
			continue
		}
		if types != nil && !types[r.Type] || !InForce(r.Start, r.End, opt.AsOf) {
			continue
		}
		links = append(links, Link{ID: r.ID, From: r.From, To: r.To, Type: r.Type, Family: FamilyOf(r.Type),
			Inferred: r.Inferred, Marking: c.RelationMarking(r)})
	}
	for _, a := range c.Actors {
		if a.Affiliation == "" || a.Affiliation == a.ID || joined[pairKey(a.ID, a.Affiliation)] {
			continue
		}
		aff, ok := c.Actor(a.Affiliation)
		if !ok {
			continue
		}
		degree[a.ID]++
		degree[a.Affiliation]++
		if !shown[a.ID] || !shown[a.Affiliation] || types != nil && !types[AffiliationType] {
			continue
		}
		links = append(links, Link{ID: AffiliationPrefix + a.ID, From: a.ID, To: a.Affiliation, Type: AffiliationType,
			Family: Affiliation, Marking: c.EffectiveMarking(a.Marking).Max(c.EffectiveMarking(aff.Marking))})
	}
	keep := shown
	if opt.MaxActors > 0 && len(shown) > opt.MaxActors {
		keep = mostConnected(c, shown, degree, opt.MaxActors)
		g.Left = len(c.Actors) - len(keep)
	}
	for _, a := range c.Actors {
		if keep[a.ID] {
			m := c.EffectiveMarking(a.Marking)
			g.Nodes = append(g.Nodes, Node{ID: a.ID, Name: a.Name, Kind: a.Kind, Marking: m, Chip: chipFor(c, m),
				Placed: placedPos(a), Degree: degree[a.ID]})
		}
	}
	for _, l := range links {
		if keep[l.From] && keep[l.To] {
			l.Chip = chipFor(c, l.Marking)
			g.Links = append(g.Links, l)
		}
	}
	return g
}

func chipFor(c *casefile.Case, m casefile.Marking) casefile.Marking {
	if m == c.Marking {
		return ""
	}
	return m
}

func placedPos(a casefile.Actor) *casefile.ChartPos {
	if a.Placed() {
		return a.Chart
	}
	return nil
}

// mostConnected keeps the n shown actors with the most links, the case's
// order breaking ties.
func mostConnected(c *casefile.Case, shown map[string]bool, degree map[string]int, n int) map[string]bool {
	var ids []string
	order := map[string]int{}
	for i, a := range c.Actors {
		if shown[a.ID] {
			ids = append(ids, a.ID)
			order[a.ID] = i
		}
	}
	slices.SortStableFunc(ids, func(a, b string) int {
		if degree[a] != degree[b] {
			return degree[b] - degree[a]
		}
		return order[a] - order[b]
	})
	keep := map[string]bool{}
	for _, id := range ids[:n] {
		keep[id] = true
	}
	return keep
}

// InForce reports whether something dated from start to end may have been
// in force on the day asOf (at its precision, the whole year or month): it
// may have begun by then, an unknown start counting as begun, and had not
// certainly ended before. A zero asOf holds everything.
func InForce(start, end, asOf casefile.Date) bool {
	if asOf.IsZero() {
		return true
	}
	first, last := asOf.Earliest(), asOf.Latest()
	if !start.IsZero() {
		began := start.Earliest()
		if start.Qualifier == casefile.Before || start.Qualifier == casefile.Until {
			began = time.Time{} // any time before
		}
		if began.After(last) {
			return false
		}
	}
	if !end.IsZero() {
		ended := end.Latest() // the last day it may have held
		switch end.Qualifier {
		case casefile.After:
			return true // held until some time after
		case casefile.Before:
			ended = end.Earliest().AddDate(0, 0, -1)
		}
		if ended.Before(first) {
			return false
		}
	}
	return true
}

func setOf[T comparable](list []T) map[T]bool {
	if list == nil {
		return nil
	}
	m := make(map[T]bool, len(list))
	for _, x := range list {
		m[x] = true
	}
	return m
}

func pairKey(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// Neighbours are the actors linked to id in the graph, and the links that
// join them, both by id; id itself is among the actors.
func (g *Graph) Neighbours(id string) (actors, links map[string]bool) {
	actors, links = map[string]bool{id: true}, map[string]bool{}
	for _, l := range g.Links {
		if l.From == id || l.To == id {
			actors[l.From], actors[l.To] = true, true
			links[l.ID] = true
		}
	}
	return actors, links
}
