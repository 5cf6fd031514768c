package stix

import (
	"bytes"

	"github.com/casefile/casefile/casefile"
)

// A kept object without a TLP marking is exported marked with the case's,
// and imported back without it, byte for byte: the marking goes first in
// an object without object_marking_refs, and last in the list of one with
// them (a marking definition of another kind, say), the rest untouched.

// markKept is a compact kept object marked with m besides its markings.
func markKept(raw []byte, m casefile.Marking) []byte {
	id := casefile.TLPMarkingID(m)
	if id == "" || len(raw) < 2 || raw[0] != '{' {
		return raw
	}
	start, end, ok := markingList(raw)
	if !ok {
		return casefile.KeptWithMarking(raw, m) // no list, or not one it can read: first in the object
	}
	out := make([]byte, 0, len(raw)+len(id)+3)
	out = append(out, raw[:end]...)
	if end > start+1 {
		out = append(out, ',')
	}
	out = append(out, '"')
	out = append(out, id...)
	out = append(out, '"')
	return append(out, raw[end:]...)
}

// unmarkKept is the compact kept object markKept marked, as it was.
func unmarkKept(raw []byte) []byte {
	const prefix = `{"object_marking_refs":["`
	if rest, ok := bytes.CutPrefix(raw, []byte(prefix)); ok {
		if end := bytes.Index(rest, []byte(`"]`)); end > 0 && casefile.IsTLP2MarkingID(string(rest[:end])) {
			rest = rest[end+2:]
			if len(rest) > 0 && rest[0] == ',' {
				rest = rest[1:]
			}
			return append([]byte("{"), rest...)
		}
	}
	start, end, ok := markingList(raw)
	if !ok || raw[end-1] != '"' {
		return raw
	}
	q := bytes.LastIndexByte(raw[:end-1], '"') // the opening quote of the last id
	if q <= start || !casefile.IsTLP2MarkingID(string(raw[q+1:end-1])) {
		return raw
	}
	cut := q
	switch {
	case raw[q-1] == ',':
		cut = q - 1
	case q != start+1:
		return raw
	}
	return append(raw[:cut:cut], raw[end:]...)
}

// markingList finds the top-level object_marking_refs list of a compact
// object: start is its '[' and end its ']'; false when it has none, or one
// that is not a plain list of ids.
func markingList(raw []byte) (start, end int, ok bool) {
	jp := jsonParser{data: raw}
	found := false
	err := jp.object(func(key []byte) error {
		if string(key) != "object_marking_refs" || found {
			return jp.skip()
		}
		found = true
		jp.space()
		start = jp.pos
		var ids []string
		if err := jp.strs(&ids, jp.str); err != nil {
			return err
		}
		end = jp.pos - 1
		return nil
	})
	if err != nil || !found || raw[start] != '[' || raw[end] != ']' {
		return 0, 0, false
	}
	return start, end, true
}
