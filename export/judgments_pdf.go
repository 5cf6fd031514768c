package export

import (
	"strconv"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// The PDF's assessment sections: the key judgments, which continue page
// one under the bottom line, and the competing hypotheses as a compact
// table. Each cited item is a reference ("S4") that links to where the
// briefing prints it.

// anchors are where the briefing printed each item a reference may
// point to, and the links made to each.
type anchors struct {
	at    map[string][2]float64 // item id -> page, y
	links map[string]int        // item id -> gofpdf link
}

// anchor records that the item with the id starts here, and points the
// links made to it so far at it.
func (b *briefing) anchor(id string) {
	if !b.refs.on {
		return
	}
	if b.anch.at == nil {
		b.anch.at = map[string][2]float64{}
	}
	page := float64(b.pdf.PageNo())
	b.anch.at[id] = [2]float64{page, b.y}
	if l, ok := b.anch.links[id]; ok {
		b.pdf.SetLink(l, b.y, int(page))
	}
}

// linkTo is a link to the item with the id, pointed at it once it is
// printed (or at once when it has been).
func (b *briefing) linkTo(id string) int {
	if l, ok := b.anch.links[id]; ok {
		return l
	}
	if b.anch.links == nil {
		b.anch.links = map[string]int{}
	}
	l := b.pdf.AddLink()
	b.anch.links[id] = l
	if at, ok := b.anch.at[id]; ok {
		b.pdf.SetLink(l, at[1], int(at[0]))
	}
	return l
}

// settleLinks points every link whose item the briefing never printed (its
// section left out) at page one, so that no link is left without a page.
func (b *briefing) settleLinks() {
	for id, l := range b.anch.links {
		if _, ok := b.anch.at[id]; !ok {
			b.pdf.SetLink(l, 0, 1)
		}
	}
}

// labelled is an item's title with its reference before it, "S4  Rama on
// proportionality", when the briefing prints references.
func (b *briefing) labelled(id, title string) string {
	if l := b.refs.of(id); l != "" {
		return l + "  " + title
	}
	return title
}

// refGroup is a run of references after a word: "Supported by" S3, S6.
type refGroup struct {
	prefix string
	ids    []string
}

// refLine writes each group's word and then its items' references, each
// a link to the item, in one paragraph wrapping at width w from x.
func (b *briefing) refLine(x, w, size float64, groups ...refGroup) {
	lh := lineHeight(size)
	cx, started := x, false
	put := func(s, style string, c [3]int, link int) {
		width := b.textWidth(style, size, s)
		if cx+width > x+w && cx > x {
			b.y += lh
			cx = x + 4
		}
		if cx == x || cx == x+4 {
			b.need(lh)
		}
		b.color(c)
		b.font(style, size)
		b.pdf.Text(cx, b.y+0.5*lh+0.3*size*ptToMM, s)
		if link >= 0 {
			b.pdf.Link(cx, b.y, b.textWidth(style, size, strings.TrimRight(s, ", ")), lh, link)
		}
		cx += width
	}
	for _, g := range groups {
		if len(g.ids) == 0 {
			continue
		}
		prefix := g.prefix + " "
		if started {
			prefix = "· " + prefix
		}
		started = true
		put(prefix, "", colorMuted, -1)
		for i, id := range g.ids {
			label := b.refs.of(id)
			if label == "" {
				label = b.c.EvidenceName(id)
			}
			if i < len(g.ids)-1 {
				label += ","
			}
			put(label+" ", "B", colorLink, b.linkTo(id))
		}
	}
	if started {
		b.y += lh
	}
}

// compactCover is the cover when page one holds the key judgments too:
// the title, the marking with the legend beside it, the date and the
// case's particulars in a line or two.
func (b *briefing) compactCover() error {
	c := b.c
	b.newPage()
	b.cover1 = true
	b.y = b.top + 4
	b.text("BRIEFING", "B", 10, colorMuted)
	b.y += 1
	b.text(c.Title, "B", 19, colorBody)
	b.y += 2.5
	w := b.badge(14, 8.5)
	top := b.y
	b.y += 0.3
	b.textAt(b.coverLegend(), "I", 9, colorMuted, b.left+w+4, b.contentWidth()-w-4)
	b.y = max(b.y, top+8.5) + 3
	if r := c.Release; r != nil {
		b.text("Releasable version at "+string(r.Limit)+". "+r.Sentence(), "I", 9, colorMuted)
		b.y += 1
	}
	first := []string{briefingDate(c)}
	if c.Analyst != "" {
		first = append(first, c.Analyst)
	}
	first = append(first, holdings(c))
	if q := b.ix.quotesChecked(); q != "" {
		first = append(first, "quotes "+q)
	}
	b.text(strings.Join(first, " · "), "", 9.5, colorBody)
	if len(c.Tags) > 0 {
		b.text("Tags: "+strings.Join(c.Tags, ", "), "", 8.5, colorMuted)
	}
	return b.tick()
}

// badge draws the marking as FIRST prescribes, in its colours, at size,
// h mm tall, at the left on the current y; it returns its width.
func (b *briefing) badge(size, h float64) float64 {
	text := strings.ToUpper(string(b.marking))
	b.font("B", size)
	w := b.textWidth("B", size, text) + size/2
	bg, fg := b.marking.Background(), b.marking.Color()
	b.pdf.SetFillColor(int(bg.R), int(bg.G), int(bg.B))
	b.pdf.Rect(b.left, b.y, w, h, "F")
	b.pdf.SetTextColor(int(fg.R), int(fg.G), int(fg.B))
	b.pdf.Text(b.left+size/4, b.y+h/2+0.35*size*ptToMM, text)
	b.forgetColor()
	return w
}

func (b *briefing) judgments() error {
	c := b.c
	b.startSection(SectionJudgments, false)
	b.holdText("The analyst’s own judgments, not the sources’, most important first; likelihoods on the ICD 203 scale. "+refLegend,
		"I", 8, colorMuted, b.left, b.contentWidth(), markLabel)
	if line := c.Release.Missing("judgments", len(c.Judgments), ""); line != "" {
		b.text(line, "I", 9.5, colorMuted)
	}
	x := b.left + 6
	w := b.right - x
	// Smaller type when the judgments would not all fit on the page
	// they start on (page one, under the bottom line), and would fit so.
	z := judgmentSizes{text: 10.5, meta: 9, basis: 8.5, gap: 2.5}
	if small := (judgmentSizes{text: 9.8, meta: 8.2, basis: 7.6, gap: 1}); b.y+b.heldH+b.judgmentsHeight(z, w) > b.bottom &&
		b.y+b.heldH+b.judgmentsHeight(small, w) <= b.bottom {
		z = small
	}
	for i, j := range c.Judgments {
		b.gap(z.gap)
		// A judgment is read whole: it moves to the next page whole
		// unless it is taller than a third of one.
		b.need(min(b.judgmentHeight(j, z, w), (b.bottom-b.top)/3))
		b.color(colorBody)
		b.font("B", z.text)
		b.pdf.Text(b.left, b.y+0.5*lineHeight(z.text)+0.3*z.text*ptToMM, strconv.Itoa(i+1)+".")
		b.textAt(j.Text, "B", z.text, colorBody, x, w)
		b.textAt(judgmentMeta(c, j), "", z.meta, colorMuted, x, w)
		if j.Basis != "" {
			b.textAt(j.Basis, "", z.basis, colorBody, x, w)
		}
		supports, undercuts := supportSplit(j)
		b.refLine(x, w, z.meta, refGroup{"Supported by", supports}, refGroup{"undercut by", undercuts})
		b.textAt(withheldEvidence(c, j), "I", z.basis, colorMuted, x, w)
		if err := b.tick(); err != nil {
			return err
		}
	}
	return nil
}

// judgmentSizes are the type sizes of the key judgments, in points, and
// the gap between them in mm.
type judgmentSizes struct{ text, meta, basis, gap float64 }

// judgmentsHeight is about how tall the judgments are at the sizes z in
// width w: the lines of each part, measured as they break.
func (b *briefing) judgmentsHeight(z judgmentSizes, w float64) float64 {
	h := 0.0
	for _, j := range b.c.Judgments {
		h += z.gap + b.judgmentHeight(j, z, w)
	}
	return h
}

// judgmentHeight is how tall a judgment is at the sizes z in width w.
func (b *briefing) judgmentHeight(j casefile.Judgment, z judgmentSizes, w float64) float64 {
	lines := func(s, style string, size float64) float64 {
		return float64(b.linesOf(s, style, size, w)) * lineHeight(size)
	}
	return lines(j.Text, "B", z.text) + lines(judgmentMeta(b.c, j), "", z.meta) + lines(j.Basis, "", z.basis) +
		lineHeight(z.meta) + lines(withheldEvidence(b.c, j), "I", z.basis)
}

func (b *briefing) hypotheses() error {
	c := b.c
	if !assessmentShown(c, SectionHypotheses) {
		return nil
	}
	b.startSection(SectionHypotheses, false)
	b.holdText("The analyst’s hypotheses, with the evidence rated against each as in Heuer’s analysis of competing hypotheses: "+
		"the one with the least weighted inconsistency leads. Each item weighs what its grading gives unless the analyst changed it.",
		"I", 9, colorMuted, b.left, b.contentWidth(), markLabel)
	if line := c.Release.Missing("hypotheses", len(c.Hypotheses), ""); line != "" {
		b.text(line, "I", 9.5, colorMuted)
	}
	if c.Release != nil {
		b.text("Scored on the evidence and hypotheses this release holds.", "I", 9, colorMuted)
	}
	if len(c.Hypotheses) == 0 {
		return nil
	}
	b.gap(2)
	g, s := matrixScores(c)
	t := newTable(b, []float64{0.06, 0.77, 0.17}, 9.5)
	t.pad = 1
	t.head([]string{"", "Hypothesis", "Inconsistency"})
	for i, h := range c.Hypotheses {
		score := casefile.ScoreText(s.Inconsistency[i])
		switch {
		case i == s.Leader && s.Tied:
			score += " · leads, tied"
		case i == s.Leader:
			score += " · leads"
		}
		style := ""
		if i == s.Leader {
			style = "B"
		}
		t.row([]string{hypothesisLabel(i), hypothesisText(c, h), score}, style, false)
	}
	t.end()
	b.gap(2)
	b.text(b.sensitivityWords(g, s), "", 9.5, colorBody)
	if len(c.Matrix) == 0 {
		b.text("No evidence is rated against the hypotheses yet.", "I", 9.5, colorMuted)
		return nil
	}
	b.y += 1
	b.matrixTable(g, s)
	return nil
}

// sensitivityWords says what the lead rests on: the items whose removal
// alone would change it, a few of them.
func (b *briefing) sensitivityWords(g *casefile.Grid, s casefile.Scores) string {
	return sensitivityText(b.c, s, b.refs)
}

// sensitivityText is what the PDF and the Markdown say of the lead's
// sensitivity.
func sensitivityText(c *casefile.Case, s casefile.Scores, refs *evidenceRefs) string {
	if len(c.Matrix) == 0 {
		return ""
	}
	if len(s.Sensitive) == 0 {
		return "No single item of evidence, taken away, would change which hypothesis leads."
	}
	const few = 5
	var names []string
	for i, row := range s.Sensitive {
		if i == few {
			break
		}
		id := c.Matrix[row].Item
		name := c.EvidenceName(id)
		if l := refs.of(id); l != "" {
			name = l + " (" + name + ")"
		}
		names = append(names, name)
	}
	if more := len(s.Sensitive) - few; more > 0 {
		names = append(names, casefile.Count(more, "more", "more"))
	}
	if len(s.Sensitive) == 1 {
		return "The lead rests on " + names[0] + ": without it alone, another hypothesis would lead, or share the lead."
	}
	return "The lead rests on " + casefile.JoinAnd(names) + ": without any one of them alone, another hypothesis would lead, or share the lead."
}

// matrixTable draws the matrix compactly, a line per piece of evidence:
// its reference and title, its weight, and a rating code per hypothesis.
// Rows that are not diagnostic are grey; those the lead rests on bold.
func (b *briefing) matrixTable(g *casefile.Grid, s casefile.Scores) {
	c := b.c
	size := 8.0
	if g.Hypotheses > 10 {
		size = 7
	}
	lh := lineHeight(size) + 1
	codeW := max(b.textWidth("B", size, "H00")+1.5, 6)
	weightW := b.textWidth("B", size, "Weight") + 2
	titleW := b.contentWidth() - weightW - float64(g.Hypotheses)*codeW
	if titleW < 30 { // many hypotheses: narrower columns
		codeW = (b.contentWidth() - weightW - 30) / float64(g.Hypotheses)
		titleW = 30
	}
	colX := func(h int) float64 { return b.left + titleW + weightW + float64(h)*codeW }
	header := func() {
		b.fillRect(b.left, b.y, b.contentWidth(), lh, [3]int{0xec, 0xee, 0xf1})
		b.color(colorBody)
		b.font("B", size)
		base := b.y + 0.5*lh + 0.3*size*ptToMM
		b.pdf.Text(b.left+1, base, "Evidence")
		b.pdf.Text(b.left+titleW, base, "Weight")
		for h := range g.Hypotheses {
			l := hypothesisLabel(h)
			b.pdf.Text(colX(h)+(codeW-b.textWidth("B", size, l))/2, base, l)
		}
		b.y += lh
	}
	b.need(3 * lh)
	header()
	b.onNewPage = header
	sensitive := map[int]bool{}
	for _, r := range s.Sensitive {
		sensitive[r] = true
	}
	for r, row := range c.Matrix {
		b.need(lh)
		col, style := colorBody, ""
		if !s.Diagnostic[r] {
			col = [3]int{0x9a, 0x9f, 0xa6}
		}
		if sensitive[r] {
			style = "B"
		}
		base := b.y + 0.5*lh + 0.3*size*ptToMM
		b.color(col)
		title := b.truncate(b.labelled(row.Item, c.EvidenceName(row.Item)), style, size, titleW-3)
		b.font(style, size)
		b.pdf.Text(b.left+1, base, title)
		if l := b.refs.of(row.Item); l != "" {
			b.pdf.Link(b.left+1, b.y, b.textWidth(style, size, l), lh, b.linkTo(row.Item))
		}
		b.pdf.Text(b.left+titleW, base, casefile.ScoreText(g.Weights[r]))
		for h, cell := range g.Row(r) {
			code := cell.Rating().Code()
			if code == "" {
				continue
			}
			b.pdf.Text(colX(h)+(codeW-b.textWidth(style, size, code))/2, base, code)
		}
		b.y += lh
		if r%32 == 31 {
			if err := b.ctx.Err(); err != nil {
				break
			}
		}
	}
	b.onNewPage = nil
	b.rule(b.y)
	b.y += 1.5
	b.text(ratingLegend+" Grey: not diagnostic, rated alike for every hypothesis. Bold: the lead rests on it.", "I", 8, colorMuted)
}

// ratingLegend says what the rating codes stand for.
const ratingLegend = "CC very consistent, C consistent, N neutral, I inconsistent, II very inconsistent, NA not applicable, blank not rated."
