package stix

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// encodingJSON is what encoding/json writes of s, without HTML escaping.
func encodingJSON(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// appendString writes what encoding/json writes, without HTML escaping.
func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", `"quoted" \ back`, "tab\tline\nret\r", "\x00\x1f\x7f", "ë “curly” … — 🙂",
		"\u2028 and \u2029", "bad \xff byte", "bad \xe2\x80 cut", "<html>&amp;", "ends in \xe2\x80\xa8", "\b\f"} {
		if got, want := appendString(nil, s), encodingJSON(s); string(got) != want {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}

// Every byte that needs a look is found wherever it falls in a word.
func TestAppendStringFindsEverySpecialByte(t *testing.T) {
	for _, special := range []string{"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "é", "\u2028", "\xff"} {
		for pos := range 17 {
			s := strings.Repeat("a", pos) + special + strings.Repeat("b", 17-pos)
			if got, want := appendString(nil, s), encodingJSON(s); string(got) != want {
				t.Errorf("%q: got %s, want %s", s, got, want)
			}
		}
	}
}
