package stix

// charSize is the length of the character of two to four bytes that s
// begins with, or 0 when it is not one: an ill-formed sequence, or U+2028
// or U+2029 (E2 80 A8, E2 80 A9), which JSON text may hold but
// encoding/json escapes. It checks the bytes in place, rather than
// decoding the rune as unicode/utf8 does, which took a fifth of a large
// export.
func charSize(s string) int {
	cont := func(b byte) bool { return b&0xc0 == 0x80 }
	switch c := s[0]; {
	case c < 0xc2 || c > 0xf4: // a continuation byte, an overlong lead, beyond U+10FFFF
		return 0
	case c < 0xe0:
		if len(s) < 2 || !cont(s[1]) {
			return 0
		}
		return 2
	case c < 0xf0:
		if len(s) < 3 || !cont(s[1]) || !cont(s[2]) ||
			c == 0xe0 && s[1] < 0xa0 || c == 0xed && s[1] >= 0xa0 || // overlong; a surrogate
			c == 0xe2 && s[1] == 0x80 && (s[2] == 0xa8 || s[2] == 0xa9) {
			return 0
		}
		return 3
	default:
		if len(s) < 4 || !cont(s[1]) || !cont(s[2]) || !cont(s[3]) ||
			c == 0xf0 && s[1] < 0x90 || c == 0xf4 && s[1] >= 0x90 { // overlong; beyond U+10FFFF
			return 0
		}
		return 4
	}
}
