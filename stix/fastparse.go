package stix

import (
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The import's fast path: an object that carries Casefile's extension is
// read by hand, in one pass that checks its JSON as strictly as
// encoding/json does, taking the few standard properties the import needs
// and handing only the extension's item to encoding/json, which checks it
// and fills it field by field, those added to the format later included. An object
// without the extension, or one the pass cannot read, goes to
// encoding/json whole (and its error, if any, is encoding/json's).
//
// A bundle of a large case is mostly Casefile's own objects, whose
// standard properties repeat what the extension holds: this reads them in
// about the time a case file takes to load.

var errNotOurs = errors.New("not an object of Casefile's")

// fastParse reads an object of Casefile's: its standard properties into o,
// and its extension's item, raw, into p, for decodeItems to decode with
// the others of its kind. errNotOurs (or another error) sends it to
// encoding/json.
//
// Words that repeat from object to object (types, times, the ids of
// markings and of the actors statements refer to) are interned in seen,
// which may be nil: one string each rather than one an object.
func fastParse(raw []byte, o *object, p *parsed, seen map[string]string) error {
	jp := jsonParser{data: raw, seen: seen}
	ours := false
	err := jp.object(func(key []byte) error {
		switch string(key) {
		case "type":
			return jp.word(&o.Type)
		case "id":
			return jp.str(&o.ID)
		case "spec_version":
			return jp.word(&o.SpecVersion)
		case "created":
			return jp.word(&o.Created)
		case "modified":
			return jp.word(&o.Modified)
		case "created_by_ref":
			return jp.word(&o.CreatedBy)
		case "name":
			return jp.str(&o.Name)
		case "description":
			return jp.str(&o.Description)
		case "content":
			return jp.str(&o.Content)
		case "source_ref":
			return jp.word(&o.SourceRef)
		case "target_ref":
			return jp.word(&o.TargetRef)
		case "object_refs":
			return jp.strs(&o.ObjectRefs, jp.word)
		case "object_marking_refs":
			return jp.strs(&o.Markings, jp.word)
		case "extensions":
			return jp.object(func(key []byte) error {
				if string(key) != extensionID {
					return jp.skip()
				}
				ours = true
				e := &casefileExt{}
				o.Extensions.Casefile = e
				return jp.extension(e, p)
			})
		}
		return jp.skip()
	})
	if err != nil {
		return err
	}
	if !ours {
		return errNotOurs
	}
	jp.space()
	if jp.pos != len(jp.data) {
		return errors.New("data after the object")
	}
	return nil
}

// extension reads Casefile's extension: the item's JSON, kept raw in p,
// and the small entries, decoded.
func (jp *jsonParser) extension(e *casefileExt, p *parsed) error {
	p.items = p.items[:0]
	return jp.object(func(key []byte) error {
		k := string(key)
		switch k {
		case extCase, extActor, extRelation, extStatement, extEvent, extNote:
			if jp.next() == 'n' {
				return jp.literal("null")
			}
			// Found by its brackets, not checked: decodeItems hands it to
			// encoding/json, which checks it as it decodes it (and the
			// object whole, when it refuses it).
			if jp.next() != '{' {
				return errSyntax
			}
			sc := scanner{data: jp.data, pos: jp.pos}
			if err := sc.skipValue(); err != nil {
				return err
			}
			p.itemRaw = jp.data[jp.pos:sc.pos]
			jp.pos = sc.pos
			p.itemKind = k
			if !contains(p.items, k) {
				p.items = append(p.items, k)
			}
			return nil
		case extPartOf, extKept, extKeptUnmarked:
			start := jp.pos
			if err := jp.skip(); err != nil {
				return err
			}
			v := jp.data[start:jp.pos]
			switch k {
			case extPartOf:
				return json.Unmarshal(v, &e.PartOf)
			case extKept:
				return json.Unmarshal(v, &e.Kept)
			}
			return json.Unmarshal(v, &e.KeptUnmarked)
		}
		return jp.skip()
	})
}

// jsonParser reads JSON text by hand, checking it as it goes.
type jsonParser struct {
	data []byte
	pos  int
	seen map[string]string // words interned, for word; may be nil
}

// maxInterned bounds the words a parser interns.
const maxInterned = 4096

// word reads a string value as str does, interned when it holds no
// escapes: the same text gives the same string.
func (p *jsonParser) word(s *string) error {
	if p.seen == nil || p.next() != '"' {
		return p.str(s)
	}
	start := p.pos + 1
	end, escaped, err := p.scanString()
	if err != nil {
		return err
	}
	raw := p.data[start:end]
	if escaped {
		return unescape(raw, s)
	}
	if w, ok := p.seen[string(raw)]; ok { // no allocation for the look-up
		*s = w
		return nil
	}
	*s = string(raw)
	if len(p.seen) < maxInterned {
		p.seen[*s] = *s
	}
	return nil
}

var errSyntax = errors.New("JSON syntax")

func (p *jsonParser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\r', '\n':
			p.pos++
		default:
			return
		}
	}
}

// next skips white space and reports the next byte, or 0 at the end.
func (p *jsonParser) next() byte {
	p.space()
	if p.pos < len(p.data) {
		return p.data[p.pos]
	}
	return 0
}

