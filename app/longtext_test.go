package app

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// randomText is n runes drawn from pieces that stress a page split: every
// UTF-8 length, spaces and line breaks, and words longer than a page.
func randomText(r *rand.Rand, n int) string {
	pieces := []string{"a", "z", " ", "\n", "é", "ß", "中", "ï", "🙂", "𝄞", "\u00a0", "\u2003", "\u3000", "\t"}
	var b strings.Builder
	for b.Len() < n {
		p := pieces[r.IntN(len(pieces))]
		if r.IntN(40) == 0 { // now and then a long word, with no place to break
			p = strings.Repeat(p+"中", r.IntN(300))
		}
		b.WriteString(p)
	}
	return b.String()
}

func TestPagesHoldExactlyTheTextAndNeverSplitARune(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 400 {
		s := randomText(r, r.IntN(20000))
		size := []int{utf8.UTFMax, 5, 7, 64, 1000, pageSize}[trial%6]
		ps := pages(s, size)
		if got := strings.Join(ps, ""); got != s {
			t.Fatalf("trial %d: the pages of %d bytes at %d hold %d bytes, not the text", trial, len(s), size, len(got))
		}
		for i, p := range ps {
			if len(p) > size || (p == "" && len(ps) > 1) {
				t.Fatalf("trial %d: page %d of %d is %d bytes, want 1 to %d", trial, i+1, len(ps), len(p), size)
			}
			if !utf8.ValidString(p) {
				t.Fatalf("trial %d: page %d is cut inside a rune: %q", trial, i+1, p[max(0, len(p)-4):])
			}
		}
		// Editing a page leaves the pages before it as they were, as
		// the note editor's page numbers rely on.
		if len(ps) > 2 {
			k := 1 + r.IntN(len(ps)-1)
			start := len(strings.Join(ps[:k], ""))
			edited := s[:start] + "typed " + s[start:]
			if got := pages(edited, size); strings.Join(got[:k], "\x00") != strings.Join(ps[:k], "\x00") {
				t.Fatalf("trial %d: typing in page %d moved the pages before it", trial, k+1)
			}
		}
	}
	if ps := pages("", pageSize); len(ps) != 1 || ps[0] != "" {
		t.Errorf("an empty text has pages %q, want one empty page", ps)
	}
}

func TestCountWordsCountsAsFieldsSplits(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		s := randomText(r, r.IntN(3000)) + sampleText(r.IntN(3000), r.Uint64())
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countWords says %d, strings.Fields %d, for %q", got, want, s)
		}
	}
}

func TestFirstWordsReadsOnlyWhatARowShows(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		s := sampleText(r.IntN(4000), r.Uint64())
		n := 1 + r.IntN(20)
		want := strings.Join(strings.Fields(s), " ")
		if f := strings.Fields(s); len(f) > n {
			want = strings.Join(f[:n], " ") + " …"
		}
		if got := firstWords(s, n); got != want {
			t.Fatalf("firstWords(%q, %d) = %q, want %q", s, n, got, want)
		}
	}
	long := strings.Repeat("中", 1<<18) // a megabyte with nowhere to break
	if got := firstWords(long, 10); len(got) > maxRowText+len(" …") || !strings.HasSuffix(got, " …") || !utf8.ValidString(got) {
		t.Errorf("a megabyte-long word gives a row of %d bytes: %q…", len(got), got[:min(len(got), 40)])
	}
}

// openLong opens the default case with size bytes of text in field and
// shows the item the field belongs to.
func openLong(t *testing.T, field string, size int) (*UI, string, string) {
	t.Helper()
	path, id := longCaseFile(t, field, size)
	test.NewTempApp(t)
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	showField(u, field, id)
	text, _ := fieldOf(t, u.Case(), field)
	return u, *text, path
}

// readerOpen is the paged reader's dialog, showing over the window.
func readerOpen(t *testing.T, u *UI) fyne.CanvasObject {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil || len(find(top, func(b *widget.Button) bool { return b.Text == "Copy all" })) != 1 {
		t.Fatal("no reader is showing")
	}
	return top
}

