package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// sourcesScreen lists the documents the case draws on and reads the one
// selected: its details above, its text below in the reader.
type sourcesScreen struct {
	u       *UI
	content fyne.CanvasObject
	list    *widget.List
	detail  *detailPane
	right   *fyne.Container // the detail alone, or the detail above the reader
	reader  *sourceReader   // the selected source's text, when it has one
	// readerPane and split are made once and kept for every source.
	readerPane *sourceReader
	split      *container.Split
	selected   string

	importing           *importRun    // the import last started, for tests
	pasting             *pasteDialog  // the paste dialog last shown, for tests
	finder              *quoteFinder  // the Find quotes dialog showing, if any
	offer               *speakerOffer // the question Who said it? last asked, for tests
	importNew, pasteNew *widget.Button
	findItem            *fyne.MenuItem // Edit ▸ Find quotes in source…, enabled on a source with text
}

// findQuotesItem is the menu item that finds the quotations of the
// selected source, disabled unless it holds text.
func (s *sourcesScreen) findQuotesItem() *fyne.MenuItem {
	s.findItem = fyne.NewMenuItem("Find quotes in source…", s.onFindQuotes)
	s.updateMenu()
	return s.findItem
}

func (s *sourcesScreen) onFindQuotes() {
	if s.reader != nil {
		s.u.findQuotes(s.reader.srcID)
	}
}

// updateMenu enables Find quotes in source when the reader shows a text.
func (s *sourcesScreen) updateMenu() {
	if s.findItem == nil {
		return
	}
	off := s.reader == nil || s.u.doc == nil || s.u.doc.readOnly != ""
	if s.findItem.Disabled != off {
		s.findItem.Disabled = off
		if m := s.u.win.MainMenu(); m != nil {
			m.Refresh()
		}
	}
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
	s.importNew = button("Import source…", theme.FolderOpenIcon(), s.onImportNew)
	s.pasteNew = button("Paste source…", theme.ContentPasteIcon(), s.onPasteNew)
	s.right = container.NewStack(s.detail.scroll)
	split := container.NewHSplit(container.NewBorder(toolbar(add, s.importNew, s.pasteNew), nil, nil, nil, s.list), s.right)
	split.Offset = 0.38
	s.content = split
	return s
}

func (s *sourcesScreen) refresh() {
	s.list.UnselectAll()
	s.list.Refresh()
	if s.selectID(s.selected) {
		if s.finder != nil {
			s.finder.refilter()
		}
		return
	}
	s.selected = ""
	s.showDetailOnly()
	s.detail.show(mutedWrap("Select a source."))
	if s.finder != nil {
		s.finder.refilter()
	}
}

// showDetailOnly takes the reader away, for a source without text.
func (s *sourcesScreen) showDetailOnly() {
	s.reader = nil
	s.updateMenu()
	if len(s.right.Objects) != 1 || s.right.Objects[0] != s.detail.scroll {
		s.right.Objects = []fyne.CanvasObject{s.detail.scroll}
		s.right.Refresh()
	}
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
	// The actions come before the description: above the reader, the
	// detail has a third of the height, and they should not need scrolling to.
	objs := []fyne.CanvasObject{markedHeading(src.Title, u.doc.c.EffectiveMarking(src.Marking)), muted(joinDot(src.Publisher, src.Date.String())),
		container.NewHBox(u.itemButtons(func() { u.editSource(src) }, func() { u.deleteSource(src) }, casefile.Target{}), s.textButtons())}
	if src.Text == nil {
		objs = append(objs, mutedWrap("No text yet: import the document's file (.txt, .md, .html, .pdf) or paste its text, to read it here with its cited passages highlighted and to find its quotations."))
	}
	if src.Description != "" {
		objs = append(objs, u.longText(src.Title, src.Description, plainText))
	}
	objs = append(objs, fieldRows("Address", src.URL, "Reliability", rel, "Date", src.Date.String()))
	objs = append(objs, u.judgmentsCiting(id)...)
	s.detail.show(objs...)
	if src.Text == nil {
		s.showDetailOnly()
		return
	}
	if s.readerPane == nil {
		s.readerPane = u.newSourceReader()
		s.split = container.NewVSplit(s.detail.scroll, s.readerPane.content)
		s.split.Offset = 0.3
	}
	s.reader = s.readerPane
	s.reader.open(src)
	s.updateMenu()
	if len(s.right.Objects) != 1 || s.right.Objects[0] != s.split {
		s.split.Leading = s.detail.scroll
		s.right.Objects = []fyne.CanvasObject{s.split}
		s.right.Refresh()
	}
}

// textButtons import or paste the source's text, replacing any it holds.
func (s *sourcesScreen) textButtons() fyne.CanvasObject {
	imp := button("Import text…", theme.FolderOpenIcon(), s.onImportInto)
	paste := button("Paste text…", theme.ContentPasteIcon(), s.onPasteInto)
	if s.u.doc.readOnly != "" {
		imp.Disable()
		paste.Disable()
	}
	return container.NewHBox(imp, paste)
}
