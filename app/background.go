package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// backgroundScreen is the timeline of dated background events, each date
// shown no more precisely than its source gives it.
type backgroundScreen struct {
	u       *UI
	content fyne.CanvasObject
	list    *widget.List
	count   *widget.Label
	detail  *detailPane

	order    []int // indexes into Case.Events, chronological
	selected string
}

func newBackgroundScreen(u *UI) *backgroundScreen {
	b := &backgroundScreen{u: u, detail: newDetailPane("Select an event on the timeline.")}
	b.list = widget.NewList(
		func() int { return len(b.order) },
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(b.order) {
				c := b.u.doc.c
				e, r := &c.Events[b.order[id]], o.(*twoLineRow)
				r.set(listDate(c, e.Date, e.Dates), eventLine(e))
				r.setMarking(c.EffectiveMarking(e.Marking))
			}
		},
	)
	b.list.OnSelected = func(id widget.ListItemID) { b.show(b.u.doc.c.Events[b.order[id]].ID) }
	b.count = muted("")
	add := button("New event", theme.ContentAddIcon(), func() { u.editEvent(casefile.Event{}) })
	left := container.NewBorder(container.NewVBox(toolbar(add), b.count), nil, nil, nil, b.list)
	split := container.NewHSplit(left, b.detail.scroll)
	split.Offset = 0.38
	b.content = split
	return b
}

// eventLine is the event's title, marked when the event itself is the
// analyst's inference.
func eventLine(e *casefile.Event) string {
	if e.Inferred {
		return e.Title + " (inferred event)"
	}
	return e.Title
}

func (b *backgroundScreen) refresh() {
	c := b.u.doc.c
	b.order = chronological(len(c.Events), func(i int) casefile.Date { return c.Events[i].OrderDate() })
	b.count.SetText(casefile.Count(len(c.Events), "event", "events") + ", earliest first; undated last")
	b.list.UnselectAll()
	b.list.Refresh()
	if _, ok := c.Event(b.selected); ok && b.selectID(b.selected) {
		return
	}
	b.selected = ""
	b.detail.show(mutedWrap("Select an event on the timeline."))
}

func (b *backgroundScreen) selectID(id string) bool {
	return selectRow(b.list, len(b.order), func(row int) string { return b.u.doc.c.Events[b.order[row]].ID }, id)
}

// ShowEvent switches to the timeline and opens an event.
func (u *UI) ShowEvent(id string) {
	u.tabs.Select(u.tabBackground)
	u.background.selectID(id)
}

func (b *backgroundScreen) show(id string) {
	u := b.u
	c := u.doc.c
	e, ok := c.Event(id)
	if !ok {
		return
	}
	b.selected = id
	objs := []fyne.CanvasObject{markedHeading(e.Title, c.EffectiveMarking(e.Marking)), muted(e.DateText(c))}
	if e.Description != "" {
		objs = append(objs, u.longText(e.Title, e.Description, plainText))
	}
	inferred := ""
	if e.Inferred {
		inferred = "Yes: the analyst's inference, not stated by the sources"
	}
	objs = append(objs, fieldRows(
		"Date", e.DateText(c),
		"Precision", datesPrecision(c, e.Date, e.Dates),
		"Inferred", inferred,
		"Sources", u.citations(e.Sources),
		"Grading", e.Grading.String(),
	), u.showInSourceButtons(e.Sources))
	if len(e.Actors) > 0 {
		row := container.NewHBox(muted("Actors"))
		for _, a := range e.Actors {
			aid := a
			row.Add(link(c.ActorName(a), func() { u.ShowActor(aid) }))
		}
		objs = append(objs, container.NewHScroll(row))
	}
	objs = append(objs, u.judgmentsCiting(id)...)
	objs = append(objs, u.itemButtons(func() { u.editEvent(e) }, func() { u.deleteEvent(e) },
		casefile.Target{Kind: casefile.OnEvent, ID: id}))
	objs = append(objs, u.notesSection(casefile.Target{Kind: casefile.OnEvent, ID: id})...)
	b.detail.show(objs...)
}
