package merge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Resolve settles conflict i of c with value: the field's JSON (nil for
// an empty field) or, for a conflict on a whole item, the item's (nil to
// leave the item out). The item, or the case, takes the value and the
// conflict goes, both or neither: when the case would not be valid so,
// nothing changes and the error is its Problems. Resolve never changes a
// list or item in place, so a snapshot of c (Case.Clone) keeps what it
// had.
func Resolve(c *casefile.Case, i int, value json.RawMessage) error {
	if i < 0 || i >= len(c.Conflicts) {
		return fmt.Errorf("there is no conflict %d; the case has %d", i+1, len(c.Conflicts))
	}
	x := c.Conflicts[i]
	cv := reflect.ValueOf(c).Elem()
	// Everything Resolve changes is one field of the case, kept here to be
	// put back.
	type kept struct {
		field int
		value reflect.Value
	}
	var saved []kept
	keep := func(field int) {
		old := reflect.New(cv.Field(field).Type()).Elem()
		old.Set(cv.Field(field))
		saved = append(saved, kept{field, old})
	}
	undo := func() {
		for _, k := range slices.Backward(saved) {
			cv.Field(k.field).Set(k.value)
		}
	}
	keep(conflictsField())
	if err := apply(c, x, value, keep); err != nil {
		undo()
		return err
	}
	rest := slices.Concat(c.Conflicts[:i:i], c.Conflicts[i+1:])
	if len(rest) == 0 {
		rest = nil
	}
	c.Conflicts = rest
	if ps := problems(c); len(ps) > 0 {
		undo()
		return ps
	}
	return nil
}

// apply sets what a conflict is about to value, calling keep with each
// field of the case before it changes it.
func apply(c *casefile.Case, x casefile.Conflict, value json.RawMessage, keep func(field int)) error {
	cv := reflect.ValueOf(c).Elem()
	if x.Kind == casefile.CaseKind {
		fi := caseFieldIndex(x.Field)
		if fi < 0 {
			return fmt.Errorf("the case has no field %q", x.Field)
		}
		v, err := decode(caseType.Field(fi).Type, value)
		if err != nil {
			return fmt.Errorf("the case's %s: %w", x.Field, err)
		}
		keep(fi)
		cv.Field(fi).Set(v)
		return nil
	}
	l := casefile.ItemListNamed(x.Kind)
	if l == nil {
		return fmt.Errorf("the case has no list %q", x.Kind)
	}
	keep(l.Field)
	list := cv.Field(l.Field)
	at := slices.Index(l.IDs(c), x.ID)
	items := reflect.MakeSlice(list.Type(), list.Len(), list.Len())
	reflect.Copy(items, list)
	if x.Field == "" {
		switch {
		case value == nil && at >= 0:
			items = reflect.AppendSlice(items.Slice(0, at), items.Slice(at+1, items.Len()))
		case value != nil:
			v, err := decode(l.Elem, value)
			if err != nil {
				return fmt.Errorf("%s %q: %w", Singular(x.Kind), x.ID, err)
			}
			if at >= 0 {
				items.Index(at).Set(v)
			} else {
				items = reflect.Append(items, v)
			}
		}
		list.Set(items)
		return nil
	}
	if at < 0 {
		return fmt.Errorf("%s %q is not in the case", Singular(x.Kind), x.ID)
	}
	v, err := WithField(l, items.Index(at), x.Field, value)
	if err != nil {
		return err
	}
	items.Index(at).Set(v)
	list.Set(items)
	return nil
}

// WithField is a copy of an item of the list with one field, by JSON
// name, set to value (nil: empty).
func WithField(l *casefile.ItemList, item reflect.Value, name string, value json.RawMessage) (reflect.Value, error) {
	if l.ID < 0 {
		fs, err := splitObject(item.Bytes())
		if err != nil {
			return reflect.Value{}, err
		}
		key, _ := marshal(name)
		fs = slices.Clone(fs)
		if i := slices.IndexFunc(fs, func(f field) bool { return f.name == name }); i >= 0 {
			fs[i].value = value
		} else {
			fs = append(fs, field{name: name, key: key, value: value})
		}
		return reflect.ValueOf(json.RawMessage(buildObject(fs))), nil
	}
	fi := -1
	for i := range l.Elem.NumField() {
		if casefile.JSONName(l.Elem.Field(i)) == name {
			fi = i
		}
	}
	if fi < 0 {
		return reflect.Value{}, fmt.Errorf("a %s has no field %q", Singular(l.Name), name)
	}
	v, err := decode(l.Elem.Field(fi).Type, value)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("%s: %w", name, err)
	}
	out := reflect.New(l.Elem).Elem()
	out.Set(item)
	out.Field(fi).Set(v)
	return out, nil
}