// readAllPages steps through the reader from its first page to its last,
// checking the page count and the buttons, and returns the pages' text.
func readAllPages(t *testing.T, u *UI, whole string) string {
	t.Helper()
	r := readerOpen(t, u)
	prev, next := buttonIn(t, r, "Previous"), buttonIn(t, r, "Next")
	want := len(pages(whole, pageSize))
	var got strings.Builder
	for page := 1; ; page++ {
		at := "Page " + thousands(page) + " of " + thousands(want)
		if len(find(r, func(l *widget.Label) bool { return l.Text == at })) != 1 {
			t.Fatalf("the reader does not say %q", at)
		}
		if prev.Disabled() != (page == 1) || next.Disabled() != (page == want) {
			t.Fatalf("on page %d of %d Previous is disabled %v and Next %v", page, want, prev.Disabled(), next.Disabled())
		}
		got.WriteString(shownText(t, r, whole))
		if page == want {
			return got.String()
		}
		test.Tap(next)
	}
}

// shownText is the one piece of whole the reader's page shows.
func shownText(t *testing.T, r fyne.CanvasObject, whole string) string {
	t.Helper()
	ls := find(r, func(l *widget.Label) bool {
		return len(l.Text) > 0 && strings.Contains(whole, l.Text) && !strings.HasPrefix(l.Text, "Page ")
	})
	if len(ls) != 1 {
		t.Fatalf("the reader's page shows %d pieces of the text, want 1", len(ls))
	}
	return ls[0].Text
}

// Every screen that shows a long text shows its first page and offers the
// rest in the reader, whose pages are exactly the text.
func TestLongTextShowsABoundedPartAndShowAll(t *testing.T) {
	for _, field := range []string{"summary", "description", "event", "source", "quote"} {
		t.Run(field, func(t *testing.T) {
			u, text, _ := openLong(t, field, 24<<10)
			root := map[string]fyne.CanvasObject{
				"summary": u.overview.content, "description": u.actors.detail.box, "event": u.background.detail.box,
				"source": u.sources.detail.box, "quote": u.statements.detail.box,
			}[field]
			first := text[:pageEnd(text, pageSize)]
			// A label typesets its text in a RichText; a quote is one.
			var shown []string
			for _, rt := range find(root, func(*widget.RichText) bool { return true }) {
				shown = append(shown, rt.String())
			}
			wantPart := first + " …"
			if field == "quote" {
				wantPart = "“" + first + " …"
			}
			var parts int
			for _, s := range shown {
				if len(s) > pageSize+len("“ …") {
					t.Errorf("a widget holds %d bytes, more than a page", len(s))
				}
				if s == wantPart {
					parts++
				}
			}
			if parts != 1 {
				t.Fatalf("the first page is shown %d times, want once, marked as cut", parts)
			}
			test.Tap(buttonIn(t, root, showAllLabel(text)))
			if got := readAllPages(t, u, text); got != text {
				t.Fatalf("the reader's pages hold %d bytes, want the %d of the text", len(got), len(text))
			}
			test.Tap(buttonIn(t, readerOpen(t, u), "Copy all"))
			if got := u.app.Clipboard().Content(); got != text {
				t.Errorf("Copy all copied %d bytes, want the whole %d", len(got), len(text))
			}
		})
	}
}

func TestShortTextShowsWholeWithNoShowAll(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	if l, ok := u.overview.summary.(*widget.Label); !ok || l.Text != c.Summary {
		t.Errorf("the overview shows the summary as %T, want a label with all of it", u.overview.summary)
	}
	st := c.Statements[0]
	u.ShowStatement(st.ID)
	u.ShowActor(c.Actors[0].ID)
	u.ShowEvent(c.Events[0].ID)
	for _, root := range []fyne.CanvasObject{u.overview.content, u.statements.detail.box, u.actors.detail.box, u.background.detail.box} {
		if bs := find(root, func(b *widget.Button) bool { return strings.HasPrefix(b.Text, "Show all") }); len(bs) > 0 {
			t.Errorf("a short text offers %q", bs[0].Text)
		}
	}
	if quotes := find(u.statements.detail.box, func(r *widget.RichText) bool { return r.String() == "“"+st.Quote+"”" }); len(quotes) != 1 {
		t.Errorf("the quote is shown whole %d times, want once", len(quotes))
	}
}

