package picture

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text is measured with Noto Sans' own advances, the typeface of both the
// window (Fyne's default theme) and the briefing (assets/fonts), so a label
// laid out here fits its node in both. Kerning is left out: neither
// painter's measure of a short label differs from this by more than a few
// per cent.

// Ascent and Descent are Noto Sans' ascender and descender, in ems.
const (
	Ascent  = 1.069
	Descent = 0.293
)

// LineHeight is the distance between baselines of a label's lines, in ems.
const LineHeight = 1.25

// fallbackWidth is the advance, in thousandths of an em, given a rune the
// table lacks: about an average lower-case letter.
const fallbackWidth = 600

// TextWidth is the width of s at size units in regular or bold Noto Sans.
func TextWidth(s string, size float64, bold bool) float64 {
	table := regularWidths[:]
	if bold {
		table = boldWidths[:]
	}
	total := 0
	for _, r := range s {
		total += runeWidth(table, r)
	}
	return float64(total) * size / 1000
}

func runeWidth(table []uint16, r rune) int {
	const latinEnd, punctStart, punctEnd = 0x24F, 0x2010, 0x2027
	switch {
	case r >= 0x20 && r <= latinEnd:
		return int(table[r-0x20])
	case r >= punctStart && r <= punctEnd:
		return int(table[latinEnd-0x20+1+r-punctStart])
	case r == utf8.RuneError || r < 0x20:
		return 0
	}
	return fallbackWidth
}

// Fit cuts s so that it is at most width wide at size, ending a cut one
// in "…"; it reads no further into s than it keeps.
func Fit(s string, size float64, bold bool, width float64) string {
	if TextWidth(s, size, bold) <= width {
		return s
	}
	ell := TextWidth("…", size, bold)
	w, keep := 0.0, 0
	for i, r := range s {
		w += TextWidth(string(r), size, bold)
		if w+ell > width {
			break
		}
		keep = i + utf8.RuneLen(r)
	}
	return trimRight(s[:keep]) + "…"
}

// Wrap breaks s into at most lines lines no wider than width at size,
// between words; the last line is cut with "…" when s does not fit, and so
// is a word wider than a line.
func Wrap(s string, size float64, bold bool, width float64, lines int) []string {
	words := strings.Fields(s)
	var out []string
	cur := ""
	for i, w := range words {
		if len(out) == lines-1 {
			rest := strings.Join(words[i:], " ")
			if cur != "" {
				rest = cur + " " + rest
			}
			return append(out, Fit(rest, size, bold, width))
		}
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if cur == "" || TextWidth(try, size, bold) <= width {
			cur = try
			continue
		}
		out = append(out, Fit(cur, size, bold, width))
		cur = w
	}
	if cur != "" {
		out = append(out, Fit(cur, size, bold, width))
	}
	return out
}

func trimRight(s string) string { return strings.TrimRightFunc(s, unicode.IsSpace) }
