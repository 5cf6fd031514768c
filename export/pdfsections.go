package export

import (
	"strings"

	"github.com/casefile/casefile/casefile"
)

func (b *briefing) cover() error {
	if b.judgmentsFirst() {
		return b.compactCover()
	}
	b.newPage()
	b.y = b.top + 18
	b.text("BRIEFING", "B", 11, colorMuted)
	b.y += 2
	b.text(b.c.Title, "B", 24, colorBody)
	b.y += 6

	// The marking, large, as the reader's first sight.
	text := strings.ToUpper(string(b.marking))
	b.font("B", 16)
	w := b.textWidth("B", 16, text) + 8
	bg, fg := b.marking.Background(), b.marking.Color()
	b.pdf.SetFillColor(int(bg.R), int(bg.G), int(bg.B))
	b.pdf.Rect(b.left, b.y, w, 10, "F")
	b.pdf.SetTextColor(int(fg.R), int(fg.G), int(fg.B))
	b.pdf.Text(b.left+4, b.y+7, text)
	b.forgetColor()
	b.y += 12
	b.text(tlpMeaning[b.marking], "I", 9.5, colorMuted)
	if r := b.c.Release; r != nil {
		b.text("Releasable version at "+string(r.Limit)+". "+r.Sentence(), "I", 9.5, colorMuted)
	}
	b.y += 8

	facts := [][2]string{
		{"Date", briefingDate(b.c)},
		{"Analyst", b.c.Analyst},
		{"Case", b.c.ID},
		{"Holds", holdings(b.c)},
		{"Quotes", b.ix.quotesChecked()},
	}
	if len(b.c.Tags) > 0 {
		facts = append(facts, [2]string{"Tags", strings.Join(b.c.Tags, ", ")})
	}
	for _, f := range facts {
		if f[1] == "" {
			continue
		}
		top := b.y
		b.textAt(f[0], "B", 10.5, colorMuted, b.left, 28)
		b.y = top
		b.textAt(f[1], "", 10.5, colorBody, b.left+30, b.contentWidth()-30)
		b.y += 1.5
	}
	return b.tick()
}

func (b *briefing) summary() error {
	b.startSection(heading(SectionSummary), !b.opt.Has(SectionCover))
	size := 11.5
	if b.judgmentsFirst() {
		size = 10 // page one holds the key judgments too
	}
	for _, para := range paragraphs(b.c.Summary) {
		b.text(para, "", size, colorBody)
		b.y += 2
	}
	if strings.TrimSpace(b.c.Summary) == "" {
		b.text("The case has no summary yet.", "I", 11, colorMuted)
	}
	if b.judgmentsFirst() {
		return nil // the notes on the case follow the key judgments
	}
	return b.inlineNotes(casefile.OnCase, "")
}

