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
		fields = append(fields, extField{i, name})
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
		if fv.IsZero() {
			continue
		}
		w.key(f.name)
		switch fv.Kind() {
		case reflect.String:
			w.str(fv.String())
		case reflect.Bool:
			w.raw([]byte("true"))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			w.raw(strconv.AppendInt(nil, fv.Int(), 10))
		case reflect.Slice:
			if fv.Type().Elem().Kind() == reflect.String {
				w.open('[')
				for i := range fv.Len() {
					w.str(fv.Index(i).String())
				}
				w.close(']')
				continue
			}
			fallthrough
		default:
			if b, ok := appendFast(w.b, fv); ok {
				w.b, w.comma = b, true
				continue
			}
			enc, err := x.encode(fv)
			if err != nil {
				return fmt.Errorf("%s's %s: %w", kind, f.name, err)
			}
			w.raw(enc)
		}
	}
	w.close('}')
	return nil
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
