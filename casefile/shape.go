package casefile

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// The shape walk is the slow path of loading, taken only for a file that
// did not load: encoding/json stops at the first value of the wrong kind or
// unknown field, so a case written by hand would take one run per mistake.
// The walk reads the JSON token by token against the Go types the decoder
// fills (struct tags, slices, maps, Unmarshalers such as time.Time) and
// notes every mistake with its place, which values to drop so that the rest
// decodes, and where each item and field is, to place the problems
// Validate then finds.

// shapeProblem is a value of the wrong kind or an unknown field.
type shapeProblem struct {
	offset  int
	place   *itemPlace // the item it is in; nil at the file's top level
	field   string     // the item's field it is in; "" for the item itself
	path    string     // "case.sources[2].date"
	message string     // starts with the path
	unknown bool       // an unknown field
}

// itemPlace is where an item, or the case, is in the file.
type itemPlace struct {
	kind    string // "case", "source", "actor", …
	index   int    // in its list in the file
	path    string // "case.actors[3]"
	start   int    // offset of its value
	id      string // as the file has it, when it is text
	label   string // `actor "Edi Rama"`, once the case has decoded
	fields  []fieldAt
	damaged []string // fields with a shape problem; "" for the item itself
}

type fieldAt struct {
	name   string
	offset int // of the value
}

func (p *itemPlace) fieldOffset(name string) int {
	for i := len(p.fields) - 1; i >= 0; i-- { // the decoder keeps the last of a repeated key
		if p.fields[i].name == name {
			return p.fields[i].offset
		}
	}
	return p.start
}

func (p *itemPlace) isDamaged(field string) bool {
	for _, d := range p.damaged {
		if d == "" || d == field {
			return true
		}
	}
	return false
}

// span is a value to replace with null, which every field takes as "none".
type span struct{ start, end int }

type pathSeg struct {
	name  string
	index int // for a list element; -1 otherwise
}

type shapeWalker struct {
	data  []byte
	sc    jsonScan
	path  []pathSeg
	place *itemPlace // the item being walked
	field string     // the field of it being walked

	found []shapeProblem
	bad   []span
	items []*itemPlace // the case, then every item, in file order
}

// walkShape walks a file's JSON, which encoding/json has found to be
// syntactically valid, against the file type.
func walkShape(data []byte) *shapeWalker {
	w := &shapeWalker{data: data, sc: jsonScan{data: data}}
	w.value(reflect.TypeFor[file]())
	return w
}

// end is the offset just after the last token read.
func (w *shapeWalker) end() int { return w.sc.pos }

