package merge

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sync"

	"github.com/casefile/casefile/casefile"
)

// version is one version of a case, read for comparing: every item of
// every list encoded as JSON, by id, and the case's own fields.
type version struct {
	c     *casefile.Case
	lists []itemList // as casefile.ItemLists
	// own is the case's own fields (not its lists), as JSON, in order;
	// with conflicts, when withConflicts asked for them.
	own []field
}

// itemList is one list of a version. Its items are encoded as they are
// needed: most are the same in every version, which reflection tells
// sooner than encoding.
type itemList struct {
	items reflect.Value // the slice
	raw   bool          // the items are JSON objects kept verbatim
	ids   []string
	enc   [][]byte // each item's JSON, once encoded
	at    map[string]int
	err   error // the first encoding error
}

// encoded is item i's JSON.
func (l *itemList) encoded(i int) []byte {
	if l.enc[i] == nil {
		enc, err := encodeItems(l.items.Slice(i, i+1), l.raw)
		if err != nil {
			if l.err == nil {
				l.err = err
			}
			return []byte("null")
		}
		l.enc[i] = enc[0]
	}
	return l.enc[i]
}

// encodeAll encodes every item at once, for Diff and WriteText.
func (l *itemList) encodeAll() error {
	enc, err := encodeItems(l.items, l.raw)
	if err != nil {
		return err
	}
	l.enc = enc
	return nil
}

// json is the JSON of the item with the id, if the list has it.
func (l *itemList) json(id string) ([]byte, bool) {
	i, ok := l.at[id]
	if !ok {
		return nil, false
	}
	return l.encoded(i), true
}

// sameAs reports whether item i is item j of another version of the list.
func (l *itemList) sameAs(i int, other *itemList, j int) bool {
	a, b := l.items.Index(i), other.items.Index(j)
	if reflect.DeepEqual(a.Addr().Interface(), b.Addr().Interface()) {
		return true
	}
	return bytes.Equal(l.encoded(i), other.encoded(j))
}

var caseType = reflect.TypeFor[casefile.Case]()

// conflictsField is the index of Case.Conflicts.
var conflictsField = sync.OnceValue(func() int {
	for i := range caseType.NumField() {
		if casefile.JSONName(caseType.Field(i)) == "conflicts" {
			return i
		}
	}
	panic("casefile.Case has no conflicts field")
})

// read encodes every item of c. A nil c is an empty case (a file added on
// both sides has no ancestor).
func read(c *casefile.Case, withConflicts bool) (*version, error) {
	if c == nil {
		c = &casefile.Case{}
	}
	v := &version{c: c}
	cv := reflect.ValueOf(c).Elem()
	for _, l := range casefile.ItemLists() {
		items := cv.Field(l.Field)
		n := items.Len()
		il := itemList{items: items, raw: l.ID < 0, ids: make([]string, n), enc: make([][]byte, n), at: make(map[string]int, n)}
		for i := range il.ids {
			id := l.ItemID(items.Index(i))
			if _, dup := il.at[id]; dup || id == "" {
				return nil, fmt.Errorf("%s: the id %q is not unique; the case is not valid", l.Name, id)
			}
			il.ids[i], il.at[id] = id, i
		}
		v.lists = append(v.lists, il)
	}
	var err error
	v.own, err = ownFields(c, withConflicts)
	return v, err
}

// encodeItems encodes each element of a list into one buffer, compactly
// and without HTML escapes (as a case file holds it).
func encodeItems(items reflect.Value, raw bool) ([][]byte, error) {
	n := items.Len()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	ends := make([]int, n)
	for i := range n {
		item := items.Index(i)
		if raw {
			if err := json.Compact(&buf, item.Bytes()); err != nil {
				return nil, err
			}
		} else {
			if err := enc.Encode(item.Addr().Interface()); err != nil {
				return nil, err
			}
			buf.Truncate(buf.Len() - 1) // the encoder's newline
		}
		ends[i] = buf.Len()
	}
	data := buf.Bytes()
	out := make([][]byte, n)
	start := 0
	for i, end := range ends {
		out[i] = data[start:end:end]
		start = end
	}
	return out, nil
}

// ownFields is the case's own fields as JSON: the case encoded without its
// lists (and, unless withConflicts, without its conflicts).
func ownFields(c *casefile.Case, withConflicts bool) ([]field, error) {
	cp := reflect.New(caseType).Elem()
	cp.Set(reflect.ValueOf(c).Elem())
	skip := map[string]bool{}
	for _, l := range casefile.ItemLists() {
		cp.Field(l.Field).SetZero()
		skip[l.Name] = true
	}
	if !withConflicts {
		cp.Field(conflictsField()).SetZero()
		skip["conflicts"] = true
	}
	data, err := marshal(cp.Addr().Interface())
	if err != nil {
		return nil, err
	}
	fs, err := splitObject(data)
	if err != nil {
		return nil, err
	}
	out := fs[:0]
	for _, f := range fs {
		if !skip[f.name] {
			out = append(out, f)
		}
	}
	return out, nil
}

// marshal is json.Marshal without HTML escapes and trailing newline.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
