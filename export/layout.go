package export

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/casefile/casefile/assets"

	"github.com/jung-kurt/gofpdf"
)

// The briefing is laid out by hand rather than with gofpdf's MultiCell and
// automatic page breaks: every line is measured, placed and, when it would
// run under the footer, moved to a new page. That keeps long quotations and
// notes whole across pages and lets a quotation's rule follow it.

const (
	ptToMM      = 25.4 / 72
	lineSpacing = 1.34
	fontFamily  = "NotoSans"
)

// text colours
var (
	colorBody  = [3]int{0x1a, 0x1a, 0x1a}
	colorMuted = [3]int{0x55, 0x5a, 0x60}
	colorRule  = [3]int{0xb0, 0xb4, 0xba}
	colorLink  = [3]int{0x1f, 0x4e, 0x8c}
)

// page is the geometry of a page and the current position on it.
type page struct {
	pdf           *gofpdf.Fpdf
	width, height float64
	left, right   float64 // content area's x bounds
	top, bottom   float64 // content area's y bounds
	y             float64
	loaded        [4]bool    // fonts registered, per style (styleIndex)
	widths        [4][]int32 // per style (styleIndex): rune -> width in font units, -1 unknown
	keepAfter     float64    // mm the next block's last lines keep with them
	tokBuf        []token    // reused by block
	lineBuf       []line     // reused by block
	run           []byte     // reused by drawLine
	size          float64    // current font size in pt
	style         string
	textColor     [3]int
	held          []heldPiece // laid out, to be drawn with what follows (keep.go)
	heldH         float64     // the height of what is held
	ends          []pageEnds  // each page's first and last pieces, for the tests
	// onNewPage, if set, runs after a page break made by need, to repeat a
	// table header or a "continued" line.
	onNewPage func()
	// atPageTop, if set, runs first on a new page: the briefing's waiting
	// pictures go there (floats.go).
	atPageTop func()
}

func (p *page) contentWidth() float64 { return p.right - p.left }

func (p *page) font(style string, size float64) {
	if p.style != style || p.size != size {
		p.loadFont(style)
		p.pdf.SetFont(fontFamily, style, size)
		p.style, p.size = style, size
	}
}

// color sets the text colour. The fill colour is kept the same, so gofpdf
// writes each line without wrapping it in a colour change of its own: a
// tenth less page content for a large briefing.
// loadFont registers the style's font on first use, so a briefing embeds
// only the styles it uses (bold-italic rarely is).
func (p *page) loadFont(style string) {
	i := styleIndex(style)
	if p.loaded[i] {
		return
	}
	p.loaded[i] = true
	p.pdf.AddUTF8FontFromBytes(fontFamily, style, [...][]byte{assets.FontRegular, assets.FontBold, assets.FontItalic, assets.FontBoldItalic}[i])
}

func (p *page) color(c [3]int) {
	if p.textColor == c {
		return
	}
	p.textColor = c
	p.pdf.SetTextColor(c[0], c[1], c[2])
	p.pdf.SetFillColor(c[0], c[1], c[2])
}

// forgetColor makes the next color call set the colour again, after drawing
// that changed it or on returning to an earlier page.
func (p *page) forgetColor() { p.textColor = [3]int{-1, -1, -1} }

// rule draws a thin rule across the content width at y.
func (p *page) rule(y float64) {
	p.pdf.SetDrawColor(colorRule[0], colorRule[1], colorRule[2])
	p.pdf.SetLineWidth(0.2)
	p.pdf.Line(p.left, y, p.right, y)
}

// fillRect fills a rectangle in colour c, keeping the text colour.
func (p *page) fillRect(x, y, w, h float64, c [3]int) {
	p.pdf.SetFillColor(c[0], c[1], c[2])
	p.pdf.Rect(x, y, w, h, "F")
	t := p.textColor
	if t[0] >= 0 {
		p.pdf.SetFillColor(t[0], t[1], t[2])
	}
}

func lineHeight(size float64) float64 { return size * ptToMM * lineSpacing }

// runeWidth is a rune's advance in thousandths of the font size.
func (p *page) runeWidth(style string, r rune) int {
	if r > 0xFFFF || r < 0 {
		return 1000
	}
	w := p.widths[styleIndex(style)]
	if w == nil {
		w = make([]int32, 0x10000)
		for i := range w {
			w[i] = -1
		}
		p.widths[styleIndex(style)] = w
	}
	if w[r] < 0 {
		p.loadFont(style)
		p.pdf.SetFont(fontFamily, style, 10)
		w[r] = int32(p.pdf.GetStringSymbolWidth(string(r)))
		if p.style != "?" && p.size > 0 {
			p.pdf.SetFont(fontFamily, p.style, p.size) // measuring leaves the font as it was
		} else {
			p.style = "?"
		}
	}
	return int(w[r])
}

