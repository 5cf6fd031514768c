package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// tlpBadge shows a TLP label as FIRST's standard sets it: the label's
// colour on black. It comes in three sizes: the case's marking in the top
// bar, filling the place it is given; the overview's full-width banner;
// and a portion's small badge beside what it marks.
type tlpBadge struct {
	widget.BaseWidget
	bg    *canvas.Rectangle
	text  *canvas.Text
	wide  bool // a full-width banner rather than a badge
	small bool // a portion's badge: caption-sized, drawn at its own size wherever it is put
}

func newTLPBadge() *tlpBadge {
	b := &tlpBadge{bg: canvas.NewRectangle(color.Black), text: canvas.NewText("", color.White)}
	b.text.TextStyle = fyne.TextStyle{Bold: true}
	b.text.Alignment = fyne.TextAlignCenter
	b.ExtendBaseWidget(b)
	return b
}

func newTLPBanner() *tlpBadge {
	b := newTLPBadge()
	b.wide = true
	return b
}

// portionBadge is the small badge of a portion's effective marking, for a
// heading, a detail line or a row built once per view.
func portionBadge(m casefile.Marking) *tlpBadge {
	b := newTLPBadge()
	b.small = true
	b.text.TextSize = theme.CaptionTextSize()
	b.set(m)
	return b
}

// set shows m; an unchanged label is not drawn again, as list rows set
// theirs on every refresh.
func (b *tlpBadge) set(m casefile.Marking) {
	if m == "" {
		m = casefile.TLPClear
	}
	if b.text.Text == string(m) {
		return
	}
	b.text.Text = string(m)
	b.text.Color = m.Color()
	b.bg.FillColor = m.Background()
	b.Refresh()
}

func (b *tlpBadge) CreateRenderer() fyne.WidgetRenderer {
	return &tlpRenderer{b}
}

type tlpRenderer struct{ b *tlpBadge }

func (r *tlpRenderer) Layout(size fyne.Size) {
	if r.b.small {
		r.layoutSmall(size)
		return
	}
	r.b.bg.Move(fyne.NewPos(0, 0))
	r.b.bg.Resize(size)
	ts := r.b.text.MinSize()
	r.b.text.Move(fyne.NewPos(0, (size.Height-ts.Height)/2))
	r.b.text.Resize(fyne.NewSize(size.Width, ts.Height))
}

// layoutSmall draws a small badge at its own size, level with the middle
// of the place it is given: a box or a row may give it a line's height.
func (r *tlpRenderer) layoutSmall(size fyne.Size) {
	m := r.MinSize()
	top := max(0, (size.Height-m.Height)/2)
	r.b.bg.Move(fyne.NewPos(0, top))
	r.b.bg.Resize(m)
	ts := r.b.text.MinSize()
	r.b.text.Move(fyne.NewPos(0, top+(m.Height-ts.Height)/2))
	r.b.text.Resize(fyne.NewSize(m.Width, ts.Height))
}

func (r *tlpRenderer) MinSize() fyne.Size {
	ts := r.b.text.MinSize()
	p := theme.Padding()
	if !r.b.small {
		return fyne.NewSize(ts.Width+4*p, ts.Height+2*p)
	}
	return fyne.NewSize(ts.Width+2*p, ts.Height+p/2)
}

func (r *tlpRenderer) Refresh() {
	if r.b.small {
		r.b.text.TextSize = theme.CaptionTextSize()
		r.Layout(r.b.Size())
	}
	r.b.bg.Refresh()
	r.b.text.Refresh()
}

func (r *tlpRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.b.bg, r.b.text} }
func (r *tlpRenderer) Destroy()                     {}

// markedLabel puts a portion's badge before the label that heads or names
// it, level with its first line: a heading that wraps keeps its badge at
// the top rather than between its lines.
func markedLabel(b *tlpBadge, l *widget.Label) *fyne.Container {
	size := l.SizeName
	if size == "" {
		size = theme.SizeNameText
	}
	// A label is its text's height and its padding above and below.
	line := fyne.MeasureText("M", theme.Size(size), l.TextStyle).Height + 2*theme.InnerPadding()
	return container.New(badgeBefore{line: line}, b, l)
}

// markedHeading is an item's heading with the badge of its marking.
func markedHeading(title string, m casefile.Marking) *fyne.Container {
	return markedLabel(portionBadge(m), heading(title))
}

// badgeBefore lays out a badge, then what it marks; line is the height of
// the first line of what it marks.
type badgeBefore struct{ line float32 }

func (l badgeBefore) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	badge, what := objs[0], objs[1]
	b := badge.MinSize()
	// The badge starts where the text of the labels below it starts.
	x := theme.InnerPadding()
	badge.Move(fyne.NewPos(x, 0))
	badge.Resize(fyne.NewSize(b.Width, min(l.line, size.Height)))
	what.Move(fyne.NewPos(x+b.Width, 0))
	what.Resize(fyne.NewSize(size.Width-x-b.Width, size.Height))
}

func (l badgeBefore) MinSize(objs []fyne.CanvasObject) fyne.Size {
	b, w := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(theme.InnerPadding()+b.Width+w.Width, max(b.Height, w.Height))
}
