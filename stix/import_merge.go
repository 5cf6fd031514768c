package stix

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/casefile/casefile/casefile"
)

// merge returns a copy of into with what the bundle made (add) added: the
// items and kept objects it lacks, in the bundle's order. Those it holds
// already, by id, stay as they are. into's title, summary and details
// stay; notes on the bundle's case become notes on into. An item that took
// the marking of the case it was exported from is marked with it
// explicitly, so that none is released more widely here than there; when
// that raises into's marking, what took into's old marking keeps it.
func (im *importer) merge(into, add *casefile.Case, inherits map[string]bool) (*casefile.Case, error) {
	r := into.Clone()
	before := r.Marking
	kinds := map[string]string{}
	note := func(kind string) func(id string) { return func(id string) { kinds[id] = kind } }
	each(r.Sources, func(x *casefile.Source) string { return x.ID }, note("source"))
	each(r.Actors, func(x *casefile.Actor) string { return x.ID }, note("actor"))
	each(r.Relations, func(x *casefile.Relation) string { return x.ID }, note("relation"))
	each(r.Statements, func(x *casefile.Statement) string { return x.ID }, note("statement"))
	each(r.Events, func(x *casefile.Event) string { return x.ID }, note("event"))
	each(r.Notes, func(x *casefile.Note) string { return x.ID }, note("note"))

	src := add.Marking
	explicit := func(id string, m *casefile.Marking) {
		if *m == "" && inherits[id] {
			*m = src
		}
	}
	m := &merger{im: im, kinds: kinds}
	var err error
	sources := mergeItems(m, &err, "source", "sources", r.Sources, add.Sources, func(x *casefile.Source) (string, *casefile.Marking) { return x.ID, &x.Marking }, nil)
	actors := mergeItems(m, &err, "actor", "actors", r.Actors, add.Actors, func(x *casefile.Actor) (string, *casefile.Marking) { return x.ID, &x.Marking }, nil)
	relations := mergeItems(m, &err, "relation", "relations", r.Relations, add.Relations, func(x *casefile.Relation) (string, *casefile.Marking) { return x.ID, &x.Marking }, nil)
	statements := mergeItems(m, &err, "statement", "statements", r.Statements, add.Statements, func(x *casefile.Statement) (string, *casefile.Marking) { return x.ID, &x.Marking }, nil)
	events := mergeItems(m, &err, "event", "events", r.Events, add.Events, func(x *casefile.Event) (string, *casefile.Marking) { return x.ID, &x.Marking }, nil)
	notes := mergeItems(m, &err, "note", "notes", r.Notes, add.Notes, func(x *casefile.Note) (string, *casefile.Marking) { return x.ID, &x.Marking },
		func(x *casefile.Note) {
			if x.Target.Kind == casefile.OnCase {
				x.Target.ID = ""
			}
		})
	if err != nil {
		return nil, err
	}
	// The markings the new items bring.
	highest := before
	for _, l := range m.added {
		explicit(l.id, l.marking)
		highest = highest.Max(*l.marking)
	}
	defs := add.KeptDefinitions()
	have := map[string]bool{}
	for _, o := range r.KeptObjects() {
		have[o.ID] = true
	}
	kept := slices.Clip(r.Kept)
	im.report.Kept = map[string]int{}
	for _, raw := range add.Kept {
		o, err := casefile.ParseKept(raw, defs)
		if err != nil {
			continue
		}
		if have[o.ID] {
			im.report.Present["kept objects"]++
			continue
		}
		if !o.IsMarkingDefinition() {
			highest = highest.Max(o.TLP)
		}
		kept = append(kept, raw)
		im.report.Kept[o.Type]++
	}
	r.Sources, r.Actors, r.Relations, r.Statements, r.Events, r.Notes, r.Kept = sources, actors, relations, statements, events, notes, kept
	if highest != before {
		keepMarking(r, before)
		r.Marking = highest
		im.report.Raised = before
		im.report.note("The case's marking was raised from %s to %s, the most restricted of what the bundle adds; what was marked %s keeps that marking.", before, highest, before)
	}
	if m.differ > 0 {
		im.report.note("%s the bundle holds differ from those of the same ids in the case; the case's were kept.", casefile.Count(m.differ, "One item", fmt.Sprint(m.differ)+" items"))
	}
	im.report.Marking = r.Marking
	if ps := append(r.Validate(), r.CheckKept()...); len(ps) > 0 {
		return nil, fmt.Errorf("adding the bundle to the case would make it invalid: %w", ps)
	}
	return r, nil
}

func each[T any](list []T, id func(*T) string, fn func(string)) {
	for i := range list {
		fn(id(&list[i]))
	}
}

// merger collects what mergeItems adds.
type merger struct {
	im     *importer
	kinds  map[string]string // id -> the kind of the case's item with it
	added  []added
	differ int
}

type added struct {
	id      string
	marking *casefile.Marking
}

// mergeItems is have with the items of add it lacks appended, in a new
// array (have's may be shared with an undo snapshot).
func mergeItems[T any](m *merger, err *error, kind, plural string, have, add []T, key func(*T) (string, *casefile.Marking), fix func(*T)) []T {
	if *err != nil {
		return have
	}
	at := make(map[string]int, len(have))
	for i := range have {
		id, _ := key(&have[i])
		at[id] = i
	}
	var out []T
	n := 0
	for _, x := range add {
		id, _ := key(&x)
		if k, ok := m.kinds[id]; ok && k != kind {
			*err = fmt.Errorf("the bundle's %s %q has the id of a %s in the case; import the bundle into a new case instead", kind, clip(id, 80), k)
			return have
		}
		if i, ok := at[id]; ok {
			m.im.report.Present[plural]++
			if !reflect.DeepEqual(have[i], x) {
				m.differ++
			}
			continue
		}
		if fix != nil {
			fix(&x)
		}
		if out == nil {
			out = make([]T, len(have), len(have)+len(add))
			copy(out, have)
		}
		out = append(out, x)
		n++
	}
	if n == 0 {
		delete(m.im.report.Mapped, plural)
		return have
	}
	for i := len(out) - n; i < len(out); i++ {
		id, mk := key(&out[i])
		m.added = append(m.added, added{id, mk})
	}
	m.im.report.Mapped[plural] = n
	return out
}

// keepMarking marks explicitly with m every portion of c that takes c's
// marking, before c's is raised.
func keepMarking(c *casefile.Case, m casefile.Marking) {
	set := func(x *casefile.Marking) {
		if *x == "" {
			*x = m
		}
	}
	set(&c.TitleMarking)
	if c.Summary != "" {
		set(&c.SummaryMarking)
	}
	for i := range c.Sources {
		set(&c.Sources[i].Marking)
	}
	for i := range c.Actors {
		set(&c.Actors[i].Marking)
	}
	for i := range c.Relations {
		set(&c.Relations[i].Marking)
	}
	for i := range c.Statements {
		set(&c.Statements[i].Marking)
	}
	for i := range c.Events {
		set(&c.Events[i].Marking)
	}
	for i := range c.Notes {
		set(&c.Notes[i].Marking)
	}
	defs := c.KeptDefinitions()
	c.Kept = slices.Clone(c.Kept) // its array may be the original case's
	for i, raw := range c.Kept {
		if o, err := casefile.ParseKept(raw, defs); err == nil && o.TLP == "" && !o.IsMarkingDefinition() {
			c.Kept[i] = casefile.KeptWithMarking(raw, m)
		}
	}
}
