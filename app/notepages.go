package app

import "time"

// previewDelay is the pause in typing after which the preview is
// rendered: typing costs the editor and the model, never the Markdown.
const previewDelay = 250 * time.Millisecond

// A note longer than a page is edited a page at a time (pagededitor.go):
// the notes screen is a pagedEditor whose changes go to the model as they
// are typed and whose page turns render the preview.

// changedNote records the editor's text as the selected note's; typing in
// one note is one undo step.
func (n *notesScreen) changedNote(body string) bool {
	if n.u.doc == nil || n.selected == "" {
		return false
	}
	return n.save(body)
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
	n.showAll.SetText(showAllLabel(n.text()))
	n.allBar.Show()
}

func (n *notesScreen) readAll() {
	n.u.showReader("Note", n.text(), markdownText)
}
