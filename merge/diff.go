package merge

import (
	"encoding/json"
	"fmt"

	"github.com/casefile/casefile/casefile"
)

// Op is what happened to an item between two versions.
type Op string

// What Diff reports of an item.
const (
	Added   Op = "added"
	Removed Op = "removed"
	Changed Op = "changed"
)

// Change is one item added, removed or changed between two versions of a
// case, or the case's own fields changed (Kind "case").
type Change struct {
	Kind string // the list's JSON name ("statements"), or "case"
	ID   string // the item's id; "" for the case
	Op   Op
	// Old and New are the item's JSON in each version; Old is nil for an
	// item added, New for one removed.
	Old, New json.RawMessage
	// Fields are the fields that changed, in the new version's order, for
	// an item changed.
	Fields []FieldChange
}

// FieldChange is one field of an item changed: its JSON value in each
// version, nil where the field is empty (left out).
type FieldChange struct {
	Field    string
	Old, New json.RawMessage
}

// Diff is every change from a to b, item by item: first the case's own
// fields (its conflicts among them), then each list in the order of the
// case file, the items removed in a's order, then those changed or added
// in b's. Either may be nil, an empty case.
func Diff(a, b *casefile.Case) ([]Change, error) {
	va, err := read(a, true)
	if err != nil {
		return nil, err
	}
	vb, err := read(b, true)
	if err != nil {
		return nil, err
	}
	var out []Change
	if fs := fieldChanges(va.own, vb.own); len(fs) > 0 {
		out = append(out, Change{Kind: casefile.CaseKind, Op: Changed, Fields: fs})
	}
	for li, l := range casefile.ItemLists() {
		la, lb := &va.lists[li], &vb.lists[li]
		if err := la.encodeAll(); err != nil {
			return nil, err
		}
		if err := lb.encodeAll(); err != nil {
			return nil, err
		}
		for i, id := range la.ids {
			if _, ok := lb.at[id]; !ok {
				out = append(out, Change{Kind: l.Name, ID: id, Op: Removed, Old: la.enc[i]})
			}
		}
		for i, id := range lb.ids {
			ne := lb.enc[i]
			oe, ok := la.json(id)
			switch {
			case !ok:
				out = append(out, Change{Kind: l.Name, ID: id, Op: Added, New: ne})
			case !same(oe, ne):
				of, err1 := splitObject(oe)
				nf, err2 := splitObject(ne)
				if err1 != nil || err2 != nil {
					return nil, fmt.Errorf("%s %q is not a JSON object", l.Name, id)
				}
				out = append(out, Change{Kind: l.Name, ID: id, Op: Changed, Old: oe, New: ne, Fields: fieldChanges(of, nf)})
			}
		}
	}
	return out, nil
}

// fieldChanges is the fields that differ between two versions of an
// object: b's fields in b's order, then those only a has.
func fieldChanges(a, b []field) []FieldChange {
	var out []FieldChange
	for _, f := range b {
		if old := lookup(a, f.name); !same(old, f.value) {
			out = append(out, FieldChange{Field: f.name, Old: old, New: f.value})
		}
	}
	for _, f := range a {
		if lookup(b, f.name) == nil {
			out = append(out, FieldChange{Field: f.name, Old: f.value})
		}
	}
	return out
}
