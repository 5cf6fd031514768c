package casefile

import (
	"cmp"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
)

// everyProblem is decodeText's slow path, for a file that encoding/json did
// not decode (decodeErr: a value of the wrong kind or an unknown field) or
// whose case did not validate (c, with its problems ps). It returns every
// problem at once: each value of the wrong kind and unknown field, and
// Validate's problems with what did decode, without the ones that only
// follow from a value dropped. Each names its place in the file unless
// positions is false (the data was migrated, and is not the file's text).
func everyProblem(data []byte, positions bool, decodeErr error, c *Case, ps Problems) error {
	w := walkShape(data)
	if c != nil {
		if len(w.found) > 0 {
			return ps // the walk disagrees with the decoder: nothing to place them by
		}
		return collect(w, ps, positions)
	}
	if len(w.found) == 0 {
		// The walk missed what the decoder found: say what that was.
		return describeJSONError(written(data, positions), decodeErr)
	}
	var f file
	if err := json.Unmarshal(nullify(data, w.bad), &f); err != nil {
		// The walk missed a value it should have dropped: its own
		// problems still stand, with this one.
		w.found = append(w.found, shapeProblem{message: describeJSONError(written(data, positions), err).Error()})
	} else if f.Case != nil {
		labelShapeProblems(f.Case, w.found)
		dropUnreadable(f.Case, w.items)
		ps = f.Case.Validate()
	} else if !slices.ContainsFunc(w.found, func(p shapeProblem) bool { return p.place != nil }) {
		// Not a case of the wrong kind, which is reported: none at all.
		w.found = append(w.found, shapeProblem{offset: len(data), message: errNoCase.Error()})
	}
	return collect(w, ps, positions)
}

func written(data []byte, positions bool) []byte {
	if positions {
		return data
	}
	return nil
}

// located is a problem and its offset in the file, -1 when not known.
type located struct {
	Problem
	offset int
}

// collect puts the walk's problems and Validate's together, in the order of
// the file, and gives each its place. Without positions, the walk's come
// first, then Validate's in its order: migrated data is in no order the
// user knows.
func collect(w *shapeWalker, ps Problems, positions bool) Problems {
	var all []located
	explained := false
	for _, p := range w.found {
		if p.unknown && !explained {
			p.message += "; it may come from a newer Casefile or have been mistyped by hand, and the file is not opened lest that data be lost"
			explained = true
		}
		item, id := "file", ""
		if p.place != nil && p.place.kind == "case" {
			item = "case" // whose id Problem leaves empty
		} else if p.place != nil {
			item, id = p.place.kind, p.place.id
			if p.place.label != "" {
				item = p.place.label
			}
		}
		all = append(all, located{Problem{Item: item, ID: id, Field: p.field, Message: p.message, Path: p.path}, p.offset})
	}
	places := newPlaceIndex(w.items)
	lost := lostKinds(w)
	for _, p := range ps {
		place := places.find(p)
		if place != nil && place.isDamaged(p.Field) || refersToLost(p, lost) {
			continue
		}
		l := located{p, -1}
		if place != nil {
			l.Path, l.offset = place.path+"."+p.Field, place.fieldOffset(p.Field)
			if p.Field == "" {
				l.Path = place.path
			}
		}
		all = append(all, l)
	}
	var ls *lines
	if positions {
		slices.SortStableFunc(all, func(a, b located) int {
			return cmp.Compare(uint(a.offset), uint(b.offset)) // -1, not known, last
		})
		ls = newLines(w.data)
	}
	out := make(Problems, len(all))
	for i, l := range all {
		if ls != nil && l.offset >= 0 {
			l.Line, l.Column = ls.at(l.offset)
		}
		out[i] = l.Problem
	}
	return out
}

// labelShapeProblems names the items the walk's problems are in as
// Validate does, now that they have decoded: `actor "Edi Rama"`.
func labelShapeProblems(c *Case, found []shapeProblem) {
	for _, p := range found {
		if pl := p.place; pl != nil && pl.kind != "case" && pl.label == "" && !pl.isDamaged("") {
			name, id := itemName(c, pl.kind, pl.index)
			pl.id = id
			if name == "" {
				name = id
			}
			if name != "" {
				pl.label = label(pl.kind, name)
			}
		}
	}
}

