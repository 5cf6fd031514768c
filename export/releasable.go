package export

import (
	"slices"

	"github.com/casefile/casefile/casefile"
)

// Releasable returns a copy of c without the statements, events and notes
// marked above max (items without a marking take the case's), with
// references to dropped items removed so it still validates, and the highest
// marking actually included. That marking becomes the copy's own.
//
// Actors, relations and sources carry no marking of their own and are kept.
// When no marked item remains, the marking is the lower of max and the
// case's.
func Releasable(c *casefile.Case, max casefile.Marking) (*casefile.Case, casefile.Marking) {
	r := c.Clone()
	above := func(m casefile.Marking) bool { return c.EffectiveMarking(m).Rank() > max.Rank() }
	var highest casefile.Marking
	include := func(m casefile.Marking) {
		highest = highest.Max(c.EffectiveMarking(m))
	}

	dropped := map[casefile.Target]bool{}
	r.Statements = slices.DeleteFunc(r.Statements, func(s casefile.Statement) bool {
		if above(s.Marking) {
			dropped[casefile.Target{Kind: casefile.OnStatement, ID: s.ID}] = true
			return true
		}
		return false
	})
	for i := range r.Statements {
		if dropped[casefile.Target{Kind: casefile.OnStatement, ID: r.Statements[i].RespondsTo}] {
			r.Statements[i].RespondsTo = ""
		}
		include(r.Statements[i].Marking)
	}
	r.Events = slices.DeleteFunc(r.Events, func(e casefile.Event) bool {
		if above(e.Marking) {
			dropped[casefile.Target{Kind: casefile.OnEvent, ID: e.ID}] = true
			return true
		}
		return false
	})
	for _, e := range r.Events {
		include(e.Marking)
	}
	r.Notes = slices.DeleteFunc(r.Notes, func(n casefile.Note) bool {
		return above(n.Marking) || dropped[n.Target]
	})
	for _, n := range r.Notes {
		include(n.Marking)
	}

	if highest == "" {
		highest = c.Marking
		if max.Rank() < highest.Rank() {
			highest = max
		}
	}
	r.Marking = highest
	return r, highest
}
