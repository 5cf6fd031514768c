package sourcetext

import (
	"io"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// toUnicode is a font's ToUnicode CMap: which text each character code
// shows. The library has its own, but it adds a range's offset to the last
// byte only, so gofpdf's one range <0000> <FFFF> <0000> (the CMap of every
// UTF-8 font it writes, this repository's briefings included) turns “ into
// \x1c; this one counts in whole UTF-16 units, as PDF readers do.
type toUnicode struct {
	chars  map[uint64]string // codeKey(n, code)
	ranges []cmapRange
}

type cmapRange struct {
	n      int // code length in bytes
	lo, hi uint32
	base   []uint16 // UTF-16 of lo's text, whose last unit counts up
	each   []string // or one text per code
}

func codeKey(n int, code uint32) uint64 { return uint64(n)<<32 | uint64(code) }

func parseToUnicode(v pdf.Value) *toUnicode {
	rc := v.Reader()
	b, err := io.ReadAll(io.LimitReader(rc, 4<<20))
	rc.Close()
	if err != nil {
		return nil
	}
	t := &toUnicode{chars: map[uint64]string{}}
	toks := cmapTokens(b)
	for i := 0; i < len(toks); i++ {
		switch toks[i].kw {
		case "beginbfchar":
			for i++; i+1 < len(toks) && toks[i].kw == "" && toks[i].arr == nil; i += 2 {
				src, dst := toks[i].s, toks[i+1].s
				t.chars[codeKey(len(src), codeOf(src))] = utf16Text(dst)
			}
		case "beginbfrange":
			for i++; i+2 < len(toks) && toks[i].kw == "" && toks[i].arr == nil; i += 3 {
				lo, hi, dst := toks[i].s, toks[i+1].s, toks[i+2]
				r := cmapRange{n: len(lo), lo: codeOf(lo), hi: codeOf(hi)}
				if dst.arr != nil {
					for _, d := range dst.arr {
						r.each = append(r.each, utf16Text(d))
					}
				} else {
					for j := 0; j+1 < len(dst.s); j += 2 {
						r.base = append(r.base, uint16(dst.s[j])<<8|uint16(dst.s[j+1]))
					}
				}
				t.ranges = append(t.ranges, r)
			}
		}
	}
	return t
}

// lookup is the text of an n-byte code, and whether the CMap has it.
func (t *toUnicode) lookup(n int, code uint32) (string, bool) {
	if t == nil {
		return "", false
	}
	if s, ok := t.chars[codeKey(n, code)]; ok {
		return s, true
	}
	for _, r := range t.ranges {
		if r.n != n || code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.each != nil {
			if int(off) < len(r.each) {
				return r.each[off], true
			}
			return "", false
		}
		if len(r.base) == 0 {
			return "", false
		}
		if len(r.base) == 1 {
			return string(rune(uint32(r.base[0]) + off)), true
		}
		u := append([]uint16(nil), r.base...)
		u[len(u)-1] += uint16(off)
		return string(utf16.Decode(u)), true
	}
	return "", false
}

func codeOf(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

func utf16Text(s string) string {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// cmapToken is a hex string, an array of them, or a keyword.
type cmapToken struct {
	s   string
	arr []string
	kw  string
}

// cmapTokens reads the few kinds of token a ToUnicode CMap uses; numbers,
// names and dictionaries come out as keywords nobody asks for.
func cmapTokens(b []byte) []cmapToken {
	var out []cmapToken
	var arr []string
	inArr := false
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		case (c == '<' || c == '>') && i+1 < len(b) && b[i+1] == c:
			i += 2
		case c == '<':
			j := i + 1
			var h []byte
			for j < len(b) && b[j] != '>' {
				if x, ok := hexVal(b[j]); ok {
					h = append(h, x)
				}
				j++
			}
			if len(h)%2 == 1 {
				h = append(h, 0)
			}
			s := make([]byte, len(h)/2)
			for k := range s {
				s[k] = h[2*k]<<4 | h[2*k+1]
			}
			if inArr {
				arr = append(arr, string(s))
			} else {
				out = append(out, cmapToken{s: string(s)})
			}
			i = j + 1
		case c == '[':
			inArr, arr = true, []string{}
			i++
		case c == ']':
			if inArr {
				out = append(out, cmapToken{arr: arr})
			}
			inArr = false
			i++
		case strings.IndexByte(" \n\r\t\f\x00", c) >= 0:
			i++
		default:
			j := i + 1
			for j < len(b) && strings.IndexByte(" \n\r\t\f\x00<>[]/%()", b[j]) < 0 {
				j++
			}
			if !inArr {
				out = append(out, cmapToken{kw: string(b[i:j])})
			}
			i = j
		}
	}
	return out
}

func hexVal(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
