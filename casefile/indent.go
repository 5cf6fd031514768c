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
	for i := 0; i < len(p); {
		if iw.inString {
			i = iw.stringPart(p, i)
		} else {
			iw.structural(p[i])
			i++
		}
		if len(iw.buf) >= indentFlushAt {
			iw.flush()
		}
	}
	iw.flush()
	return len(p), iw.err
}

// stringPart copies string bytes from p[i:] up to and including the closing
// quote, or to the end of p, and returns where it stopped.
func (iw *indentWriter) stringPart(p []byte, i int) int {
	if iw.escaped {
		iw.escaped = false
		iw.buf = append(iw.buf, p[i])
		return i + 1
	}
	end := len(p)
	if q := bytes.IndexByte(p[i:], '"'); q >= 0 {
		end = i + q
	}
	if b := bytes.IndexByte(p[i:end], '\\'); b >= 0 {
		// Copy through the backslash; the escaped byte follows.
		iw.buf = append(iw.buf, p[i:i+b+1]...)
		iw.escaped = true
		return i + b + 1
	}
	if end == len(p) {
		iw.buf = append(iw.buf, p[i:]...)
		return end
	}
	iw.buf = append(iw.buf, p[i:end+1]...)
	iw.inString = false
	return end + 1
}

func (iw *indentWriter) structural(c byte) {
	switch c {
	case ' ', '\t', '\r', '\n':
		if iw.depth == 0 && !iw.opened { // the newline after the document
			iw.buf = append(iw.buf, c)
		}
		return
	}
	if iw.opened && c != '}' && c != ']' {
		iw.opened = false
		iw.depth++
		iw.newline()
	}
	switch c {
	case '"':
		iw.inString = true
		iw.buf = append(iw.buf, c)
	case '{', '[':
		iw.opened = true
		iw.buf = append(iw.buf, c)
	case ',':
		iw.buf = append(iw.buf, c)
		iw.newline()
	case ':':
		iw.buf = append(iw.buf, c, ' ')
	case '}', ']':
		if iw.opened { // empty: {} or []
			iw.opened = false
		} else {
			iw.depth--
			iw.newline()
		}
		iw.buf = append(iw.buf, c)
	default:
		iw.buf = append(iw.buf, c)
	}
}

func (iw *indentWriter) newline() {
	iw.buf = append(iw.buf, '\n')
	for n := iw.depth * len(indentUnit); n > 0; n -= len(indentSpaces) {
		iw.buf = append(iw.buf, indentSpaces[:min(n, len(indentSpaces))]...)
	}
}

func (iw *indentWriter) flush() {
	if iw.err == nil && len(iw.buf) > 0 {
		_, iw.err = iw.w.Write(iw.buf)
	}
	iw.buf = iw.buf[:0]
}
