package export

import "strconv"

// The contents: a strip of entries after page one's judgments, "Contents
// Link chart 2 · Timeline 3 · …", each a link. A strip of two lines or so
// goes where the judgments end, page one's foot when it has room, rather
// than on a page of its own; the bookmarks hold the same entries.
//
// Its lines are laid out when it is reached, each entry with room for a
// page number of three digits; the numbers are written once every
// section's page is known (fillContents).

const contentsSize = 9.5

// contentsLine is a line of the strip: entries[from:to].
type contentsLine struct{ from, to int }

func (b *briefing) contents() error {
	entries := b.plan.contents()
	if len(entries) == 0 {
		return nil
	}
	lines := b.contentsLines(entries)
	lh := lineHeight(contentsSize)
	// The strip and the grading key go together, on page one's foot when
	// there is room.
	key := float64(b.linesOf(b.leg.grading, "I", 8.5, b.contentWidth())) * lineHeight(8.5)
	b.gap(4)
	b.need(2 + float64(len(lines))*lh + key)
	b.rule(b.y)
	b.y += 2
	b.tocPage, b.tocY = b.pdf.PageNo(), b.y
	b.color(colorBody)
	b.font("B", contentsSize)
	b.pdf.Text(b.left, b.y+0.5*lh+0.3*contentsSize*ptToMM, heading(SectionContents))
	for i := range lines {
		b.y += lh
		b.mark(markLine, i, len(lines))
	}
	if l := b.leg.at(SectionContents); l != "" {
		b.gap(1)
		b.text(l, "I", 8.5, colorMuted)
	}
	return nil
}

// contentsIndent is where the entries start, after the word "Contents".
func (b *briefing) contentsIndent() float64 {
	return b.textWidth("B", contentsSize, heading(SectionContents)) + 3
}

// contentsLines breaks the entries into lines, an entry whole on one.
func (b *briefing) contentsLines(entries []contentsEntry) []contentsLine {
	x0 := b.left + b.contentsIndent()
	sep := b.textWidth("", contentsSize, " · ")
	num := b.textWidth("", contentsSize, " 000")
	var lines []contentsLine
	from, x := 0, x0
	for i, e := range entries {
		w := b.textWidth("", contentsSize, e.title) + num
		if i > from {
			w += sep
		}
		if x+w > b.right && i > from {
			lines = append(lines, contentsLine{from, i})
			from, x = i, x0
			w -= sep
		}
		x += w
	}
	return append(lines, contentsLine{from, len(entries)})
}

// fillContents writes the contents' entries, now that every section's page
// is known: gofpdf lets us return to a page, so the briefing is laid out
// once.
func (b *briefing) fillContents() {
	if b.tocPage == 0 {
		return
	}
	entries := b.plan.contents()
	last := b.pdf.PageCount()
	pdf := b.pdf
	pdf.SetPage(b.tocPage)
	b.resetState()
	lh := lineHeight(contentsSize)
	for n, ln := range b.contentsLines(entries) {
		y := b.tocY + float64(n)*lh
		baseline := y + 0.5*lh + 0.3*contentsSize*ptToMM
		x := b.left + b.contentsIndent()
		for i := ln.from; i < ln.to; i++ {
			at, ok := b.toc[entries[i].title]
			if !ok {
				continue // a section that printed nothing after all
			}
			if i > ln.from {
				b.color(colorMuted)
				b.font("", contentsSize)
				pdf.Text(x, baseline, " · ")
				x += b.textWidth("", contentsSize, " · ")
			}
			entry := entries[i].title + " " + strconv.Itoa(at.page)
			b.color(colorLink)
			b.font("", contentsSize)
			pdf.Text(x, baseline, entry)
			w := b.textWidth("", contentsSize, entry)
			pdf.Link(x, y, w, lh, at.link)
			x += w
		}
	}
	pdf.SetPage(last)
	b.resetState()
}
