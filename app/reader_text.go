package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// passageView shows one page of a source's text, word-wrapped, with the
// cited passages tinted behind the text and a selection made with the
// mouse. Fyne's text widgets cannot do both: an Entry selects but tints
// nothing and hides where its selection starts, and a RichText tints
// nothing and selects nothing. It lays out a page in time linear in its
// length (one measurement per word), so a page is cheap to show.
//
// Offsets are in runes of the page, as casefile.Span counts them.
type passageView struct {
	widget.BaseWidget
	runes []rune
	marks []pageMark // cited passages, by start
	// sel is the selection, [selStart, selEnd); empty when equal.
	selStart, selEnd int
	anchor           int
	dragging         bool
	overMark         bool

	// onSelect follows a selection made or cleared with the mouse;
	// onMark follows a tap on a cited passage; menu builds the
	// right-click menu.
	onSelect func()
	onMark   func(m pageMark, at fyne.Position)
	menu     func() *fyne.Menu

	rows  []textRow
	width float32 // the width rows were laid out for
	// relayout asks the scroll holding the view to lay it out again,
	// when wrapping to a new width changed its height.
	relayout func()
}

// pageMark is a cited passage on a page, in page runes.
type pageMark struct {
	start, end int
	cites      []citedBy
}

// textRow is one line of wrapped text: runes [start, end) of the page,
// without the spaces or line break it wrapped at.
type textRow struct{ start, end int }

var (
	_ fyne.Tappable          = (*passageView)(nil)
	_ fyne.DoubleTappable    = (*passageView)(nil)
	_ fyne.SecondaryTappable = (*passageView)(nil)
	_ fyne.Draggable         = (*passageView)(nil)
	_ fyne.Focusable         = (*passageView)(nil)
	_ fyne.Shortcutable      = (*passageView)(nil)
	_ desktop.Cursorable     = (*passageView)(nil)
	_ desktop.Hoverable      = (*passageView)(nil)
)

func newPassageView() *passageView {
	v := &passageView{}
	v.ExtendBaseWidget(v)
	return v
}

// setPage shows a page of text with its cited passages, clearing the
// selection.
func (v *passageView) setPage(text string, marks []pageMark) {
	v.runes = []rune(text)
	v.marks = marks
	v.selStart, v.selEnd, v.dragging = 0, 0, false
	v.width = -1 // lay out again
	v.wrap(v.Size().Width)
	v.Refresh()
}

// text is the page's text.
func (v *passageView) text() string { return string(v.runes) }

// selection is the selected runes of the page, [start, end).
func (v *passageView) selection() (int, int) { return v.selStart, v.selEnd }

// selectRange selects runes [start, end) of the page, as a drag over them
// does.
func (v *passageView) selectRange(start, end int) {
	start, end = clampRange(start, end, len(v.runes))
	v.selStart, v.selEnd = start, end
	v.Refresh()
}

func clampRange(start, end, n int) (int, int) {
	start, end = max(0, min(start, n)), max(0, min(end, n))
	if end < start {
		start, end = end, start
	}
	return start, end
}

// metrics are the theme's sizes the layout uses.
func (v *passageView) metrics() (textSize, pad, rowHeight float32) {
	th := v.Theme()
	textSize = th.Size(theme.SizeNameText)
	pad = th.Size(theme.SizeNameInnerPadding)
	rowHeight = fyne.MeasureText("Mg", textSize, fyne.TextStyle{}).Height + th.Size(theme.SizeNameLineSpacing)
	return textSize, pad, rowHeight
}

// wrap lays the page out in rows for a width: each line of the text is
// broken after the last space that fits, or, for a word wider than the
// page, after the last rune that fits.
func (v *passageView) wrap(width float32) {
	if width == v.width && v.rows != nil {
		return
	}
	v.width = width
	v.rows = v.rows[:0]
	if width <= 0 {
		return // not laid out yet: wrapping at no width would measure every word for nothing
	}
	textSize, pad, _ := v.metrics()
	avail := width - 2*pad
	space := fyne.MeasureText(" ", textSize, fyne.TextStyle{}).Width
	// A page ends with its last line's line break, which starts no row.
	n := len(v.runes)
	if n > 0 && v.runes[n-1] == '\n' {
		n--
	}
	lineStart := 0
	for i := 0; i <= n; i++ {
		if i < n && v.runes[i] != '\n' {
			continue
		}
		v.wrapLine(lineStart, i, avail, space, textSize)
		lineStart = i + 1
	}
}