// decode is a value of type t from JSON; nil is t's zero value.
func decode(t reflect.Type, value json.RawMessage) (reflect.Value, error) {
	p := reflect.New(t)
	if value == nil {
		return p.Elem(), nil
	}
	if t == rawMessageType {
		p.Elem().SetBytes(slices.Clone(value))
		return p.Elem(), nil
	}
	if err := json.Unmarshal(value, p.Interface()); err != nil {
		return reflect.Value{}, err
	}
	return p.Elem(), nil
}

var rawMessageType = reflect.TypeFor[json.RawMessage]()

func caseFieldIndex(name string) int {
	if !casefile.IsCaseField(name) {
		return -1
	}
	for i := range caseType.NumField() {
		if casefile.JSONName(caseType.Field(i)) == name {
			return i
		}
	}
	return -1
}

// Item is the item a conflict is about as the case holds it (a
// casefile.Statement, …, or for a kept object its json.RawMessage), with
// value set in the conflict's field: what an edit form opens with. ok is
// false when the case does not hold the item or the conflict is on the
// case's own fields.
func Item(c *casefile.Case, x casefile.Conflict, value json.RawMessage) (item any, ok bool, err error) {
	l := casefile.ItemListNamed(x.Kind)
	if l == nil {
		return nil, false, nil
	}
	at := slices.Index(l.IDs(c), x.ID)
	if at < 0 {
		return nil, false, nil
	}
	v := reflect.ValueOf(c).Elem().Field(l.Field).Index(at)
	if x.Field == "" {
		if value == nil {
			return nil, false, errors.New("that version has no such item")
		}
		if v, err = decode(l.Elem, value); err != nil {
			return nil, false, err
		}
		return v.Interface(), true, nil
	}
	if v, err = WithField(l, v, x.Field, value); err != nil {
		return nil, false, err
	}
	return v.Interface(), true, nil
}

// Current is the JSON of what a conflict is about as the case now holds
// it: the field (nil when empty), or the whole item (nil when the case
// does not hold it).
func Current(c *casefile.Case, x casefile.Conflict) json.RawMessage {
	if x.Kind == casefile.CaseKind {
		fs, err := ownFields(c, false)
		if err != nil {
			return nil
		}
		return lookup(fs, x.Field)
	}
	l := casefile.ItemListNamed(x.Kind)
	if l == nil {
		return nil
	}
	at := slices.Index(l.IDs(c), x.ID)
	if at < 0 {
		return nil
	}
	items := reflect.ValueOf(c).Elem().Field(l.Field)
	enc, err := encodeItems(items.Slice(at, at+1), l.ID < 0)
	if err != nil {
		return nil
	}
	if x.Field == "" {
		return enc[0]
	}
	fs, _ := splitObject(enc[0])
	return lookup(fs, x.Field)
}

// Names names the item of each of c's conflicts, as Name does, in
// order; an item the case no longer holds is named from theirs' version.
func Names(c *casefile.Case) []string {
	at := map[string]map[string]int{} // list -> id -> index, built as needed
	out := make([]string, len(c.Conflicts))
	for i, x := range c.Conflicts {
		out[i] = Name(casefile.CaseKind, nil)
		if x.Kind == casefile.CaseKind {
			continue
		}
		l := casefile.ItemListNamed(x.Kind)
		if l == nil {
			out[i] = fmt.Sprintf("%s “%s”", Singular(x.Kind), x.ID)
			continue
		}
		if at[l.Name] == nil {
			ids := l.IDs(c)
			m := make(map[string]int, len(ids))
			for j, id := range ids {
				m[id] = j
			}
			at[l.Name] = m
		}
		item := x.Theirs
		if j, ok := at[l.Name][x.ID]; ok {
			items := reflect.ValueOf(c).Elem().Field(l.Field)
			if enc, err := encodeItems(items.Slice(j, j+1), l.ID < 0); err == nil {
				item = enc[0]
			}
		}
		if item == nil {
			item = x.Ours
		}
		out[i] = Name(x.Kind, item)
	}
	return out
}

// Describe is a version in a conflict as people read it: text as itself,
// an object as its fields, a line each ("date.year: 2022"), other values
// as JSON, and none as "(none)".
func Describe(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 || v[0] != '{' {
		return Text(v)
	}
	var b strings.Builder
	fs, err := splitObject(v)
	if err != nil {
		return string(v)
	}
	for _, f := range fs {
		writeValue(&b, "", f.name, f.value)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// BothTexts is ours' text, BothMarker and theirs', as a note both sides
// changed holds them; ok is false unless both are text.
func BothTexts(ours, theirs json.RawMessage) (json.RawMessage, bool) { return bothTexts(ours, theirs) }
