package casefile

import (
	"maps"
	"strings"
)

type identified interface {
	Source | Actor | Relation | Statement | Event | Note | Judgment | Hypothesis
	itemID() string
}

func (x Source) itemID() string     { return x.ID }
func (x Actor) itemID() string      { return x.ID }
func (x Relation) itemID() string   { return x.ID }
func (x Statement) itemID() string  { return x.ID }
func (x Event) itemID() string      { return x.ID }
func (x Note) itemID() string       { return x.ID }
func (x Judgment) itemID() string   { return x.ID }
func (x Hypothesis) itemID() string { return x.ID }

func indexOf[T identified](items []T, id string) int {
	if id == "" {
		return -1
	}
	for i := range items {
		if items[i].itemID() == id {
			return i
		}
	}
	return -1
}

// kindOf is the kind of the item with the given id ("source", "actor", …),
// or "" when the case has none.
func (c *Case) kindOf(id string) string {
	if id == "" {
		return ""
	}
	for _, k := range itemKinds {
		for i, n := 0, k.count(c); i < n; i++ {
			if k.id(c, i) == id {
				return k.name
			}
		}
	}
	return ""
}

func get[T identified](items []T, id string) (T, bool) {
	if i := indexOf(items, id); i >= 0 {
		return items[i], true
	}
	var zero T
	return zero, false
}

// Source returns the source with the given id.
func (c *Case) Source(id string) (Source, bool) { return get(c.Sources, id) }

// Actor returns the actor with the given id.
func (c *Case) Actor(id string) (Actor, bool) { return get(c.Actors, id) }

// Relation returns the relation with the given id.
func (c *Case) Relation(id string) (Relation, bool) { return get(c.Relations, id) }

// Statement returns the statement with the given id.
func (c *Case) Statement(id string) (Statement, bool) { return get(c.Statements, id) }

// Event returns the event with the given id.
func (c *Case) Event(id string) (Event, bool) { return get(c.Events, id) }

// Note returns the note with the given id.
func (c *Case) Note(id string) (Note, bool) { return get(c.Notes, id) }

// ActorName is the actor's name, or the id in quotes when it does not exist.
func (c *Case) ActorName(id string) string {
	if a, ok := c.Actor(id); ok {
		return a.Name
	}
	return `"` + id + `"`
}

func (c *Case) relationName(r *Relation) string {
	return c.ActorName(r.From) + " " + string(r.Type) + " " + c.ActorName(r.To)
}

// RelationName describes a relation in words: "Edi Rama leads Albania".
func (c *Case) RelationName(r Relation) string { return c.relationName(&r) }

// StatementsBy returns the statements the actor made, in case order.
func (c *Case) StatementsBy(actorID string) []Statement {
	var out []Statement
	for _, s := range c.Statements {
		if s.Speaker == actorID {
			out = append(out, s)
		}
	}
	return out
}

// RelationsOf returns the relations the actor takes part in, either way.
func (c *Case) RelationsOf(actorID string) []Relation {
	var out []Relation
	for _, r := range c.Relations {
		if r.From == actorID || r.To == actorID {
			out = append(out, r)
		}
	}
	return out
}

// NotesOn returns the notes attached to a target, in case order.
func (c *Case) NotesOn(t Target) []Note {
	var out []Note
	for _, n := range c.Notes {
		if n.Target.Kind == t.Kind && (t.Kind == OnCase || n.Target.ID == t.ID) {
			out = append(out, n)
		}
	}
	return out
}

// TargetName describes what a note is attached to: `statement "Rama on
// proportionality"`, or "the case".
func (c *Case) TargetName(t Target) string {
	var name string
	switch t.Kind {
	case OnCase:
		return "the case"
	case OnActor:
		name = c.ActorName(t.ID)
	case OnStatement:
		if s, ok := c.Statement(t.ID); ok {
			name = s.Title
		}
	case OnEvent:
		if e, ok := c.Event(t.ID); ok {
			name = e.Title
		}
	}
	if name == "" {
		name = t.ID
	}
	return string(t.Kind) + " " + strings.TrimSpace(name)
}

// Clone returns a deep copy of the case, for undo snapshots and for work off
// the UI thread. What is never changed in place is shared: strings, a
// source text's body, a chart position, a matrix row's ratings.
func (c *Case) Clone() *Case {
	d := *c
	d.Tags = cloneStrings(c.Tags)
	for _, h := range holders() {
		h.clone(&d)
	}
	if c.Release != nil {
		r := *c.Release
		r.Withheld = maps.Clone(r.Withheld)
		d.Release = &r
	}
	return &d
}

// Scratch is a copy of the case that adding, updating, moving or deleting
// items may change without changing c: every list is copied, the items
// are shared. It is what a form tries an item on.
func (c *Case) Scratch() *Case {
	d := *c
	d.Tags = cloneStrings(c.Tags)
	for _, h := range holders() {
		h.copyList(&d)
	}
	return &d
}

func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}

// OtherNames is the actor's aliases less those that only repeat its name
// in other letter case or without a leading "the" ("Islamic nation" for
// "the Islamic nation"), for displays that print the name beside them.
func (a Actor) OtherNames() []string {
	plain := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		return strings.TrimPrefix(s, "the ")
	}
	name := plain(a.Name)
	var out []string
	for _, al := range a.Aliases {
		if plain(al) != name {
			out = append(out, al)
		}
	}
	return out
}

// CitationsText words citations for reading: each source's title once, in
// the order first cited, followed by its locators ("News article, para.
// 13, para. 14; Reuters"). title gives a source's title from its id.
func CitationsText(cs []Citation, title func(sourceID string) string) string {
	var order []string
	locators := map[string][]string{}
	for _, ct := range cs {
		if _, seen := locators[ct.Source]; !seen {
			order = append(order, ct.Source)
			locators[ct.Source] = nil
		}
		if ct.Locator != "" {
			locators[ct.Source] = append(locators[ct.Source], ct.Locator)
		}
	}
	parts := make([]string, len(order))
	for i, id := range order {
		parts[i] = strings.Join(append([]string{title(id)}, locators[id]...), ", ")
	}
	return strings.Join(parts, "; ")
}

// SourceTitle is the title of the source with the given id, or the id
// itself when the case holds no such source.
func (c *Case) SourceTitle(id string) string {
	if s, ok := c.Source(id); ok {
		return s.Title
	}
	return id
}