func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// actors draws the actors as a table, then their relations in words.
func (b *briefing) actors() error {
	b.startSection(heading(SectionActors), true)
	if line := b.c.Release.Missing("actors", len(b.c.Actors), "The case names no actors."); line != "" {
		b.text(line, "I", 10, colorMuted)
	}
	t := newTable(b, []float64{0.28, 0.16, 0.32, 0.24}, 9.5)
	headers := []string{"Name", "Kind", "Role", "Affiliation"}
	if len(b.c.Actors) > 0 {
		t.row(headers, "B", true)
		b.onNewPage = func() { t.row(headers, "B", true) }
	}
	cells := func(a casefile.Actor) []string {
		aff := ""
		if a.Affiliation != "" {
			aff = b.ix.actorName(a.Affiliation)
		}
		name := a.Name
		if other := a.OtherNames(); len(other) > 0 {
			name += " (" + strings.Join(other, ", ") + ")"
		}
		return []string{name, string(a.Kind), a.Role, aff}
	}
	for i, a := range b.c.Actors {
		row := cells(a)
		if i == len(b.c.Actors)-2 {
			t.keepTogether("", row, cells(b.c.Actors[i+1]))
		}
		t.row(row, "", false)
		if err := b.tick(); err != nil {
			return err
		}
	}
	b.onNewPage = nil

	if len(b.c.Relations) > 0 {
		b.heading("Relations", 12.5)
		for _, r := range b.c.Relations {
			b.bullet([]span{{text: b.ix.relationWords(r)}}, 10, b.left, "•")
			if r.Description != "" {
				b.textAt(r.Description, "", 9, colorMuted, b.left+5, b.contentWidth()-5)
			}
			if err := b.tick(); err != nil {
				return err
			}
		}
	}
	var withNotes []casefile.Actor
	for _, a := range b.c.Actors {
		if len(b.notes.on(casefile.OnActor, a.ID)) > 0 {
			withNotes = append(withNotes, a)
		}
	}
	if len(withNotes) > 0 {
		b.heading("Notes on actors", 12.5)
		for _, a := range withNotes {
			b.need(lineHeight(10.5) * 3)
			b.text(a.Name, "B", 10.5, colorBody)
			if err := b.inlineNotes(casefile.OnActor, a.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

// bullet lays out a list item: the marker hangs left of the text.
func (b *briefing) bullet(spans []span, size, x float64, marker string) {
	b.need(lineHeight(size))
	b.color(colorBody)
	b.font("", size)
	b.pdf.Text(x+0.5, b.y+0.5*lineHeight(size)+0.3*size*ptToMM, marker)
	indent := max(5, b.textWidth("", size, marker)+2)
	b.block(spans, size, x+indent, b.right-x-indent, nil)
}

func (b *briefing) statements() error {
	b.startSection(heading(SectionStatements), true)
	if line := b.c.Release.Missing("statements", len(b.c.Statements), "The case holds no statements."); line != "" {
		b.text(line, "I", 10, colorMuted)
	}
	for _, g := range orderedStatements(b.c, b.opt.StatementOrder) {
		if g.speaker != "" {
			title := b.ix.actorName(g.speaker)
			if a, ok := b.ix.actor(g.speaker); ok && a.Role != "" {
				title += " — " + a.Role
			}
			b.heading(title, 13.5)
		}
		for _, s := range g.statements {
			b.statement(s, g.speaker == "")
			if err := b.inlineNotes(casefile.OnStatement, s.ID); err != nil {
				return err
			}
			if err := b.tick(); err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *briefing) statement(s casefile.Statement, withSpeaker bool) {
	c := b.c
	b.gap(3.5)
	w := b.contentWidth()
	// The heading, who-and-when, context and the quote's first lines
	// start together; a short quote's trailer comes too. A long quote
	// breaks where it must and keeps its last lines with its trailer.
	trailer := 2 * lineHeight(9)
	if s.RespondsTo != "" {
		trailer += lineHeight(9)
	}
	head := b.estimateHeight(s.Title, "B", 11, w) + 2*lineHeight(9.5) + b.estimateHeight(s.Context, "", 9.5, w) + 3
	quote := b.estimateHeight(s.Quote, "I", 10.5, w-11)
	if quote <= 4*lineHeight(10.5) {
		b.need(head + quote + trailer)
	} else {
		b.need(head + 3*lineHeight(10.5))
	}
	b.anchor(s.ID)
	b.text(b.labelled(s.ID, s.Title), "B", 11, colorBody)
	// One line of who, when, how and the item's marking.
	var line []span
	if withSpeaker {
		line = append(line, span{text: b.ix.actorName(s.Speaker), style: "B"})
		if a, ok := b.ix.actor(s.Speaker); ok && a.Role != "" {
			line = append(line, span{text: ", " + a.Role})
		}
		line = append(line, span{text: " · "})
	}
	meta := []string{b.ix.dateWords(s.Date, s.Dates)}
	if s.Channel != "" {
		meta = append(meta, s.Channel)
	}
	if len(s.Addressees) > 0 {
		meta = append(meta, "to "+b.ix.actorNames(s.Addressees))
	}
	meta = append(meta, string(c.EffectiveMarking(s.Marking)))
	line = append(line, span{text: strings.Join(meta, " · ")})
	b.color(colorMuted)
	b.block(line, 9.5, b.left, b.contentWidth(), nil)
	if s.Context != "" {
		b.text(s.Context, "", 9.5, colorBody)
	}
	b.y += 1.5
	b.keepAfter = 1.5 + trailer
	b.quote(s.Quote, 10.5)
	b.y += 1.5
	if s.RespondsTo != "" {
		if r, ok := b.ix.statement(s.RespondsTo); ok {
			b.text("Responds to: "+r.Title+" ("+b.ix.actorName(r.Speaker)+", "+b.ix.datesText(r.Date, r.Dates)+")", "", 9, colorMuted)
		}
	}
	b.text("Source: "+b.ix.citationWords(s.Source)+" · Grading: "+s.Grading.String()+b.ix.quoteMark(s), "", 9, colorMuted)
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
	b.startSection(heading(SectionBackground), true)
	if err := b.timeline(); err != nil {
		return err
	}
	if line := b.c.Release.Missing("events", len(b.c.Events), "The case records no background events."); line != "" {
		b.text(line, "I", 10, colorMuted)
	}
	for _, e := range orderedEvents(b.c) {
		b.event(e)
		if err := b.inlineNotes(casefile.OnEvent, e.ID); err != nil {
			return err
		}
		if err := b.tick(); err != nil {
			return err
		}
	}
	return nil
}

func (b *briefing) event(e casefile.Event) {
	c := b.c
	b.gap(3)
	w := b.contentWidth() - 42
	// Where the sources differ, the date column holds each date with the
	// source that gives it, all on the page the event starts on.
	var claims []string
	dateHeight := 0.0
	if len(e.Dates) > 0 {
		claims = b.ix.claimWords(e.Dates)
		if len(claims) > 1 {
			dateHeight = lineHeight(8.5)
		}
		for i := range claims {
			if i < len(claims)-1 {
				claims[i] += ";"
			}
			dateHeight += b.estimateHeight(claims[i], "B", 10, 38)
		}
	}
	if h := b.estimateHeight(e.Title, "B", 10.5, w) + b.estimateHeight(e.Description, "", 10, w) + 3*lineHeight(9); h < (b.bottom-b.top)/3 {
		b.need(max(h, dateHeight))
	} else {
		b.need(max(lineHeight(10.5)*2+lineHeight(9)*2, dateHeight))
	}
	top := b.y
	b.anchor(e.ID)
	if len(claims) == 0 {
		b.textAt(e.Date.String(), "B", 10, colorBody, b.left, 38)
		b.textAt(strings.TrimPrefix(asStated(e.Date), " "), "", 8.5, colorMuted, b.left, 38)
	} else {
		if len(claims) > 1 { // a release may have left one
			b.textAt("Sources differ:", "", 8.5, colorMuted, b.left, 38)
		}
		for _, cl := range claims {
			b.textAt(cl, "B", 10, colorBody, b.left, 38)
		}
	}
	dateBottom, datePage := b.y, b.pdf.PageNo()
	b.y = top
	x := b.left + 42
	title := b.labelled(e.ID, e.Title)
	if e.Inferred {
		title += " (the analyst's inference)"
	}
	b.textAt(title, "B", 10.5, colorBody, x, w)
	if e.Description != "" {
		b.textAt(e.Description, "", 10, colorBody, x, w)
	}
	var meta []string
	if len(e.Actors) > 0 {
		meta = append(meta, "Actors: "+b.ix.actorNames(e.Actors))
	}
	if len(e.Sources) > 0 {
		meta = append(meta, "Sources: "+b.ix.citationsWords(e.Sources))
	}
	meta = append(meta, "Grading: "+e.Grading.String(), string(c.EffectiveMarking(e.Marking)))
	b.textAt(strings.Join(meta, " · "), "", 9, colorMuted, x, w)
	if b.pdf.PageNo() == datePage {
		b.y = max(b.y, dateBottom)
	}
}

func (b *briefing) collectedNotes() error {
	notes := b.notes.collected
	if len(notes) == 0 && b.opt.Notes == NotesInline {
		return nil // every note is beside what it annotates
	}
	b.startSection(heading(SectionNotes), true)
	if len(notes) == 0 {
		b.text("The case has no analyst notes.", "I", 10, colorMuted)
	}
	for _, n := range notes {
		b.heading(b.labelled(n.ID, "On "+b.c.TargetName(n.Target)), 11.5)
		b.anchor(n.ID)
		b.noteMeta(n, b.left)
		b.markdown(n.Body, b.left, 10)
		b.y += 2
		if err := b.tick(); err != nil {
			return err
		}
	}
	return nil
}

// inlineNotes draws the notes placed beside the item, indented.
func (b *briefing) inlineNotes(kind casefile.TargetKind, id string) error {
	for _, n := range b.notes.on(kind, id) {
		x := b.left + 7
		b.y += 1.5
		b.need(lineHeight(9)*2 + lineHeight(9.5)*2)
		b.anchor(n.ID)
		b.textAt(b.labelled(n.ID, "Analyst’s note"), "B", 9, colorLink, x, b.right-x)
		b.noteMeta(n, x)
		b.markdown(n.Body, x, 9.5)
		if err := b.tick(); err != nil {
			return err
		}
	}
	return nil
}

func (b *briefing) noteMeta(n casefile.Note, x float64) {
	var meta []string
	if n.Author != "" {
		meta = append(meta, n.Author)
	}
	if d := noteDate(n.Modified); d != "" {
		meta = append(meta, d)
	}
	meta = append(meta, string(b.c.EffectiveMarking(n.Marking)))
	b.textAt(strings.Join(meta, " · "), "", 8.5, colorMuted, x, b.right-x)
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
			b.need(lineHeight(hs) + 2*lineHeight(size))
			b.block(bold(blk.spans), hs, x, w, nil)
		case blockBullet, blockNumbered:
			b.bullet(blk.spans, size, x+float64(blk.depth)*5, blk.marker)
		case blockQuote:
			b.block(italic(blk.spans), size, x+6, w-6, func(y0, y1 float64) {
				b.fillRect(x+1.5, y0+0.5, 0.9, y1-y0-1, colorRule)
			})
		default:
			b.block(blk.spans, size, x, w, nil)
		}
		b.y += 1.2
	}
}

func bold(spans []span) []span {
	out := make([]span, len(spans))
	for i, s := range spans {
		s.style = addStyle(s.style, "B")
		out[i] = s
	}
	return out
}

func italic(spans []span) []span {
	out := make([]span, len(spans))
	for i, s := range spans {
		s.style = addStyle(s.style, "I")
		out[i] = s
	}
	return out
}

func addStyle(style, add string) string {
	if strings.Contains(style, add) {
		return style
	}
	if style+add == "IB" {
		return "BI"
	}
	return style + add
}

func (b *briefing) sources() error {
	b.startSection(heading(SectionSources), true)
	if line := b.c.Release.Missing("sources", len(b.c.Sources), "The case cites no sources."); line != "" {
		b.text(line, "I", 10, colorMuted)
	}
	for _, s := range b.c.Sources {
		b.gap(2.5)
		b.need(lineHeight(10.5) + lineHeight(9)*2)
		b.anchor(s.ID)
		b.text(b.labelled(s.ID, s.Title), "B", 10.5, colorBody)
		var meta []string
		if s.Publisher != "" {
			meta = append(meta, s.Publisher)
		}
		meta = append(meta, s.Date.String(), "Reliability: "+reliabilityWords(s.Reliability))
		b.text(strings.Join(meta, " · "), "", 9, colorMuted)
		if s.URL != "" {
			b.text(s.URL, "", 9, colorLink)
		}
		if s.Description != "" {
			b.text(s.Description, "", 9.5, colorBody)
		}
		if err := b.tick(); err != nil {
			return err
		}
	}
	return nil
}
