package merge

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"

	"github.com/casefile/casefile/casefile"
)

// Merge merges theirs into ours, two versions of a case that base is the
// common ancestor of (nil when they have none), by the rules of the
// package documentation. It returns the merged case and the conflicts the
// merge found; the case holds those, and any conflicts ours or theirs
// still held, in its Conflicts. The merged case is valid. It may share
// memory with ours and theirs, which must not change while it is in use.
//
// The error is for versions that are not valid cases (two items with one
// id), never for a conflict.
func Merge(base, ours, theirs *casefile.Case) (*casefile.Case, []casefile.Conflict, error) {
	m := &merger{lists: casefile.ItemLists()}
	if err := m.read(base, ours, theirs); err != nil {
		return nil, nil, err
	}
	m.mergeOwn()
	for li := range m.lists {
		m.mergeList(li)
	}
	if err := m.encodingError(); err != nil {
		return nil, nil, err
	}
	m.keepReferenced()
	c, err := m.valid()
	if err != nil {
		return nil, nil, err
	}
	return c, slices.Clone(m.found.list), nil
}

// from says where an item of the merged case comes from.
type from byte

const (
	fromOurs   from = iota // ours' item as it is
	fromTheirs             // theirs' item as it is
	fromBoth               // fields of both: enc is its JSON
)

// decision is what the merged case holds of one item.
type decision struct {
	from from
	enc  []byte // the item's JSON
	// changed is set when ours and theirs do not hold the same item: what
	// it refers to may be gone on one side.
	changed bool
	val     reflect.Value // a fromBoth item, decoded
}

type merger struct {
	lists   []casefile.ItemList
	b, o, t *version
	own     []field // the merged case's own fields
	out     []map[string]*decision
	// deleted is the ids one side deleted and the other left as it was,
	// by their JSON form ("\"rama\""): their list and id.
	deleted map[string]listID
	pinned  map[listID]bool // items made ours' for the case to be valid
	found   conflictSet     // the conflicts this merge found
}

type listID struct {
	list int
	id   string
}

func (m *merger) read(base, ours, theirs *casefile.Case) error {
	vs := make([]*version, 3)
	errs := make([]error, 3)
	done := make(chan struct{})
	for i, c := range []*casefile.Case{base, ours, theirs} {
		go func() {
			vs[i], errs[i] = read(c, false)
			done <- struct{}{}
		}()
	}
	for range 3 {
		<-done
	}
	for i, side := range []string{"the common ancestor", "ours", "theirs"} {
		if errs[i] != nil {
			return fmt.Errorf("cannot merge: %s: %w", side, errs[i])
		}
	}
	m.b, m.o, m.t = vs[0], vs[1], vs[2]
	m.out = make([]map[string]*decision, len(m.lists))
	m.deleted = map[string]listID{}
	m.pinned = map[listID]bool{}
	return nil
}

// encodingError is the first item that could not be encoded, if any.
func (m *merger) encodingError() error {
	for li, l := range m.lists {
		for _, v := range []*version{m.b, m.o, m.t} {
			if err := v.lists[li].err; err != nil {
				return fmt.Errorf("cannot merge the %s: %w", l.Name, err)
			}
		}
	}
	return nil
}

// mergeOwn merges the case's own fields, as the fields of an item of kind
// "case".
func (m *merger) mergeOwn() {
	m.own, _ = m.mergeFields(casefile.CaseKind, "", m.b.own, m.o.own, m.t.own)
}

// mergeList decides what the merged case holds of each item of a list.
func (m *merger) mergeList(li int) {
	kind := m.lists[li].Name
	b, o, t := &m.b.lists[li], &m.o.lists[li], &m.t.lists[li]
	out := make(map[string]*decision, len(o.ids)+len(t.ids)-len(b.ids))
	m.out[li] = out
	for i, id := range o.ids {
		bi, inB := b.at[id]
		ti, inT := t.at[id]
		switch {
		case inT && o.sameAs(i, t, ti):
			out[id] = &decision{from: fromOurs}
		case !inT && !inB: // added by ours
			out[id] = &decision{from: fromOurs, enc: o.encoded(i), changed: true}
		case !inT && o.sameAs(i, b, bi): // deleted by theirs
			m.deleted[jsonID(id)] = listID{li, id}
		case !inT: // deleted by theirs, changed by ours
			m.found.add(casefile.Conflict{Kind: kind, ID: id, Base: b.encoded(bi), Ours: o.encoded(i)})
			out[id] = &decision{from: fromOurs, enc: o.encoded(i), changed: true}
		case inB && o.sameAs(i, b, bi):
			out[id] = &decision{from: fromTheirs, enc: t.encoded(ti), changed: true}
		case inB && t.sameAs(ti, b, bi):
			out[id] = &decision{from: fromOurs, enc: o.encoded(i), changed: true}
		default:
			be, _ := b.json(id)
			out[id] = m.mergeItem(li, id, be, o.encoded(i), t.encoded(ti))
		}
	}
	for i, id := range t.ids {
		if _, inO := o.at[id]; inO {
			continue
		}
		bi, inB := b.at[id]
		switch {
		case !inB: // added by theirs
			out[id] = &decision{from: fromTheirs, enc: t.encoded(i), changed: true}
		case t.sameAs(i, b, bi): // deleted by ours
			m.deleted[jsonID(id)] = listID{li, id}
		default: // deleted by ours, changed by theirs
			m.found.add(casefile.Conflict{Kind: kind, ID: id, Base: b.encoded(bi), Theirs: t.encoded(i)})
			out[id] = &decision{from: fromTheirs, enc: t.encoded(i), changed: true}
		}
	}
}

