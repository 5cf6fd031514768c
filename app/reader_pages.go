package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/casefile/casefile/casefile"
)

// readerPageSize is the most text, in bytes, that the reader lays out at
// once. Its view measures each word once, so a page costs time linear in
// its length (BenchmarkOpenSourceUIThread), and whole paragraphs fit: a
// quotation is selected on one page, not cut by a page break as 2 KB pages
// would cut it. A paragraph longer than a page is paged on its own.
const readerPageSize = 8 << 10

// readerPage is a run of whole lines of a source's text: bytes and runes
// [start, end) of the body.
type readerPage struct {
	byteStart, byteEnd int
	runeStart, runeEnd int
}

// readerPages splits a text into pages of whole lines of at most size
// bytes; a line longer than that is split as longtext.go splits a page.
func readerPages(body string, size int) []readerPage {
	var out []readerPage
	var cur readerPage
	for at, runeAt := 0, 0; at < len(body); {
		end := len(body)
		if i := strings.IndexByte(body[at:], '\n'); i >= 0 {
			end = at + i + 1
		}
		line := body[at:end]
		if cur.byteEnd > cur.byteStart && cur.byteEnd-cur.byteStart+len(line) > size {
			out = append(out, cur)
			cur = readerPage{byteStart: at, byteEnd: at, runeStart: runeAt, runeEnd: runeAt}
		}
		for len(line) > size { // a paragraph longer than a page
			cut := pageEnd(line, size)
			n := runeCount(line[:cut])
			if cur.byteEnd > cur.byteStart {
				out = append(out, cur)
			}
			out = append(out, readerPage{byteStart: at, byteEnd: at + cut, runeStart: runeAt, runeEnd: runeAt + n})
			at, runeAt, line = at+cut, runeAt+n, line[cut:]
			cur = readerPage{byteStart: at, byteEnd: at, runeStart: runeAt, runeEnd: runeAt}
		}
		n := runeCount(line)
		cur.byteEnd, cur.runeEnd = at+len(line), runeAt+n
		at, runeAt = at+len(line), runeAt+n
	}
	if cur.byteEnd > cur.byteStart || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// runeCount counts the runes of valid UTF-8 as the bytes that start one:
// a megabyte in well under a millisecond, where decoding each rune, as
// utf8.RuneCountInString does, took several on the UI thread.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// pageWith is the page holding a rune offset: the last page starting at or
// before it.
func pageWith(pages []readerPage, offset int) int {
	for i := len(pages) - 1; i > 0; i-- {
		if pages[i].runeStart <= offset {
			return i
		}
	}
	return 0
}

// paragraphAt is the number of the paragraph that
// holds a rune offset of a text, or the next one when the offset is on an
// empty line. Paragraphs are the non-empty lines, counted from 1, as the
// default case's locators count them ("para. 3").
func paragraphAt(body string, offset int) int {
	para, runes := 0, 0
	for _, line := range strings.SplitAfter(body, "\n") {
		blank := strings.TrimSpace(line) == ""
		if !blank {
			para++
		}
		runes += utf8.RuneCountInString(line)
		if offset < runes {
			if blank {
				return para + 1
			}
			return max(para, 1)
		}
	}
	return max(para, 1)
}

// paragraphSpan is the rune span of paragraph n (from 1) of a text,
// without its line break; false when there is no such paragraph.
func paragraphSpan(body string, n int) (casefile.Span, bool) {
	para, runes := 0, 0
	for _, line := range strings.SplitAfter(body, "\n") {
		length := utf8.RuneCountInString(line)
		if strings.TrimSpace(line) != "" {
			para++
			if para == n {
				trimmed := utf8.RuneCountInString(strings.TrimRight(line, "\r\n"))
				return casefile.Span{Start: runes, End: runes + trimmed}, true
			}
		}
		runes += length
	}
	return casefile.Span{}, false
}

// paraLocator is a citation's locator for a paragraph: "para. 3".
func paraLocator(n int) string { return fmt.Sprintf("para. %d", n) }

// locatorParagraph reads a locator written as paraLocator writes it; 0
// for any other locator.
func locatorParagraph(loc string) int {
	var n int
	if _, err := fmt.Sscanf(strings.TrimSpace(loc), "para. %d", &n); err != nil || n < 1 {
		return 0
	}
	return n
}

// runeSpanText is the text of runes [start, end) of s.
func runeSpanText(s string, start, end int) string {
	from, to := byteAt(s, start), byteAt(s, end)
	return s[from:max(from, to)]
}

// byteAt is the byte offset of a rune offset of s, len(s) past its end.
func byteAt(s string, runes int) int {
	if runes <= 0 {
		return 0
	}
	n := 0
	for i := range s {
		if n == runes {
			return i
		}
		n++
	}
	return len(s)
}
