package export

import (
	"strings"

	"github.com/casefile/casefile/casefile"
)

// The PDF's evidence: the statements, the background events and the
// analyst's notes. Each item introduces itself (its title and byline are
// held, keep.go) and goes down with the first lines of its text.

func (b *briefing) statements() error {
	b.startSection(SectionStatements, false)
	b.missing("statements", len(b.c.Statements), "The case holds no statements.")
	for _, g := range orderedStatements(b.c, b.opt.StatementOrder) {
		if g.speaker != "" {
			b.heading(b.ix.speakerTitle(g.speaker), 13.5)
		}
		for _, s := range g.statements {
			b.statement(s, g.speaker == "")
			if err := b.afterItem(casefile.OnStatement, s.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

// afterItem draws the notes beside an item just drawn, and counts it done.
func (b *briefing) afterItem(kind casefile.TargetKind, id string) error {
	if err := b.inlineNotes(kind, id); err != nil {
		return err
	}
	return b.tick()
}

func (b *briefing) statement(s casefile.Statement, withSpeaker bool) {
	w := b.contentWidth()
	b.gap(3)
	b.atNext(func() { b.anchor(s.ID) })
	// The source and grading go on the title's line when they fit there,
	// else at the end of the byline.
	parts, unsourced := b.ix.sourcing(s.ID, statementCites(s), s.Grading)
	if q := b.ix.quoteMark(s); q != "" {
		parts = append(parts, q)
	}
	tag := sourceSpans(parts, unsourced)
	if b.holdTitle(b.labelled(s.ID, s.Title), 11, tag, 9) {
		tag = nil
	}
	b.holdBlock(b.byline(s, withSpeaker, tag), 9.5, colorMuted, b.left, w, markLabel)
	b.holdText(s.Context, "", 9.5, colorBody, b.left, w, markLabel)
	b.gap(1)
	// Where the briefing has no references for the byline to give, whom
	// it answers follows the quote, which keeps its last lines with it.
	responds := ""
	if r, ok := b.ix.statement(s.RespondsTo); ok && b.ix.respondsRef(s) == "" {
		responds = "Responds to: " + r.Title + " (" + b.ix.actorName(r.Speaker) + ", " + b.ix.datesText(r.Date, r.Dates) + ")"
		b.keepAfter = 1.5 + float64(b.linesOf(responds, "", 9, w))*lineHeight(9)
	}
	b.quote(s.Quote, 10.5)
	if responds != "" {
		b.gap(1.5)
		b.text(responds, "", 9, colorMuted)
	}
}

// holdTitle holds an item's title in bold at size, and on its line, set
// right, tag at tagSize, when both fit on one line; it reports whether
// the tag went there.
func (b *briefing) holdTitle(title string, size float64, tag []span, tagSize float64) bool {
	w := b.contentWidth()
	titleToks := b.tokens([]span{{text: title, style: "B"}}, size, w)
	tagToks := b.tokens(tag, tagSize, w)
	tagW := b.lineWidth(tagToks, tagSize)
	if len(tag) == 0 || b.lineWidth(titleToks, size)+5+tagW > w {
		b.holdText(title, "B", size, colorBody, b.left, w, markLabel)
		return false
	}
	lh := lineHeight(size)
	b.hold(lh, func() {
		top := b.y
		b.color(colorBody)
		b.drawLine(titleToks, size, b.left)
		// The tag's baseline on the title's.
		b.y += 0.5*(lh-lineHeight(tagSize)) + 0.3*(size-tagSize)*ptToMM
		b.color(colorMuted)
		b.drawLine(tagToks, tagSize, b.right-tagW)
		b.y = top + lh
		b.mark(markLabel, 0, 1)
	})
	return true
}

// lineWidth is the width of toks set on one line at size.
func (b *briefing) lineWidth(toks []token, size float64) float64 {
	w := 0.0
	for i, t := range toks {
		if t.space && i > 0 {
			w += b.spaceWidth(t.style, size)
		}
		w += t.width
	}
	return w
}

// byline is a statement's line of who, when, how and to whom: the
// speaker (when the statements are not grouped by speaker), the date,
// channel and addressees, the marking when it is not the case's, whom it
// answers, and then tag, its source and grading when the title's line
// had no room for them.
func (b *briefing) byline(s casefile.Statement, withSpeaker bool, tag []span) []span {
	var line []span
	if withSpeaker {
		line = append(line, span{text: b.ix.actorName(s.Speaker), style: "B"})
		if a, ok := b.ix.actor(s.Speaker); ok && a.Role != "" {
			line = append(line, span{text: ", " + a.Role})
		}
		line = append(line, span{text: " · "})
	}
	line = append(line, span{text: strings.Join(b.ix.statementMeta(s), " · ")})
	if len(tag) > 0 {
		line = append(append(line, span{text: " · "}), tag...)
	}
	return line
}

// sourceSpans is a source line of parts joined by " · ", "Unsourced" in
// bold before them when the item cites no source.
func sourceSpans(parts []string, unsourced bool) []span {
	var spans []span
	if unsourced {
		spans = append(spans, span{text: unsourcedWord, style: "B"})
		if len(parts) > 0 {
			spans = append(spans, span{text: " · "})
		}
	}
	if len(parts) > 0 {
		spans = append(spans, span{text: strings.Join(parts, " · ")})
	}
	return spans
}

// spanLines is how many lines spans take at size in width w.
func (b *briefing) spanLines(spans []span, size, w float64) int {
	if len(spans) == 0 {
		return 0
	}
	return len(b.breakLines(b.tokens(spans, size, w), size, w))
}

// quote typesets a verbatim quotation as an indented italic block with a
// rule on its left, on each page it spans.
func (b *briefing) quote(q string, size float64) {
	x := b.left + 7
	b.color(colorBody)
	b.block([]span{{text: q, style: "I"}}, size, x, b.right-x-4, func(y0, y1 float64) {
		b.fillRect(b.left+2, y0+0.6, 1.1, y1-y0-1.2, [3]int{0x8a, 0x93, 0x9e})
	})
}

func (b *briefing) background() error {
	b.startSection(SectionBackground, false)
	b.missing("events", len(b.c.Events), "The case records no background events.")
	for _, e := range orderedEvents(b.c) {
		b.event(e)
		if err := b.afterItem(casefile.OnEvent, e.ID); err != nil {
			return err
		}
	}
	return nil
}

// eventDateW is the width of the events' left column, when and how each
// is known, and eventTextX where their text starts.
const (
	eventDateW = 33.0
	eventTextX = 36.0
)

func (b *briefing) event(e casefile.Event) {
	b.gap(2.5)
	w := b.contentWidth() - eventTextX
	margin := b.eventMargin(e)
	marginH := 0.0
	for _, d := range margin {
		marginH += float64(b.spanLines(d.spans, d.size, eventDateW)) * lineHeight(d.size)
	}
	title := b.labelled(e.ID, e.Title)
	if e.Inferred {
		title += " (the analyst's inference)"
	}
	var meta []string
	if len(e.Actors) > 0 {
		meta = append(meta, "Actors: "+b.ix.actorNames(e.Actors))
	}
	metaLine := strings.Join(withMarking(b.c, meta, e.Marking), " · ")

	// An event moves to the next page whole unless it is taller than a
	// third of one; then its title and first lines start it.
	titleH := float64(b.linesOf(title, "B", 10.5, w)) * lineHeight(10.5)
	descLines := b.linesOf(e.Description, "", 10, w)
	metaH := float64(b.linesOf(metaLine, "", 9, w)) * lineHeight(9)
	if h := titleH + float64(descLines)*lineHeight(10) + metaH; h < (b.bottom-b.top)/3 {
		b.need(max(h, marginH))
	} else {
		b.need(max(titleH+float64(min(descLines, 2))*lineHeight(10), marginH))
	}
	top := b.y
	b.anchor(e.ID)
	for _, d := range margin {
		b.color(d.color)
		b.block(d.spans, d.size, b.left, eventDateW, nil)
	}
	marginBottom, marginPage := b.y, b.pdf.PageNo()
	b.y = top
	x := b.left + eventTextX
	b.textAt(title, "B", 10.5, colorBody, x, w)
	b.textAt(e.Description, "", 10, colorBody, x, w)
	b.textAt(metaLine, "", 9, colorMuted, x, w)
	if b.pdf.PageNo() == marginPage {
		b.y = max(b.y, marginBottom)
	}
}

// marginLine is a paragraph of an event's left column.
type marginLine struct {
	spans []span
	size  float64
	color [3]int
}

// eventMargin is an event's left column, when and how it is known: its
// date and the source's words for it, or where the sources differ each
// date with the source that gives it; then its sources and its grading
// beside theirs, "Unsourced" when it cites none. It all goes on the page
// the event starts on.
func (b *briefing) eventMargin(e casefile.Event) []marginLine {
	date := func(s string) marginLine { return marginLine{[]span{{text: s, style: "B"}}, 10, colorBody} }
	muted := func(s, style string) marginLine { return marginLine{[]span{{text: s, style: style}}, 8.5, colorMuted} }
	var out []marginLine
	if len(e.Dates) == 0 {
		out = append(out, date(e.Date.String()))
		if as := strings.TrimPrefix(asStated(e.Date), " "); as != "" {
			out = append(out, muted(as, ""))
		}
	} else {
		claims := b.ix.claimWords(e.Dates)
		if len(claims) > 1 { // a release may have left one
			out = append(out, muted("Sources differ:", ""))
		}
		for i, cl := range claims {
			if i < len(claims)-1 {
				cl += ";"
			}
			out = append(out, date(cl))
		}
	}
	parts, unsourced := b.ix.sourcing(e.ID, e.Sources, e.Grading)
	if unsourced {
		out = append(out, muted(unsourcedWord, "B"))
	}
	for _, p := range parts {
		out = append(out, muted(p, ""))
	}
	return out
}

func (b *briefing) collectedNotes() error {
	notes := b.notes.collected
	b.startSection(SectionNotes, false)
	if len(notes) == 0 {
		b.text("The case has no analyst notes.", "I", 10, colorMuted)
	}
	for _, n := range notes {
		b.heading(b.labelled(n.ID, "On "+b.c.TargetName(n.Target)), 11.5)
		b.atNext(func() { b.anchor(n.ID) })
		if meta := b.noteMeta(n); meta != "" {
			b.holdText(meta, "", 8.5, colorMuted, b.left, b.contentWidth(), markLabel)
		}
		b.markdown(n.Body, b.left, 10)
		b.gap(2)
		if err := b.tick(); err != nil {
			return err
		}
	}
	return nil
}

// inlineNotes draws the notes placed beside the item, indented, each
// introduced by one line: its label, author and date.
func (b *briefing) inlineNotes(kind casefile.TargetKind, id string) error {
	for _, n := range b.notes.on(kind, id) {
		x := b.left + 7
		b.gap(1.5)
		b.atNext(func() { b.anchor(n.ID) })
		label := []span{{text: b.labelled(n.ID, "Analyst’s note"), style: "B"}}
		if meta := b.noteMeta(n); meta != "" {
			label = append(label, span{text: " · " + meta})
		}
		b.holdBlock(label, 9, colorLink, x, b.right-x, markLabel)
		b.markdown(n.Body, x, 9.5)
		if err := b.tick(); err != nil {
			return err
		}
	}
	return nil
}

// noteMeta is a note's author, date and marking, or "".
func (b *briefing) noteMeta(n casefile.Note) string {
	return strings.Join(noteMeta(b.c, n), " · ")
}

// markdown renders a note's Markdown at x.
func (b *briefing) markdown(body string, x, size float64) {
	w := b.right - x
	for _, blk := range parseMarkdown(body) {
		b.color(colorBody)
		switch blk.kind {
		case blockHeading:
			hs := size + max(0, 3.5-float64(blk.level))*1.2
			b.gap(1.5)
			b.holdBlock(bold(blk.spans), hs, colorBody, x, w, markHeading)
		case blockBullet, blockNumbered:
			b.bullet(blk.spans, size, x+float64(blk.depth)*5, blk.marker)
		case blockQuote:
			b.block(italic(blk.spans), size, x+6, w-6, func(y0, y1 float64) {
				b.fillRect(x+1.5, y0+0.5, 0.9, y1-y0-1, colorRule)
			})
		default:
			b.block(blk.spans, size, x, w, nil)
		}
		b.gap(1.2)
	}
}
