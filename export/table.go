package export

// table lays out rows of wrapped cells across the content width. A row
// moves whole to the next page unless it is taller than a page; then it
// breaks between lines. Set the briefing's onNewPage to repeat a header row.
type table struct {
	b         *briefing
	xs        []float64 // column edges
	size, pad float64
}

// newTable makes a table whose columns take the given fractions of the
// content width, in text of the given size.
func newTable(b *briefing, fractions []float64, size float64) *table {
	xs := make([]float64, len(fractions)+1)
	xs[0] = b.left
	for i, f := range fractions {
		xs[i+1] = xs[i] + f*b.contentWidth()
	}
	return &table{b: b, xs: xs, size: size, pad: 1.5}
}

// measure breaks each cell into lines; n is the row's height in lines.
func (t *table) measure(cells []string, style string) (toks [][]token, lines [][]line, n int) {
	toks = make([][]token, len(cells))
	lines = make([][]line, len(cells))
	for i, cell := range cells {
		w := t.xs[i+1] - t.xs[i] - 2*t.pad
		toks[i] = t.b.tokens([]span{{text: cell, style: style}}, t.size, w)
		lines[i] = t.b.breakLines(toks[i], t.size, w)
		n = max(n, len(lines[i]))
	}
	return toks, lines, n
}

// height is how tall a row of the given cells is.
func (t *table) height(cells []string, style string) float64 {
	_, _, n := t.measure(cells, style)
	return float64(n)*lineHeight(t.size) + 2*t.pad
}

// fits says whether a block of height h fits on an empty page below the
// repeated header row.
func (t *table) fits(h float64) bool {
	return h <= t.b.bottom-t.b.top-2*lineHeight(t.size)
}

// head holds the header row, to go with the first row (see hold), and
// repeats it on each page the table continues on, until end.
func (t *table) head(cells []string) {
	t.b.hold(t.height(cells, "B"), func() {
		t.draw(cells, "B", true)
		t.b.mark(markLabel, 0, 1)
	})
	t.b.onNewPage = func() { t.draw(cells, "B", true) }
}

// end ends the table: its header is repeated no more.
func (t *table) end() { t.b.onNewPage = nil }

// row draws a row, on the next page unless it fits on this one.
func (t *table) row(cells []string, style string, fill bool) {
	if h := t.height(cells, style); t.fits(h) {
		t.b.need(h)
	} else {
		t.b.need(lineHeight(t.size) + 2*t.pad)
	}
	t.draw(cells, style, fill)
	t.b.mark(markRow, 0, 1)
}

// draw draws a row from the current y, breaking between its lines if it
// must.
func (t *table) draw(cells []string, style string, fill bool) {
	b, size, pad := t.b, t.size, t.pad
	lh := lineHeight(size)
	toks, lines, n := t.measure(cells, style)
	b.color(colorBody)
	for j := 0; j < n; j++ {
		if j > 0 && b.need(lh+2*pad) {
			b.color(colorBody)
		}
		if fill {
			b.fillRect(b.left, b.y, b.contentWidth(), lh+2*pad, [3]int{0xec, 0xee, 0xf1})
		}
		for i := range cells {
			if j < len(lines[i]) {
				b.y += pad
				b.drawLine(toks[i][lines[i][j].from:lines[i][j].to], size, t.xs[i]+pad)
				b.y -= pad
			}
		}
		b.y += lh
	}
	b.y += 2 * pad
	b.rule(b.y)
}
