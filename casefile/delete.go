package casefile

import (
	"fmt"
	"slices"
)

// A dependent is an item that refers to the one being deleted, and what a
// cascading delete does to it.
type dependent struct {
	label  string
	remove bool // cascade removes the dependent; otherwise it drops the reference
}

func (c *Case) deleteWith(kind, label, id string, deps []dependent, cascade bool, apply func()) error {
	if len(deps) > 0 && !cascade {
		users := make([]string, len(deps))
		for i, d := range deps {
			users[i] = d.label
		}
		return &InUseError{Item: fmt.Sprintf("%s %q", kind, label), Users: users}
	}
	apply()
	c.touch()
	return nil
}

func label(kind, name string) string { return fmt.Sprintf("%s %q", kind, name) }

func removeNotesOn(c *Case, t Target, deps *[]dependent, doIt bool) {
	if doIt {
		c.Notes = slices.DeleteFunc(c.Notes, func(n Note) bool { return n.Target == t })
		return
	}
	for _, n := range c.Notes {
		if n.Target == t {
			*deps = append(*deps, dependent{label("note", firstWords(n.Body, 6)), true})
		}
	}
}

// DeleteActor deletes an actor. While statements, relations, events, notes
// or other actors refer to it the delete is refused with an *InUseError
// naming them, unless cascade is set: then its statements, its relations
// and the notes on them go too, and other references to it are dropped.
func (c *Case) DeleteActor(id string, cascade bool) error {
	a, ok := c.Actor(id)
	if !ok {
		return &NotFoundError{"actor", id}
	}
	var deps []dependent
	for _, s := range c.Statements {
		if s.Speaker == id {
			deps = append(deps, dependent{label("statement", s.Title), true})
		} else if slices.Contains(s.Addressees, id) {
			deps = append(deps, dependent{label("statement", s.Title), false})
		}
	}
	for _, r := range c.Relations {
		if r.From == id || r.To == id {
			deps = append(deps, dependent{label("relation", c.RelationName(r)), true})
		}
	}
	for _, e := range c.Events {
		if slices.Contains(e.Actors, id) {
			deps = append(deps, dependent{label("event", e.Title), false})
		}
	}
	for _, o := range c.Actors {
		if o.Affiliation == id {
			deps = append(deps, dependent{label("actor", o.Name), false})
		}
	}
	removeNotesOn(c, Target{OnActor, id}, &deps, false)
	return c.deleteWith("actor", a.Name, id, deps, cascade, func() {
		for _, s := range c.Statements {
			if s.Speaker == id {
				removeNotesOn(c, Target{OnStatement, s.ID}, nil, true)
				c.clearRespondsTo(s.ID)
			}
		}
		c.Statements = slices.DeleteFunc(c.Statements, func(s Statement) bool { return s.Speaker == id })
		for i := range c.Statements {
			c.Statements[i].Addressees = without(c.Statements[i].Addressees, id)
		}
		c.Relations = slices.DeleteFunc(c.Relations, func(r Relation) bool { return r.From == id || r.To == id })
		for i := range c.Events {
			c.Events[i].Actors = without(c.Events[i].Actors, id)
		}
		for i := range c.Actors {
			if c.Actors[i].Affiliation == id {
				c.Actors[i].Affiliation = ""
			}
		}
		removeNotesOn(c, Target{OnActor, id}, nil, true)
		c.Actors = slices.DeleteFunc(c.Actors, func(a Actor) bool { return a.ID == id })
	})
}

func (c *Case) clearRespondsTo(id string) {
	for i := range c.Statements {
		if c.Statements[i].RespondsTo == id {
			c.Statements[i].RespondsTo = ""
		}
	}
}

// DeleteStatement deletes a statement. Statements that respond to it and
// notes on it refuse the delete unless cascade is set: then the responses
// lose the link and the notes go.
func (c *Case) DeleteStatement(id string, cascade bool) error {
	s, ok := c.Statement(id)
	if !ok {
		return &NotFoundError{"statement", id}
	}
	var deps []dependent
	for _, o := range c.Statements {
		if o.RespondsTo == id {
			deps = append(deps, dependent{label("statement", o.Title), false})
		}
	}
	removeNotesOn(c, Target{OnStatement, id}, &deps, false)
	return c.deleteWith("statement", s.Title, id, deps, cascade, func() {
		c.clearRespondsTo(id)
		removeNotesOn(c, Target{OnStatement, id}, nil, true)
		c.Statements = slices.DeleteFunc(c.Statements, func(s Statement) bool { return s.ID == id })
	})
}

