package stix

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// appendString writes what encoding/json writes of any text: every
// sequence of up to four bytes after ASCII and before it, and random text
// of every script, damaged here and there.
func TestAppendStringMatchesEncodingJSONOnAnyText(t *testing.T) {
	check := func(s string) {
		for _, s := range []string{s, "ascii " + s + " more"} {
			if got, want := appendString(nil, s), encodingJSON(s); string(got) != want {
				t.Fatalf("%q: got %s, want %s", s, got, want)
			}
		}
	}
	edges := []byte{0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xa7, 0xa8, 0xa9, 0xaa, 0xbf, 0xc0, 0xc2, 0xe2, 0xf0, 0xff}
	for a := range 256 {
		for b := range 256 {
			check(string([]byte{byte(a), byte(b)}))
		}
		if a < 0xc0 {
			continue // no lead: its pairs said all
		}
		for _, b := range edges {
			for _, c := range edges {
				check(string([]byte{byte(a), b, c}))
				check(string([]byte{byte(a), b, c, 0x80}))
				check(string([]byte{byte(a), b, c, 0xbf}))
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"plain", "Tiranë", "“q”", "—", "ایران", "数据", "🙂", "\u2028", "\u2029", "\xff", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80"}
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(strings.Repeat("x", r.IntN(9)))
		}
		check(b.String())
	}
}
