package casefile_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/casefile/casefile/casefile"
)

// A passage cut from a text at random, with its white space changed at
// random, is verified, and its span points back at the passage; the same
// passage with one character changed is not found, and the closest passage
// offered overlaps the original one.
func TestVerifyQuoteFindsPassagesAndTheirNearMisses(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		text := casefile.SyntheticText(2000+r.IntN(4000), uint64(i))
		text = strings.ReplaceAll(text, "e ", "é\n ") // multibyte runes and line breaks
		runes := []rune(text)
		start := r.IntN(len(runes) - 200)
		end := start + 20 + r.IntN(150)
		for end < len(runes) && runes[end-1] == ' ' {
			end++
		}
		passage := string(runes[start:end])
		if strings.TrimSpace(passage) == "" {
			continue
		}
		quote := strings.Join(strings.Fields(passage), strings.Repeat(" ", 1+r.IntN(2)))
		got := casefile.VerifyQuote(quote, text)
		if got.Status != casefile.Verified {
			t.Fatalf("case %d: %q not verified in its own text: %+v", i, quote, got)
		}
		if span := string(runes[got.Start:got.End]); strings.Join(strings.Fields(span), " ") != strings.Join(strings.Fields(passage), " ") {
			t.Fatalf("case %d: span %d-%d reads %q, want %q", i, got.Start, got.End, span, passage)
		}
		// A typo in the middle: not found, and the closest passage is where
		// the quote came from.
		q := []rune(quote)
		mid := len(q) / 2
		if q[mid] == 'x' {
			q[mid] = 'y'
		} else {
			q[mid] = 'x'
		}
		typo := string(q)
		if strings.Contains(strings.Join(strings.Fields(text), " "), typo) {
			continue
		}
		miss := casefile.VerifyQuote(typo, text)
		if miss.Status != casefile.NotFound || !utf8.ValidString(miss.Closest) {
			t.Fatalf("case %d: %q with a typo: %+v", i, typo, miss)
		}
		if strings.TrimSpace(miss.Closest) != miss.Closest && miss.Closest != "" {
			t.Errorf("case %d: closest passage %q starts or ends with white space", i, miss.Closest)
		}
		if miss.Start > 0 && !unicode.IsSpace(runes[miss.Start-1]) || miss.End < len(runes) && !unicode.IsSpace(runes[miss.End]) {
			t.Errorf("case %d: closest passage %d-%d %q cuts a word", i, miss.Start, miss.End, miss.Closest)
		}
		if len(strings.Fields(quote)) >= 8 && (miss.End <= start || miss.Start >= end) {
			t.Errorf("case %d: closest passage %d-%d %q is not the quote's %d-%d", i, miss.Start, miss.End, miss.Closest, start, end)
		}
	}
}

func TestVerifyQuoteWithoutText(t *testing.T) {
	if got := casefile.VerifyQuote("anything", " \n "); got.Status != casefile.SourceHasNoText || got.Status.String() != "source has no text" {
		t.Errorf("blank text: %+v", got)
	}
	if got := casefile.VerifyQuote("“Quoted.”", "He said “Quoted.” today."); got.Status != casefile.Verified || got.Start != 8 || got.End != 17 {
		t.Errorf("curly quotes: %+v", got)
	}
}
