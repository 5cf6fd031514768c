package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// The dates the sources of a statement or event differ on, each with the
// source that gives it ("20 Aug 2022 per N1; 22 Aug 2022 per
// silicon.co.uk"). The date field turns into them with "Sources differ…"
// and back with "Use one date"; their problems are the item's "dates".

// claimsField is the claimed dates of a date field.
type claimsField struct {
	df          *dateField
	on          bool // the sources differ: the claims stand for the date
	rows        []*claimRow
	box         *fyne.Container // the claims' rows
	view        *fyne.Container // the rows and their buttons, shown while on
	differ      *widget.Button  // "Sources differ…", beside the one date
	labels, ids []string        // the case's sources, to choose from
	firstSource func() string   // the source the item cites, for the first claim, or nil
}

// datesField is the field of the claims' problems, as the model names it.
const datesField = "dates"

// claimRow is one source's date: typed as the date field is, its
// inference tick and the source that gives it.
type claimRow struct {
	entry    *pagedEditor
	inferred *tick
	source   *picker
	asStated string // the source's words, kept as the claim had them
	view     fyne.CanvasObject
}

// claimPlaceholder fits a claim's date field.
const claimPlaceholder = "e.g. 20 Aug 2022"

// claimedDateRow adds the date of a statement or event: one date, or
// while its sources differ each source's date. firstSource, when set,
// proposes the source of the first claim: the one the item cites.
func (f *itemForm) claimedDateRow(label string, d casefile.Date, claims []casefile.DateClaim, c *casefile.Case, firstSource func() string) *dateField {
	df, view := f.newDateField("date", d)
	cf := &claimsField{df: df, box: container.NewVBox(), firstSource: firstSource}
	df.claims = cf
	cf.labels, cf.ids = sourceChoices(c)
	cf.differ = button("Sources differ…", theme.ContentAddIcon(), cf.start)
	cf.differ.Importance = widget.LowImportance
	df.single = container.NewBorder(nil, nil, nil, container.NewHBox(df.inferred, cf.differ), view)
	add := button("Another source's date", theme.ContentAddIcon(), func() { cf.addRow(casefile.DateClaim{}); cf.changed() })
	one := button("Use one date", theme.ContentUndoIcon(), cf.stop)
	cf.view = container.NewVBox(cf.box, container.NewHBox(add, one))
	f.addRow(label, []string{"date", datesField}, container.NewVBox(df.single, cf.view))
	df.addAsStated(d)
	if len(claims) > 0 {
		for _, cl := range claims {
			cf.addRow(cl)
		}
		cf.show(true)
	} else {
		cf.show(false)
	}
	return df
}

// show puts the claims in the date's place, or the one date in theirs.
func (cf *claimsField) show(on bool) {
	cf.on = on
	words := cf.df.asStated.editor
	if on {
		cf.df.single.Hide()
		cf.view.Show()
		words.Disable() // each claim keeps its own
		words.SetPlaceHolder("kept with each source's date")
	} else {
		cf.view.Hide()
		cf.df.single.Show()
		words.Enable()
		words.SetPlaceHolder(asStatedPlaceholder)
	}
}

// start turns the date into claims: the date typed becomes the first
// source's, and a second waits for another source's date.
func (cf *claimsField) start() {
	df := cf.df
	first := casefile.DateClaim{}
	if cf.firstSource != nil {
		first.Source = cf.firstSource()
	}
	cf.addRow(first)
	r := cf.rows[0]
	r.entry.open(df.entry.text(), 0, true)
	r.inferred.SetChecked(df.inferred.Checked)
	r.asStated = strings.TrimSpace(df.asStated.text())
	cf.addRow(casefile.DateClaim{})
	cf.show(true)
	cf.changed()
	if c := cf.df.f.u.win.Canvas(); c != nil {
		c.Focus(cf.rows[1].entry.editor)
	}
}

// stop turns the claims back into one date: the first claim's.
func (cf *claimsField) stop() {
	df := cf.df
	if len(cf.rows) > 0 {
		r := cf.rows[0]
		df.entry.open(r.entry.text(), 0, true)
		df.inferred.SetChecked(r.inferred.Checked)
		df.asStated.open(r.asStated, 0, true)
	}
	for len(cf.rows) > 0 {
		cf.remove(cf.rows[len(cf.rows)-1])
	}
	cf.show(false)
	cf.changed()
}

// addRow adds a claim's row.
func (cf *claimsField) addRow(cl casefile.DateClaim) {
	f := cf.df.f
	text := ""
	if !cl.Date.IsZero() {
		text = cl.Date.Text()
	}
	r := &claimRow{asStated: cl.Date.AsStated}
	key := fmt.Sprintf("%s.%d", datesField, len(cf.rows)+1)
	var view fyne.CanvasObject
	r.entry, view = f.pagedField(key, text, claimPlaceholder, 0)
	r.inferred = newTick("inferred", func(bool) { f.changed() })
	r.inferred.Checked = cl.Date.Inferred
	r.source = f.newPicker(cf.labels, cf.ids, cl.Source, "")
	r.source.sel.PlaceHolder = "(choose the source)"
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { cf.remove(r); cf.changed() })
	remove.Importance = widget.LowImportance
	per := container.NewBorder(nil, nil, widget.NewLabel("per"), nil, r.source.sel)
	r.view = container.NewBorder(nil, nil, fixedWidth(230, view), container.NewHBox(r.inferred, remove), per)
	cf.rows = append(cf.rows, r)
	cf.box.Add(r.view)
	cf.register()
}

// remove takes a claim's row out.
func (cf *claimsField) remove(r *claimRow) {
	f := cf.df.f
	cf.rows = slices.DeleteFunc(cf.rows, func(o *claimRow) bool { return o == r })
	cf.box.Remove(r.view)
	f.texts = slices.DeleteFunc(f.texts, func(e *widget.Entry) bool { return e == &r.entry.editor.Entry })
	cf.register()
}

// register keys the rows' fields by their place, as the problems number
// the claims: "dates.1", "dates.1.source", for tests.
func (cf *claimsField) register() {
	f := cf.df.f
	for k := range f.Entries {
		if strings.HasPrefix(k, datesField+".") {
			delete(f.Entries, k)
			delete(f.Pages, k)
			delete(f.Choices, k+".source")
		}
	}
	for i, r := range cf.rows {
		key := fmt.Sprintf("%s.%d", datesField, i+1)
		f.Entries[key], f.Pages[key] = &r.entry.editor.Entry, r.entry
		f.Choices[key+".source"] = &r.source.sel.Select
	}
}

// changed checks the form again and lays it out for the rows it now has.
func (cf *claimsField) changed() {
	f := cf.df.f
	f.changed()
	f.relayout()
	f.fit()
}

// value is the claims as typed; a date the form cannot read is no date,
// with the reason as the claims' problem.
func (cf *claimsField) value() ([]casefile.DateClaim, error) {
	var fp formProblems
	claims := make([]casefile.DateClaim, 0, len(cf.rows))
	for i, r := range cf.rows {
		d, err := parseDate(r.entry.text())
		if err != nil {
			fp.take(fieldError(datesField, "claim %d: %v", i+1, err))
		}
		d.Inferred = r.inferred.Checked && !d.IsZero()
		d.AsStated = r.asStated
		claims = append(claims, casefile.DateClaim{Date: d, Source: r.source.id()})
	}
	return claims, fp.err()
}
