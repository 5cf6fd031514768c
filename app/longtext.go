package app

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pageSize is the most text, in bytes, that one widget is given. Fyne's
// RichText, behind Label and Entry, converts a text's whole segment to
// runes for every row it lays out, so its cost grows with the square of
// the length: a 64 KB summary took 10 s to lay out, a keystroke in a
// 64 KB note 1 s, and a megabyte never finished. At 2 KB (about 300 words)
// the default case's longest text (under 1 KB) is shown whole, a page
// lays out in a few milliseconds, and the Entry's part of a keystroke in
// a page of the note editor is about a millisecond (BenchmarkOpenLongText,
// BenchmarkLongNoteKeystroke).
const pageSize = 2048

// textKind is how a text is typeset.
type textKind int

const (
	plainText    textKind = iota // wrapped, selectable prose
	quoteText                    // a verbatim quote, every character as the source has it
	markdownText                 // a note, rendered
)

// longText shows s as kind: whole when it fits in a page, else its first
// page, marked as cut, and a "Show all (N words)…" button that opens the
// paged reader titled title. Short text is the bare widget, so a screen
// of short texts lays out as it always has.
func (u *UI) longText(title, s string, kind textKind) fyne.CanvasObject {
	if len(s) <= pageSize {
		return typeset(s, kind, false)
	}
	part := typeset(s[:pageEnd(s, pageSize)], kind, true)
	return container.NewVBox(part, container.NewHBox(u.showAllButton(title, s, kind)))
}

// showAllButton opens the paged reader on s.
func (u *UI) showAllButton(title, s string, kind textKind) *widget.Button {
	return widget.NewButtonWithIcon(showAllLabel(s), theme.VisibilityIcon(), func() { u.showReader(title, s, kind) })
}

func showAllLabel(s string) string {
	return fmt.Sprintf("Show all (%s words)…", thousands(countWords(s)))
}

// typeset makes the widget for a text of at most a page; cut marks a
// text that continues beyond it.
func typeset(s string, kind textKind, cut bool) fyne.CanvasObject {
	switch kind {
	case quoteText:
		return quotation(s, cut)
	case markdownText:
		if cut {
			s += "\n\n…"
		}
		return markdown(s)
	}
	if cut {
		s += " …"
	}
	return para(s)
}

// pages splits s into pages of at most size bytes (size >= utf8.UTFMax)
// that together are exactly s.
func pages(s string, size int) []string {
	var out []string
	for len(s) > size {
		end := pageEnd(s, size)
		out = append(out, s[:end])
		s = s[end:]
	}
	return append(out, s)
}

// pageEnd is where the first page of s ends, when s is longer than size:
// after the first space or line break in the page's last eighth, else at
// the first rune boundary in its last three bytes. Never inside a rune,
// and inside a word only when a word is an eighth of a page long. Where a
// page ends depends only on its own bytes, so editing one page of a note
// leaves the pages before it as they were.
func pageEnd(s string, size int) int {
	cut := size - (utf8.UTFMax - 1)
	for cut < size && !utf8.RuneStart(s[cut]) {
		cut++ // s[cut] starts the next page, and an edit there starts with a rune
	}
	if from := size - size/8; from < cut {
		if i := strings.IndexAny(s[from:cut], " \n"); i >= 0 {
			return from + i + 1
		}
	}
	return cut
}

// countWords counts the runs of non-space in s, as strings.Fields splits
// them, without splitting it: it runs on every redraw of a screen that
// shows a long text. It classifies each byte by table, without a branch
// that random text would mispredict, and decodes only the runes whose
// first byte may start a space (U+0085, U+00A0, U+1680, U+2000 to U+3000).
func countWords(s string) int {
	n := 0
	prev := uint8(1) // 1 after a space, 0 in a word
	for i := 0; i < len(s); i++ {
		k := wordBytes[s[i]]
		space := k & 1
		if k&4 != 0 {
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				space = 1
			}
		}
		space |= prev & (k >> 1) // a rune's later bytes are what its first byte was
		n += int(prev &^ space)
		prev = space
	}
	return n
}

// wordBytes classifies bytes for countWords: 1 an ASCII space, 2 a byte
// after a rune's first, 4 the first byte of a rune that may be a space.
var wordBytes = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == ' ' || (c >= '\t' && c <= '\r'):
			t[c] = 1
		case c >= 0x80 && c < 0xC0:
			t[c] = 2
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			t[c] = 4
		}
	}
	return t
}()

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// pagedReader shows a long text a page at a time in a dialog, with
// Previous, Next and Copy all.
type pagedReader struct {
	u     *UI
	kind  textKind
	all   string
	pages []string
	page  int

	scroll           *container.Scroll
	at               *widget.Label // "Page X of Y"
	prev, next, copy *widget.Button
}

func (u *UI) showReader(title, s string, kind textKind) {
	r := &pagedReader{u: u, kind: kind, all: s, pages: pages(s, pageSize), at: widget.NewLabel("")}
	if kind == quoteText {
		r.kind = plainText // the quote's pages, as the source has them, without quotation marks
	}
	r.scroll = container.NewVScroll(widget.NewLabel(""))
	r.prev = button("Previous", theme.NavigateBackIcon(), r.previous)
	r.next = button("Next", theme.NavigateNextIcon(), r.forward)
	r.copy = button("Copy all", theme.ContentCopyIcon(), r.copyAll)
	bar := container.NewHBox(r.prev, r.at, r.next, layout.NewSpacer(), r.copy)
	d := dialog.NewCustom(bounded(title), "Close", container.NewBorder(nil, bar, nil, nil, r.scroll), u.win)
	d.Resize(fyne.NewSize(860, 620))
	r.show(0)
	d.Show()
}

func (r *pagedReader) show(page int) {
	r.page = max(0, min(page, len(r.pages)-1))
	r.scroll.Content = typeset(r.pages[r.page], r.kind, false)
	r.scroll.Refresh()
	r.scroll.ScrollToTop()
	r.at.SetText(pageOf(r.page, len(r.pages)))
	enable(r.prev, r.page > 0)
	enable(r.next, r.page < len(r.pages)-1)
}

func (r *pagedReader) previous() { r.show(r.page - 1) }
func (r *pagedReader) forward()  { r.show(r.page + 1) }

// copyAll puts the whole text on the clipboard, not only the page shown.
func (r *pagedReader) copyAll() {
	r.u.app.Clipboard().SetContent(r.all)
	r.u.setStatus(fmt.Sprintf("Copied all %s words", thousands(countWords(r.all))))
}

// pageOf says which page of how many the zero-based page is.
func pageOf(page, count int) string {
	return fmt.Sprintf("Page %s of %s", thousands(page+1), thousands(count))
}

func enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}
