package app

import (
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// sourceReader is the Sources screen's reader: a source's text a page at a
// time, every passage an item cites by span tinted (a tap opens the item),
// and a selection that becomes a statement or an event.
type sourceReader struct {
	u     *UI
	srcID string
	body  string
	pages []readerPage
	page  int
	cites []sourceCite // by span start

	view                   *passageView
	scroll                 *container.Scroll
	info                   *widget.Label
	pager                  *fyne.Container
	pageAt                 *widget.Label
	prev, next             *widget.Button
	newStatement, newEvent *widget.Button
	findQuotes             *widget.Button
	content                fyne.CanvasObject

	reveal int // a rune offset of the page to scroll to once laid out, or -1
}

// citedBy is an item that cites a passage.
type citedBy struct {
	kind  string // "statement", "event", "actor" or "relation"
	id    string // the item's id; for a relation, its From actor's
	label string // "Statement “Rama on proportionality”"
}

// sourceCite is a passage of a source cited by one item.
type sourceCite struct {
	span casefile.Span
	by   citedBy
}

// citesOf lists every citation of a source by span: statements', events',
// actors' and relations'. An item's label is made only when it cites one.
func citesOf(c *casefile.Case, srcID string) []sourceCite {
	var out []sourceCite
	cites := func(ct casefile.Citation) bool {
		return ct.Source == srcID && !ct.Span.IsZero() && ct.Span.End > ct.Span.Start
	}
	for _, st := range c.Statements {
		if cites(st.Source) {
			out = append(out, sourceCite{st.Source.Span, citedBy{"statement", st.ID, "Statement “" + bounded(st.Title) + "”"}})
		}
	}
	for _, e := range c.Events {
		for _, ct := range e.Sources {
			if cites(ct) {
				out = append(out, sourceCite{ct.Span, citedBy{"event", e.ID, "Event “" + bounded(e.Title) + "”"}})
			}
		}
	}
	for _, a := range c.Actors {
		for _, ct := range a.Sources {
			if cites(ct) {
				out = append(out, sourceCite{ct.Span, citedBy{"actor", a.ID, "Actor " + bounded(a.Name)}})
			}
		}
	}
	for _, r := range c.Relations {
		for _, ct := range r.Sources {
			if cites(ct) {
				out = append(out, sourceCite{ct.Span, citedBy{"relation", r.From, "Relation “" + bounded(c.RelationName(r)) + "”"}})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// newSourceReader makes the Sources screen's reader; open puts a
// source's text in it. The screen keeps one reader for every source:
// making its buttons again for each would cost more than a page.
func (u *UI) newSourceReader() *sourceReader {
	r := &sourceReader{u: u, reveal: -1}
	r.view = newPassageView()
	r.view.onSelect = r.selectionChanged
	r.view.onMark = r.openCited
	r.view.menu = r.selectionMenu
	r.scroll = container.NewVScroll(r.view)
	r.view.relayout = r.laidOut
	r.info = mutedWrap("")
	r.pageAt = widget.NewLabel("")
	r.prev = button("Previous", theme.NavigateBackIcon(), r.onPrevious)
	r.next = button("Next", theme.NavigateNextIcon(), r.onNext)
	r.pager = container.NewHBox(r.prev, r.pageAt, r.next)
	r.newStatement = button("New statement from selection", theme.MailComposeIcon(), r.onNewStatement)
	r.newEvent = button("New event from selection", theme.HistoryIcon(), r.onNewEvent)
	r.findQuotes = button("Find quotes…", theme.SearchIcon(), r.onFindQuotes)
	bar := container.NewHBox(r.newStatement, r.newEvent, layout.NewSpacer(), r.findQuotes)
	r.content = container.NewBorder(container.NewVBox(r.info, bar, r.pager), nil, nil, nil, r.scroll)
	return r
}

// open shows a source's text from its first page; the text shown already,
// after an edit elsewhere redrew the screen, stays where the reading was.
func (r *sourceReader) open(src casefile.Source) {
	same := r.srcID == src.ID && r.body == src.Text.Body
	page, offset := 0, fyne.Position{}
	if same {
		page, offset = r.page, r.scroll.Offset
	} else {
		r.srcID, r.body = src.ID, src.Text.Body
		r.pages = readerPages(r.body, readerPageSize)
	}
	r.cites = citesOf(r.u.doc.c, src.ID)
	r.info.SetText(textInfo(src.Text, r.pages[len(r.pages)-1].runeEnd, len(r.cites)))
	enable(r.findQuotes, r.u.doc.readOnly == "")
	r.showPage(page)
	if same {
		r.scroll.Offset = offset
		r.scroll.Refresh()
	}
}

// textInfo says what a source's text of n characters is and where it
// came from.
func textInfo(t *casefile.SourceText, n, cited int) string {
	what := fmt.Sprintf("%s characters", thousands(n))
	if t.Origin != "" {
		what += " from " + bounded(t.Origin)
	}
	if t.Format != "" {
		what += " (" + t.Format + ")"
	}
	parts := []string{what}
	if !t.Imported.IsZero() {
		parts = append(parts, "imported "+t.Imported.Local().Format("2 Jan 2006 15:04"))
	}
	if len(t.SHA256) >= 12 {
		parts = append(parts, "SHA-256 "+t.SHA256[:12]+"…")
	}
	parts = append(parts, casefile.Count(cited, "passage cited", "passages cited")+"; select a passage to quote it")
	return joinDot(parts...)
}

// showPage lays out one page with the cited passages on it.
func (r *sourceReader) showPage(page int) {
	r.page = max(0, min(page, len(r.pages)-1))
	p := r.pages[r.page]
	r.view.setPage(r.body[p.byteStart:p.byteEnd], r.marksOn(p))
	r.pageAt.SetText(pageOf(r.page, len(r.pages)))
	enable(r.prev, r.page > 0)
	enable(r.next, r.page < len(r.pages)-1)
	if len(r.pages) > 1 {
		r.pager.Show()
	} else {
		r.pager.Hide()
	}
	r.scroll.Refresh()
	r.scroll.ScrollToTop()
	r.selectionChanged()
}

// marksOn merges the cited passages on a page into marks in page runes:
// overlapping passages make one mark that names every item citing it.
func (r *sourceReader) marksOn(p readerPage) []pageMark {
	var marks []pageMark
	for _, ct := range r.cites {
		start, end := max(ct.span.Start, p.runeStart), min(ct.span.End, p.runeEnd)
		if start >= end {
			continue
		}
		start, end = start-p.runeStart, end-p.runeStart
		if n := len(marks); n > 0 && start < marks[n-1].end {
			last := &marks[n-1]
			last.end = max(last.end, end)
			last.cites = append(last.cites, ct.by)
			continue
		}
		marks = append(marks, pageMark{start: start, end: end, cites: []citedBy{ct.by}})
	}
	return marks
}

func (r *sourceReader) onPrevious() { r.showPage(r.page - 1) }
func (r *sourceReader) onNext()     { r.showPage(r.page + 1) }

// selectionChanged enables the actions on a selection when there is one.
func (r *sourceReader) selectionChanged() {
	start, end := r.view.selection()
	on := start != end && r.u.doc != nil && r.u.doc.readOnly == ""
	enable(r.newStatement, on)
	enable(r.newEvent, on)
}

// selectedSpan is the selection as a span of the whole text.
func (r *sourceReader) selectedSpan() (casefile.Span, bool) {
	start, end := r.view.selection()
	if start == end {
		return casefile.Span{}, false
	}
	off := r.pages[r.page].runeStart
	return casefile.Span{Start: off + start, End: off + end}, true
}

// selectSpan turns to the page holding a span of the text, selects the
// part of it on that page and scrolls it into view: Show in source.
func (r *sourceReader) selectSpan(sp casefile.Span) {
	page := pageWith(r.pages, sp.Start)
	if page != r.page {
		r.showPage(page)
	}
	p := r.pages[r.page]
	r.view.selectRange(sp.Start-p.runeStart, min(sp.End, p.runeEnd)-p.runeStart)
	r.selectionChanged()
	r.reveal = sp.Start - p.runeStart
	r.laidOut()
}

// laidOut scrolls to the passage to reveal once the view knows its width,
// which it learns only when the window lays it out.
func (r *sourceReader) laidOut() {
	r.scroll.Refresh()
	if r.reveal < 0 || r.view.Size().Width <= 0 {
		return
	}
	y := r.view.positionOf(r.reveal).Y
	r.reveal = -1
	// A line or two of what comes before, so the passage reads in context.
	r.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-3*theme.TextSize())))
}

// openCited opens the item citing a tapped passage, or offers the items
// when several cite it.
func (r *sourceReader) openCited(m pageMark, at fyne.Position) {
	if len(m.cites) == 1 {
		r.u.openCiting(m.cites[0])
		return
	}
	var items []*fyne.MenuItem
	for _, by := range m.cites {
		items = append(items, fyne.NewMenuItem(by.label, func() { r.u.openCiting(by) }))
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), r.u.win.Canvas(), at)
}

// openCiting shows the item that cites a passage.
func (u *UI) openCiting(by citedBy) {
	switch by.kind {
	case "statement":
		u.ShowStatement(by.id)
	case "event":
		u.ShowEvent(by.id)
	default: // an actor, or a relation's From actor
		u.ShowActor(by.id)
	}
}

// selectionMenu is the right-click menu on the text.
func (r *sourceReader) selectionMenu() *fyne.Menu {
	_, has := r.selectedSpan()
	st := fyne.NewMenuItem("New statement from selection", r.onNewStatement)
	ev := fyne.NewMenuItem("New event from selection", r.onNewEvent)
	cp := fyne.NewMenuItem("Copy", r.onCopy)
	for _, it := range []*fyne.MenuItem{st, ev, cp} {
		it.Disabled = !has
	}
	st.Disabled = st.Disabled || r.u.doc.readOnly != ""
	ev.Disabled = st.Disabled
	return fyne.NewMenu("", st, ev, cp)
}

func (r *sourceReader) onCopy() {
	if sp, ok := r.selectedSpan(); ok {
		r.u.app.Clipboard().SetContent(runeSpanText(r.body, sp.Start, sp.End))
	}
}

func (r *sourceReader) onNewStatement() {
	if sp, ok := r.selectedSpan(); ok {
		r.u.newStatementFromSelection(r.srcID, sp)
	}
}

func (r *sourceReader) onNewEvent() {
	if sp, ok := r.selectedSpan(); ok {
		r.u.newEventFromSelection(r.srcID, sp)
	}
}

func (r *sourceReader) onFindQuotes() { r.u.findQuotes(r.srcID) }
