package sourcetext

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// readPlain reads a text or Markdown file: its text is kept exactly, but
// for the byte-order mark and line ends.
func readPlain(b []byte) (Text, error) {
	s, enc, err := decodeText(b)
	if err != nil {
		return Text{}, err
	}
	return Text{Text: normalizeNewlines(s), Encoding: enc}, nil
}

// decodeText makes UTF-8 of b, naming the encoding it found. It converts
// only what it can tell for sure: UTF-8, UTF-16 and UTF-32 with a
// byte-order mark, UTF-16 without one, and Windows-1252 (of which Latin-1
// is a part). Anything else is refused with what was found, since a wrong
// guess would put garbled text in the case under a valid hash.
func decodeText(b []byte) (string, string, error) {
	var boms = []struct {
		bom  string
		name string
		enc  encoding.Encoding
	}{
		{"\xEF\xBB\xBF", "utf-8", nil},
		{"\xFF\xFE\x00\x00", "utf-32le", utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)},
		{"\x00\x00\xFE\xFF", "utf-32be", utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)},
		{"\xFF\xFE", "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
		{"\xFE\xFF", "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
	}
	for _, m := range boms {
		if !bytes.HasPrefix(b, []byte(m.bom)) {
			continue
		}
		rest := b[len(m.bom):]
		if m.enc == nil {
			if off := invalidUTF8(rest); off >= 0 {
				return "", "", fmt.Errorf("%w: it is marked as UTF-8 but byte %d is not UTF-8; it may be damaged: open it in a text editor, fix or re-save it as UTF-8, and import it again", ErrEncoding, off+len(m.bom))
			}
			return checkText(string(rest), m.name)
		}
		return decodeWith(rest, m.name, m.enc)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		if name, enc := utf16WithoutBOM(b); enc != nil {
			return decodeWith(b, name, enc)
		}
		return "", "", fmt.Errorf("%w: it looks like a binary file (it holds NUL bytes); %s", ErrBinary, adviceNone)
	}
	if utf8.Valid(b) {
		return checkText(string(b), "utf-8")
	}
	return decode8bit(b)
}

func decodeWith(b []byte, name string, enc encoding.Encoding) (string, string, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("%w: it is marked as %s but cannot be read as that (%v); re-save it as UTF-8 and import it again", ErrEncoding, name, err)
	}
	if bytes.ContainsRune(out, utf8.RuneError) {
		return "", "", fmt.Errorf("%w: it is marked as %s but holds bytes that are not %s; it may be damaged: re-save it as UTF-8 and import it again", ErrEncoding, name, name)
	}
	return checkText(string(out), name)
}

// checkText refuses decoded text that holds NUL or other control
// characters text does not have: a binary file that happens to decode.
func checkText(s, enc string) (string, string, error) {
	for i, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' || r == 0x7F {
			return "", "", fmt.Errorf("%w: it holds control character U+%04X at byte %d, which text does not have; %s", ErrBinary, r, i, adviceNone)
		}
	}
	return s, enc, nil
}

// utf16WithoutBOM tells UTF-16 text with no byte-order mark by its NUL
// bytes: in English and most Western text every other byte is zero.
func utf16WithoutBOM(b []byte) (string, encoding.Encoding) {
	head := b[:min(len(b), 4096)&^1]
	if len(head) < 4 {
		return "", nil
	}
	var zeroEven, zeroOdd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := len(head) / 2
	switch {
	case zeroOdd*10 >= pairs*9 && zeroEven == 0:
		return "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case zeroEven*10 >= pairs*9 && zeroOdd == 0:
		return "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return "", nil
}

// decode8bit reads text that is not UTF-8 as Windows-1252, if it is that.
func decode8bit(b []byte) (string, string, error) {
	firstBad := invalidUTF8(b)
	var multi, invalid, c1, asciiLetters, highLetters int
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			multi++
		}
		i += n
	}
	if multi > invalid {
		return "", "", fmt.Errorf("%w: it is mostly UTF-8 but %d bytes are not (the first at byte %d), so it may be damaged or mix two encodings; open it in a text editor, fix or re-save it as UTF-8, and import it again", ErrEncoding, invalid, firstBad)
	}
	for i, c := range b {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return "", "", fmt.Errorf("%w: it is not UTF-8 (byte %d is 0x%02X), and not Windows-1252 or Latin-1 either, which have no character 0x%02X; open it in a text editor, save it as UTF-8, and import it again", ErrEncoding, i, c, c)
		case c >= 0x80 && c <= 0x9F:
			c1++
		}
		switch {
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			asciiLetters++
		case c >= 0xC0 && c != 0xD7 && c != 0xF7:
			highLetters++
		}
	}
	if highLetters*2 > asciiLetters {
		// Western text in Windows-1252 is mostly ASCII letters with an
		// accent here and there; mostly accented letters means another
		// 8-bit code page, which would come out garbled.
		return "", "", fmt.Errorf("%w: it is not UTF-8, and most of its letters would be accented in Windows-1252, so it is probably in another 8-bit encoding (Cyrillic, Greek, Arabic, ...); open it in a text editor, save it as UTF-8, and import it again", ErrEncoding)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("%w: cannot convert it from Windows-1252 (%v); save it as UTF-8 and import it again", ErrEncoding, err)
	}
	name := "iso-8859-1"
	if c1 > 0 {
		// Bytes 0x80-0x9F are curly quotes, dashes and the euro sign in
		// Windows-1252 but invisible controls in Latin-1: text that has
		// them is Windows-1252.
		name = "windows-1252"
	}
	return checkText(string(out), name)
}

// invalidUTF8 is the offset of b's first byte that is not UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
