package export

// A list of short items (the actors, the relations) in two columns: each
// item whole in one column, the columns filled down a page and balanced
// where the list ends, so that what follows starts under both. Half the
// width takes a list of one-line items in half the height.

// columnGap is the space between the two columns, in mm.
const columnGap = 7.0

// columnItem is a list item laid out for its column.
type columnItem struct {
	toks  []token
	lines []line
	h     float64
}

// columnList lays out items, each a paragraph of spans after marker, in
// two columns across as many pages as they take.
func (b *briefing) columnList(items [][]span, size float64, marker string) {
	lh := lineHeight(size)
	colW := (b.contentWidth() - columnGap) / 2
	indent := max(5, b.textWidth("", size, marker)+2)
	measured := make([]columnItem, len(items))
	for i, spans := range items {
		toks := b.tokens(spans, size, colW-indent)
		lines := b.breakLines(toks, size, colW-indent)
		measured[i] = columnItem{toks, lines, float64(len(lines)) * lh}
	}
	for i := 0; i < len(measured); {
		avail := b.bottom - b.y - b.heldH
		split, end, h := columnChunk(measured[i:], avail)
		// A page's share of the list that is not its end takes three
		// lines a column at least; with less room, the list goes on the
		// next page.
		if b.y > b.top+0.01 && (end == 0 || i+end < len(measured) && avail < 3*lh) {
			b.newPage()
			continue
		}
		split, end = i+split, i+end
		if b.need(h) {
			continue // the page broke after all (a picture took its head): measure again
		}
		top := b.y
		for k := i; k < end; k++ {
			x := b.left
			if k == split {
				b.y = top
			}
			if k >= split {
				x += colW + columnGap
			}
			b.color(colorBody)
			b.font("", size)
			b.pdf.Text(x+0.5, b.y+0.5*lh+0.3*size*ptToMM, marker)
			b.drawMeasured(measured[k].toks, measured[k].lines, size, x+indent, markLine)
		}
		b.y = top + h
		if i = end; i < len(measured) {
			b.newPage()
		}
	}
}

// columnChunk is how many of items go on a page with avail mm left, in
// two columns: the left takes items[:split], the right items[split:end],
// each no taller than h. When the rest fit, the columns are balanced;
// else they are filled, and never is one item left for the next page
// alone. A page takes at least one item, however tall.
func columnChunk(items []columnItem, avail float64) (split, end int, h float64) {
	total := 0.0
	for _, it := range items {
		total += it.h
	}
	// Balanced: the split whose taller column is the shortest.
	left, best, bestH := 0.0, 0, total
	for k := range items {
		if right := total - left; max(left, right) < bestH {
			best, bestH = k, max(left, right)
		}
		left += items[k].h
	}
	if bestH <= avail+0.01 {
		return best, len(items), bestH
	}
	// Filled: down the left column, then the right.
	split, used := -1, 0.0
	for end < len(items) {
		if used+items[end].h > avail+0.01 {
			if split >= 0 || end == 0 {
				break
			}
			split, h, used = end, used, 0
			continue // the item again, atop the right column
		}
		used += items[end].h
		end++
	}
	if end == 0 {
		return 1, 1, items[0].h // taller than a page: alone
	}
	if split < 0 {
		split = end
	}
	if end == len(items)-1 && end-split >= 2 {
		end-- // two go over together
	}
	return split, end, max(sumHeights(items[:split]), sumHeights(items[split:end]))
}

func sumHeights(items []columnItem) float64 {
	h := 0.0
	for _, it := range items {
		h += it.h
	}
	return h
}
