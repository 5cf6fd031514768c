package casefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// Conflicts are what a three-way merge of two versions of a case (casefile
// merge, package merge) could not decide by itself: a field of an item, or
// of the case, that both sides changed, each its own way, and an item one
// side deleted while the other changed it. The merged case holds both
// versions: the item holds ours (the side merged into) until the conflict
// is resolved, and the conflict keeps the common ancestor's version and
// both sides'. A note's body changed both ways holds both texts, marked
// (Both), so that nothing either analyst typed is out of sight. An item
// deleted on one side and changed on the other stays, as changed, so that
// nothing in the case refers to an item that is gone.

// Conflict is one unresolved conflict of a merge.
type Conflict struct {
	// Kind is the JSON name of the list the item is in ("statements",
	// "notes", "kept"), or "case" for the case's own fields.
	Kind string `json:"kind"`
	// ID is the item's id; "" for the case.
	ID string `json:"id,omitempty"`
	// Field is the JSON name of the field both sides changed, or "" when
	// the conflict is about the whole item: deleted on one side, changed
	// on the other.
	Field string `json:"field,omitempty"`
	// Base, Ours and Theirs are the field's JSON value (or the item's,
	// without a Field) in the common ancestor, the side merged into and
	// the side merged in. An absent one is an empty field, or, without a
	// Field, an item that side does not have (never had, or deleted).
	Base   json.RawMessage `json:"base,omitempty"`
	Ours   json.RawMessage `json:"ours,omitempty"`
	Theirs json.RawMessage `json:"theirs,omitempty"`
	// Both is set when the item holds both texts, ours then theirs,
	// marked (a note's body), rather than ours alone.
	Both bool `json:"both,omitempty"`
}

// CaseKind is the Kind of a conflict on the case's own fields.
const CaseKind = "case"

// ItemList is a list of items a case holds, as merges and conflicts see
// them: a field of Case that is a list of objects with an "id", found by
// reflection so that a kind of item added to Case is merged, and its
// conflicts checked, without being listed anywhere else.
type ItemList struct {
	Name  string       // the list's JSON name: "statements"
	Field int          // the index of its field in Case
	Elem  reflect.Type // the type of its elements
	// ID is the index of the id field in Elem, or -1 when the elements are
	// JSON objects kept verbatim (kept objects), whose "id" is in the JSON.
	ID int
}

var rawMessageType = reflect.TypeFor[json.RawMessage]()

// ItemLists is every list of items a case holds, in the order of Case.
var ItemLists = sync.OnceValue(func() []ItemList {
	t := reflect.TypeFor[Case]()
	var out []ItemList
	for i := range t.NumField() {
		f := t.Field(i)
		name := JSONName(f)
		if name == "" || name == "conflicts" || f.Type.Kind() != reflect.Slice {
			continue
		}
		elem := f.Type.Elem()
		switch {
		case elem == rawMessageType:
			out = append(out, ItemList{Name: name, Field: i, Elem: elem, ID: -1})
		case elem.Kind() == reflect.Struct:
			for j := range elem.NumField() {
				if g := elem.Field(j); JSONName(g) == "id" && g.Type.Kind() == reflect.String {
					out = append(out, ItemList{Name: name, Field: i, Elem: elem, ID: j})
					break
				}
			}
		}
	}
	return out
})

// ItemListNamed is the list with the JSON name, or nil.
func ItemListNamed(name string) *ItemList {
	lists := ItemLists()
	for i := range lists {
		if lists[i].Name == name {
			return &lists[i]
		}
	}
	return nil
}

// JSONName is the name encoding/json gives a struct field, or "" for one
// it leaves out.
func JSONName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return ""
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name
}

// IDs is the id of every item in the list of c, in order. A kept object
// whose id cannot be read has "".
func (l *ItemList) IDs(c *Case) []string {
	v := reflect.ValueOf(c).Elem().Field(l.Field)
	ids := make([]string, v.Len())
	for i := range ids {
		ids[i] = l.ItemID(v.Index(i))
	}
	return ids
}

// ItemID is the id of an element of the list.
func (l *ItemList) ItemID(item reflect.Value) string {
	if l.ID >= 0 {
		return item.Field(l.ID).String()
	}
	return RawID(item.Bytes())
}

// RawID is the "id" of a JSON object, or "".
func RawID(raw []byte) string {
	var o struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(raw, &o) != nil {
		return ""
	}
	return o.ID
}

// hasField reports whether the items of the list have a field of that
// JSON name; any name will do for objects kept verbatim.
func (l *ItemList) hasField(name string) bool {
	if l.ID < 0 {
		return name != ""
	}
	return structHasField(l.Elem, name)
}

func structHasField(t reflect.Type, name string) bool {
	for i := range t.NumField() {
		if JSONName(t.Field(i)) == name {
			return true
		}
	}
	return false
}

