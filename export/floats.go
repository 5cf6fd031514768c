package export

// Pictures go where they land. A picture's section (the chart, the
// timeline) is drawn at once when it fits in what is left of the page;
// else it waits for the head of the next page, and the text after it
// fills this one. No page is left part empty for a picture to start the
// next, and no picture is cut for want of the room a page would give it.

// float is a picture's section waiting for the next page.
type float struct {
	h    float64 // the least it needs, heading and all, in mm
	draw func()
}

// place draws a picture's section now when h mm fit on this page, or the
// page is empty; else it waits, behind any other waiting picture.
func (b *briefing) place(h float64, draw func()) {
	if len(b.floats) == 0 && (b.y <= b.top+0.01 || b.y+b.heldH+h <= b.bottom+0.01) {
		draw()
		return
	}
	b.floats = append(b.floats, float{h, draw})
}

// placeFloats draws the waiting pictures that fit here, in order: at a
// new page's head, or where a section is about to start. The flow they
// interrupt (a paragraph, what it holds, a table whose header repeats)
// then resumes under them as it was, after a line saying what continues.
func (b *briefing) placeFloats() {
	if len(b.floats) == 0 || b.y > b.top+0.01 && b.y+b.floats[0].h > b.bottom+0.01 {
		return
	}
	held, heldH, keep, onNew := b.held, b.heldH, b.keepAfter, b.onNewPage
	toks, lines, color, current := b.tokBuf, b.lineBuf, b.textColor, b.current
	b.held, b.heldH, b.keepAfter, b.onNewPage, b.tokBuf, b.lineBuf = nil, 0, 0, nil, nil, nil
	for len(b.floats) > 0 && (b.y <= b.top+0.01 || b.y+b.floats[0].h <= b.bottom+0.01) {
		f := b.floats[0]
		b.floats = b.floats[1:]
		f.draw()
		b.need(0) // what the picture's section holds stays with it
	}
	b.held, b.heldH, b.keepAfter, b.onNewPage, b.tokBuf, b.lineBuf, b.current = held, heldH, keep, onNew, toks, lines, current
	b.forgetColor()
	if color[0] >= 0 {
		b.color(color)
	}
	if current != "" {
		// Held first, to go down with what resumes.
		rest := b.held
		b.held, b.heldH = nil, 0
		b.holdText(current+", continued", "I", 9, colorMuted, b.left, b.contentWidth(), markLabel)
		b.held = append(b.held, rest...)
		b.heldH += heldH
	}
}

// sectionHeadH is the height of a section's heading with the space
// around it.
func sectionHeadH() float64 { return 5 + lineHeight(16) + 2.5 }
