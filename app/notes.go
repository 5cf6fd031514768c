package app

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// notesScreen lists every note, newest first, and edits one in Markdown
// with a preview. A note longer than a page is edited a page at a time
// (notepages.go).
type notesScreen struct {
	u       *UI
	content fyne.CanvasObject
	list    *widget.List
	count   *widget.Label
	target  *fyne.Container // what the selected note is attached to
	preview *widget.RichText
	showAll *widget.Button  // the whole note in the reader, in allBar
	allBar  *fyne.Container // shown when the note has pages
	delete  *widget.Button
	marking *noteMarking // the note's own marking, beside what it is on
	right   fyne.CanvasObject
	none    fyne.CanvasObject
	pane    *fyne.Container

	// The editor and its page controls, embedded so that the screen's
	// editor, page and pager are the note's.
	*pagedEditor

	order []int // indexes into Case.Notes, newest first
	// onName remembers what the notes shown are on, by target, between
	// refreshes: a lookup scans the case, and typing in a note redraws
	// its row without changing any item's name. Every other edit refreshes
	// the screen, which forgets them.
	onName    map[casefile.Target]string
	onMarking map[casefile.Target]casefile.Marking
	selected  string

	typedAt      time.Time   // the last keystroke, for the preview's pause
	previewTimer *time.Timer // set while a preview waits for typing to pause
}

func newNotesScreen(u *UI) *notesScreen {
	n := &notesScreen{u: u, count: muted(""), target: container.NewHBox(), onName: map[casefile.Target]string{}, onMarking: map[casefile.Target]casefile.Marking{}}
	n.list = widget.NewList(
		func() int { return len(n.order) },
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { n.updateRow(id, o.(*twoLineRow)) },
	)
	n.list.OnSelected = func(id widget.ListItemID) { n.show(n.u.doc.c.Notes[n.order[id]].ID) }
	n.pagedEditor = newPagedEditor(u, "the note", true)
	n.changed, n.turned = n.changedNote, n.renderPreview
	n.editor.SetPlaceHolder("Write in Markdown: # heading, **bold**, *italic*, - lists. Saved as you type.")
	n.preview = markdown("")
	n.showAll = button("", theme.VisibilityIcon(), n.readAll)
	n.allBar = container.NewHBox(n.showAll)
	n.allBar.Hide()
	n.delete = button("Delete note", theme.DeleteIcon(), func() {
		if nt, ok := u.doc.c.Note(n.selected); ok {
			u.deleteNote(nt)
		}
	})
	add := button("New note", theme.ContentAddIcon(), u.NewNote)
	n.marking = newNoteMarking(n)

	previewBox := container.NewBorder(subheading("Preview"), n.allBar, nil, nil, container.NewVScroll(n.preview))
	editSplit := container.NewVSplit(n.view, previewBox)
	editSplit.Offset = 0.5
	top := container.NewBorder(nil, nil, n.marking.badge, container.NewHBox(n.marking.row, n.delete), n.target)
	n.right = container.NewBorder(top, nil, nil, nil, editSplit)
	n.none = container.NewCenter(muted("Select a note, or press Ctrl+N to write one on what you are looking at."))
	n.pane = container.NewStack(n.none)
	left := container.NewBorder(container.NewVBox(toolbar(add), n.count), nil, nil, nil, n.list)
	split := container.NewHSplit(left, container.NewPadded(n.pane))
	split.Offset = 0.32
	n.content = split
	return n
}

func (n *notesScreen) updateRow(row int, r *twoLineRow) {
	if row >= len(n.order) {
		return
	}
	c := n.u.doc.c
	nt := &c.Notes[n.order[row]]
	r.set(noteTitle(nt.Body), "on "+n.targetName(nt.Target)+" · "+nt.Modified.Local().Format("2 Jan 2006 15:04"))
	r.setMarking(c.EffectiveMarking(nt.Marking).Max(n.targetMarking(nt.Target)))
}

// targetMarking is what a release lifts a note on t to, remembered as
// onName is (a lookup scans the case).
func (n *notesScreen) targetMarking(t casefile.Target) casefile.Marking {
	m, ok := n.onMarking[t]
	if !ok {
		m = n.u.doc.c.TargetMarking(t)
		n.onMarking[t] = m
	}
	return m
}

func (n *notesScreen) targetName(t casefile.Target) string {
	name, ok := n.onName[t]
	if !ok {
		name = n.u.doc.c.TargetName(t)
		n.onName[t] = name
	}
	return name
}

// rowText is what the list shows of a note: its title and when it was
// last changed, to the minute.
func (n *notesScreen) rowText(id string) string {
	nt, ok := n.u.doc.c.Note(id)
	if !ok {
		return ""
	}
	return noteTitle(nt.Body) + nt.Modified.Local().Format(" 2 Jan 2006 15:04")
}

// refreshRowOf redraws the note's row when what it shows is no longer
// before: most keystrokes change neither the first line nor the minute,
// and redrawing a row costs a lookup of what each visible note is on.
func (n *notesScreen) refreshRowOf(id, before string) {
	if n.rowText(id) == before {
		return
	}
	for row, i := range n.order {
		if n.u.doc.c.Notes[i].ID == id {
			n.list.RefreshItem(row)
			return
		}
	}
}