// wrapLine wraps the runes [start, end) of one line.
func (v *passageView) wrapLine(start, end int, avail, space, textSize float32) {
	if start == end {
		v.rows = append(v.rows, textRow{start, start})
		return
	}
	rowStart, x := start, float32(0)
	for i := start; i < end; {
		j := i
		for j < end && v.runes[j] != ' ' {
			j++
		}
		w := v.wordWidth(i, j, textSize)
		switch {
		case x > 0 && x+w > avail: // the word starts the next row
			v.rows = append(v.rows, textRow{rowStart, trimRight(v.runes, rowStart, i)})
			rowStart, x = i, 0
			continue
		case w > avail && avail > 0: // a word wider than the page
			cut := v.fitRunes(i, j, avail, textSize)
			v.rows = append(v.rows, textRow{rowStart, cut})
			rowStart, x, i = cut, 0, cut
			continue
		}
		x += w
		for j < end && v.runes[j] == ' ' {
			x += space
			j++
		}
		i = j
	}
	v.rows = append(v.rows, textRow{rowStart, trimRight(v.runes, rowStart, end)})
}

// wordWidth is the width of the word at runes [start, end), for
// wrapping: the sum of its runes' widths, each measured once for the
// process. Shaping each word, as fyne.MeasureText does, cost a third of
// opening a source; the sum leaves out kerning, which in Latin text mostly
// narrows a word, so a row may wrap a little early but hardly ever runs
// past the edge. Where a passage is drawn is measured exactly (positionOf).
func (v *passageView) wordWidth(start, end int, textSize float32) float32 {
	w := float32(0)
	for _, r := range v.runes[start:end] {
		w += runeWidth(r, textSize)
	}
	return w
}

// runeWidths caches the width of each rune at each text size; the reader
// runs on the UI thread only.
var runeWidths = map[runeAtSize]float32{}

type runeAtSize struct {
	r    rune
	size float32
}

func runeWidth(r rune, size float32) float32 {
	k := runeAtSize{r, size}
	w, ok := runeWidths[k]
	if !ok {
		w = fyne.MeasureText(string(r), size, fyne.TextStyle{}).Width
		runeWidths[k] = w
	}
	return w
}

// fitRunes is where runes [from, to) must break to fit a width: after at
// least one rune.
func (v *passageView) fitRunes(from, to int, avail, textSize float32) int {
	lo, hi := from+1, to
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(v.runes[from:mid]), textSize, fyne.TextStyle{}).Width <= avail {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func trimRight(rs []rune, start, end int) int {
	for end > start && rs[end-1] == ' ' {
		end--
	}
	return end
}

// MinSize is the height of the rows at the width the view has.
func (v *passageView) MinSize() fyne.Size {
	_, pad, rowHeight := v.metrics()
	v.wrap(v.Size().Width)
	return fyne.NewSize(120, 2*pad+float32(len(v.rows))*rowHeight)
}

// Resize wraps the text to the new width; when that changes its height,
// the scroll holding it lays it out again.
func (v *passageView) Resize(size fyne.Size) {
	rows := len(v.rows)
	v.BaseWidget.Resize(size)
	if size.Width != v.width {
		v.wrap(size.Width)
		v.Refresh()
		if len(v.rows) != rows && v.relayout != nil {
			v.relayout()
		}
	}
}

// rowAt is the row at a height, clamped to the rows there are.
func (v *passageView) rowAt(y float32) int {
	_, pad, rowHeight := v.metrics()
	r := int((y - pad) / rowHeight)
	return max(0, min(r, len(v.rows)-1))
}

// offsetAt is the rune boundary nearest a point.
func (v *passageView) offsetAt(p fyne.Position) int {
	if len(v.rows) == 0 {
		return 0
	}
	textSize, pad, _ := v.metrics()
	row := v.rows[v.rowAt(p.Y)]
	x := p.X - pad
	lo, hi := row.start, row.end
	for lo < hi { // the first boundary whose x is past the point's, less half a rune
		mid := (lo + hi) / 2
		left := fyne.MeasureText(string(v.runes[row.start:mid]), textSize, fyne.TextStyle{}).Width
		right := fyne.MeasureText(string(v.runes[row.start:mid+1]), textSize, fyne.TextStyle{}).Width
		if x < (left+right)/2 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// positionOf is where a rune boundary of the page is drawn: the top left
// of the rune after it.
func (v *passageView) positionOf(offset int) fyne.Position {
	textSize, pad, rowHeight := v.metrics()
	v.wrap(v.Size().Width)
	for i, r := range v.rows {
		if offset <= r.end || i == len(v.rows)-1 {
			end := max(r.start, min(offset, r.end))
			x := fyne.MeasureText(string(v.runes[r.start:end]), textSize, fyne.TextStyle{}).Width
			return fyne.NewPos(pad+x, pad+float32(i)*rowHeight)
		}
	}
	return fyne.NewPos(pad, pad)
}

// markAt is the cited passage at a rune offset, if any.
func (v *passageView) markAt(offset int) (pageMark, bool) {
	for _, m := range v.marks {
		if offset >= m.start && offset < m.end {
			return m, true
		}
	}
	return pageMark{}, false
}
