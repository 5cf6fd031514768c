package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

func (v *passageView) CreateRenderer() fyne.WidgetRenderer {
	return &passageRenderer{v: v}
}

// passageRenderer draws the tints, then the selection, then the rows.
type passageRenderer struct {
	v       *passageView
	objects []fyne.CanvasObject
	texts   []*canvas.Text // kept between refreshes, one per row
}

func (r *passageRenderer) Layout(fyne.Size)             {}
func (r *passageRenderer) MinSize() fyne.Size           { return r.v.MinSize() }
func (r *passageRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *passageRenderer) Destroy()                     {}

func (r *passageRenderer) Refresh() {
	v := r.v
	v.wrap(v.Size().Width)
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	textSize, pad, rowHeight := v.metrics()
	r.objects = r.objects[:0]
	// Cited passages in a highlighter's yellow, so that the selection, in
	// the theme's blue, stands out from them.
	tint := withAlpha(th.Color(theme.ColorNameWarning, variant), 0x48)
	for _, m := range v.marks {
		r.objects = append(r.objects, r.boxes(m.start, m.end, tint)...)
	}
	if v.selStart != v.selEnd {
		r.objects = append(r.objects, r.boxes(v.selStart, v.selEnd, th.Color(theme.ColorNameSelection, variant))...)
	}
	fg := th.Color(theme.ColorNameForeground, variant)
	for i, row := range v.rows {
		if i == len(r.texts) {
			r.texts = append(r.texts, canvas.NewText("", fg))
		}
		t := r.texts[i]
		t.Text, t.Color, t.TextSize = string(v.runes[row.start:row.end]), fg, textSize
		t.Move(fyne.NewPos(pad, pad+float32(i)*rowHeight))
		t.Resize(fyne.NewSize(v.Size().Width-2*pad, rowHeight))
		t.Refresh()
		r.objects = append(r.objects, t)
	}
	r.texts = r.texts[:len(v.rows)]
	canvas.Refresh(v)
}

// boxes are the rectangles behind runes [start, end), one per row.
func (r *passageRenderer) boxes(start, end int, fill color.Color) []fyne.CanvasObject {
	v := r.v
	textSize, pad, rowHeight := v.metrics()
	var out []fyne.CanvasObject
	for i, row := range v.rows {
		from, to := max(start, row.start), min(end, row.end)
		if from >= to {
			continue
		}
		x1 := fyne.MeasureText(string(v.runes[row.start:from]), textSize, fyne.TextStyle{}).Width
		x2 := x1 + fyne.MeasureText(string(v.runes[from:to]), textSize, fyne.TextStyle{}).Width
		box := canvas.NewRectangle(fill)
		box.Move(fyne.NewPos(pad+x1, pad+float32(i)*rowHeight))
		box.Resize(fyne.NewSize(max(x2-x1, 4), rowHeight))
		out = append(out, box)
	}
	return out
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}