// value walks one value that should fit t (nil: any value, unchecked). It
// returns the value's first token, for the caller to read an item's id.
func (w *shapeWalker) value(t reflect.Type) jsonTok {
	tok := w.sc.next()
	if t == nil {
		w.sc.skip(tok)
		return tok
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	// An item is noted even when it is null (it decodes as an empty
	// item, which Validate reports) so that its problems can be placed.
	own := placeKinds[t] != ""
	if own {
		outer, outerField := w.place, w.field
		index := -1
		if n := len(w.path); n > 0 {
			index = w.path[n-1].index
		}
		w.place = &itemPlace{kind: placeKinds[t], index: index, path: w.pathString(), start: tok.start}
		w.field = ""
		w.items = append(w.items, w.place)
		defer func() { w.place, w.field = outer, outerField }()
	}
	if tok.kind == 'n' { // null leaves any field as it was
		return tok
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		w.sc.skip(tok)
		v := reflect.New(t).Interface().(json.Unmarshaler)
		if err := v.UnmarshalJSON(w.data[tok.start:w.end()]); err != nil {
			w.wrong(tok.start, t, w.foundAsText(tok))
		}
		return tok
	}
	k := t.Kind()
	switch tok.kind {
	case '{':
		switch k {
		case reflect.Struct:
			w.object(t, own)
			return tok
		case reflect.Map:
			w.mapValues(t.Elem())
			return tok
		}
	case '[':
		if k == reflect.Slice || k == reflect.Array {
			w.list(t.Elem())
			return tok
		}
	case '"':
		if k == reflect.String {
			return tok
		}
	case 't', 'f':
		if k == reflect.Bool {
			return tok
		}
	case '0':
		n := string(w.sc.raw(tok))
		if fitsNumber(t, n) {
			return tok
		}
		if isNumberKind(k) {
			w.wrong(tok.start, t, "the number "+n)
			return tok
		}
	}
	w.sc.skip(tok)
	if k != reflect.Interface { // which takes any value
		w.wrong(tok.start, t, foundOf(tok))
	}
	return tok
}

// object walks an object's fields against struct t. own says the object is
// the item's (or the case's) own, whose fields are noted.
func (w *shapeWalker) object(t reflect.Type, own bool) {
	fields := shapeOf(t)
	for w.sc.more() {
		key := w.sc.next()
		name := w.sc.data[key.start+1 : key.end-1]
		if bytes.IndexByte(name, '\\') >= 0 {
			name = []byte(w.sc.text(key)) // as the decoder matches it
		}
		f := fields.lookup(name)
		if f == nil {
			w.unknownField(key.start, w.sc.text(key), fields, own)
			w.value(nil)
			continue
		}
		w.path = append(w.path, pathSeg{name: f.name, index: -1})
		if own {
			w.field = f.name
			w.sc.skipSpace()
			w.place.fields = append(w.place.fields, fieldAt{f.name, w.sc.pos})
		}
		v := w.value(f.typ)
		if own && f.name == "id" && v.kind == '"' {
			w.place.id = w.sc.text(v)
		}
		w.path = w.path[:len(w.path)-1]
	}
	if own {
		w.field = ""
	}
	w.sc.next() // }
}

func (w *shapeWalker) mapValues(elem reflect.Type) {
	for w.sc.more() {
		key := w.sc.text(w.sc.next())
		w.path = append(w.path, pathSeg{name: key, index: -1})
		w.value(elem)
		w.path = w.path[:len(w.path)-1]
	}
	w.sc.next() // }
}

func (w *shapeWalker) list(elem reflect.Type) {
	for i := 0; w.sc.more(); i++ {
		w.path = append(w.path, pathSeg{index: i})
		w.value(elem)
		w.path = w.path[:len(w.path)-1]
	}
	w.sc.next() // ]
}

// wrong notes a value of the wrong kind, found, where t belongs, and that
// it is to be dropped.
func (w *shapeWalker) wrong(start int, t reflect.Type, found string) {
	path := w.pathString()
	name := ""
	if n := len(w.path); n > 0 {
		name = w.path[n-1].name
	}
	msg := w.subject(path) + " holds " + found + " where " + wantOf(t) + " belongs"
	if ex := exampleOf(t, name); ex != "" {
		msg += ", e.g. " + ex
	}
	w.bad = append(w.bad, span{start, w.end()})
	w.add(shapeProblem{offset: start, field: w.field, path: path, message: msg})
	if w.place != nil {
		w.place.damaged = append(w.place.damaged, w.field)
	}
}

func (w *shapeWalker) unknownField(at int, key string, fields *shapeStruct, own bool) {
	path := w.pathString()
	msg := w.subject(path) + " has an unknown field " + strconv.Quote(key)
	field := w.field
	if own {
		field = key
	}
	if near := fields.nearest(key); near != "" {
		msg += " (did you mean " + strconv.Quote(near) + "?)"
		// The field meant is then missing or incomplete: that is this
		// mistake, not another one to report.
		if w.place != nil {
			if own {
				w.place.damaged = append(w.place.damaged, near)
			} else {
				w.place.damaged = append(w.place.damaged, w.field)
			}
		}
	}
	w.add(shapeProblem{offset: at, field: field, path: path, message: msg, unknown: true})
}

func (w *shapeWalker) add(p shapeProblem) {
	p.place = w.place
	w.found = append(w.found, p)
}

// subject is how a message names the value at path: by the whole path
// in an item ("case.sources[2].date", its index beside the item's name),
// but as Validate does on the case itself ("title", not "case.title").
func (w *shapeWalker) subject(path string) string {
	switch {
	case path == "":
		return "the file"
	case path == "case":
		return "the case"
	case w.place != nil && w.place.kind == "case":
		return strings.TrimPrefix(path, "case.")
	}
	return path
}

// pathString is the path walked to, "case.sources[2].date".
func (w *shapeWalker) pathString() string {
	var b strings.Builder
	for _, s := range w.path {
		if s.index >= 0 {
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.name)
	}
	return b.String()
}

// nullify is data with every bad span replaced by null.
func nullify(data []byte, bad []span) []byte {
	out := make([]byte, 0, len(data))
	prev := 0
	for _, s := range bad {
		out = append(out, data[prev:s.start]...)
		out = append(out, "null"...)
		prev = s.end
	}
	return append(out, data[prev:]...)
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

func isNumberKind(k reflect.Kind) bool {
	return reflect.Int <= k && k <= reflect.Float64
}

// fitsNumber reports whether encoding/json would store the number n in a
// value of type t.
func fitsNumber(t reflect.Type, n string) bool {
	var err error
	switch k := t.Kind(); {
	case k == reflect.Interface:
	case reflect.Int <= k && k <= reflect.Int64:
		_, err = strconv.ParseInt(n, 10, t.Bits())
	case reflect.Uint <= k && k <= reflect.Uintptr:
		_, err = strconv.ParseUint(n, 10, t.Bits())
	case k == reflect.Float32 || k == reflect.Float64:
		_, err = strconv.ParseFloat(n, t.Bits())
	default:
		return false
	}
	return err == nil
}

// foundOf words the JSON value a token starts.
func foundOf(tok jsonTok) string {
	switch tok.kind {
	case '[':
		return "a list"
	case '{':
		return "an object"
	case '"':
		return "text"
	case 't':
		return "true"
	case 'f':
		return "false"
	case '0':
		return "a number"
	}
	return "a value"
}

// foundAsText is foundOf, but shows text itself (shortened), for a value
// whose text is wrong rather than its kind: a time not in RFC 3339 form.
func (w *shapeWalker) foundAsText(tok jsonTok) string {
	if tok.kind != '"' {
		return foundOf(tok)
	}
	s := w.sc.text(tok)
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40]) + "…"
	}
	return strconv.Quote(s)
}
