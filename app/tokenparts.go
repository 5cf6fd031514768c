package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The parts of a token picker (tokens.go): a token, the text field, and
// the layout of the tokens and the field.

// token is a chosen item's name with a button that removes it.
func token(label string, remove func()) (fyne.CanvasObject, *widget.Button) {
	x := widget.NewButtonWithIcon("", theme.CancelIcon(), remove)
	x.Importance = widget.LowImportance
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameButton))
	bg.CornerRadius = theme.InputRadiusSize()
	name := widget.NewLabel(label)
	return container.NewStack(bg, container.NewBorder(nil, nil, nil, x, name)), x
}

// tokenEntry is the picker's text field: Enter adds the offer lit, the
// arrow keys move between offers, Backspace in an empty field removes
// the last token, and Escape closes the offers before the dialog.
type tokenEntry struct {
	widget.Entry
	p *tokenPicker
}

func newTokenEntry(p *tokenPicker) *tokenEntry {
	e := &tokenEntry{p: p}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	drop := widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), p.toggleBrowse)
	drop.Importance = widget.LowImportance
	e.ActionItem = drop
	e.ExtendBaseWidget(e)
	return e
}

func (e *tokenEntry) TypedKey(k *fyne.KeyEvent) {
	p := e.p
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		p.enter()
	case fyne.KeyDown:
		p.move(1)
	case fyne.KeyUp:
		p.move(-1)
	case fyne.KeyEscape:
		switch {
		case p.open:
			p.close()
		case e.Text != "":
			e.SetText("")
		default:
			passEscape(e)
		}
	case fyne.KeyBackspace:
		if e.Text == "" && len(p.chosen) > 0 {
			p.remove(p.chosen[len(p.chosen)-1])
			return
		}
		e.Entry.TypedKey(k)
	default:
		e.Entry.TypedKey(k)
	}
}

// tokenFlow lays the tokens out in rows, as words wrap, and the entry
// after them: on the last row when at least minEntry wide is left there,
// else on a row of its own. Its height depends on its width, which its
// MinSize takes from the last layout.
type tokenFlow struct {
	width    float32 // at the last layout
	entryMin float32 // the entry's least width
}

// minEntry is the entry's least width, for typing a name.
const minEntry = 200

func (l *tokenFlow) place(objs []fyne.CanvasObject, width float32, apply bool) float32 {
	pad := theme.Padding()
	x, y, rowH := float32(0), float32(0), float32(0)
	for i, o := range objs {
		s := o.MinSize()
		last := i == len(objs)-1
		if last {
			s.Width = max(s.Width, l.entryMin)
		}
		if x > 0 && x+s.Width > width {
			x, y, rowH = 0, y+rowH+pad, 0
		}
		if last {
			s.Width = max(s.Width, width-x)
		}
		if apply {
			o.Move(fyne.NewPos(x, y))
			o.Resize(s)
		}
		x += s.Width + pad
		rowH = max(rowH, s.Height)
	}
	return y + rowH
}

func (l *tokenFlow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	l.place(objs, size.Width, true)
}

func (l *tokenFlow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := l.width
	if w == 0 {
		w = formWidth - 200 // before the first layout: a form's field, roughly
	}
	return fyne.NewSize(l.entryMin, l.place(objs, w, false))
}
