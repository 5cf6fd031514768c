package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pagedEditor edits a text a page at a time in one Entry: Fyne's Entry
// lays out its whole text on every keystroke, in time that grows with the
// square of its length (a keystroke in 64 KB took about a second), so the
// editor holds one page of pages(text, pageSize) and the text is the part
// before it, the page and the part after it. A text of one page is edited
// whole, with the page controls hidden. The note editor and every text
// field of the edit forms are one.
type pagedEditor struct {
	u                  *UI
	editor             *pageEntry
	pager              *fyne.Container // shown when the text has pages
	pageAt             *widget.Label   // "Page X of Y"
	prevPage, nextPage *widget.Button
	view               fyne.CanvasObject // the page controls above the editor

	before, after   string // the text before and after the page in the editor
	page, pageCount int
	loading         bool // setting the editor's text, not the user typing

	// changed takes the whole text after typing or a long paste, false
	// when it refused it (and said why); turned follows a page turn. The
	// note sets both; a form reads the text when it is saved.
	changed func(text string) bool
	turned  func()
	what    string // what the text is, for the status bar: "the note"
}

// newPagedEditor makes an editor of text; multiLine wraps it on rows.
func newPagedEditor(u *UI, what string, multiLine bool) *pagedEditor {
	p := &pagedEditor{u: u, what: what, pageAt: widget.NewLabel("")}
	p.editor = newPageEntry(multiLine, p.pasteLong)
	p.editor.OnChanged = p.typed
	p.prevPage = button("Previous page", theme.NavigateBackIcon(), p.previousPage)
	p.nextPage = button("Next page", theme.NavigateNextIcon(), p.followingPage)
	p.pager = container.NewHBox(p.prevPage, p.pageAt, p.nextPage)
	p.pager.Hide()
	p.view = container.NewBorder(p.pager, nil, nil, nil, p.editor)
	return p
}

// open puts page (clamped) of text in the editor, with the cursor at its
// start or, when the page is split again where it is, where it was.
func (p *pagedEditor) open(text string, page int, fromStart bool) {
	ps := pages(text, pageSize)
	p.page, p.pageCount = max(0, min(page, len(ps)-1)), len(ps)
	start := 0
	for _, pg := range ps[:p.page] {
		start += len(pg)
	}
	p.before, p.after = text[:start], text[start+len(ps[p.page]):]
	if fromStart {
		p.editor.CursorRow, p.editor.CursorColumn = 0, 0
	}
	p.loading = true
	p.editor.SetText(ps[p.page])
	p.loading = false
	p.pageAt.SetText(pageOf(p.page, p.pageCount))
	enable(p.prevPage, p.page > 0)
	enable(p.nextPage, p.page < p.pageCount-1)
	if p.pageCount > 1 {
		p.pager.Show()
	} else {
		p.pager.Hide()
	}
}

// holds reports whether the editor's page, with the text around it, is
// text, without building the whole text.
func (p *pagedEditor) holds(text string) bool {
	t := p.editor.Text
	return len(text) == len(p.before)+len(t)+len(p.after) &&
		strings.HasPrefix(text, p.before) && strings.HasSuffix(text, p.after) &&
		text[len(p.before):len(p.before)+len(t)] == t
}

// text is the whole text as the editor has it.
func (p *pagedEditor) text() string { return p.before + p.editor.Text + p.after }

// The pages before the one edited split as they did, so the page numbers
// hold while the text changes.
func (p *pagedEditor) previousPage()  { p.turnTo(p.page - 1) }
func (p *pagedEditor) followingPage() { p.turnTo(p.page + 1) }

func (p *pagedEditor) turnTo(page int) {
	p.open(p.text(), page, true)
	if p.turned != nil {
		p.turned()
	}
}

// typed takes the editor's page into the text. A page grown past two by
// typing or pastes is paged again where it is, so that the editor never
// holds much more than a page.
func (p *pagedEditor) typed(page string) {
	if p.loading {
		return
	}
	if p.changed != nil && !p.changed(p.before+page+p.after) {
		return
	}
	if len(page) > 2*pageSize {
		p.open(p.text(), p.page, false)
	}
}

// pasteLong takes a paste longer than a page into the text at the cursor
// without handing it to the Entry, which would lay it all out. The page
// is split again where it is, so the editor shows the start of the paste.
func (p *pagedEditor) pasteLong(pasted string) {
	if p.loading {
		return
	}
	page := p.editor.Text
	runes := []rune(page)
	at := len(string(runes[:min(p.editor.CursorTextOffset(), len(runes))]))
	text := p.before + page[:at] + pasted + page[at:] + p.after
	if p.changed != nil && !p.changed(text) {
		return
	}
	p.open(text, p.page, false)
	p.u.setStatus(fmt.Sprintf("Pasted %s words; %s now has %s pages", thousands(countWords(pasted)), p.what, thousands(p.pageCount)))
}

// pageEntry is a paged editor's Entry. A paste longer than a page goes to
// the text through pasteLong rather than into the Entry.
type pageEntry struct {
	widget.Entry
	pasteLong func(text string)
}

func newPageEntry(multiLine bool, pasteLong func(string)) *pageEntry {
	e := &pageEntry{pasteLong: pasteLong}
	if multiLine {
		e.MultiLine = true
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

func (e *pageEntry) TypedShortcut(s fyne.Shortcut) {
	if p, ok := s.(*fyne.ShortcutPaste); ok && !e.Disabled() && p.Clipboard != nil {
		if text := p.Clipboard.Content(); len(text) > pageSize {
			if e.SelectedText() != "" {
				e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete}) // the paste replaces the selection
			}
			e.pasteLong(text)
			return
		}
	}
	e.Entry.TypedShortcut(s)
}
