package stix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Casefile's extension holds, for the item an object stands for, every
// field of the item but those the object's standard properties hold
// exactly (an actor's name and description, a statement's quote, a note's
// body), as the item's own JSON in the case file: a field added to an item
// later is carried with no change here. Import reads it back into the item
// and takes the rest from the standard properties, so an exported case
// imports back identical.

// extField is a field of an item that the extension carries.
type extField struct {
	index int
	name  string // its JSON name
	key   []byte // `"name":`, as the object writes it
	kind  fieldKind
}

// fieldKind says how writeItem writes a field, found once for each.
type fieldKind int

const (
	fieldOther   fieldKind = iota // by encoding/json
	fieldString                   // text
	fieldBool                     // true, or left out
	fieldInt                      // a whole number
	fieldStrings                  // a list of text
	fieldDate                     // the hand encoders of fastenc.go
	fieldGrading
	fieldCitation
)

// kindOf is how a field of type t is written.
func kindOf(t reflect.Type) fieldKind {
	switch {
	case t == reflect.TypeFor[casefile.Date]() && dateFast:
		return fieldDate
	case t == reflect.TypeFor[casefile.Grading]() && gradingFast:
		return fieldGrading
	case t == reflect.TypeFor[casefile.Citation]() && citationFast:
		return fieldCitation
	}
	switch t.Kind() {
	case reflect.String:
		return fieldString
	case reflect.Bool:
		return fieldBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fieldInt
	case reflect.Slice:
		if t.Elem().Kind() == reflect.String {
			return fieldStrings
		}
	}
	return fieldOther
}

// extFieldsOf lists t's JSON fields but those named in standard, which
// must all be fields of t: a field renamed in casefile fails at start-up,
// and so in every test, rather than being dropped.
func extFieldsOf(t reflect.Type, standard ...string) []extField {
	skip := map[string]bool{}
	for _, s := range standard {
		skip[s] = true
	}
	var fields []extField
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if skip[name] {
			delete(skip, name)
			continue
		}
		fields = append(fields, extField{index: i, name: name, key: []byte(`"` + name + `":`), kind: kindOf(f.Type)})
	}
	if len(skip) > 0 {
		panic(fmt.Sprintf("stix: %s has no JSON fields %v, which the STIX mapping puts in standard properties", t, skip))
	}
	return fields
}

// The fields of each kind that the extension carries, and the kind's name
// in the extension.
var (
	caseFields = extFieldsOf(reflect.TypeFor[casefile.Case](),
		"title", "summary", "marking", "actors", "relations", "statements", "events", "notes", "kept")
	actorFields     = extFieldsOf(reflect.TypeFor[casefile.Actor](), "name", "description")
	relationFields  = extFieldsOf(reflect.TypeFor[casefile.Relation]())
	statementFields = extFieldsOf(reflect.TypeFor[casefile.Statement](), "quote")
	eventFields     = extFieldsOf(reflect.TypeFor[casefile.Event]())
	noteFields      = extFieldsOf(reflect.TypeFor[casefile.Note](), "body")
)

// Names of the extension's entries, one per object, saying what it stands
// for. partOf marks the objects that an item needs more than one of (a
// state's country location and the relationship to it; the analyst's
// identity): they import as nothing of their own.
const (
	extCase      = "case"
	extActor     = "actor"
	extRelation  = "relation"
	extStatement = "statement"
	extEvent     = "event"
	extNote      = "note"
	extPartOf    = "part_of"
	// extKept lists, on the report, the objects the case keeps verbatim,
	// which an import keeps again whatever they are; extKeptUnmarked
	// those of them the export marked with the case's marking, which they
	// take in the case.
	extKept         = "kept"
	extKeptUnmarked = "kept_unmarked"
)

// extEncoder encodes the values of fields that are not plain text or
// numbers, with encoding/json's rules but no HTML escaping, as the case
// file does.
type extEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
	// seen holds the encodings of small values of comparable types
	// (gradings, citations), which repeat across a case's items.
	seen map[any][]byte
}

// maxSeen bounds the encodings an encoder keeps.
const maxSeen = 1 << 14

