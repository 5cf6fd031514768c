package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// sourcesScreen lists the documents the case draws on.
type sourcesScreen struct {
	u        *UI
	content  fyne.CanvasObject
	list     *widget.List
	detail   *detailPane
	selected string
}

func newSourcesScreen(u *UI) *sourcesScreen {
	s := &sourcesScreen{u: u, detail: newDetailPane("Select a source.")}
	s.list = widget.NewList(
		func() int {
			if s.u.doc == nil {
				return 0
			}
			return len(s.u.doc.c.Sources)
		},
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(s.u.doc.c.Sources) {
				c := s.u.doc.c
				src, r := &c.Sources[id], o.(*twoLineRow)
				r.set(src.Title, joinDot(src.Publisher, src.Date.String()))
				r.setMarking(c.EffectiveMarking(src.Marking))
			}
		},
	)
	s.list.OnSelected = func(id widget.ListItemID) { s.show(s.u.doc.c.Sources[id].ID) }
	add := button("New source", theme.ContentAddIcon(), func() { u.editSource(casefile.Source{}) })
	split := container.NewHSplit(container.NewBorder(toolbar(add), nil, nil, nil, s.list), s.detail.scroll)
	split.Offset = 0.38
	s.content = split
	return s
}

func (s *sourcesScreen) refresh() {
	s.list.UnselectAll()
	s.list.Refresh()
	if s.selectID(s.selected) {
		return
	}
	s.selected = ""
	s.detail.show(mutedWrap("Select a source."))
}

func (s *sourcesScreen) selectID(id string) bool {
	return selectRow(s.list, len(s.u.doc.c.Sources), func(row int) string { return s.u.doc.c.Sources[row].ID }, id)
}

// ShowSource switches to the sources screen and opens one.
func (u *UI) ShowSource(id string) {
	u.tabs.Select(u.tabSources)
	u.sources.selectID(id)
}

func (s *sourcesScreen) show(id string) {
	u := s.u
	src, ok := u.doc.c.Source(id)
	if !ok {
		return
	}
	s.selected = id
	rel := ""
	if src.Reliability != "" {
		rel = string(src.Reliability) + " — " + src.Reliability.Label()
	}
	objs := []fyne.CanvasObject{markedHeading(src.Title, u.doc.c.EffectiveMarking(src.Marking)), muted(joinDot(src.Publisher, src.Date.String()))}
	if src.Description != "" {
		objs = append(objs, u.longText(src.Title, src.Description, plainText))
	}
	objs = append(objs, fieldRows("Address", src.URL, "Reliability", rel, "Date", src.Date.String()))
	objs = append(objs, u.itemButtons(func() { u.editSource(src) }, func() { u.deleteSource(src) }, casefile.Target{}))
	s.detail.show(objs...)
}
