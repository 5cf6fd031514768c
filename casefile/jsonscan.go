package casefile

import (
	"bytes"
	"encoding/json"
)

// jsonScan reads the tokens of JSON text that encoding/json has already
// found valid, with the offset of each. That is all the shape walk needs,
// and it costs a fraction of json.Decoder.Token, which checks the syntax
// again and allocates every token: the walk of a 12 MB file takes a
// fifth of the time.
type jsonScan struct {
	data []byte
	pos  int
}

// jsonTok is a token: its kind and where it is, data[start:end].
type jsonTok struct {
	kind       byte // '{', '}', '[', ']'; '"' text, '0' a number, 't', 'f', 'n' true, false, null; 0 the end
	start, end int
}

// skipSpace skips white space, and the commas and colons between tokens:
// in valid JSON they are where they must be and say nothing more.
func (s *jsonScan) skipSpace() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\r', '\n', ',', ':':
			s.pos++
		default:
			return
		}
	}
}

// more reports whether the object or list being read has another member.
func (s *jsonScan) more() bool {
	s.skipSpace()
	return s.pos < len(s.data) && s.data[s.pos] != '}' && s.data[s.pos] != ']'
}

func (s *jsonScan) next() jsonTok {
	s.skipSpace()
	start := s.pos
	if start >= len(s.data) {
		return jsonTok{}
	}
	kind := s.data[start]
	switch kind {
	case '{', '}', '[', ']':
		s.pos++
	case '"':
		for s.pos++; s.pos < len(s.data) && s.data[s.pos] != '"'; s.pos++ {
			if s.data[s.pos] == '\\' {
				s.pos++ // the escaped character, which may be a quotation mark
			}
		}
		s.pos++
	case 't', 'n':
		s.pos += 4
	case 'f':
		s.pos += 5
	default:
		kind = '0'
		for s.pos < len(s.data) && isNumberByte(s.data[s.pos]) {
			s.pos++
		}
	}
	s.pos = min(s.pos, len(s.data))
	return jsonTok{kind, start, s.pos}
}

// raw is the token's text as the file has it.
func (s *jsonScan) raw(t jsonTok) []byte { return s.data[t.start:t.end] }

// text is a string token's value.
func (s *jsonScan) text(t jsonTok) string {
	inner := s.data[t.start+1 : t.end-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return string(inner)
	}
	var v string
	json.Unmarshal(s.raw(t), &v) // valid JSON: it cannot fail
	return v
}

// skip reads the rest of a value that starts with t.
func (s *jsonScan) skip(t jsonTok) {
	if t.kind != '{' && t.kind != '[' {
		return
	}
	for depth := 1; depth > 0; {
		switch s.next().kind {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		case 0:
			return
		}
	}
}

func isNumberByte(c byte) bool {
	return '0' <= c && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}