func styleIndex(style string) int {
	switch style {
	case "B":
		return 1
	case "I":
		return 2
	case "BI":
		return 3
	}
	return 0
}

// textWidth is the width of s in mm in the style at size.
func (p *page) textWidth(style string, size float64, s string) float64 {
	units := 0
	for _, r := range s {
		units += p.runeWidth(style, r)
	}
	return float64(units) * size * ptToMM / 1000
}

// newPage starts a page; the header is drawn by gofpdf's header function.
func (p *page) newPage() {
	p.pdf.AddPage()
	p.y = p.top
	// AddPage resets the font through the header; make the next font call
	// set it again.
	p.style, p.size = "?", 0
	if p.atPageTop != nil {
		p.atPageTop()
	}
	if p.onNewPage != nil {
		p.onNewPage()
	}
}

// gap adds vertical space, dropping it at the top of a page; after what
// is held, it is held too, so that it stays in its place.
func (p *page) gap(h float64) {
	if len(p.held) > 0 {
		p.hold(h, func() { p.gapNow(h) })
		return
	}
	p.gapNow(h)
}

func (p *page) gapNow(h float64) {
	if p.y > p.top {
		p.y = min(p.y+h, p.bottom)
	}
}

// token is a word to lay out, with the space before it.
type token struct {
	text      string
	src       string // the span's text, which text is a slice of at off
	off       int
	style     string
	width     float64 // mm
	space     bool    // preceded by a space
	lineBreak bool    // a hard line break, no text
}

// tokens splits spans into words, measuring each; words wider than the
// column are cut between characters (nothing else is altered).
func (p *page) tokens(spans []span, size, column float64) []token {
	return p.appendTokens(nil, spans, size, column)
}

func (p *page) appendTokens(out []token, spans []span, size, column float64) []token {
	space := false
	for _, sp := range spans {
		sp.text = pdfSafe(sp.text)
		s := sp.text
		for len(s) > 0 {
			off := len(sp.text) - len(s)
			i := strings.IndexAny(s, " \t\n\r")
			word := s
			if i >= 0 {
				word = s[:i]
			}
			if word != "" {
				out = p.appendWord(out, sp.text, off, word, sp.style, size, column, space)
				space = false
			}
			if i < 0 {
				break
			}
			if s[i] == '\n' {
				out = append(out, token{lineBreak: true})
				space = false
			} else if len(out) > 0 && !out[len(out)-1].lineBreak {
				space = true
			}
			s = s[i+1:]
		}
	}
	return out
}

func (p *page) appendWord(out []token, src string, off int, word, style string, size, column float64, space bool) []token {
	scale := size * ptToMM / 1000
	units := 0
	start := 0
	// A word wider than the column breaks after its last slash, hyphen,
	// dot or other separator that fits (as in a web address), or else
	// between the characters that fit.
	brk, brkUnits := -1, 0
	for i, r := range word {
		w := p.runeWidth(style, r)
		if float64(units+w)*scale > column && i > start {
			cut, cutUnits := i, units
			if brk > start {
				cut, cutUnits = brk, brkUnits
			}
			out = append(out, token{text: word[start:cut], src: src, off: off + start, style: style, width: float64(cutUnits) * scale, space: space && start == 0})
			start, units = cut, units-cutUnits
		}
		units += w
		switch r {
		case '/', '-', '.', '?', '&', '=', '_', '–', '—':
			brk, brkUnits = i+utf8.RuneLen(r), units
		}
	}
	return append(out, token{text: word[start:], src: src, off: off + start, style: style, width: float64(units) * scale, space: space && start == 0})
}

// line is a laid-out line: tokens[from:to].
type line struct{ from, to int }

// breakLines fills lines of the given width greedily.
func (p *page) breakLines(toks []token, size, width float64) []line {
	return p.appendLines(nil, toks, size, width)
}

