package casefile

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sync"
)

// knownKeys reports whether every key of every object in data names a
// field of the struct the object decodes into, as json.Decoder's
// DisallowUnknownFields checks. data must be JSON that json.Unmarshal has
// just decoded into a file without error.
//
// It lets a load decode with json.Unmarshal, which reads the bytes where
// they are, rather than with a json.Decoder, which copies them into a
// buffer it grows as it reads: for a case whose sources hold their full
// text that copy and its allocations cost an eighth of the load. The
// check reads only the keys and the structure; strings, which are most of
// a case's bytes, it passes over with bytes.IndexByte.
func knownKeys(data []byte) bool {
	k := keyScan{data: data}
	return k.value(fileKeys())
}

// keyNode is what the check knows of a Go type: the fields of a struct,
// the element of a list or map, or nothing (nil), when any value will
// do: strings, numbers, and types that decode themselves.
type keyNode struct {
	fields map[string]*keyNode // a struct's, by JSON name
	names  []string            // the same names, for matching case aside
	elem   *keyNode            // a list's or map's element
	isMap  bool
}

var fileKeys = sync.OnceValue(func() *keyNode {
	return keyNodeOf(reflect.TypeFor[file](), map[reflect.Type]*keyNode{})
})

func keyNodeOf(t reflect.Type, seen map[reflect.Type]*keyNode) *keyNode {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		return nil // it checks its own JSON, as the decoder lets it
	}
	if n, ok := seen[t]; ok {
		return n
	}
	switch t.Kind() {
	case reflect.Struct:
		n := &keyNode{fields: map[string]*keyNode{}}
		seen[t] = n
		for _, f := range shapeOf(t).fields {
			n.fields[f.name] = keyNodeOf(f.typ, seen)
			n.names = append(n.names, f.name)
		}
		return n
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return nil // []byte is a base64 string
		}
		n := &keyNode{}
		seen[t] = n
		n.elem = keyNodeOf(t.Elem(), seen)
		return n
	case reflect.Map:
		n := &keyNode{isMap: true}
		seen[t] = n
		n.elem = keyNodeOf(t.Elem(), seen)
		return n
	}
	return nil
}

// field finds a key's node as encoding/json matches keys: by exact name,
// else ignoring case.
func (n *keyNode) field(key []byte) (*keyNode, bool) {
	if f, ok := n.fields[string(key)]; ok {
		return f, true
	}
	for _, name := range n.names {
		if bytes.EqualFold([]byte(name), key) {
			return n.fields[name], true
		}
	}
	return nil, false
}

// keyScan reads valid JSON for knownKeys.
type keyScan struct {
	data []byte
	pos  int
}

func (k *keyScan) space() {
	// Outside strings, valid JSON has no byte up to a space but white space.
	for k.pos < len(k.data) && k.data[k.pos] <= ' ' {
		k.pos++
	}
}

// value reads one value against n; it returns false at an unknown key.
func (k *keyScan) value(n *keyNode) bool {
	k.space()
	if k.pos >= len(k.data) {
		return true
	}
	switch k.data[k.pos] {
	case '{':
		k.pos++
		for {
			k.space()
			if k.pos >= len(k.data) || k.data[k.pos] == '}' {
				k.pos++
				return true
			}
			if k.data[k.pos] == ',' {
				k.pos++
				continue
			}
			key := k.str()
			k.space()
			k.pos++ // :
			child := (*keyNode)(nil)
			switch {
			case n == nil:
			case n.isMap:
				child = n.elem
			case n.fields != nil:
				if bytes.IndexByte(key, '\\') >= 0 {
					var s string
					json.Unmarshal(append(append([]byte{'"'}, key...), '"'), &s) // valid JSON: it cannot fail
					key = []byte(s)
				}
				f, ok := n.field(key)
				if !ok {
					return false
				}
				child = f
			}
			if !k.value(child) {
				return false
			}
		}
	case '[':
		k.pos++
		var elem *keyNode
		if n != nil {
			elem = n.elem
		}
		for {
			k.space()
			if k.pos >= len(k.data) || k.data[k.pos] == ']' {
				k.pos++
				return true
			}
			if k.data[k.pos] == ',' {
				k.pos++
				continue
			}
			if !k.value(elem) {
				return false
			}
		}
	case '"':
		k.str()
	default: // a number, true, false or null
		for k.pos < len(k.data) {
			switch k.data[k.pos] {
			case ',', '}', ']', ' ', '\t', '\r', '\n':
				return true
			}
			k.pos++
		}
	}
	return true
}

// str reads a string and returns its raw contents, marks excluded.
func (k *keyScan) str() []byte {
	start := k.pos + 1
	i := start
	for {
		j := bytes.IndexByte(k.data[i:], '"')
		if j < 0 {
			k.pos = len(k.data)
			return k.data[start:]
		}
		i += j
		// The mark is escaped when an odd number of backslashes precede it.
		b := i
		for b > start && k.data[b-1] == '\\' {
			b--
		}
		if (i-b)%2 == 0 {
			k.pos = i + 1
			return k.data[start:i]
		}
		i++
	}
}