// mergeItem merges an item both sides changed, each its own way, field
// by field. be is nil when both sides added it.
func (m *merger) mergeItem(li int, id string, be, oe, te []byte) *decision {
	b, errB := splitObject(be)
	o, errO := splitObject(oe)
	t, errT := splitObject(te)
	if errB != nil || errO != nil || errT != nil {
		// Not objects (a kept object is always one): the whole item.
		m.found.add(casefile.Conflict{Kind: m.lists[li].Name, ID: id, Base: be, Ours: oe, Theirs: te})
		return &decision{from: fromOurs, enc: oe, changed: true}
	}
	fs, fromTheirs := m.mergeFields(m.lists[li].Name, id, b, o, t)
	if !fromTheirs {
		return &decision{from: fromOurs, enc: oe, changed: true}
	}
	return &decision{from: fromBoth, enc: buildObject(fs), changed: true}
}

// mergeFields merges the fields of an item (or of the case) both sides
// changed, recording a conflict for each field changed both ways that
// cannot be merged. fromTheirs reports whether any field is not ours'.
func (m *merger) mergeFields(kind, id string, b, o, t []field) (out []field, fromTheirs bool) {
	names := make([]field, 0, len(o)+1)
	names = append(names, o...)
	for _, f := range t {
		if lookup(o, f.name) == nil {
			names = append(names, f)
		}
	}
	for _, f := range names {
		bv, ov, tv := lookup(b, f.name), lookup(o, f.name), lookup(t, f.name)
		v := ov
		switch {
		case same(ov, tv) || same(bv, tv):
		case same(bv, ov):
			v = tv
		default:
			v = m.mergeField(kind, id, f.name, bv, ov, tv)
		}
		if !same(v, ov) {
			fromTheirs = true
		}
		out = append(out, field{name: f.name, key: f.key, value: v})
	}
	return out, fromTheirs
}

// mergeField merges a field both sides changed, each its own way.
func (m *merger) mergeField(kind, id, name string, bv, ov, tv json.RawMessage) json.RawMessage {
	if name == "modified" {
		if v, ok := later(ov, tv); ok {
			return v
		}
	}
	if v, ok := mergeLists(bv, ov, tv); ok {
		return v
	}
	x := casefile.Conflict{Kind: kind, ID: id, Field: name, Base: bv, Ours: ov, Theirs: tv}
	if kind == "notes" && name == "body" {
		if v, ok := bothTexts(ov, tv); ok {
			x.Both = true
			m.found.add(x)
			return v
		}
	}
	m.found.add(x)
	return ov
}

// jsonID is an id as JSON text holds it, quoted.
func jsonID(id string) string {
	v, _ := marshal(id)
	return string(v)
}

// keepReferenced keeps the items one side deleted that the other side's
// changes still refer to, each as a conflict on the whole item: what the
// deleting side did not know of needs it. Each id an item's JSON holds as
// text is taken for a reference, wherever it is.
func (m *merger) keepReferenced() {
	if len(m.deleted) == 0 {
		return
	}
	var work [][]byte
	for li := range m.out {
		for _, d := range m.out[li] {
			if d.changed {
				work = append(work, d.enc)
			}
		}
	}
	for len(work) > 0 {
		enc := work[len(work)-1]
		work = work[:len(work)-1]
		eachString(enc, func(lit []byte) {
			ref, ok := m.deleted[string(lit)]
			if !ok || m.pinned[ref] {
				return
			}
			delete(m.deleted, string(lit))
			d := m.restore(ref)
			work = append(work, d.enc)
		})
	}
}

// restore keeps an item one side deleted, as the other side has it, with
// a conflict on the whole item.
func (m *merger) restore(ref listID) *decision {
	kind := m.lists[ref.list].Name
	be, _ := m.b.lists[ref.list].json(ref.id)
	x := casefile.Conflict{Kind: kind, ID: ref.id, Base: be}
	d := &decision{changed: true}
	if oe, ok := m.o.lists[ref.list].json(ref.id); ok {
		x.Ours, d.from, d.enc = oe, fromOurs, oe
	} else {
		te, _ := m.t.lists[ref.list].json(ref.id)
		x.Theirs, d.from, d.enc = te, fromTheirs, te
	}
	m.found.add(x)
	m.out[ref.list][ref.id] = d
	return d
}

