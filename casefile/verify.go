package casefile

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuoteStatus says whether a quote was found in its source's text.
type QuoteStatus int

// Quote statuses.
const (
	SourceHasNoText QuoteStatus = iota // nothing to check against
	Verified                           // in the text verbatim, white space aside
	NotFound                           // not in the text; Closest is the nearest passage
)

func (s QuoteStatus) String() string {
	switch s {
	case Verified:
		return "verified in source"
	case NotFound:
		return "not found in source"
	}
	return "source has no text"
}

// QuoteCheck is the outcome of looking for a quote in a text.
type QuoteCheck struct {
	Status QuoteStatus
	// Start and End are the rune offsets of the passage in the text: the
	// quote itself when Verified, the closest passage when NotFound.
	Start, End int
	Closest    string // the closest passage, when NotFound
}

// VerifyQuote looks for quote in text, character for character except
// that any run of white space matches any other. A quote not found comes
// back with the passage of the text most like it, so that a typo is easy to
// see: the passage sharing the most three-word runs with the quote.
func VerifyQuote(quote, text string) QuoteCheck {
	if strings.TrimSpace(text) == "" {
		return QuoteCheck{Status: SourceHasNoText}
	}
	return verifyIn(quote, text, squeeze(text))
}

func verifyIn(quote, text string, t squeezed) QuoteCheck {
	q := squeeze(quote)
	if q.s == "" {
		return QuoteCheck{Status: NotFound}
	}
	if i := strings.Index(t.s, q.s); i >= 0 {
		start, end := t.runeAt(i), t.runeAt(i+len(q.s))
		return QuoteCheck{Status: Verified, Start: start, End: end}
	}
	start, end := closest(q.s, t)
	start, end = wholeWords(text, start, end)
	return QuoteCheck{Status: NotFound, Start: start, End: end, Closest: runeSlice(text, start, end)}
}

// CheckQuotes checks every statement's quote against its source's text,
// by statement id.
func (c *Case) CheckQuotes() map[string]QuoteCheck {
	texts := map[string]squeezed{}
	out := make(map[string]QuoteCheck, len(c.Statements))
	for _, st := range c.Statements {
		src, ok := c.Source(st.Source.Source)
		if !ok || src.Text == nil || strings.TrimSpace(src.Text.Body) == "" {
			out[st.ID] = QuoteCheck{Status: SourceHasNoText}
			continue
		}
		t, done := texts[src.ID]
		if !done {
			t = squeeze(src.Text.Body)
			texts[src.ID] = t
		}
		out[st.ID] = verifyIn(st.Quote, src.Text.Body, t)
	}
	return out
}

// Warnings are what a valid case should still have looked at: quotes not
// found in their source's text.
func (c *Case) Warnings() Problems {
	checks := c.CheckQuotes()
	var ps Problems
	for _, st := range c.Statements {
		if ch := checks[st.ID]; ch.Status == NotFound {
			msg := "quote is not found in its source's text"
			if ch.Closest != "" {
				msg += "; the closest passage reads " + strconv.Quote(ch.Closest)
			}
			ps = append(ps, Problem{Item: label("statement", st.Title), ID: st.ID, Field: "quote", Message: msg})
		}
	}
	return ps
}

// QuotesVerified counts the statements whose quote was found in their
// source's text, and those whose source holds a text to look in.
func (c *Case) QuotesVerified() (verified, checkable int) {
	for _, ch := range c.CheckQuotes() {
		if ch.Status != SourceHasNoText {
			checkable++
		}
		if ch.Status == Verified {
			verified++
		}
	}
	return verified, checkable
}

// squeezed is a text with every run of white space made one space and the
// ends trimmed, keeping for each of its bytes the rune offset in the
// original it came from.
type squeezed struct {
	s     string
	runes []int // runes[i]: the original rune offset of byte i of s; one more at len(s)
}

func squeeze(text string) squeezed {
	var b strings.Builder
	b.Grow(len(text))
	runes := make([]int, 0, len(text)+1)
	space := false
	n := 0
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			n++
			continue
		}
		if space {
			b.WriteByte(' ')
			runes = append(runes, n-1)
			space = false
		}
		for range utf8.RuneLen(r) {
			runes = append(runes, n)
		}
		b.WriteRune(r)
		n++
	}
	// The end: just after the last rune kept.
	end := 0
	if len(runes) > 0 {
		end = runes[len(runes)-1] + 1
	}
	runes = append(runes, end)
	return squeezed{s: b.String(), runes: runes}
}

// runeAt is the original rune offset of byte i of the squeezed text; at
// the end, the rune after the last one kept.
func (t squeezed) runeAt(i int) int {
	if i >= len(t.s) {
		return t.runes[len(t.runes)-1]
	}
	return t.runes[i]
}

// closest finds the passage of t most like q: the window of q's length
// that holds the most of q's three-word runs, in rune offsets of the
// original text.
func closest(q string, t squeezed) (int, int) {
	words := strings.Fields(q)
	const n = 3
	votes := map[int]int{} // candidate start byte in t.s -> runs found there
	offsets := wordOffsets(q)
	for i := 0; i+n <= len(words) || i == 0; i++ {
		gram := strings.Join(words[i:min(i+n, len(words))], " ")
		for from := 0; ; {
			j := strings.Index(t.s[from:], gram)
			if j < 0 {
				break
			}
			at := from + j - offsets[i]
			votes[max(at, 0)]++
			from += j + 1
		}
		if i+n >= len(words) {
			break
		}
	}
	best, bestVotes := 0, 0
	for at, v := range votes {
		if v > bestVotes || v == bestVotes && at < best {
			best, bestVotes = at, v
		}
	}
	end := min(best+len(q), len(t.s))
	return t.runeAt(best), t.runeAt(end)
}

// wholeWords widens a passage of text, in rune offsets, to the whole words
// at its ends, so that the closest passage never starts or ends mid-word.
func wholeWords(text string, start, end int) (int, int) {
	runes := []rune(text)
	start, end = max(0, min(start, len(runes))), max(0, min(end, len(runes)))
	for start > 0 && !unicode.IsSpace(runes[start-1]) {
		start--
	}
	for end < len(runes) && !unicode.IsSpace(runes[end]) {
		end++
	}
	for start < end && unicode.IsSpace(runes[start]) {
		start++
	}
	for end > start && unicode.IsSpace(runes[end-1]) {
		end--
	}
	return start, end
}

// wordOffsets is the byte offset in s of each of its words.
func wordOffsets(s string) []int {
	var out []int
	in := false
	for i, r := range s {
		if r == ' ' {
			in = false
			continue
		}
		if !in {
			out = append(out, i)
			in = true
		}
	}
	return out
}

// runeSlice is the text between two rune offsets.
func runeSlice(s string, start, end int) string {
	from, to, n := len(s), len(s), 0
	for j := range s {
		if n == start {
			from = j
		}
		if n == end {
			to = j
			break
		}
		n++
	}
	if from > to {
		return ""
	}
	return s[from:to]
}
