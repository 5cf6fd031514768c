package casefile

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"time"
)

// What the shape walk knows of the Go types: their fields by JSON name,
// which of them are items, and how to say what belongs in each.

// shapeStruct is a struct's fields by their JSON names.
type shapeStruct struct {
	fields []shapeField
	byName map[string]*shapeField
}

type shapeField struct {
	name  string
	index int // in the struct
	typ   reflect.Type
}

var shapes sync.Map // reflect.Type -> *shapeStruct

func shapeOf(t reflect.Type) *shapeStruct {
	if s, ok := shapes.Load(t); ok {
		return s.(*shapeStruct)
	}
	s := &shapeStruct{byName: map[string]*shapeField{}}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		s.fields = append(s.fields, shapeField{name, i, f.Type})
	}
	for i := range s.fields {
		s.byName[s.fields[i].name] = &s.fields[i]
	}
	shapes.Store(t, s)
	return s
}

// lookup finds a key's field as encoding/json does: by exact name, else
// ignoring case.
func (s *shapeStruct) lookup(key []byte) *shapeField {
	if f := s.byName[string(key)]; f != nil {
		return f
	}
	for i := range s.fields {
		if bytes.EqualFold([]byte(s.fields[i].name), key) {
			return &s.fields[i]
		}
	}
	return nil
}

// nearest is the field an unknown key was most likely meant to be: one or
// two letters off (a swap counts as one), or "".
func (s *shapeStruct) nearest(key string) string {
	best, bestD := "", 3
	if len(key) <= 4 {
		bestD = 2 // "to" is one letter from too many keys to guess further
	}
	for _, f := range s.fields {
		if d := editDistance(strings.ToLower(key), f.name); d < bestD {
			best, bestD = f.name, d
		}
	}
	return best
}

// editDistance counts the insertions, deletions, substitutions and swaps
// of neighbours that turn a into b.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// itemList is one of Case's lists of items: a slice field of a struct with
// an id. They are found in the type, so that a kind added to Case is walked
// without more code here.
type itemList struct {
	field        int    // in Case
	kind, plural string // "actor", "actors"
	elem         reflect.Type
}

var (
	caseType  = reflect.TypeFor[Case]()
	itemLists = func() []itemList {
		var lists []itemList
		for _, f := range shapeOf(caseType).fields {
			if f.typ.Kind() == reflect.Slice && f.typ.Elem().Kind() == reflect.Struct && shapeOf(f.typ.Elem()).byName["id"] != nil {
				lists = append(lists, itemList{f.index, strings.ToLower(f.typ.Elem().Name()), f.name, f.typ.Elem()})
			}
		}
		return lists
	}()
	// placeKinds names the types whose values the walk notes the place
	// of: the case and its items.
	placeKinds = func() map[reflect.Type]string {
		m := map[reflect.Type]string{caseType: "case"}
		for _, l := range itemLists {
			m[l.elem] = l.kind
		}
		return m
	}()
)

// shapeHint says what belongs in a value of a type: what and an example.
type shapeHint struct{ want, example string }

var shapeHints = map[reflect.Type]shapeHint{
	reflect.TypeFor[Date]():         {"a date object", `{"year": 2022, "month": 9}`},
	reflect.TypeFor[RangeEnd]():     {"a range end object", `{"year": 2022, "month": 9}`},
	reflect.TypeFor[[]DateClaim]():  {"a list of dates claimed", `[{"date": {"year": 2022, "month": 8, "day": 20}, "source": "src-n1"}]`},
	reflect.TypeFor[Grading]():      {"a grading object", `{"reliability": "B", "credibility": 2}`},
	reflect.TypeFor[Target]():       {"a target object", `{"kind": "actor", "id": "rama"}`},
	reflect.TypeFor[Citation]():     {"a citation object", `{"source": "src-pm", "locator": "para. 3"}`},
	reflect.TypeFor[[]Citation]():   {"a list of citations", `[{"source": "src-pm"}]`},
	reflect.TypeFor[time.Time]():    {"an RFC 3339 time", `"2022-09-07T09:00:00Z"`},
	reflect.TypeFor[Marking]():      {"text", `"TLP:AMBER"`},
	reflect.TypeFor[ActorKind]():    {"text", `"person"`},
	reflect.TypeFor[RelationType](): {"text", `"leads"`},
	reflect.TypeFor[Reliability]():  {"text", `"B"`},
	reflect.TypeFor[Credibility]():  {"a whole number", "2"},
	reflect.TypeFor[Qualifier]():    {"text", `"about"`},
	reflect.TypeFor[TargetKind]():   {"text", `"actor"`},
}

// fieldExamples are examples for plain numbers and lists of text, which
// say little by their type.
var fieldExamples = map[string]string{
	"year": "2022", "month": "9", "day": "7",
	"addressees": `["alb", "irn"]`, "actors": `["alb", "irn"]`, "tags": `["cyber", "diplomacy"]`, "aliases": `["Rama"]`,
}

// wantOf says what belongs in a value of type t: "a date object".
func wantOf(t reflect.Type) string {
	if h, ok := shapeHints[t]; ok {
		return h.want
	}
	if kind := placeKinds[t]; kind != "" {
		return article(kind) + " " + kind + " object"
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		if kind := placeKinds[t.Elem()]; kind != "" && kind != "case" {
			return "a list of " + kind + "s"
		}
		if t.Elem().Kind() == reflect.String {
			return "a list of text"
		}
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return jsonKind(t)
}

// exampleOf is an example of what belongs in field, of type t, or "".
func exampleOf(t reflect.Type, field string) string {
	if h, ok := shapeHints[t]; ok {
		return h.example
	}
	switch t.Kind() {
	case reflect.Int, reflect.Slice:
		if t.Kind() == reflect.Int || t.Elem().Kind() == reflect.String {
			return fieldExamples[field]
		}
	}
	return ""
}

func article(word string) string {
	if strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