// DeleteEvent deletes an event; notes on it refuse the delete unless
// cascade is set, which deletes them too.
func (c *Case) DeleteEvent(id string, cascade bool) error {
	e, ok := c.Event(id)
	if !ok {
		return &NotFoundError{"event", id}
	}
	var deps []dependent
	removeNotesOn(c, Target{OnEvent, id}, &deps, false)
	return c.deleteWith("event", e.Title, id, deps, cascade, func() {
		removeNotesOn(c, Target{OnEvent, id}, nil, true)
		c.Events = slices.DeleteFunc(c.Events, func(e Event) bool { return e.ID == id })
	})
}

// DeleteSource deletes a source. Items citing it, or dated by it where
// sources differ, refuse the delete unless cascade is set: then their
// citations of it and the dates it claims are dropped (a date left alone
// becomes the item's date: no other source differs), and statements
// quoted from it are deleted with their notes (a quote needs its source).
func (c *Case) DeleteSource(id string, cascade bool) error {
	src, ok := c.Source(id)
	if !ok {
		return &NotFoundError{"source", id}
	}
	cites := func(cs []Citation) bool {
		return slices.ContainsFunc(cs, func(ct Citation) bool { return ct.Source == id })
	}
	var deps []dependent
	for _, s := range c.Statements {
		if s.Source.Source == id {
			deps = append(deps, dependent{label("statement", s.Title), true})
		}
	}
	for _, a := range c.Actors {
		if cites(a.Sources) {
			deps = append(deps, dependent{label("actor", a.Name), false})
		}
	}
	for _, r := range c.Relations {
		if cites(r.Sources) {
			deps = append(deps, dependent{label("relation", c.RelationName(r)), false})
		}
	}
	claims := func(cs []DateClaim) bool {
		return slices.ContainsFunc(cs, func(cl DateClaim) bool { return cl.Source == id })
	}
	for _, s := range c.Statements {
		if s.Source.Source != id && claims(s.Dates) {
			deps = append(deps, dependent{label("statement", s.Title), false})
		}
	}
	for _, e := range c.Events {
		if cites(e.Sources) || claims(e.Dates) {
			deps = append(deps, dependent{label("event", e.Title), false})
		}
	}
	return c.deleteWith("source", src.Title, id, deps, cascade, func() {
		drop := func(cs []Citation) []Citation {
			return slices.DeleteFunc(cs, func(ct Citation) bool { return ct.Source == id })
		}
		for _, s := range c.Statements {
			if s.Source.Source == id {
				removeNotesOn(c, Target{OnStatement, s.ID}, nil, true)
				c.clearRespondsTo(s.ID)
			}
		}
		c.Statements = slices.DeleteFunc(c.Statements, func(s Statement) bool { return s.Source.Source == id })
		for i := range c.Actors {
			c.Actors[i].Sources = drop(c.Actors[i].Sources)
		}
		for i := range c.Relations {
			c.Relations[i].Sources = drop(c.Relations[i].Sources)
		}
		for i := range c.Statements {
			st := &c.Statements[i]
			st.Date, st.Dates = withoutClaimsOf(st.Date, st.Dates, id)
		}
		for i := range c.Events {
			e := &c.Events[i]
			e.Sources = drop(e.Sources)
			e.Date, e.Dates = withoutClaimsOf(e.Date, e.Dates, id)
		}
		c.Sources = slices.DeleteFunc(c.Sources, func(s Source) bool { return s.ID == id })
	})
}

// DeleteRelation deletes a relation; nothing refers to relations.
func (c *Case) DeleteRelation(id string) error {
	if indexOf(c.Relations, id) < 0 {
		return &NotFoundError{"relation", id}
	}
	c.Relations = slices.DeleteFunc(c.Relations, func(r Relation) bool { return r.ID == id })
	c.touch()
	return nil
}

// DeleteNote deletes a note; nothing refers to notes.
func (c *Case) DeleteNote(id string) error {
	if indexOf(c.Notes, id) < 0 {
		return &NotFoundError{"note", id}
	}
	c.Notes = slices.DeleteFunc(c.Notes, func(n Note) bool { return n.ID == id })
	c.touch()
	return nil
}

// withoutClaimsOf is an item's date and claims without those of the
// source: one claim left becomes the date.
func withoutClaimsOf(d Date, claims []DateClaim, source string) (Date, []DateClaim) {
	if len(claims) == 0 {
		return d, claims
	}
	claims = slices.DeleteFunc(claims, func(cl DateClaim) bool { return cl.Source == source })
	switch len(claims) {
	case 0:
		return Date{}, nil
	case 1:
		return claims[0].Date, nil
	}
	return d, claims
}

func without(ids []string, id string) []string {
	return slices.DeleteFunc(ids, func(s string) bool { return s == id })
}
