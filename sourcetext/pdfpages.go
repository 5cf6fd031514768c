package sourcetext

import (
	"strings"
)

// pageText joins the pages' lines into the document's paragraphs. Running
// heads and feet ("Page 3 of 12", the document's title on every page) are
// dropped, so that they do not land inside a paragraph or a quotation
// that goes on over a page break; a paragraph cut by the page break is
// joined again.
func pageText(pages [][]pdfLine) string {
	pages = dropRunning(pages)
	var ps []string
	for _, lines := range pages {
		page := lineParagraphs(lines)
		if len(page) == 0 {
			continue
		}
		if n := len(ps); n > 0 && !endsSentence(ps[n-1]) && startsLower(page[0]) {
			sep := " "
			if joinsWithoutSpace(ps[n-1]) {
				sep = ""
			}
			ps[n-1] += sep + page[0]
			page = page[1:]
		}
		ps = append(ps, page...)
	}
	return normalizePDFText(strings.Join(ps, "\n\n"))
}

// dropRunning removes the lines at the top and foot of pages that recur,
// digits aside, at the same end of at least half the pages (three at least).
func dropRunning(pages [][]pdfLine) [][]pdfLine {
	if len(pages) < 3 {
		return pages
	}
	const edge = 2 // lines at each end that may be running heads or feet
	count := map[string]int{}
	for _, lines := range pages {
		seen := map[string]bool{}
		for i, l := range lines {
			if i < edge || i >= len(lines)-edge {
				k := runningKey(i < edge, l.text)
				if !seen[k] {
					seen[k] = true
					count[k]++
				}
			}
		}
	}
	min := max(3, (len(pages)+1)/2)
	out := make([][]pdfLine, len(pages))
	for p, lines := range pages {
		for i, l := range lines {
			if (i < edge || i >= len(lines)-edge) && count[runningKey(i < edge, l.text)] >= min {
				continue
			}
			out[p] = append(out[p], l)
		}
	}
	return out
}

func runningKey(top bool, s string) string {
	k := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		return r
	}, s)
	if top {
		return "head\x00" + k
	}
	return "foot\x00" + k
}

// normalizePDFText undoes typesetting that no one types: ligature glyphs
// and invisible soft hyphens.
var pdfReplacer = strings.NewReplacer(
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl",
	"\uFB05", "st", "\uFB06", "st", "\u00AD", "", "\u200B", "", "\uFEFF", "", "\u0000", "",
)

func normalizePDFText(s string) string { return pdfReplacer.Replace(s) }