// A long note is edited a page at a time; whatever is typed on any page
// reaches the note, whole, and the file.
func TestTypingInALongNoteSavesTheWholeText(t *testing.T) {
	u, text, path := openLong(t, "note", 100<<10)
	n := u.notes
	id := n.selected
	ps := pages(text, pageSize)
	if n.editor.Text != ps[0] || !n.pager.Visible() || n.pageAt.Text != "Page 1 of "+thousands(len(ps)) {
		t.Fatalf("the editor holds %d bytes and says %q, want page 1 of %d", len(n.editor.Text), n.pageAt.Text, len(ps))
	}
	test.Type(n.editor, "First ")
	test.Tap(n.nextPage)
	test.Tap(n.nextPage)
	// Typing on page 1 moved the pages after it, not the page numbers.
	ps = pages("First "+text, pageSize)
	if n.editor.Text != ps[2] || n.pageAt.Text != "Page 3 of "+thousands(len(ps)) {
		t.Fatalf("two pages on, the editor holds %q… and says %q, want page 3", n.editor.Text[:20], n.pageAt.Text)
	}
	test.Type(n.editor, "Third ")
	want := ps[0] + ps[1] + "Third " + strings.Join(ps[2:], "")
	if nt, _ := u.Case().Note(id); nt.Body != want {
		t.Fatalf("the note has %d bytes, want %d: what was typed on both pages, and the rest", len(nt.Body), len(want))
	}
	test.Tap(n.prevPage)
	test.Tap(n.prevPage)
	if n.editor.Text != ps[0] {
		t.Errorf("back on page 1 the editor holds %q…, want what it held", n.editor.Text[:20])
	}
	// The preview is of the page, rendered once the typing pauses, and
	// the whole note is in the reader.
	waitFor(t, "the preview of page 1", func() bool { return strings.HasPrefix(n.preview.String(), "First ") })
	if len(n.preview.String()) > 2*pageSize || !n.allBar.Visible() {
		t.Errorf("the preview shows %d bytes, Show all showing %v", len(n.preview.String()), n.allBar.Visible())
	}
	waitFor(t, "the whole note on disk", func() bool {
		nt, ok := loadFile(t, path).Note(id)
		return ok && nt.Body == want
	})
}

func TestALongPasteGoesToTheNoteAPageAtATime(t *testing.T) {
	u, _ := newTestUI(t)
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	n := u.notes
	test.Type(n.editor, "before after")
	n.editor.CursorColumn = len("before ")
	pasted := sampleText(50<<10, 9)
	clip := u.app.Clipboard()
	clip.SetContent(pasted)
	n.editor.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	want := "before " + pasted + "after"
	if nt, _ := u.Case().Note(n.selected); nt.Body != want {
		t.Fatalf("after the paste the note has %d bytes, want %d", len(nt.Body), len(want))
	}
	if len(n.editor.Text) > pageSize || !strings.HasPrefix(n.editor.Text, "before "+pasted[:10]) {
		t.Errorf("the editor holds %d bytes from %q, want the first page", len(n.editor.Text), n.editor.Text[:20])
	}
	// Pastes of less than a page go into the Entry; once the page grows
	// past two, the note is paged again where it is.
	test.Tap(n.nextPage)
	page := n.page
	short := sampleText(pageSize-100, 10)
	clip.SetContent(short)
	for range 3 {
		n.editor.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	}
	if len(n.editor.Text) > 2*pageSize || n.page != page {
		t.Errorf("after three pastes the editor holds %d bytes on page %d, want a page on page %d", len(n.editor.Text), n.page+1, page+1)
	}
	if nt, _ := u.Case().Note(n.selected); len(nt.Body) != len(want)+3*len(short) {
		t.Errorf("the note has %d bytes, want %d", len(nt.Body), len(want)+3*len(short))
	}
}

// List rows and search results show a row's worth of a megabyte: the first
// words of a quote, the start of a title with no space in it.
func TestRowsOfALongTextAreShort(t *testing.T) {
	u, text, _ := openLong(t, "quote", 1<<20)
	last := &u.doc.c.Statements[len(u.doc.c.Statements)-1]
	last.Title = strings.ReplaceAll(text, " ", "_")
	u.statements.refresh()
	short := func(what string, r *twoLineRow) {
		t.Helper()
		if n := len(r.title.Text) + len(r.detail.Text); n > 2*(maxRowText+len(" …")) {
			t.Fatalf("%s shows %d bytes", what, n)
		}
	}
	for row := range u.statements.order {
		r := newTwoLineRow()
		u.statements.updateRow(row, r)
		short("a statement row", r)
	}
	u.doc.index, u.doc.indexGen = casefile.NewIndex(u.doc.c), u.doc.gen
	u.search.entry.SetText(strings.Fields(text)[3])
	if len(u.search.rows) < 3 {
		t.Fatalf("searching for a word of the long quote and title found %d rows", len(u.search.rows))
	}
	for id := range u.search.rows {
		r := newTwoLineRow()
		u.search.list.UpdateItem(id, r)
		short("a search result", r)
	}
}