// eachString calls fn with each string of a JSON text, quotes and all.
func eachString(data []byte, fn func(lit []byte)) {
	for i := 0; i < len(data); i++ {
		if data[i] != '"' {
			continue
		}
		j := i + 1
		for j < len(data) && data[j] != '"' {
			if data[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(data) {
			return
		}
		fn(data[i : j+1])
		i = j
	}
}

// order is the ids of the merged list: ours' order, with each item only
// theirs has after the item before it in theirs.
func (m *merger) order(li int) []string {
	o, t, out := &m.o.lists[li], &m.t.lists[li], m.out[li]
	after := map[string][]string{}
	last := ""
	for _, id := range t.ids {
		_, kept := out[id]
		if _, inO := o.at[id]; inO {
			if kept {
				last = id
			}
			continue
		}
		if kept {
			after[last] = append(after[last], id)
		}
	}
	ids := make([]string, 0, len(out))
	ids = append(ids, after[""]...)
	for _, id := range o.ids {
		if _, kept := out[id]; kept {
			ids = append(ids, id)
			ids = append(ids, after[id]...)
		}
	}
	return ids
}

// build makes the merged case of the decisions so far.
func (m *merger) build() (*casefile.Case, error) {
	c := new(casefile.Case)
	if err := json.Unmarshal(buildObject(m.own), c); err != nil {
		return nil, fmt.Errorf("cannot merge the case's own fields: %w", err)
	}
	cv := reflect.ValueOf(c).Elem()
	for li, l := range m.lists {
		ids := m.order(li)
		items := reflect.MakeSlice(cv.Field(l.Field).Type(), len(ids), len(ids))
		for i, id := range ids {
			v, err := m.item(li, id)
			if err != nil {
				return nil, err
			}
			items.Index(i).Set(v)
		}
		if len(ids) > 0 || !m.o.lists[li].items.IsNil() {
			cv.Field(l.Field).Set(items)
		}
	}
	c.Conflicts = m.conflicts(c)
	return c, nil
}

// item is the merged list's element for an id.
func (m *merger) item(li int, id string) (reflect.Value, error) {
	d := m.out[li][id]
	switch d.from {
	case fromOurs:
		l := &m.o.lists[li]
		return l.items.Index(l.at[id]), nil
	case fromTheirs:
		l := &m.t.lists[li]
		return l.items.Index(l.at[id]), nil
	}
	if !d.val.IsValid() {
		l := m.lists[li]
		if l.ID < 0 {
			d.val = reflect.ValueOf(json.RawMessage(d.enc))
		} else {
			p := reflect.New(l.Elem)
			if err := json.Unmarshal(d.enc, p.Interface()); err != nil {
				return reflect.Value{}, fmt.Errorf("cannot merge %s %q: %w", l.Name, id, err)
			}
			d.val = p.Elem()
		}
	}
	return d.val, nil
}

// conflicts is every conflict the merged case c holds: those ours and
// theirs held still (ours' first), but for those on what this merge found
// a conflict on or on an item c no longer has, then this merge's.
func (m *merger) conflicts(c *casefile.Case) []casefile.Conflict {
	var all conflictSet
	present := func(x casefile.Conflict) bool {
		if x.Kind == casefile.CaseKind || x.Field == "" && len(x.Ours) == 0 {
			return true
		}
		li := slices.IndexFunc(m.lists, func(l casefile.ItemList) bool { return l.Name == x.Kind })
		if li < 0 {
			return false
		}
		_, ok := m.out[li][x.ID]
		return ok
	}
	for _, old := range [][]casefile.Conflict{m.o.c.Conflicts, m.t.c.Conflicts} {
		for _, x := range old {
			if _, dup := all.at[keyOf(x)]; !dup && !m.found.has(x) && present(x) {
				all.add(x)
			}
		}
	}
	for _, x := range m.found.list {
		all.add(x)
	}
	if len(all.list) == 0 {
		return nil
	}
	return all.list
}

// conflictSet is a list of conflicts, at most one on each field of each
// item.
type conflictSet struct {
	list []casefile.Conflict
	at   map[conflictKey]int
}

type conflictKey struct{ kind, id, field string }

func keyOf(x casefile.Conflict) conflictKey { return conflictKey{x.Kind, x.ID, x.Field} }

func (s *conflictSet) has(x casefile.Conflict) bool {
	_, ok := s.at[keyOf(x)]
	return ok
}

// add adds a conflict, replacing one on the same field of the same item.
func (s *conflictSet) add(x casefile.Conflict) {
	if s.at == nil {
		s.at = map[conflictKey]int{}
	}
	if i, ok := s.at[keyOf(x)]; ok {
		s.list[i] = x
		return
	}
	s.at[keyOf(x)] = len(s.list)
	s.list = append(s.list, x)
}

// dropItem removes every conflict on the item.
func (s *conflictSet) dropItem(kind, id string) {
	s.list = slices.DeleteFunc(s.list, func(x casefile.Conflict) bool { return x.Kind == kind && x.ID == id })
	s.at = make(map[conflictKey]int, len(s.list))
	for i, x := range s.list {
		s.at[keyOf(x)] = i
	}
}
