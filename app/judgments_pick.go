package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// evidencePicker chooses an item a judgment, or the matrix, is to cite:
// the case's statements, events, notes and sources, narrowed as the
// analyst types, and, for a judgment, whether it supports or undercuts.
// The list builds only the rows in view, so a case of 10,000 statements
// opens it at once.
type evidencePicker struct {
	dlg    *dialog.CustomDialog
	filter *widget.Entry
	list   *widget.List
	way    *widget.RadioGroup // nil for the matrix
	items  []pickItem
	shown  []int // indexes into items, as filtered
	chosen func(id string, supports bool)
}

type pickItem struct {
	id, title, detail string
	folded            string // title and detail, folded for the filter
}

// pickEvidence shows the picker; items in exclude are not offered.
func (u *UI) pickEvidence(title string, exclude map[string]bool, withWay bool, chosen func(id string, supports bool)) *evidencePicker {
	c := u.doc.c
	p := &evidencePicker{chosen: chosen}
	add := func(id, kind, title, detail string) {
		if !exclude[id] {
			p.items = append(p.items, pickItem{id: id, title: kind + " · " + title, detail: detail, folded: casefile.Fold(kind + " " + title + " " + detail)})
		}
	}
	names := actorNames(c)
	for _, s := range c.Statements {
		add(s.ID, "statement", s.Title, joinDot(names[s.Speaker], listDate(c, s.Date, s.Dates), s.Grading.Code()))
	}
	for _, e := range c.Events {
		add(e.ID, "event", e.Title, joinDot(listDate(c, e.Date, e.Dates), e.Grading.Code()))
	}
	for _, n := range c.Notes {
		add(n.ID, "note", casefile.NoteName(n.Body), "on "+c.TargetName(n.Target))
	}
	for _, s := range c.Sources {
		add(s.ID, "source", s.Title, joinDot(s.Publisher, string(s.Reliability)))
	}
	p.filter = widget.NewEntry()
	p.filter.SetPlaceHolder("Type to narrow: a title, a speaker, a kind (statement, event, note, source)")
	p.filter.OnChanged = func(string) { p.narrow() }
	p.list = widget.NewList(func() int { return len(p.shown) },
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(p.shown) {
				it := p.items[p.shown[id]]
				o.(*twoLineRow).set(it.title, it.detail)
			}
		})
	p.list.OnSelected = func(id widget.ListItemID) {
		if id < len(p.shown) {
			p.choose(p.items[p.shown[id]].id)
		}
	}
	top := container.NewVBox(p.filter)
	if withWay {
		p.way = widget.NewRadioGroup(supportChoices, nil)
		p.way.Horizontal = true
		p.way.Selected = supportChoices[0]
		top.Add(container.NewHBox(muted("The item"), p.way, muted("the judgment")))
	}
	p.narrow()
	content := container.NewBorder(top, nil, nil, nil, p.list)
	p.dlg = dialog.NewCustom(title, "Cancel", content, u.win)
	p.dlg.Resize(fyne.NewSize(min(720, u.win.Canvas().Size().Width-20), min(560, u.win.Canvas().Size().Height-20)))
	u.present(p.dlg, p.dlg.Hide)
	u.win.Canvas().Focus(p.filter)
	return p
}

// narrow shows the items whose words hold every word typed.
func (p *evidencePicker) narrow() {
	words := strings.Fields(casefile.Fold(p.filter.Text))
	p.shown = p.shown[:0]
	for i, it := range p.items {
		ok := true
		for _, w := range words {
			if !strings.Contains(it.folded, w) {
				ok = false
				break
			}
		}
		if ok {
			p.shown = append(p.shown, i)
		}
	}
	p.list.UnselectAll()
	p.list.Refresh()
}

// choose takes the item and closes the picker.
func (p *evidencePicker) choose(id string) {
	supports := true
	if p.way != nil {
		supports = p.way.Selected != supportChoices[1]
	}
	p.dlg.Hide()
	p.chosen(id, supports)
}
