package stix

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// appendString writes what encoding/json writes, without HTML escaping.
func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", `"quoted" \ back`, "tab\tline\nret\r", "\x00\x1f\x7f", "ë “curly” … — 🙂",
		"\u2028 and \u2029", "bad \xff byte", "bad \xe2\x80 cut", "<html>&amp;", "ends in \xe2\x80\xa8"} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := appendString(nil, s); string(got) != string(bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
			t.Errorf("%q: got %s, want %s", s, got, want.Bytes())
		}
	}
}

// Every byte that needs a look is found wherever it falls in a word.
func TestAppendStringFindsEverySpecialByte(t *testing.T) {
	for _, special := range []string{"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "é", "\u2028", "\xff"} {
		for pos := range 17 {
			s := strings.Repeat("a", pos) + special + strings.Repeat("b", 17-pos)
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(s)
			if got := appendString(nil, s); string(got) != strings.TrimSuffix(want.String(), "\n") {
				t.Errorf("%q: got %s, want %s", s, got, want.String())
			}
		}
	}
}
