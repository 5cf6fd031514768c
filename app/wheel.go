package app

import (
	"math"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The driver gives the mouse wheel to the innermost scrolling object
// under the pointer, and every Entry scrolls its own text, even one line
// of it: over a text field, the wheel moved nothing, and a form scrolled
// only over its labels and its scrollbar. A wheelPass laid over a field
// takes the wheel instead and scrolls the form, except over a field of
// several lines whose text is longer than it shows, which scrolls its
// own text.

// wheelPass is a transparent layer over a field that hands the wheel to
// the scroll around it. It takes nothing else: taps, drags and hovering
// reach the field beneath.
type wheelPass struct {
	widget.BaseWidget
	target   func() *container.Scroll // the form's scroll, once it exists
	overflow func() bool              // the field scrolls its own text; nil: never
}

// wheelThrough lays a wheelPass over field.
func wheelThrough(field fyne.CanvasObject, target func() *container.Scroll, overflow func() bool) (fyne.CanvasObject, *wheelPass) {
	w := &wheelPass{target: target, overflow: overflow}
	w.ExtendBaseWidget(w)
	return container.NewStack(field, w), w
}

func (w *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}

// Scrolled scrolls the form.
func (w *wheelPass) Scrolled(ev *fyne.ScrollEvent) {
	if s := w.target(); s != nil {
		s.Scrolled(ev)
	}
}

// Resize follows the field, whose text may now fit or not.
func (w *wheelPass) Resize(s fyne.Size) {
	w.BaseWidget.Resize(s)
	w.update()
}

// update steps aside, so that the wheel reaches the field, while the
// field's text is longer than it shows.
func (w *wheelPass) update() {
	if w.overflow != nil && w.overflow() {
		w.Hide()
	} else {
		w.Show()
	}
}

// overflows reports whether e, a field of several lines, holds more text
// than it shows. Its lines are counted as the words would wrap, from each
// paragraph's width; a page holds a few paragraphs, so this is cheap.
func overflows(e *widget.Entry) bool {
	size := e.Size()
	if !e.MultiLine || size.Width <= 0 {
		return false
	}
	th := e.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	textSize := th.Size(theme.SizeNameText)
	width := size.Width - 2*pad - 2*th.Size(theme.SizeNameInputBorder)
	lineHeight := fyne.MeasureText("M", textSize, e.TextStyle).Height + th.Size(theme.SizeNameLineSpacing)
	shown := int((size.Height - 2*pad) / lineHeight)
	lines := 0
	for _, para := range strings.Split(e.Text, "\n") {
		// Words wrap short of the edge: count a line for each nine
		// tenths of the width, which errs towards scrolling the text.
		w := fyne.MeasureText(para, textSize, e.TextStyle).Width
		lines += 1 + int(w/(0.9*width))
		if lines > shown {
			return true
		}
	}
	return false
}

// The chart and the timeline zoom with the wheel. Fyne's desktop driver
// hands on a notch of the wheel (GLFW's offset of 1) as a scroll of 25
// (10 on macOS, whose own acceleration then applies), so a zoom of 10%
// each 10 px scrolled, as the macOS figure suggests, zoomed 27% a notch
// on Linux and Windows: five notches made the chart three times as large
// and a few more lost it. These count notches instead.
const (
	zoomPerNotch  = 1.15 // five notches, twice as large
	wheelNotchPx  = 25
	wheelNotchMac = 10
)

// wheelNotches is how many notches of the wheel a scroll of d is.
func wheelNotches(d float32) float64 {
	notch := float64(wheelNotchPx)
	if runtime.GOOS == "darwin" {
		notch = wheelNotchMac
	}
	return float64(d) / notch
}

// wheelZoom is the zoom a scroll of dy asks for: zoomPerNotch a notch,
// the wheel turned up zooming in.
func wheelZoom(dy float32) float64 { return math.Pow(zoomPerNotch, wheelNotches(dy)) }