// caseFields are the JSON names of the case's own fields, the ones a
// conflict of kind "case" may name: all but its lists and conflicts.
var caseFields = sync.OnceValue(func() map[string]bool {
	lists := map[string]bool{"conflicts": true}
	for _, l := range ItemLists() {
		lists[l.Name] = true
	}
	t := reflect.TypeFor[Case]()
	fields := map[string]bool{}
	for i := range t.NumField() {
		if name := JSONName(t.Field(i)); name != "" && !lists[name] {
			fields[name] = true
		}
	}
	return fields
})

// IsCaseField reports whether name is one of the case's own fields (title,
// summary, marking, …), not one of its lists.
func IsCaseField(name string) bool { return caseFields()[name] }

// label names a conflict for people: `statements "st-1", field
// quote`.
func (x Conflict) label() string {
	var b strings.Builder
	if x.Kind == CaseKind {
		b.WriteString("the case")
	} else {
		fmt.Fprintf(&b, "%s %q", x.Kind, x.ID)
	}
	if x.Field != "" {
		b.WriteString(", field " + x.Field)
	}
	return b.String()
}

// CheckConflicts checks the case's merge conflicts: each names the case or
// a list of it, an item of that list and a field items of that kind have
// (or none, for the whole item); the item exists, but for a conflict on a
// whole item that ours does not have; the versions of each side are
// different; no two conflicts are about the same field of the same item.
// Validate should check them too (a call in Validate after the notes).
func (c *Case) CheckConflicts() Problems {
	if len(c.Conflicts) == 0 {
		return nil
	}
	k := &checker{c: c}
	ids := map[string]map[string]bool{} // list -> ids, built once a conflict needs them
	has := func(l *ItemList, id string) bool {
		set, ok := ids[l.Name]
		if !ok {
			set = map[string]bool{}
			for _, x := range l.IDs(c) {
				set[x] = true
			}
			ids[l.Name] = set
		}
		return set[id]
	}
	type place struct{ kind, id, field string }
	seen := map[place]bool{}
	for i, x := range c.Conflicts {
		k.on("conflict", x.label(), "")
		at := fmt.Sprintf("conflicts[%d]", i)
		key := place{x.Kind, x.ID, x.Field}
		if seen[key] {
			k.add(at, "is the second conflict on %s; keep one", x.label())
			continue
		}
		seen[key] = true
		if x.Kind == CaseKind {
			switch {
			case x.ID != "":
				k.add(at+".id", "is %q, but a conflict on the case has no id", x.ID)
			case x.Field == "":
				k.add(at+".field", "is empty; a conflict on the case names one of its fields")
			case !IsCaseField(x.Field):
				k.add(at+".field", "%q is not one of the case's own fields", x.Field)
			}
		} else if l := ItemListNamed(x.Kind); l == nil {
			k.add(at+".kind", "%q is neither %q nor a list of the case", x.Kind, CaseKind)
		} else {
			switch {
			case x.ID == "":
				k.add(at+".id", "is empty; name the item in conflict")
			case x.Field != "" && !l.hasField(x.Field):
				k.add(at+".field", "%q is not a field of the %s", x.Field, x.Kind)
			case (x.Field != "" || len(x.Ours) > 0) && !has(l, x.ID):
				k.add(at+".id", "%q is not in the case's %s", x.ID, x.Kind)
			}
		}
		switch {
		case len(x.Ours) == 0 && len(x.Theirs) == 0 && x.Field == "":
			k.add(at, "has neither side's version of the item")
		case sameJSON(x.Ours, x.Theirs):
			k.add(at, "holds the same version on both sides; it is resolved: remove it")
		}
		if x.Both && (x.Field == "" || !isJSONString(x.Ours) || !isJSONString(x.Theirs)) {
			k.add(at+".both", "is set, but the versions are not two texts of a field")
		}
	}
	return k.found
}

// sameJSON reports whether two JSON values are the same but for white
// space; two absent values are the same.
func sameJSON(a, b json.RawMessage) bool {
	if bytes.Equal(a, b) {
		return true
	}
	var ca, cb bytes.Buffer
	if json.Compact(&ca, a) != nil || json.Compact(&cb, b) != nil {
		return false
	}
	return bytes.Equal(ca.Bytes(), cb.Bytes())
}

func isJSONString(v json.RawMessage) bool {
	v = bytes.TrimSpace(v)
	return len(v) > 0 && v[0] == '"'
}

// ReleaseBlocked is the error a releasable export (one with a limit) of a
// case with unresolved conflicts gives, or nil when it has none. Such an
// export is refused rather than made from the versions the case holds: a
// conflict's other version may mark the item higher than the case shows
// (or hold words the release would then leak), and the conflict's
// versions themselves are no portion a release can mark. An export with
// no limit, the analyst's own, is made from the case as it holds it.
func (c *Case) ReleaseBlocked() error {
	if len(c.Conflicts) == 0 {
		return nil
	}
	return fmt.Errorf("the case has %s from a merge; resolve %s (the Conflicts screen) before making a releasable export",
		Count(len(c.Conflicts), "unresolved conflict", "unresolved conflicts"), map[bool]string{true: "it", false: "them"}[len(c.Conflicts) == 1])
}