// noteTitle is a note's first line without Markdown marks, for lists.
func noteTitle(body string) string {
	line := strings.TrimSpace(body)
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimSpace(strings.TrimLeft(line, "#>-*_ "))
	if line == "" {
		return "(empty note)"
	}
	return firstWords(line, 10)
}

func (n *notesScreen) refresh() {
	c := n.u.doc.c
	n.onName, n.onMarking = map[casefile.Target]string{}, map[casefile.Target]casefile.Marking{}
	n.order = make([]int, len(c.Notes))
	for i := range n.order {
		n.order[i] = i
	}
	slices.SortStableFunc(n.order, func(a, b int) int { return c.Notes[b].Created.Compare(c.Notes[a].Created) })
	n.count.SetText(casefile.Count(len(c.Notes), "note", "notes") + ", newest first")
	n.list.UnselectAll()
	n.list.Refresh()
	if _, ok := c.Note(n.selected); ok && n.selectID(n.selected) {
		return
	}
	n.selected = ""
	n.pane.Objects = []fyne.CanvasObject{n.none}
	n.pane.Refresh()
}

func (n *notesScreen) selectID(id string) bool {
	return selectRow(n.list, len(n.order), func(row int) string { return n.u.doc.c.Notes[n.order[row]].ID }, id)
}

func (n *notesScreen) show(id string) {
	u := n.u
	c := u.doc.c
	nt, ok := c.Note(id)
	if !ok {
		return
	}
	same := id == n.selected
	n.selected = id
	n.target.RemoveAll()
	n.target.Add(muted("On"))
	t := nt.Target
	if t.Kind == casefile.OnCase {
		n.target.Add(link("the case", func() { u.tabs.Select(u.tabOverview) }))
	} else {
		n.target.Add(link(c.TargetName(t), func() { u.showTarget(t) }))
	}
	for _, jd := range c.JudgmentsCiting(id) { // the key judgments resting on it
		jid := jd.ID
		n.target.Add(link(fmt.Sprintf("cited by judgment %d", indexOfJudgment(c, jid)+1), func() { u.ShowJudgment(jid) }))
	}
	switch {
	case !same:
		n.open(nt.Body, 0, true)
	case !n.holds(nt.Body): // changed other than by typing here: undo, redo
		n.open(nt.Body, n.page, false)
	}
	n.renderPreview()
	n.marking.show(nt)
	if u.doc.readOnly != "" {
		n.editor.Disable()
		n.delete.Disable()
	} else {
		n.editor.Enable()
		n.delete.Enable()
	}
	n.pane.Objects = []fyne.CanvasObject{n.right}
	n.pane.Refresh()
}

// save makes body the selected note's text and schedules the preview and
// the save; false when the model refused it, as it says in the status bar.
func (n *notesScreen) save(body string) bool {
	u := n.u
	id := n.selected
	before := n.rowText(id)
	err := u.doc.apply("note:"+id, func(c *casefile.Case) error {
		nt, ok := c.Note(id)
		if !ok {
			return &casefile.NotFoundError{Kind: "note", ID: id}
		}
		nt.Body = body
		return c.UpdateNote(nt)
	})
	if err != nil {
		u.setStatus("Not changed: " + err.Error())
		return false
	}
	n.previewLater()
	n.refreshRowOf(id, before)
	u.othersStale = true
	u.scheduleSave(autosaveDelay)
	return true
}

// OpenNote switches to the notes screen with a note in the editor.
func (u *UI) OpenNote(id string) {
	u.tabs.Select(u.tabNotes)
	u.notes.selectID(id)
}

// showTarget opens what a note is attached to.
func (u *UI) showTarget(t casefile.Target) {
	switch t.Kind {
	case casefile.OnActor:
		u.ShowActor(t.ID)
	case casefile.OnStatement:
		u.ShowStatement(t.ID)
	case casefile.OnEvent:
		u.ShowEvent(t.ID)
	default:
		u.tabs.Select(u.tabOverview)
	}
}

// currentTarget is what a new note attaches to: the item selected on the
// screen in view, or the case.
func (u *UI) currentTarget() casefile.Target {
	switch u.tabs.Selected() {
	case u.tabActors:
		if u.actors.selected != "" {
			return casefile.Target{Kind: casefile.OnActor, ID: u.actors.selected}
		}
	case u.tabStatements:
		if u.statements.selected != "" {
			return casefile.Target{Kind: casefile.OnStatement, ID: u.statements.selected}
		}
	case u.tabBackground:
		if u.background.selected != "" {
			return casefile.Target{Kind: casefile.OnEvent, ID: u.background.selected}
		}
	case u.tabNotes:
		if nt, ok := u.doc.c.Note(u.notes.selected); ok {
			return nt.Target
		}
	}
	return casefile.Target{Kind: casefile.OnCase}
}

// NewNote adds a note on the current selection (the case when nothing is
// selected) and puts the cursor in its editor.
func (u *UI) NewNote() {
	if u.doc != nil {
		u.newNoteOn(u.currentTarget())
	}
}

func (u *UI) newNoteOn(t casefile.Target) {
	if u.doc == nil {
		return
	}
	var added casefile.Note
	err := u.edit(func(c *casefile.Case) error {
		var err error
		added, err = c.AddNote(casefile.Note{Target: t, Author: c.Analyst})
		return err
	})
	if err != nil {
		u.showError("Cannot add a note", err)
		return
	}
	u.OpenNote(added.ID)
	u.win.Canvas().Focus(u.notes.editor)
}
