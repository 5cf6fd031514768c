package stix

import (
	"strings"
	"testing"
)

// badText finds what it refuses wherever it falls in a word of eight
// bytes, and takes text of any script with curly quotes and dashes.
func TestBadTextFindsEveryByte(t *testing.T) {
	for _, bad := range []string{"\x1b", "\x00", "\x7f", "\u0085", "\u202e", "\u2066", "\n"} {
		for pos := range 18 {
			s := strings.Repeat("a", pos) + bad + strings.Repeat("b", 17-pos)
			if badText(s, true) == "" {
				t.Errorf("%q at %d: not found", bad, pos)
			}
		}
	}
	for _, good := range []string{"Shqipëri — “Tiranë” … ایران 数据 Москва 🙂 é\u00a0x", strings.Repeat("plain text ", 9)} {
		if msg := badText(good, true); msg != "" {
			t.Errorf("%q refused: %s", good, msg)
		}
	}
	if badText("two\nlines\tand a tab", false) != "" {
		t.Error("a line break in longer text refused")
	}
}
