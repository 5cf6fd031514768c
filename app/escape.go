package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Escape closes the dialog on top, wherever the focus is. Fyne hands a
// key to the focused widget, and to the window only when no widget has
// the focus, so every widget the dialogs can focus (the fields, choices
// and ticks below) passes Escape on to the window, which dismisses the
// dialog as its Cancel or Close button would.

// present shows a dialog and makes dismiss what Escape does while it is
// on top. Every dialog should be shown so.
func (u *UI) present(d dialog.Dialog, dismiss func()) {
	d.Show()
	u.onEscape(dismiss)
}

// onEscape makes dismiss what Escape does while the overlay on top now
// stays on top. Overlays gone since are forgotten.
func (u *UI) onEscape(dismiss func()) {
	ov := u.win.Canvas().Overlays()
	top := ov.Top()
	if top == nil {
		return
	}
	live := ov.List()
	for o := range u.escapes {
		if !slices.Contains(live, o) {
			delete(u.escapes, o)
		}
	}
	u.escapes[top] = dismiss
}

// typedKey takes the keys that no focused widget takes.
func (u *UI) typedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		u.escape()
	}
}

// escape dismisses the dialog on top as its Cancel or Close button does.
// A dialog shown without present is left alone: hiding it behind its
// back would skip what its own buttons do when it closes.
func (u *UI) escape() {
	if dismiss, ok := u.escapes[u.win.Canvas().Overlays().Top()]; ok {
		dismiss()
	}
}

// passEscape gives Escape, typed in o, to o's window.
func passEscape(o fyne.CanvasObject) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
		if typed := c.OnTypedKey(); typed != nil {
			typed(&fyne.KeyEvent{Name: fyne.KeyEscape})
		}
	}
}

// TypedKey passes Escape on from the text fields of the forms and the
// note editor; the note editor's window has no dialog to close then.
func (e *pageEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		passEscape(e)
		return
	}
	e.Entry.TypedKey(k)
}

// choice is a drop-down choice that passes Escape on.
type choice struct{ widget.Select }

func newChoice(options []string, changed func(string)) *choice {
	c := &choice{}
	c.Options, c.OnChanged, c.PlaceHolder = options, changed, "(choose)"
	c.ExtendBaseWidget(c)
	return c
}

func (c *choice) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		passEscape(c)
		return
	}
	c.Select.TypedKey(k)
}

// tick is a check box that passes Escape on.
type tick struct{ widget.Check }

func newTick(label string, changed func(bool)) *tick {
	t := &tick{}
	t.Text, t.OnChanged = label, changed
	t.ExtendBaseWidget(t)
	return t
}

func (t *tick) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		passEscape(t)
	}
}

// suggestingEntry is a text field with a drop-down of suggestions that
// passes Escape on.
type suggestingEntry struct{ widget.SelectEntry }

func newSuggestingEntry(options []string) *suggestingEntry {
	e := &suggestingEntry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	e.SetOptions(options)
	return e
}

func (e *suggestingEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		passEscape(e)
		return
	}
	e.SelectEntry.TypedKey(k)
}

// ticks is a set of check boxes, one per option, in place of a
// CheckGroup, whose boxes cannot pass Escape on.
type ticks struct {
	box      *fyne.Container
	boxes    []*tick
	Options  []string
	Selected []string // in the order of Options
	changed  func()
}

func newTicks(options []string, selected []string, horizontal bool, changed func()) *ticks {
	g := &ticks{Options: options, changed: changed}
	if horizontal {
		g.box = container.NewHBox()
	} else {
		g.box = container.NewVBox()
	}
	for _, o := range options {
		t := newTick(o, func(bool) { g.read() })
		t.Checked = slices.Contains(selected, o)
		g.boxes = append(g.boxes, t)
		g.box.Add(t)
	}
	g.Selected = g.collect()
	return g
}

func (g *ticks) collect() []string {
	var out []string
	for i, t := range g.boxes {
		if t.Checked {
			out = append(out, g.Options[i])
		}
	}
	return out
}

func (g *ticks) read() {
	g.Selected = g.collect()
	if g.changed != nil {
		g.changed()
	}
}

// SetSelected ticks the options given and no other, as CheckGroup's does.
func (g *ticks) SetSelected(options []string) {
	for i, t := range g.boxes {
		t.SetChecked(slices.Contains(options, g.Options[i]))
	}
	g.read()
}
