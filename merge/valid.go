package merge

import (
	"fmt"
	"slices"

	"github.com/casefile/casefile/casefile"
)

// maxRounds bounds how many times valid takes back changes: each round
// takes back at least one, and the last takes back all of theirs.
const maxRounds = 8

// valid builds the merged case and checks it. Each change of theirs that
// leaves it invalid is taken back, the item holding ours (or, when ours
// has no such item, left out) with a conflict on the whole item that
// keeps theirs: an item whose problem is its own, or the items of theirs
// that an item's problem involves (those it refers to). When that finds
// nothing to take back, every change of theirs is: ours is valid.
func (m *merger) valid() (*casefile.Case, error) {
	for round := 0; ; round++ {
		c, err := m.build()
		if err != nil {
			return nil, err
		}
		ps := problems(c)
		if len(ps) == 0 {
			return c, nil
		}
		if round == maxRounds {
			return nil, fmt.Errorf("cannot merge: the merged case is not valid: %w", ps)
		}
		taken := false
		for _, p := range ps {
			if p.ID == "" {
				taken = m.takeBackOwn() || taken
				continue
			}
			taken = m.takeBackItem(p.ID) || taken
		}
		if !taken || round == maxRounds-1 {
			if !m.takeBackAll() && !taken {
				return nil, fmt.Errorf("cannot merge: the merged case is not valid: %w", ps)
			}
		}
	}
}

// takeBackItem takes back theirs' changes to the items with the id, or,
// when those are ours already, to the items they refer to.
func (m *merger) takeBackItem(id string) bool {
	taken := false
	for li := range m.out {
		d, ok := m.out[li][id]
		if !ok {
			continue
		}
		if m.takeBack(li, id) {
			taken = true
			continue
		}
		enc := d.enc
		if enc == nil {
			enc, _ = m.o.lists[li].json(id)
		}
		eachString(enc, func(lit []byte) {
			ref, ok := m.byJSONID(lit)
			if ok && ref.id != id && m.takeBack(ref.list, ref.id) {
				taken = true
			}
		})
	}
	return taken
}

// byJSONID finds the item of the merged case with an id, given as JSON.
func (m *merger) byJSONID(lit []byte) (listID, bool) {
	var id string
	if len(lit) < 2 {
		return listID{}, false
	}
	id = string(lit[1 : len(lit)-1])
	for li := range m.out {
		if _, ok := m.out[li][id]; ok {
			return listID{li, id}, true
		}
	}
	return listID{}, false
}

// takeBack makes an item of the merged case ours' (or leaves it out, when
// ours has none), with one conflict on the whole item keeping theirs; it
// reports whether there was anything of theirs to take back.
func (m *merger) takeBack(li int, id string) bool {
	d := m.out[li][id]
	if d == nil || d.from == fromOurs {
		return false
	}
	kind := m.lists[li].Name
	be, _ := m.b.lists[li].json(id)
	oe, inO := m.o.lists[li].json(id)
	te, _ := m.t.lists[li].json(id)
	m.found.dropItem(kind, id)
	m.found.add(casefile.Conflict{Kind: kind, ID: id, Base: be, Ours: oe, Theirs: te})
	if inO {
		m.out[li][id] = &decision{from: fromOurs, enc: oe, changed: true}
	} else {
		delete(m.out[li], id)
	}
	m.pinned[listID{li, id}] = true
	return true
}

// takeBackOwn makes the case's own fields ours', with a conflict on each
// field that held theirs (a later modified time is kept).
func (m *merger) takeBackOwn() bool {
	taken := false
	for i, f := range m.own {
		ov := lookup(m.o.own, f.name)
		if same(f.value, ov) || f.name == "modified" {
			continue
		}
		m.found.add(casefile.Conflict{Kind: casefile.CaseKind, Field: f.name,
			Base: lookup(m.b.own, f.name), Ours: ov, Theirs: lookup(m.t.own, f.name)})
		m.own[i].value = ov
		taken = true
	}
	return taken
}

// takeBackAll takes back every change of theirs.
func (m *merger) takeBackAll() bool {
	taken := m.takeBackOwn()
	for li := range m.out {
		for id := range m.out[li] {
			taken = m.takeBack(li, id) || taken
		}
	}
	return taken
}

// problems is what is wrong with c, its conflicts included: Validate's
// problems and CheckConflicts', each once (Validate may check conflicts
// itself).
func problems(c *casefile.Case) casefile.Problems {
	ps := c.Validate()
	for _, p := range c.CheckConflicts() {
		if !slices.ContainsFunc(ps, func(q casefile.Problem) bool { return q.Item == p.Item && q.Message == p.Message }) {
			ps = append(ps, p)
		}
	}
	return ps
}
