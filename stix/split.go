package stix

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// splitBundle reads a bundle's envelope in one quick pass, finding where
// each of its objects starts and ends without decoding them: they are
// decoded afterwards, in parallel. The envelope's other properties are
// returned raw. A file that is not a JSON object, or damaged between the
// objects, is an error; one damaged within an object is found when that
// object is decoded.
func splitBundle(data []byte) (props map[string]json.RawMessage, objects [][]byte, err error) {
	s := scanner{data: data}
	s.space()
	if !s.more() || s.data[s.pos] != '{' {
		return nil, nil, errNotObject
	}
	s.pos++
	props = map[string]json.RawMessage{}
	for first := true; ; first = false {
		s.space()
		if !s.more() {
			return nil, nil, errCutShort
		}
		if s.data[s.pos] == '}' {
			s.pos++
			break
		}
		if !first {
			if s.data[s.pos] != ',' {
				return nil, nil, s.syntax("a comma or }")
			}
			s.pos++
			s.space()
		}
		start := s.pos
		if err := s.skipString(); err != nil {
			return nil, nil, err
		}
		var key string
		if err := json.Unmarshal(s.data[start:s.pos], &key); err != nil {
			return nil, nil, s.syntax("a property name")
		}
		s.space()
		if !s.more() || s.data[s.pos] != ':' {
			return nil, nil, s.syntax("a colon")
		}
		s.pos++
		s.space()
		if key == "objects" && s.more() && s.data[s.pos] == '[' {
			if objects, err = s.list(); err != nil {
				return nil, nil, err
			}
			props[key] = json.RawMessage("[]")
			continue
		}
		start = s.pos
		if err := s.skipValue(); err != nil {
			return nil, nil, err
		}
		props[key] = json.RawMessage(s.data[start:s.pos])
	}
	s.space()
	if s.more() {
		return nil, nil, fmt.Errorf("there is more data after the bundle, at %s; the file may be two files joined or damaged", position(data, s.pos))
	}
	return props, objects, nil
}

var (
	errNotObject = errors.New("not a JSON object")
	errCutShort  = errors.New("the file ends in the middle of the bundle; it was cut short")
)

type scanner struct {
	data []byte
	pos  int
}

func (s *scanner) more() bool { return s.pos < len(s.data) }

func (s *scanner) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\r', '\n':
			s.pos++
		default:
			return
		}
	}
}

func (s *scanner) syntax(want string) error {
	if !s.more() {
		return errCutShort
	}
	return fmt.Errorf("%s belongs at %s, not %s", want, position(s.data, s.pos), strconv.QuoteRune(rune(s.data[s.pos])))
}

// list finds the elements of a list.
func (s *scanner) list() ([][]byte, error) {
	s.pos++ // [
	var out [][]byte
	for first := true; ; first = false {
		s.space()
		if !s.more() {
			return nil, errCutShort
		}
		if s.data[s.pos] == ']' {
			s.pos++
			return out, nil
		}
		if !first {
			if s.data[s.pos] != ',' {
				return nil, s.syntax("a comma or ]")
			}
			s.pos++
			s.space()
		}
		start := s.pos
		if err := s.skipValue(); err != nil {
			return nil, err
		}
		out = append(out, s.data[start:s.pos])
	}
}

// skipString moves past a string: to the next quote not escaped, found by
// bytes.IndexByte, which goes a word at a time.
func (s *scanner) skipString() error {
	if !s.more() || s.data[s.pos] != '"' {
		return s.syntax(`a "`)
	}
	i := s.pos + 1
	for {
		q := bytes.IndexByte(s.data[i:], '"')
		if q < 0 {
			return errCutShort
		}
		i += q
		// A quote after an odd number of backslashes is escaped.
		n := 0
		for j := i - 1; j > s.pos && s.data[j] == '\\'; j-- {
			n++
		}
		if n%2 == 0 {
			s.pos = i + 1
			return nil
		}
		i++
	}
}

// skipValue moves past a value: a string, or an object or list counted by
// its brackets (strings within skipped whole), or a literal.
func (s *scanner) skipValue() error {
	if !s.more() {
		return errCutShort
	}
	switch s.data[s.pos] {
	case '"':
		return s.skipString()
	case '{', '[':
		depth := 0
		for s.pos < len(s.data) {
			switch s.data[s.pos] {
			case '"':
				if err := s.skipString(); err != nil {
					return err
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					s.pos++
					return nil
				}
			}
			s.pos++
		}
		return errCutShort
	}
	start := s.pos
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ',', '}', ']', ' ', '\t', '\r', '\n':
			if s.pos == start {
				return s.syntax("a value")
			}
			return nil
		}
		s.pos++
	}
	return nil
}

// position is "line L, column C" of a byte offset, counting characters.
func position(data []byte, offset int) string {
	line, col := 1, 1
	for i, r := range string(data[:min(offset, len(data))]) {
		_ = i
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return fmt.Sprintf("line %d, column %d", line, col)
}