// object reads an object, calling member for each key with the parser at
// its value, which member must read.
func (p *jsonParser) object(member func(key []byte) error) error {
	if p.next() != '{' {
		return errSyntax
	}
	p.pos++
	if p.next() == '}' {
		p.pos++
		return nil
	}
	for {
		if p.next() != '"' {
			return errSyntax
		}
		key, err := p.rawString()
		if err != nil {
			return err
		}
		if p.next() != ':' {
			return errSyntax
		}
		p.pos++
		p.space()
		if err := member(key); err != nil {
			return err
		}
		switch p.next() {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return nil
		default:
			return errSyntax
		}
	}
}

// rawString reads a string and returns its contents, unescaped only when
// it holds no escapes (keys that need unescaping are no keys the fast
// path knows, which is right: encoding/json would not match them either
// but case-insensitively, and such an object is not Casefile's).
func (p *jsonParser) rawString() ([]byte, error) {
	start := p.pos + 1
	end, escaped, err := p.scanString()
	if err != nil {
		return nil, err
	}
	if escaped {
		return nil, nil
	}
	return p.data[start:end], nil
}

// scanString moves past a string, checking it, and returns where its
// contents end and whether they hold escapes.
func (p *jsonParser) scanString() (end int, escaped bool, err error) {
	d := p.data
	i := p.pos + 1
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i < len(d) {
		if i+8 <= len(d) {
			// Eight bytes none of which is a quote, a backslash or a
			// control character go at once.
			t := d[i : i+8]
			w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			q, bs := w^'"'*ones, w^'\\'*ones
			lo := w & ^uint64(highs) // high bytes are no control characters
			if ((lo-0x20*ones)&^lo|(q-ones)&^q|(bs-ones)&^bs)&highs == 0 {
				i += 8
				continue
			}
		}
		for end := min(i+8, len(d)); i < end; {
			c := d[i]
			switch {
			case c == '"':
				p.pos = i + 1
				return i, escaped, nil
			case c == '\\':
				escaped = true
				if i+1 >= len(d) {
					return 0, false, errSyntax
				}
				switch d[i+1] {
				case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
					i += 2
				case 'u':
					if i+6 > len(d) || !isHex4(d[i+2:i+6]) {
						return 0, false, errSyntax
					}
					i += 6
				default:
					return 0, false, errSyntax
				}
			case c < 0x20:
				return 0, false, errSyntax
			default:
				i++
			}
		}
	}
	return 0, false, errSyntax
}

func isHex4(b []byte) bool {
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// str reads a string value into s; null leaves s as it is, as
// encoding/json does.
func (p *jsonParser) str(s *string) error {
	switch p.next() {
	case 'n':
		return p.literal("null")
	case '"':
	default:
		return errSyntax
	}
	start := p.pos + 1
	end, escaped, err := p.scanString()
	if err != nil {
		return err
	}
	if !escaped {
		*s = string(p.data[start:end])
		return nil
	}
	return unescape(p.data[start:end], s)
}

// strs reads a list of strings, each by read (str or word); null leaves
// it as it is.
func (p *jsonParser) strs(list *[]string, read func(*string) error) error {
	switch p.next() {
	case 'n':
		return p.literal("null")
	case '[':
	default:
		return errSyntax
	}
	p.pos++
	out := (*list)[:0]
	if p.next() == ']' {
		p.pos++
		*list = []string{}
		return nil
	}
	for {
		var s string
		if err := read(&s); err != nil {
			return err
		}
		out = append(out, s)
		switch p.next() {
		case ',':
			p.pos++
		case ']':
			p.pos++
			*list = out
			return nil
		default:
			return errSyntax
		}
	}
}

func (p *jsonParser) literal(word string) error {
	if len(p.data)-p.pos < len(word) || string(p.data[p.pos:p.pos+len(word)]) != word {
		return errSyntax
	}
	p.pos += len(word)
	return nil
}

// skip moves past any value, checking it.
func (p *jsonParser) skip() error {
	switch c := p.next(); {
	case c == '"':
		_, _, err := p.scanString()
		return err
	case c == '{':
		return p.object(func([]byte) error { return p.skip() })
	case c == '[':
		p.pos++
		if p.next() == ']' {
			p.pos++
			return nil
		}
		for {
			if err := p.skip(); err != nil {
				return err
			}
			switch p.next() {
			case ',':
				p.pos++
			case ']':
				p.pos++
				return nil
			default:
				return errSyntax
			}
		}
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	return errSyntax
}

// number moves past a number of JSON's grammar.
func (p *jsonParser) number() error {
	d, i := p.data, p.pos
	digits := func() int {
		n := 0
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case digits() == 0:
		return errSyntax
	}
	if i < len(d) && d[i] == '.' {
		i++
		if digits() == 0 {
			return errSyntax
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if digits() == 0 {
			return errSyntax
		}
	}
	p.pos = i
	return nil
}

// unescape decodes a string's contents with escapes as encoding/json does:
// a lone surrogate becomes U+FFFD.
func unescape(b []byte, s *string) error {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		switch b[i+1] {
		case '"', '\\', '/':
			out = append(out, b[i+1])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(b[i+2 : i+6])
			i += 6
			if utf16.IsSurrogate(r) {
				if i+6 <= len(b) && b[i] == '\\' && b[i+1] == 'u' {
					if r2 := utf16.DecodeRune(r, hex4(b[i+2:i+6])); r2 != utf8.RuneError {
						out = utf8.AppendRune(out, r2)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
			continue
		}
		i += 2
	}
	*s = string(out)
	return nil
}

func hex4(b []byte) rune {
	v, _ := strconv.ParseUint(string(b), 16, 32)
	return rune(v)
}
