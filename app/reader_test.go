package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/casefile"
)

// defaultSource opens the default case's source in the reader.
func defaultSource(t *testing.T, u *UI) (casefile.Source, *sourceReader) {
	t.Helper()
	src := u.Case().Sources[0]
	u.ShowSource(src.ID)
	r := u.sources.reader
	if r == nil || r.srcID != src.ID {
		t.Fatalf("the Sources screen shows no reader for %q", src.Title)
	}
	return src, r
}

// markedText is the text of each tinted passage on the reader's page.
func markedText(r *sourceReader) []string {
	var out []string
	for _, m := range r.view.marks {
		out = append(out, string(r.view.runes[m.start:m.end]))
	}
	return out
}

func TestReaderHighlightsEveryCitedPassage(t *testing.T) {
	u, _ := newTestUI(t)
	src, r := defaultSource(t, u)
	if r.view.text() != src.Text.Body {
		t.Fatalf("the reader's page is not the article's text (%d pages)", len(r.pages))
	}
	marked := strings.Join(markedText(r), "\n")
	for _, st := range u.Case().Statements {
		if !strings.Contains(marked, st.Quote) {
			t.Errorf("the quote of %q is not highlighted; highlighted:\n%s", st.Title, marked)
		}
	}
	if got := len(r.view.marks); got != len(u.Case().Statements) {
		t.Errorf("%d passages highlighted, want the %d quoted", got, len(u.Case().Statements))
	}
	if !strings.Contains(r.info.Text, "12 passages cited") || !strings.Contains(r.info.Text, src.Text.Origin) {
		t.Errorf("the reader says %q, want its origin and 12 passages cited", r.info.Text)
	}
}

// tapOffset taps the reader's text at a rune offset of its page.
func tapOffset(r *sourceReader, offset int) {
	_, _, rowHeight := r.view.metrics()
	p := r.view.positionOf(offset).Add(fyne.NewPos(2, rowHeight/2))
	test.TapAt(r.view, p)
}

func TestTappingAHighlightOpensItsItem(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	id := statementID(t, c, "Watson: further U.S. action")
	st, _ := c.Statement(id)
	_, r := defaultSource(t, u)
	if r.view.Size().Width <= 0 {
		t.Fatal("the reader was not laid out")
	}
	tapOffset(r, st.Source.Span.Start+5)
	if u.tabs.Selected() != u.tabStatements || u.statements.selected != id {
		t.Fatalf("the tap showed %q on %q, want the statement %q", u.statements.selected, u.tabs.Selected().Text, st.Title)
	}

	// An event or actor citing a span opens the same way; a passage cited
	// twice offers both.
	ev := c.Events[0]
	ev.Sources = []casefile.Citation{{Source: st.Source.Source, Span: st.Source.Span}}
	if err := u.edit(func(c *casefile.Case) error { return c.UpdateEvent(ev) }); err != nil {
		t.Fatal(err)
	}
	_, r = defaultSource(t, u)
	m, ok := r.view.markAt(st.Source.Span.Start + 5)
	if !ok || len(m.cites) != 2 {
		t.Fatalf("the passage cited by a statement and an event is marked %+v, want one mark naming both", m)
	}
	u.openCiting(m.cites[1])
	if u.tabs.Selected() != u.tabBackground || u.background.selected != ev.ID {
		t.Errorf("opening the event's citation showed %q on %q", u.background.selected, u.tabs.Selected().Text)
	}

	// Text nobody cites opens nothing.
	_, r = defaultSource(t, u)
	tapOffset(r, 3)
	if u.tabs.Selected() != u.tabSources {
		t.Errorf("a tap on uncited text went to %q", u.tabs.Selected().Text)
	}
}

func TestShowInSourceSelectsThePassage(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	id := statementID(t, c, "Khamenei on Muslim unity")
	st, _ := c.Statement(id)
	u.ShowStatement(id)
	test.Tap(buttonIn(t, u.statements.detail.box, "Show in source"))
	r := u.sources.reader
	if u.tabs.Selected() != u.tabSources || r == nil {
		t.Fatalf("Show in source stayed on %q", u.tabs.Selected().Text)
	}
	if sp, ok := r.selectedSpan(); !ok || sp != st.Source.Span {
		t.Errorf("Show in source selected %+v, want the statement's span %+v", sp, st.Source.Span)
	}
	if r.newStatement.Disabled() {
		t.Error("a selection leaves New statement from selection disabled")
	}

	// A statement without a span is found by its quote; an event by the
	// paragraph its locator names.
	st.Source.Span = casefile.Span{}
	if err := u.edit(func(c *casefile.Case) error { return c.UpdateStatement(st) }); err != nil {
		t.Fatal(err)
	}
	u.showInSource(st.Source, st.Quote)
	if sp, _ := u.sources.reader.selectedSpan(); runeSpanText(u.sources.reader.body, sp.Start, sp.End) != st.Quote {
		t.Errorf("Show in source without a span selected %+v, want the quote", sp)
	}
	ev := c.Events[2] // Iranian diplomats given 24 hours to leave: para. 3
	u.ShowEvent(ev.ID)
	test.Tap(buttonIn(t, u.background.detail.box, "Show in source"))
	r = u.sources.reader
	sp, _ := r.selectedSpan()
	if got := runeSpanText(r.body, sp.Start, sp.End); !strings.HasPrefix(got, "Albania gave all Iranian diplomats") || strings.Contains(got, "\n") {
		t.Errorf("the event's Show in source selected %q, want paragraph 3", got)
	}
}