func (p *page) appendLines(lines []line, toks []token, size, width float64) []line {
	start, x := 0, 0.0
	for i, t := range toks {
		if t.lineBreak {
			lines = append(lines, line{start, i})
			start, x = i+1, 0
			continue
		}
		adv := t.width
		if t.space && i > start {
			adv += p.spaceWidth(t.style, size)
		}
		if x+adv > width && i > start {
			lines = append(lines, line{start, i})
			start, x = i, t.width
			continue
		}
		x += adv
	}
	if start < len(toks) || len(lines) == 0 {
		lines = append(lines, line{start, len(toks)})
	}
	return lines
}

// drawLine writes one line at x on the current y, merging words of one
// style into a single text run. A run whose words were separated by single
// spaces in the source is passed on as a slice of it, without copying.
func (p *page) drawLine(toks []token, size, x float64) {
	lh := lineHeight(size)
	baseline := p.y + 0.5*lh + 0.3*size*ptToMM
	for i := 0; i < len(toks); {
		first, style := toks[i], toks[i].style
		width := first.width
		contiguous := true
		j := i + 1
		for ; j < len(toks) && toks[j].style == style; j++ {
			prev, t := toks[j-1], toks[j]
			end := prev.off + len(prev.text)
			if !t.space || t.src != prev.src || t.off != end+1 || prev.src[end] != ' ' {
				contiguous = false
			}
			if t.space {
				width += p.spaceWidth(style, size)
			}
			width += t.width
		}
		last := toks[j-1]
		// The space before the next run belongs to this one, so text
		// extraction keeps it.
		trailing := j < len(toks) && toks[j].space
		if trailing {
			width += p.spaceWidth(style, size)
		}
		var text string
		end := last.off + len(last.text)
		if contiguous && (!trailing || end < len(last.src) && last.src[end] == ' ') {
			if trailing {
				end++
			}
			text = last.src[first.off:end]
		} else {
			run := p.run[:0]
			for k := i; k < j; k++ {
				if k > i && toks[k].space {
					run = append(run, ' ')
				}
				run = append(run, toks[k].text...)
			}
			if trailing {
				run = append(run, ' ')
			}
			text = string(run)
			p.run = run
		}
		p.font(style, size)
		p.pdf.Text(x, baseline, text)
		x += width
		i = j
	}
}

func (p *page) spaceWidth(style string, size float64) float64 {
	return float64(p.runeWidth(style, ' ')) * size * ptToMM / 1000
}

// block lays out spans as a paragraph at x with width w, breaking pages
// between lines as keep.go says. decorate, if set, is called for each
// page's share of the paragraph with its top and bottom y (to draw a
// quotation's rule).
func (p *page) block(spans []span, size, x, w float64, decorate func(y0, y1 float64)) {
	// The buffers are reused: block does not nest (decorate and onNewPage
	// draw without it).
	toks := p.appendTokens(p.tokBuf[:0], spans, size, w)
	lines := p.appendLines(p.lineBuf[:0], toks, size, w)
	p.tokBuf, p.lineBuf = toks, lines
	keep := p.keepAfter // set by the caller for this block only
	p.keepAfter = 0
	p.drawLines(toks, lines, size, x, keep, decorate)
}

// text lays out a plain paragraph in one style.
func (p *page) text(s, style string, size float64, c [3]int) {
	p.textAt(s, style, size, c, p.left, p.contentWidth())
}

func (p *page) textAt(s, style string, size float64, c [3]int, x, w float64) {
	if s == "" {
		return
	}
	p.color(c)
	p.block([]span{{text: s, style: style}}, size, x, w, nil)
}

// pdfSafe shows characters beyond the Basic Multilingual Plane (emoji,
// mathematical letters) as "[U+1F600]": gofpdf cannot embed them (its font
// subsetting fails on them) and Noto Sans has no glyphs for them, so the
// briefing says plainly which character stood there rather than failing or
// dropping it silently.
func pdfSafe(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xF0 {
			var b strings.Builder
			for _, r := range s {
				if r > 0xFFFF {
					fmt.Fprintf(&b, "[U+%04X]", r)
				} else {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return s
}

// truncate shortens s with "…" to fit width mm.
func (p *page) truncate(s, style string, size, width float64) string {
	s = pdfSafe(s)
	if p.textWidth(style, size, s) <= width {
		return s
	}
	limit := width - p.textWidth(style, size, "…")
	w := 0.0
	for i, r := range s {
		w += float64(p.runeWidth(style, r)) * size * ptToMM / 1000
		if w > limit {
			return strings.TrimRight(s[:i], " ") + "…"
		}
	}
	return s
}