// itemName is the name Validate gives the item of the kind at index i,
// and its id. A file that repeats a list's key has places past the end of
// the list the decoder kept (the last): they have no name.
func itemName(c *Case, kind string, i int) (name, id string) {
	k := kindNamed(kind)
	if k == nil || i >= k.count(c) {
		return "", ""
	}
	return k.named(c, i), k.id(c, i)
}

// dropUnreadable removes the items that were not objects (and so decoded
// empty) from the case: Validate would only report that they are empty.
func dropUnreadable(c *Case, items []*itemPlace) {
	drop := map[string][]int{}
	for _, pl := range items {
		if pl.kind != "case" && pl.isDamaged("") {
			drop[pl.kind] = append(drop[pl.kind], pl.index)
		}
	}
	v := reflect.ValueOf(c).Elem()
	for _, l := range itemLists {
		if idx := drop[l.kind]; len(idx) > 0 {
			list := v.Field(l.field)
			kept := reflect.MakeSlice(list.Type(), 0, list.Len())
			for i := range list.Len() {
				if !slices.Contains(idx, i) {
					kept = reflect.Append(kept, list.Index(i))
				}
			}
			list.Set(kept)
		}
	}
}

// lostKinds are the kinds of which an item's id could not be read: the
// list was no list, an item no object, or its id no text. A reference to
// such a kind may be to that item, and is not reported as missing.
func lostKinds(w *shapeWalker) map[string]bool {
	lost := map[string]bool{}
	for _, pl := range w.items {
		switch {
		case pl.kind == "case":
			for _, l := range itemLists {
				if pl.isDamaged(l.plural) {
					lost[l.kind] = true
				}
			}
		case pl.isDamaged("id"):
			lost[pl.kind] = true
		}
	}
	return lost
}

func refersToLost(p Problem, lost map[string]bool) bool {
	for kind := range lost {
		if strings.HasSuffix(p.Message, "does not exist; choose an existing "+kind) {
			return true
		}
	}
	return false
}

// placeIndex finds the item a Validate problem is about from its kind (the
// first word of its label), id and field.
type placeIndex struct {
	the    *itemPlace              // the case
	byID   map[string][]*itemPlace // kind and id -> items, in file order
	idSeen map[string]int          // kind and id -> id problems placed so far
}

func newPlaceIndex(items []*itemPlace) *placeIndex {
	x := &placeIndex{byID: map[string][]*itemPlace{}, idSeen: map[string]int{}}
	for _, pl := range items {
		switch {
		case pl.kind == "case":
			x.the = pl
		case !pl.isDamaged(""): // dropped before Validate
			x.byID[pl.kind+"\x00"+pl.id] = append(x.byID[pl.kind+"\x00"+pl.id], pl)
		}
	}
	return x
}

// find is the place of the item p is about, or nil when it cannot be told
// apart from another item of its kind with the same id.
func (x *placeIndex) find(p Problem) *itemPlace {
	kind, _, _ := strings.Cut(p.Item, " ")
	if kind == "case" {
		return x.the
	}
	key := kind + "\x00" + p.ID
	same := x.byID[key]
	if p.Field != "id" {
		if len(same) == 1 {
			return same[0]
		}
		return nil
	}
	// duplicates reports an empty id on each item with none, and a
	// duplicate on each item after the first with the id, in order: the
	// first is the one of the earliest kind in the case's order.
	n := x.idSeen[key]
	x.idSeen[key]++
	if p.ID != "" && x.firstKind(p.ID) == kind {
		n++
	}
	if n < len(same) {
		return same[n]
	}
	return nil
}

func (x *placeIndex) firstKind(id string) string {
	for _, l := range itemLists {
		if len(x.byID[l.kind+"\x00"+id]) > 0 {
			return l.kind
		}
	}
	return ""
}