func TestSelectingWithTheMouseOffersAStatement(t *testing.T) {
	u, _ := newTestUI(t)
	_, r := defaultSource(t, u)
	if !r.newStatement.Disabled() || !r.newEvent.Disabled() {
		t.Fatal("with nothing selected, the selection's actions are enabled")
	}
	// The test driver's drag event gives where the drag is now as where
	// it was found, and the way it came: from the first word's start to
	// its end.
	from := r.view.positionOf(0).Add(fyne.NewPos(1, 5))
	to := r.view.positionOf(8).Add(fyne.NewPos(-1, 5))
	test.Drag(u.win.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(r.view).Add(to), to.X-from.X, 0)
	sp, ok := r.selectedSpan()
	if !ok || runeSpanText(r.body, sp.Start, sp.End) != "Albanian" {
		t.Fatalf("a drag over the first word selected %+v (%q)", sp, runeSpanText(r.body, sp.Start, sp.End))
	}
	if r.newStatement.Disabled() || r.newEvent.Disabled() {
		t.Error("a selection leaves its actions disabled")
	}
	if u.sources.findItem.Disabled {
		t.Error("Find quotes in source is disabled on a source with text")
	}
	tapOffset(r, 20)
	if _, ok := r.selectedSpan(); ok || !r.newStatement.Disabled() {
		t.Error("a tap leaves the selection")
	}
}

func TestStatementShowsWhetherItsQuoteIsInTheSource(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	id := statementID(t, c, "AJC: a red line")
	u.ShowStatement(id)
	if n := len(find(u.statements.detail.box, func(l *widgetLabel) bool { return l.Text == "Quote: verified in source" })); n != 1 {
		t.Errorf("a verified quote shows %d “verified in source”", n)
	}
	st, _ := c.Statement(id)
	st.Quote = "Iranian cyberatacks against NATO allies cross a red line."
	st.Source.Span = casefile.Span{}
	if err := u.edit(func(c *casefile.Case) error { return c.UpdateStatement(st) }); err != nil {
		t.Fatal(err)
	}
	u.ShowStatement(id)
	box := u.statements.detail.box
	if n := len(find(box, func(l *widgetLabel) bool { return l.Text == "Quote: not found in source" })); n != 1 {
		t.Errorf("a misspelt quote shows %d “not found in source”", n)
	}
	if n := len(find(box, func(r *widgetRichText) bool {
		return strings.Contains(r.String(), "“Iranian cyberattacks against NATO allies cross a red line.”")
	})); n != 1 {
		t.Errorf("the closest passage is shown %d times, want once", n)
	}
	test.Tap(buttonIn(t, box, "Show the closest passage"))
	if sp, ok := u.sources.reader.selectedSpan(); !ok || !strings.Contains(runeSpanText(u.sources.reader.body, sp.Start, sp.End), "cyberattacks against NATO") {
		t.Errorf("Show the closest passage selected %+v", sp)
	}

	src := c.Sources[0]
	src.Text = nil
	if err := u.edit(func(c *casefile.Case) error {
		for i := range c.Statements { // spans need the text
			c.Statements[i].Source.Span = casefile.Span{}
		}
		return c.UpdateSource(src)
	}); err != nil {
		t.Fatal(err)
	}
	u.ShowStatement(id)
	if n := len(find(u.statements.detail.box, func(l *widgetLabel) bool { return l.Text == "Quote: source has no text" })); n != 1 {
		t.Errorf("a quote whose source holds no text shows %d “source has no text”", n)
	}
}

func TestReaderPagesHoldWholeParagraphs(t *testing.T) {
	long := strings.Repeat("x", 20000)
	body := strings.Repeat("A paragraph of words.\n\n", 2000) + long + "\nend"
	pages := readerPages(body, readerPageSize)
	var b strings.Builder
	runes := 0
	inLong := strings.Index(body, long)
	for i, p := range pages {
		if p.byteEnd-p.byteStart > readerPageSize {
			t.Fatalf("page %d holds %d bytes", i, p.byteEnd-p.byteStart)
		}
		if p.runeStart != runes {
			t.Fatalf("page %d starts at rune %d, want %d", i, p.runeStart, runes)
		}
		lineStart := p.byteStart == 0 || body[p.byteStart-1] == '\n'
		if !lineStart && (p.byteStart <= inLong || p.byteStart >= inLong+len(long)) {
			t.Errorf("page %d starts inside a paragraph that fits a page: %.20q", i, body[p.byteStart:])
		}
		b.WriteString(body[p.byteStart:p.byteEnd])
		runes = p.runeEnd
	}
	if b.String() != body {
		t.Fatal("the pages do not hold exactly the text")
	}
	if len(pages) < 7 {
		t.Errorf("%d pages for %d KB", len(pages), len(body)>>10)
	}
	if got := paragraphAt(body, strings.Index(body, "x")); got != 2001 {
		t.Errorf("the long line is paragraph %d, want 2001", got)
	}
	if sp, ok := paragraphSpan(body, 2002); !ok || body[byteAt(body, sp.Start):byteAt(body, sp.End)] != "end" {
		t.Errorf("paragraph 2002 is %+v, want “end”", sp)
	}
}
