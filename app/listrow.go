package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// twoLineRow is a list row: a bold title over a muted detail line, with
// the badge of the item's marking at the end of the title line once
// setMarking gives it one (search results have none).
type twoLineRow struct {
	widget.BaseWidget
	title, detail *widget.Label
	badge         *tlpBadge
}

func newTwoLineRow() *twoLineRow {
	r := &twoLineRow{title: widget.NewLabel(""), detail: widget.NewLabel(""), badge: portionBadge("")}
	r.title.TextStyle.Bold = true
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.detail.Truncation = fyne.TextTruncateEllipsis
	r.detail.Importance = widget.LowImportance
	r.badge.Hide()
	r.ExtendBaseWidget(r)
	return r
}

func (r *twoLineRow) set(title, detail string) {
	title, detail = clip(title, maxRowText), clip(detail, maxRowText)
	if r.title.Text != title {
		r.title.SetText(title)
	}
	if r.detail.Text != detail {
		r.detail.SetText(detail)
	}
}

// setMarking shows the item's marking. A row redrawn for the same item,
// or reused for one whose label is as wide, costs a comparison: the row is
// laid out again only when the badge first shows or changes its width. (A
// badge as wide as "TLP:AMBER+STRICT" on every row would never need it,
// but would take a quarter of a list's width from every title.)
func (r *twoLineRow) setMarking(m casefile.Marking) {
	if r.badge.text.Text == string(m) && r.badge.Visible() {
		return
	}
	w := r.badge.MinSize().Width
	r.badge.set(m)
	switch {
	case !r.badge.Visible():
		r.badge.Show()
	case r.badge.MinSize().Width == w:
		return
	}
	rowLayout{r}.Layout(nil, r.Size())
}

func (r *twoLineRow) CreateRenderer() fyne.WidgetRenderer {
	box := container.New(rowLayout{r}, r.title, r.detail, r.badge)
	return widget.NewSimpleRenderer(box)
}

// rowLayout stacks the title and the detail with less space between them
// than a VBox, so a two-line row reads as one item, and ends the title's
// line with the badge when it shows.
type rowLayout struct{ r *twoLineRow }

func (l rowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	title, detail, badge := l.r.title, l.r.detail, l.r.badge
	th := title.MinSize().Height
	bw := float32(0)
	if badge.Visible() {
		b := badge.MinSize()
		bw = b.Width + theme.Padding()
		badge.Move(fyne.NewPos(size.Width-b.Width-theme.Padding(), 0))
		badge.Resize(fyne.NewSize(b.Width, th))
	}
	title.Move(fyne.NewPos(0, 0))
	title.Resize(fyne.NewSize(size.Width-bw, th))
	if detail.Visible() {
		detail.Move(fyne.NewPos(0, th+rowGap()))
		detail.Resize(fyne.NewSize(size.Width, detail.MinSize().Height))
	}
}

func (l rowLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	title, detail, badge := l.r.title, l.r.detail, l.r.badge
	m := title.MinSize()
	if badge.Visible() {
		m.Width += badge.MinSize().Width + theme.Padding()
	}
	if detail.Visible() {
		d := detail.MinSize()
		m = fyne.NewSize(max(m.Width, d.Width), m.Height+rowGap()+d.Height)
	}
	return m
}

// rowGap is the space between a row's two lines: less than none, as each
// label pads itself.
func rowGap() float32 { return -theme.Padding() * 1.5 }