func newExtEncoder() *extEncoder {
	e := &extEncoder{seen: map[any][]byte{}}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

// writeItem writes the extension's entry for an item: its kind, then its
// fields but those left out, each unless it is its type's zero value (an
// empty list that is not nil is kept, as the case file keeps it).
func (x *extEncoder) writeItem(w *jsonWriter, kind string, v reflect.Value, fields []extField) error {
	w.key(kind)
	w.open('{')
	for _, f := range fields {
		fv := v.Field(f.index)
		var err error
		switch f.kind {
		case fieldString:
			if s := fv.String(); s != "" {
				w.fieldKey(f.key)
				w.str(s)
			}
		case fieldBool:
			if fv.Bool() {
				w.fieldKey(f.key)
				w.b, w.comma = append(w.b, "true"...), true
			}
		case fieldInt:
			if n := fv.Int(); n != 0 {
				w.fieldKey(f.key)
				w.b, w.comma = strconv.AppendInt(w.b, n, 10), true
			}
		case fieldStrings:
			if !fv.IsNil() {
				w.fieldKey(f.key)
				w.open('[')
				for i := range fv.Len() {
					w.str(fv.Index(i).String())
				}
				w.close(']')
			}
		case fieldDate, fieldGrading, fieldCitation:
			if writeFast(w, f, fv) {
				break
			}
			fallthrough
		default:
			if !fv.IsZero() {
				var enc []byte
				if enc, err = x.encode(fv); err == nil {
					w.fieldKey(f.key)
					w.raw(enc)
				}
			}
		}
		if err != nil {
			return fmt.Errorf("%s's %s: %w", kind, f.name, err)
		}
	}
	w.close('}')
	return nil
}

// writeFast writes a field of a type fastenc.go encodes by hand, unless
// it is zero; false when it cannot (the field is not addressable).
func writeFast(w *jsonWriter, f extField, fv reflect.Value) bool {
	if !fv.CanAddr() {
		return false
	}
	switch f.kind {
	case fieldDate:
		return writeAs(w, f.key, fv, appendDate)
	case fieldGrading:
		return writeAs(w, f.key, fv, appendGrading)
	}
	return writeAs(w, f.key, fv, appendCitation)
}

func writeAs[T comparable](w *jsonWriter, key []byte, fv reflect.Value, appendT func([]byte, T) []byte) bool {
	p, ok := reflect.TypeAssert[*T](fv.Addr())
	if ok && *p != *new(T) {
		w.fieldKey(key)
		w.b, w.comma = appendT(w.b, *p), true
	}
	return ok
}

// encode is a value's JSON, remembered when its type is comparable.
func (x *extEncoder) encode(v reflect.Value) ([]byte, error) {
	val := v.Interface()
	// Small values (gradings, citations) repeat; dates rarely do.
	comparable := v.Type().Comparable() && v.Kind() == reflect.Struct && v.Type().Size() <= 48
	if comparable {
		if enc, ok := x.seen[val]; ok {
			return enc, nil
		}
	}
	x.buf.Reset()
	if err := x.enc.Encode(val); err != nil {
		return nil, err
	}
	enc := bytes.TrimSuffix(x.buf.Bytes(), []byte("\n"))
	if comparable && len(x.seen) < maxSeen {
		enc = bytes.Clone(enc)
		x.seen[val] = enc
	}
	return enc, nil
}

// writeExtension writes an object's extensions property holding Casefile's
// entry for the item v of the kind given.
func (x *extEncoder) writeExtension(w *jsonWriter, kind string, v reflect.Value, fields []extField, more func()) error {
	w.key("extensions")
	w.open('{')
	err := x.writeEntry(w, kind, v, fields, more)
	w.close('}')
	return err
}

// writeEntry writes Casefile's entry of an extensions property, for an
// object whose extensions hold others too.
func (x *extEncoder) writeEntry(w *jsonWriter, kind string, v reflect.Value, fields []extField, more func()) error {
	w.key(extensionID)
	w.open('{')
	w.plainField("extension_type", "property-extension")
	if err := x.writeItem(w, kind, v, fields); err != nil {
		return err
	}
	if more != nil {
		more()
	}
	w.close('}')
	return nil
}

// writePartOf writes the extensions property of an object that belongs to
// the item id, and to nothing of its own.
func writePartOf(w *jsonWriter, id, what string) {
	w.key("extensions")
	w.open('{')
	w.key(extensionID)
	w.open('{')
	w.strField("extension_type", "property-extension")
	w.key(extPartOf)
	w.open('{')
	w.strField("id", id)
	w.strField("as", what)
	w.close('}')
	w.close('}')
	w.close('}')
}
