package casefile

import (
	"bytes"
	"io"
	"strings"
)

// indentWriter lays out the compact JSON written to it exactly as
// json.Indent does with two-space indentation, and passes it on to w.
//
// Encode uses it instead of json.Encoder.SetIndent, which re-scans the whole
// document with the full JSON scanner and took two thirds of the time to
// save a large case. JSON that encoding/json wrote needs no validating: only
// strings must be told apart from structure, and IndexByte finds their ends.
type indentWriter struct {
	w        io.Writer
	buf      []byte
	depth    int
	inString bool
	escaped  bool // the last byte was a backslash inside a string
	opened   bool // a { or [ was just written: indent, unless it closes at once
	err      error
}

const (
	indentUnit    = "  "
	indentFlushAt = 64 << 10
)

var indentSpaces = strings.Repeat(indentUnit, 32)

func newIndentWriter(w io.Writer) *indentWriter {
	return &indentWriter{w: w, buf: make([]byte, 0, indentFlushAt+4096)}
}

func (iw *indentWriter) Write(p []byte) (int, error) {
	if iw.err != nil {
		return 0, iw.err
	}
	// The state lives in locals while the loop runs: this is the hot path
	// of saving a case.
	buf, depth, inString, escaped, opened := iw.buf, iw.depth, iw.inString, iw.escaped, iw.opened
	for i := 0; i < len(p); {
		if len(buf) >= indentFlushAt {
			iw.buf = buf
			iw.flush()
			buf = iw.buf
		}
		if inString {
			if escaped {
				escaped = false
				buf = append(buf, p[i])
				i++
				continue
			}
			end := len(p)
			if q := bytes.IndexByte(p[i:], '"'); q >= 0 {
				end = i + q
			}
			if b := bytes.IndexByte(p[i:end], '\\'); b >= 0 {
				// Copy through the backslash; the escaped byte follows.
				buf = append(buf, p[i:i+b+1]...)
				escaped = true
				i += b + 1
				continue
			}
			if end == len(p) {
				buf = append(buf, p[i:]...)
				break
			}
			buf = append(buf, p[i:end+1]...)
			inString = false
			i = end + 1
			continue
		}
		c := p[i]
		i++
		switch c {
		case ' ', '\t', '\r', '\n':
			if depth == 0 && !opened { // the newline after the document
				buf = append(buf, c)
			}
			continue
		}
		if opened && c != '}' && c != ']' {
			opened = false
			depth++
			buf = appendNewline(buf, depth)
		}
		switch c {
		case '"':
			inString = true
			buf = append(buf, c)
		case '{', '[':
			opened = true
			buf = append(buf, c)
		case ',':
			buf = appendNewline(append(buf, c), depth)
		case ':':
			buf = append(buf, c, ' ')
		case '}', ']':
			if opened { // empty: {} or []
				opened = false
			} else {
				depth--
				buf = appendNewline(buf, depth)
			}
			buf = append(buf, c)
		default:
			buf = append(buf, c)
		}
	}
	iw.buf, iw.depth, iw.inString, iw.escaped, iw.opened = buf, depth, inString, escaped, opened
	iw.flush()
	return len(p), iw.err
}

func appendNewline(buf []byte, depth int) []byte {
	buf = append(buf, '\n')
	for n := depth * len(indentUnit); n > 0; n -= len(indentSpaces) {
		buf = append(buf, indentSpaces[:min(n, len(indentSpaces))]...)
	}
	return buf
}

func (iw *indentWriter) flush() {
	if iw.err == nil && len(iw.buf) > 0 {
		_, iw.err = iw.w.Write(iw.buf)
	}
	iw.buf = iw.buf[:0]
}
