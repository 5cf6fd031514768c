package stix

import (
	"bytes"
	"encoding/json"
	"math/bits"
	"strconv"
	"unicode/utf8"
)

// jsonWriter appends JSON to a buffer by hand: the bundle of a large case
// holds hundreds of thousands of values, and reflection would spend more
// time finding them than writing them. comma says whether the next key or
// list element needs a comma before it.
type jsonWriter struct {
	b     []byte
	comma bool
}

func (w *jsonWriter) open(c byte) {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, c)
	w.comma = false
}

func (w *jsonWriter) close(c byte) {
	w.b = append(w.b, c)
	w.comma = true
}

// key writes an object key; its value follows.
func (w *jsonWriter) key(k string) {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, k...) // keys are plain ASCII
	w.b = append(w.b, '"', ':')
	w.comma = false
}

// fieldKey writes an object key made already, `"name":`.
func (w *jsonWriter) fieldKey(k []byte) {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, k...)
	w.comma = false
}

// str writes a string value (a list element or after key).
func (w *jsonWriter) str(s string) {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.b = appendString(w.b, s)
	w.comma = true
}

// strParts writes one string value made of parts.
func (w *jsonWriter) strParts(parts ...string) {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, '"')
	for _, p := range parts {
		w.b = appendStringBody(w.b, p)
	}
	w.b = append(w.b, '"')
	w.comma = true
}

// plain writes a string that needs no escaping (a STIX id, type,
// timestamp or vocabulary word of Casefile's own) as it is.
func (w *jsonWriter) plain(s string) {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, s...)
	w.b = append(w.b, '"')
	w.comma = true
}

// plainField writes a field whose value needs no escaping.
func (w *jsonWriter) plainField(k, v string) {
	w.key(k)
	w.plain(v)
}

func (w *jsonWriter) strField(k, v string) {
	w.key(k)
	w.str(v)
}

// optStr writes the field when v is not empty.
func (w *jsonWriter) optStr(k, v string) {
	if v != "" {
		w.strField(k, v)
	}
}

func (w *jsonWriter) intField(k string, v int) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
	w.comma = true
}

// raw writes JSON that is already encoded.
func (w *jsonWriter) raw(v []byte) {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, v...)
	w.comma = true
}

// strList writes a list of strings, which must not be empty.
func (w *jsonWriter) strList(k string, vs []string) {
	w.key(k)
	w.open('[')
	for _, v := range vs {
		w.str(v)
	}
	w.close(']')
}

// optStrList writes the list when it has elements.
func (w *jsonWriter) optStrList(k string, vs []string) {
	if len(vs) > 0 {
		w.strList(k, vs)
	}
}

const hexDigits = "0123456789abcdef"

// plainASCII says which ASCII bytes a JSON string holds as they are.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendString appends s as a JSON string, escaped as encoding/json does
// without HTML escaping: quotes, backslashes, control characters, U+2028
// and U+2029, and invalid UTF-8 as U+FFFD. A bundle is mostly plain text:
// it goes eight bytes at a time while none needs a look.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendStringBody(b, s)
	return append(b, '"')
}

// appendStringBody is appendString without the quotes. It goes eight
// bytes at a time while none is a quote, a backslash, a control character
// or a byte of a character beyond ASCII; such a character it checks in
// place, and text that holds an ill-formed one or a line or paragraph
// separator it hands to appendAnyBody.
func appendStringBody(b []byte, s string) []byte {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	b0, start := len(b), 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// A byte below 0x20, a quote or a backslash makes its lane of
			// one of these zero or less (borrowing only from such a lane,
			// so that the lowest lane flagged is one); a byte at or above
			// 0x80 is none of them, and is flagged on its own.
			t := s[i : i+8]
			w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			q, bs := w^'"'*ones, w^'\\'*ones
			m := ((w-0x20*ones)|(q-ones)|(bs-ones))&^w&highs | w&highs
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		}
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			n := charSize(s[i:])
			if n == 0 {
				return appendAnyBody(b[:b0], s)
			}
			i += n
		case plainASCII[c]:
			i++
		default:
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			i++
			start = i
		}
	}
	return append(b, s[start:]...)
}

// appendAnyBody is appendStringBody for any text: invalid UTF-8 becomes
// U+FFFD and the separators are escaped. It goes eight bytes at a time
// while none needs a look.
func appendAnyBody(b []byte, s string) []byte {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight plain ASCII bytes a JSON string holds as they are:
			// none at or above 0x80 or below 0x20, no quote, no backslash.
			t := s[i : i+8]
			w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			q, bs := w^'"'*ones, w^'\\'*ones // a byte is 0 where w has a quote, a backslash
			if (w|(w-0x20*ones)&^w|(q-ones)&^q|(bs-ones)&^bs)&highs == 0 {
				i += 8
				continue
			}
		}
		// A word that needs a look goes a byte (or rune) at a time, and
		// the next word is tried whole again only after it.
		for end := min(i+8, len(s)); i < end; {
			c := s[i]
			if c < utf8.RuneSelf {
				if !plainASCII[c] {
					b = append(b, s[start:i]...)
					b = appendEscape(b, c)
					start = i + 1
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b = append(b, s[start:i]...)
				b = append(b, `\ufffd`...)
				start = i + size
			case r == '\u2028' || r == '\u2029':
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
				start = i + size
			}
			i += size
		}
	}
	return append(b, s[start:]...)
}

func appendEscape(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}

// compactJSON appends raw without insignificant white space, or raw
// itself when it is not valid JSON.
func compactJSON(dst, raw []byte) []byte {
	buf := bytes.NewBuffer(dst)
	if err := json.Compact(buf, raw); err != nil {
		return append(dst, raw...)
	}
	return buf.Bytes()
}
