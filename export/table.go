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

// keepTogether starts a new page unless the rows fit on this one, so
// that the last row of a table never stands alone under its header.
func (t *table) keepTogether(style string, rows ...[]string) {
	h := 0.0
	for _, r := range rows {
		h += t.height(r, style)
	}
	if t.fits(h) {
		t.b.need(h)
	}
}

func (t *table) row(cells []string, style string, fill bool) {
	b, size, pad := t.b, t.size, t.pad
	lh := lineHeight(size)
	toks, lines, n := t.measure(cells, style)
	if h := float64(n)*lh + 2*pad; t.fits(h) {
		b.need(h)
	}
	b.color(colorBody)
	for j := 0; j < n; j++ {
		if b.need(lh + 2*pad) {
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
	b.pdf.SetDrawColor(colorRule[0], colorRule[1], colorRule[2])
	b.pdf.SetLineWidth(0.2)
	b.pdf.Line(b.left, b.y, b.right, b.y)
}
