package export

import "math"

// Keeping things together. The briefing takes every page break itself
// (layout.go), and decides it by measuring before it draws:
//
//   - what introduces something (a heading, an item's title and byline, a
//     note's label, a table's header row) is held, not drawn, and goes
//     down with the first lines of what it introduces, on whichever page
//     they land: no heading ends a page;
//   - a paragraph leaves at least two lines at a page's foot and takes at
//     least two to the next, and one of three lines or fewer is not split:
//     no single line is stranded at a page's head or foot.

// markKind is what a piece of a page is, as the page's first and last
// pieces are recorded for the tests of these rules.
type markKind int

const (
	markNone    markKind = iota // no piece (the zero pageMark)
	markLine                    // a line of a paragraph
	markHeading                 // a section's or sub-section's heading, a speaker's
	markLabel                   // an item's title or byline, a note's label, a table's header
	markRow                     // a table row
	markPicture                 // the chart, the timeline or a key to one
)

// pageMark is one piece drawn on a page: for a line, which of how many.
type pageMark struct {
	kind        markKind
	line, lines int
}

// pageEnds are the first and last pieces drawn on a page, and how far
// down the last ends.
type pageEnds struct {
	first, last pageMark
	set         bool
	foot        float64 // mm from the page's top
}

// heldPiece is laid out but not drawn yet: it is drawn with what
// follows, and marks what it draws (mark).
type heldPiece struct {
	h    float64
	draw func()
}

// mark records that a piece was drawn on the current page.
func (p *page) mark(kind markKind, line, lines int) {
	n := p.pdf.PageNo()
	for len(p.ends) < n {
		p.ends = append(p.ends, pageEnds{})
	}
	e := &p.ends[n-1]
	m := pageMark{kind, line, lines}
	if !e.set {
		e.first, e.set = m, true
	}
	e.last, e.foot = m, p.y
}

// hold keeps a piece h mm tall to be drawn, in order, just before the
// first lines of whatever is drawn next, on the same page.
func (p *page) hold(h float64, draw func()) {
	p.held = append(p.held, heldPiece{h, draw})
	p.heldH += h
}

// atNext runs f where the next piece is drawn, when what is held is
// drawn: to set a link or bookmark at a heading or an item that may yet
// move to the next page.
func (p *page) atNext(f func()) { p.hold(0, f) }

// need starts a new page unless what is held and then h mm fit above the
// footer, draws what is held, and reports whether it broke the page. On
// an empty page it never breaks: a new one would be no roomier.
func (p *page) need(h float64) bool {
	broke := false
	// A picture may take the new page's head (floats.go): then again.
	for p.y > p.top+0.01 && p.y+p.heldH+h > p.bottom+0.01 {
		p.newPage()
		broke = true
	}
	if len(p.held) == 0 {
		return broke
	}
	held := p.held
	p.held, p.heldH = nil, 0
	for _, piece := range held {
		piece.draw() // which marks what it draws
	}
	if p.held == nil {
		p.held = held[:0] // its storage, reused unless a piece held more
	}
	return broke
}

// maxHeld is the most that is held before it is drawn regardless: what
// introduces an item may not take more than half a page.
func (p *page) maxHeld() float64 { return (p.bottom - p.top) / 2 }

// holdBlock lays out a paragraph now and holds it (see hold); one too
// tall to hold is drawn at once, breaking as a paragraph does.
func (p *page) holdBlock(spans []span, size float64, c [3]int, x, w float64, kind markKind) {
	toks := p.tokens(spans, size, w)
	lines := p.breakLines(toks, size, w)
	lh := lineHeight(size)
	h := float64(len(lines)) * lh
	if p.heldH+h > p.maxHeld() {
		p.color(c)
		p.drawLines(toks, lines, size, x, 0, nil)
		return
	}
	p.hold(h, func() {
		p.color(c)
		p.drawMeasured(toks, lines, size, x, kind)
	})
}

// drawMeasured draws lines laid out before at x from the current y, all
// of them (the caller has made room), marking them as kind.
func (p *page) drawMeasured(toks []token, lines []line, size, x float64, kind markKind) {
	for i, ln := range lines {
		p.drawLine(toks[ln.from:ln.to], size, x)
		p.y += lineHeight(size)
		p.mark(kind, i, len(lines))
	}
}

// holdText holds a paragraph of one style (see holdBlock).
func (p *page) holdText(s, style string, size float64, c [3]int, x, w float64, kind markKind) {
	if s != "" {
		p.holdBlock([]span{{text: s, style: style}}, size, c, x, w, kind)
	}
}

// linesOf is how many lines s takes in the style at size in width w.
func (p *page) linesOf(s, style string, size, w float64) int {
	if s == "" {
		return 0
	}
	return len(p.breakLines(p.tokens([]span{{text: s, style: style}}, size, w), size, w))
}

// drawLines draws a paragraph's lines at x from the current y, breaking
// pages between lines as the rules above say; keep is how many mm must
// follow its last line on the same page (a quotation's source line).
// decorate, if set, is called for each page's share of the paragraph.
func (p *page) drawLines(toks []token, lines []line, size, x, keep float64, decorate func(y0, y1 float64)) {
	lh := lineHeight(size)
	n := len(lines)
	if n <= 3 {
		p.need(float64(n)*lh + keep) // whole, with what must follow it
	} else {
		p.need(2 * lh)
	}
	segTop := p.y
	for i := 0; i < n; {
		take := linesHere(n-i, p.linesFit(lh, 0), p.linesFit(lh, keep), p.y <= p.top+0.01)
		for end := i + take; i < end; i++ {
			p.drawLine(toks[lines[i].from:lines[i].to], size, x)
			p.y += lh
			p.mark(markLine, i, n)
		}
		if i < n {
			if decorate != nil && p.y > segTop {
				decorate(segTop, p.y)
			}
			p.newPage()
			p.need(0) // a line saying what continues, under a picture (floats.go)
			segTop = p.y
		}
	}
	if decorate != nil && p.y > segTop {
		decorate(segTop, p.y)
	}
}

// linesFit is how many lines lh mm tall fit above the footer with
// reserve mm left under them.
func (p *page) linesFit(lh, reserve float64) int {
	return max(0, int(math.Floor((p.bottom+0.01-p.y-reserve)/lh)))
}

// linesHere is how many of a paragraph's rest lines go on this page,
// where room lines fit and tailRoom fit with what must follow the last:
// all when they fit with it; else as many as fit but at least two short,
// to go over with what follows; and none rather than one. An empty page
// takes what it can.
func linesHere(rest, room, tailRoom int, emptyPage bool) int {
	take := rest
	switch {
	case rest <= tailRoom:
		return rest
	case rest <= room:
		take = rest - 2
	default:
		take = min(room, rest-2)
	}
	if take < 2 {
		take = 0
	}
	if take == 0 && emptyPage {
		take = max(1, min(room, rest))
	}
	return take
}
