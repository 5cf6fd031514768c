package casefile

// The kinds of item a case holds, in one table that lookups, releases and
// counts walk, so that a kind added later is added once. Each entry reaches
// its list through closures over the typed slice.
type itemKind struct {
	name, plural string

	count   func(c *Case) int
	id      func(c *Case, i int) string
	marking func(c *Case, i int) *Marking
	// keep filters the list in place, keeping the items keep says to, in
	// order.
	keep func(c *Case, keep func(i int) bool)
}

func kind[T identified](name, plural string, list func(*Case) *[]T, marking func(*T) *Marking) itemKind {
	return itemKind{
		name: name, plural: plural,
		count:   func(c *Case) int { return len(*list(c)) },
		id:      func(c *Case, i int) string { return (*list(c))[i].itemID() },
		marking: func(c *Case, i int) *Marking { return marking(&(*list(c))[i]) },
		keep: func(c *Case, keep func(i int) bool) {
			l := list(c)
			out := (*l)[:0]
			for i := range *l {
				if keep(i) {
					out = append(out, (*l)[i])
				}
			}
			clear((*l)[len(out):])
			if len(out) == 0 {
				out = nil // as Clone makes an empty list
			}
			*l = out
		},
	}
}

// itemKinds lists every kind in the order a case file holds them.
var itemKinds = []itemKind{
	kind("source", "sources", func(c *Case) *[]Source { return &c.Sources }, func(x *Source) *Marking { return &x.Marking }),
	kind("actor", "actors", func(c *Case) *[]Actor { return &c.Actors }, func(x *Actor) *Marking { return &x.Marking }),
	kind("relation", "relations", func(c *Case) *[]Relation { return &c.Relations }, func(x *Relation) *Marking { return &x.Marking }),
	kind("statement", "statements", func(c *Case) *[]Statement { return &c.Statements }, func(x *Statement) *Marking { return &x.Marking }),
	kind("event", "events", func(c *Case) *[]Event { return &c.Events }, func(x *Event) *Marking { return &x.Marking }),
	kind("note", "notes", func(c *Case) *[]Note { return &c.Notes }, func(x *Note) *Marking { return &x.Marking }),
}

// items counts the items of every kind.
func (c *Case) items() int {
	n := 0
	for _, k := range itemKinds {
		n += k.count(c)
	}
	return n
}

// kindPlural is the entry for a kind's plural ("statements"), or nil.
func kindPlural(plural string) *itemKind {
	for i := range itemKinds {
		if itemKinds[i].plural == plural {
			return &itemKinds[i]
		}
	}
	return nil
}
