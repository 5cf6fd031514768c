package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The reader's text takes the mouse as a reader expects: a drag selects,
// a double tap selects a word, a tap on a cited passage opens what cites
// it, a right tap offers what a selection can become, Ctrl+C copies.

func (v *passageView) Tapped(ev *fyne.PointEvent) {
	v.requestFocus()
	if v.selStart != v.selEnd {
		v.selStart, v.selEnd = 0, 0
		v.Refresh()
		v.selected()
	}
	at := v.offsetAt(ev.Position)
	if m, ok := v.markAt(at); ok && v.onMark != nil && v.overText(ev.Position, at) {
		v.onMark(m, ev.AbsolutePosition)
	}
}

// overText reports whether a point is on the text of its row rather than
// in the space after the row's end.
func (v *passageView) overText(p fyne.Position, at int) bool {
	if len(v.rows) == 0 {
		return false
	}
	row := v.rows[v.rowAt(p.Y)]
	return at < row.end || v.positionOf(row.end).X >= p.X
}

// DoubleTapped selects the word under the pointer.
func (v *passageView) DoubleTapped(ev *fyne.PointEvent) {
	at := v.offsetAt(ev.Position)
	start, end := at, at
	for start > 0 && isWordRune(v.runes[start-1]) {
		start--
	}
	for end < len(v.runes) && isWordRune(v.runes[end]) {
		end++
	}
	v.selectRange(start, end)
	v.selected()
}

func isWordRune(r rune) bool { return r != ' ' && r != '\n' && r != '\t' }

func (v *passageView) TappedSecondary(ev *fyne.PointEvent) {
	if v.menu == nil {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		widget.ShowPopUpMenuAtPosition(v.menu(), c, ev.AbsolutePosition)
	}
}

func (v *passageView) Dragged(ev *fyne.DragEvent) {
	if !v.dragging {
		v.dragging = true
		v.requestFocus()
		v.anchor = v.offsetAt(ev.Position.Subtract(ev.Dragged))
	}
	v.selStart, v.selEnd = clampRange(v.anchor, v.offsetAt(ev.Position), len(v.runes))
	v.Refresh()
}

func (v *passageView) DragEnd() {
	v.dragging = false
	v.selected()
}

func (v *passageView) selected() {
	if v.onSelect != nil {
		v.onSelect()
	}
}

func (v *passageView) requestFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v)
	}
}

// The view takes the focus only for Copy (Ctrl+C); it takes no typing.
func (v *passageView) FocusGained()   {}
func (v *passageView) FocusLost()     {}
func (v *passageView) TypedRune(rune) {}
func (v *passageView) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		passEscape(v) // to close what the window shows on top, as a field does
	}
}

func (v *passageView) TypedShortcut(s fyne.Shortcut) {
	if _, ok := s.(*fyne.ShortcutCopy); ok && v.selStart != v.selEnd {
		fyne.CurrentApp().Clipboard().SetContent(string(v.runes[v.selStart:v.selEnd]))
	}
}

// Cursor is a pointing hand over a cited passage, which opens what
// cites it, and a text cursor elsewhere.
func (v *passageView) Cursor() desktop.Cursor {
	if v.overMark {
		return desktop.PointerCursor
	}
	return desktop.TextCursor
}

func (v *passageView) MouseIn(ev *desktop.MouseEvent) { v.MouseMoved(ev) }
func (v *passageView) MouseOut()                      { v.overMark = false }
func (v *passageView) MouseMoved(ev *desktop.MouseEvent) {
	at := v.offsetAt(ev.Position)
	_, on := v.markAt(at)
	v.overMark = on && v.overText(ev.Position, at)
}
