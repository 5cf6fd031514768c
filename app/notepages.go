package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// previewDelay is the pause in typing after which the preview is
// rendered: typing costs the editor and the model, never the Markdown.
const previewDelay = 250 * time.Millisecond

// A note longer than a page is edited a page at a time: Fyne's Entry lays
// out its whole text on every keystroke, in time that grows with the
// square of its length (a keystroke in 64 KB took about a second), so
// the editor holds one page of pages(body, pageSize) and the note is the
// text before it, the page and the text after it.

// openPage puts page (clamped) of body in the editor, with the cursor at
// its start or, when the page is split again where it is, where it was.
func (n *notesScreen) openPage(body string, page int, fromStart bool) {
	ps := pages(body, pageSize)
	n.page, n.pageCount = max(0, min(page, len(ps)-1)), len(ps)
	start := 0
	for _, p := range ps[:n.page] {
		start += len(p)
	}
	n.before, n.after = body[:start], body[start+len(ps[n.page]):]
	if fromStart {
		n.editor.CursorRow, n.editor.CursorColumn = 0, 0
	}
	n.loading = true
	n.editor.SetText(ps[n.page])
	n.loading = false
	n.pageAt.SetText(pageOf(n.page, n.pageCount))
	enable(n.prevPage, n.page > 0)
	enable(n.nextPage, n.page < n.pageCount-1)
	if n.pageCount > 1 {
		n.pager.Show()
	} else {
		n.pager.Hide()
	}
}

// holds reports whether the editor's page, with the text around it, is
// body, without building the whole text.
func (n *notesScreen) holds(body string) bool {
	t := n.editor.Text
	return len(body) == len(n.before)+len(t)+len(n.after) &&
		strings.HasPrefix(body, n.before) && strings.HasSuffix(body, n.after) &&
		body[len(n.before):len(n.before)+len(t)] == t
}

// body is the selected note's whole text as the editor has it.
func (n *notesScreen) body() string { return n.before + n.editor.Text + n.after }

// The pages before the one edited split as they did, so the page numbers
// hold while the note changes.
func (n *notesScreen) previousPage()  { n.turnTo(n.page - 1) }
func (n *notesScreen) followingPage() { n.turnTo(n.page + 1) }

func (n *notesScreen) turnTo(page int) {
	n.openPage(n.body(), page, true)
	n.renderPreview()
}

// pasteLong takes a paste longer than a page into the note at the cursor
// without handing it to the Entry, which would lay it all out. The page
// is split again where it is, so the editor shows the start of the paste.
func (n *notesScreen) pasteLong(text string) {
	if n.loading || n.u.doc == nil || n.selected == "" {
		return
	}
	page := n.editor.Text
	runes := []rune(page)
	at := len(string(runes[:min(n.editor.CursorTextOffset(), len(runes))]))
	body := n.before + page[:at] + text + page[at:] + n.after
	if n.save(body) {
		n.openPage(body, n.page, false)
		n.u.setStatus(fmt.Sprintf("Pasted %s words; the note now has %s pages", thousands(countWords(text)), thousands(n.pageCount)))
	}
}

// previewLater renders the preview once typing pauses: a keystroke notes
// its time, and one timer at a time checks it.
func (n *notesScreen) previewLater() {
	n.typedAt = time.Now()
	if n.previewTimer == nil {
		n.previewTimer = time.AfterFunc(previewDelay, func() { runOnUI(n.previewDue) })
	}
}

func (n *notesScreen) previewDue() {
	if wait := previewDelay - time.Since(n.typedAt); wait > 0 {
		n.previewTimer.Reset(wait)
		return
	}
	n.previewTimer = nil
	n.renderPreview()
}

// renderPreview shows the page being edited as Markdown, and offers the
// whole note in the reader when it has pages.
func (n *notesScreen) renderPreview() {
	n.preview.ParseMarkdown(n.editor.Text)
	if n.pageCount < 2 {
		n.allBar.Hide()
		return
	}
	n.showAll.SetText(showAllLabel(n.body()))
	n.allBar.Show()
}

func (n *notesScreen) readAll() {
	n.u.showReader("Note", n.body(), markdownText)
}

// noteEntry is the note editor. A paste longer than a page goes to the
// note through pasteLong rather than into the Entry.
type noteEntry struct {
	widget.Entry
	pasteLong func(text string)
}

func newNoteEntry(pasteLong func(string)) *noteEntry {
	e := &noteEntry{pasteLong: pasteLong}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

func (e *noteEntry) TypedShortcut(s fyne.Shortcut) {
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
