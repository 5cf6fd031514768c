package merge

import (
	"bytes"
	"encoding/json"
	"errors"
	"time"
)

// field is one field of a JSON object: its name and its value, compact.
type field struct {
	name  string
	key   []byte // the name as the JSON has it, quoted
	value json.RawMessage
}

// splitObject reads a JSON object's fields, in order.
func splitObject(data []byte) ([]field, error) {
	if len(data) == 0 {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New("not a JSON object")
	}
	var out []field
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		name, _ := tok.(string)
		key, err := marshal(name)
		if err != nil {
			return nil, err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		var c bytes.Buffer
		if err := json.Compact(&c, v); err != nil {
			return nil, err
		}
		out = append(out, field{name: name, key: key, value: c.Bytes()})
	}
	return out, nil
}

// lookup is the value of the field of that name, or nil.
func lookup(fs []field, name string) json.RawMessage {
	for _, f := range fs {
		if f.name == name {
			return f.value
		}
	}
	return nil
}

// buildObject writes fields as a JSON object; fields without a value are
// left out.
func buildObject(fs []field) []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	for _, f := range fs {
		if f.value == nil {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.Write(f.key)
		b.WriteByte(':')
		b.Write(f.value)
	}
	b.WriteByte('}')
	return b.Bytes()
}

// same reports whether two values are the same; an absent value is only
// the same as another absent one.
func same(a, b []byte) bool { return bytes.Equal(a, b) && (a == nil) == (b == nil) }

// later is the later of two times, for a "modified" field both sides set;
// ok is false when either is not a time.
func later(ours, theirs json.RawMessage) (json.RawMessage, bool) {
	var o, t time.Time
	if json.Unmarshal(ours, &o) != nil || json.Unmarshal(theirs, &t) != nil {
		return nil, false
	}
	if t.After(o) {
		return theirs, true
	}
	return ours, true
}

// mergeLists merges a field that is a list both sides changed: a list of
// text or numbers as a set (what theirs removed goes, what it added
// comes, after ours'), a list of objects only when both sides kept the
// ancestor's list and added to its end (theirs' additions after ours').
// ok is false when the lists cannot be merged so.
func mergeLists(base, ours, theirs json.RawMessage) (json.RawMessage, bool) {
	b, okB := elements(base)
	o, okO := elements(ours)
	t, okT := elements(theirs)
	if !okB || !okO || !okT {
		return nil, false
	}
	var out []json.RawMessage
	if allScalars(b) && allScalars(o) && allScalars(t) {
		if hasDuplicates(b) || hasDuplicates(o) || hasDuplicates(t) {
			return nil, false
		}
		for _, x := range o {
			if !contains(b, x) || contains(t, x) {
				out = append(out, x)
			}
		}
		for _, x := range t {
			if !contains(b, x) && !contains(o, x) {
				out = append(out, x)
			}
		}
	} else {
		if !hasPrefix(o, b) || !hasPrefix(t, b) {
			return nil, false
		}
		out = append(out, o...)
		for _, x := range t[len(b):] {
			if !contains(o[len(b):], x) {
				out = append(out, x)
			}
		}
	}
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, x := range out {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.Write(x)
	}
	buf.WriteByte(']')
	return buf.Bytes(), true
}

// elements reads a JSON list; absent and null are the empty list.
func elements(v json.RawMessage) ([]json.RawMessage, bool) {
	if v == nil || string(v) == "null" {
		return nil, true
	}
	if len(v) == 0 || v[0] != '[' {
		return nil, false
	}
	var out []json.RawMessage
	if json.Unmarshal(v, &out) != nil {
		return nil, false
	}
	return out, true
}

func allScalars(xs []json.RawMessage) bool {
	for _, x := range xs {
		if len(x) == 0 || x[0] == '{' || x[0] == '[' {
			return false
		}
	}
	return true
}

func contains(xs []json.RawMessage, x json.RawMessage) bool {
	for _, y := range xs {
		if bytes.Equal(x, y) {
			return true
		}
	}
	return false
}

func hasDuplicates(xs []json.RawMessage) bool {
	for i, x := range xs {
		if contains(xs[:i], x) {
			return true
		}
	}
	return false
}

func hasPrefix(xs, prefix []json.RawMessage) bool {
	if len(prefix) > len(xs) {
		return false
	}
	for i := range prefix {
		if !bytes.Equal(xs[i], prefix[i]) {
			return false
		}
	}
	return true
}

// BothMarker separates the two texts of a note both sides changed: ours
// comes before it, theirs after.
const BothMarker = "\n\n---\n\n*Merge conflict: both analysts changed this note. Above is this version; below, the other analyst's. " +
	"Combine them, then resolve the conflict on the Conflicts screen.*\n\n"

// bothTexts is ours' text, BothMarker and theirs', as JSON; ok is false
// when either is not text.
func bothTexts(ours, theirs json.RawMessage) (json.RawMessage, bool) {
	var o, t string
	if json.Unmarshal(ours, &o) != nil || json.Unmarshal(theirs, &t) != nil {
		return nil, false
	}
	v, err := marshal(o + BothMarker + t)
	return v, err == nil
}
