package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// foundRow is a row of the Find quotes list: a check, the quotation over
// its speaker, verb, date, channel and paragraph, and the row's actions.
type foundRow struct {
	widget.BaseWidget
	check                       *tick
	quote, details              *widget.Label
	accept, edit, dismiss       *widget.Button
	root                        fyne.CanvasObject
	index                       int // the quotation's index in the finder's all
	onAccept, onEdit, onDismiss func(i int)
}

func newFoundRow() fyne.CanvasObject {
	r := &foundRow{check: newTick("", nil), quote: widget.NewLabel(""), details: widget.NewLabel("")}
	r.quote.Truncation = fyne.TextTruncateEllipsis
	r.quote.TextStyle.Italic = true
	r.details.Truncation = fyne.TextTruncateEllipsis
	r.details.Importance = widget.LowImportance
	r.accept = widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), r.tappedAccept)
	r.edit = widget.NewButtonWithIcon("Edit…", theme.DocumentCreateIcon(), r.tappedEdit)
	r.dismiss = widget.NewButtonWithIcon("Dismiss", theme.CancelIcon(), r.tappedDismiss)
	r.root = container.NewBorder(nil, nil, r.check, container.NewHBox(r.accept, r.edit, r.dismiss),
		container.NewVBox(r.quote, r.details))
	r.ExtendBaseWidget(r)
	return r
}

func (r *foundRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.root) }

func (r *foundRow) tappedAccept()  { r.onAccept(r.index) }
func (r *foundRow) tappedEdit()    { r.onEdit(r.index) }
func (r *foundRow) tappedDismiss() { r.onDismiss(r.index) }

// updateRow shows the row-th quotation listed.
func (f *quoteFinder) updateRow(row widget.ListItemID, o fyne.CanvasObject) {
	if row >= len(f.shown) {
		return
	}
	r, i := o.(*foundRow), f.shown[row]
	p := f.all[i]
	r.index = i
	r.onAccept = f.acceptOne
	r.onEdit = f.edit
	r.onDismiss = f.dismiss
	r.quote.SetText("“" + clip(p.quote, maxRowText) + "”")
	r.details.SetText(clip(f.detailsOf(p), maxRowText))
	r.check.OnChanged = nil
	r.check.SetChecked(f.checked[i])
	r.check.OnChanged = func(on bool) { f.checkRow(i, on) }
	ok := p.acceptable() && f.u.doc.readOnly == ""
	enable(r.accept, ok)
	if ok {
		r.check.Enable()
	} else {
		r.check.Disable()
	}
}

// detailsOf is a quotation's second line: "new actor: Adrienne Watson,
// National Security Council spokesperson · said · 7 Sep 2022 (inferred) ·
// White House statement · para. 4".
func (f *quoteFinder) detailsOf(p quoteProposal) string {
	date := p.date.String()
	if p.date.IsZero() {
		date = "date not stated"
		if p.date.AsStated != "" {
			date = "“" + p.date.AsStated + "”"
		}
	}
	parts := ""
	if len(p.parts) > 1 {
		parts = casefile.Count(len(p.parts), "part", "parts") + ", a statement each"
	}
	return joinDot(p.speakerText(f.u.doc.c), p.verb, date, p.channel, paraLocator(p.para), parts)
}

func (f *quoteFinder) checkRow(i int, on bool) {
	f.checked[i] = on
	f.updateCount()
}

func (f *quoteFinder) acceptOne(i int) { f.accept([]int{i}) }
