package sourcetext

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfLine is glyphs on one baseline, in the order they were drawn.
type pdfLine struct {
	x0, x1, y, size float64
	text            string
}

// Gaps, as fractions of the font size: a word break is a gap wider than a
// tenth of an em (as in poppler's pdftotext); a line is a baseline moved by
// half an em.
const (
	wordGap   = 0.1
	lineShift = 0.5
)

// glyphLines joins glyphs into lines. Word spaces come from the gaps
// between glyphs, not from space characters alone: many producers place
// words apart with positioning and no space, and some draw a space with
// negative word spacing where no gap shows.
func glyphLines(gs []glyph) []pdfLine {
	var out []pdfLine
	var b strings.Builder
	var cur *pdfLine
	pendingSpace := false
	flush := func() {
		if cur != nil {
			cur.text = strings.TrimSpace(b.String())
			if cur.text != "" {
				out = append(out, *cur)
			}
		}
		b.Reset()
		cur = nil
		pendingSpace = false
	}
	for _, g := range gs {
		size := math.Max(g.size, 1)
		sameLine := cur != nil && math.Abs(g.y-cur.y) < lineShift*math.Max(size, cur.size) && g.x0 > cur.x1-2*size
		if g.space || strings.TrimSpace(g.text) == "" {
			if sameLine && g.x1-g.x0 > wordGap*size {
				pendingSpace = true
			}
			continue
		}
		if !sameLine {
			flush()
			cur = &pdfLine{x0: g.x0, x1: g.x1, y: g.y, size: size}
		} else if pendingSpace || g.x0-cur.x1 > wordGap*size {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteString(g.text)
		cur.x1 = math.Max(cur.x1, g.x1)
		cur.size = math.Max(cur.size, size)
	}
	flush()
	return out
}

// lineParagraphs groups a page's lines into paragraphs: a new one starts
// where the space between lines grows, the font size changes, the text goes
// back up the page (a new column or box), or a line that ends a sentence
// stops well short of the right margin.
func lineParagraphs(ls []pdfLine) []string {
	if len(ls) == 0 {
		return nil
	}
	var pitches []float64
	left, right := math.Inf(1), math.Inf(-1)
	for i, l := range ls {
		if i > 0 {
			if d := ls[i-1].y - l.y; d > 0 && math.Abs(ls[i-1].size-l.size) < 0.05*l.size {
				pitches = append(pitches, d/l.size)
			}
		}
		left, right = math.Min(left, l.x0), math.Max(right, l.x1)
	}
	pitch := 1.2
	if len(pitches) > 0 {
		slices.Sort(pitches)
		pitch = pitches[len(pitches)/2]
	}
	var ps []string
	var cur strings.Builder
	for i, l := range ls {
		if i > 0 {
			p := ls[i-1]
			d := (p.y - l.y) / l.size
			brk := d <= 0 || d > pitch*1.15+0.05 || math.Abs(p.size-l.size) > 0.05*l.size
			if !brk && p.x1 < right-0.15*(right-left) && endsSentence(p.text) {
				brk = true
			}
			switch {
			case brk:
				ps = append(ps, cur.String())
				cur.Reset()
			case !joinsWithoutSpace(p.text):
				cur.WriteByte(' ')
			}
		}
		cur.WriteString(strings.TrimSuffix(l.text, "\u00AD"))
	}
	return append(ps, cur.String())
}

// endsSentence is true for text ending as a sentence or a quotation does.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;”\"’)…", r)
}

// joinsWithoutSpace is true for a line ending in a hyphen: the word goes on
// in the next line. The hyphen is kept, since "e-Albania" and "well-known"
// break there too, and a soft hyphen is dropped.
func joinsWithoutSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '-' || r == '\u00AD'
}

// startsLower is true for text that begins with a lower-case letter: a
// sentence that goes on from the page before.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
