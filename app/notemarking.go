package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// noteMarking is the note editor's choice of the note's own marking, and
// the badge of the marking it has in effect. A note has no edit form: its
// marking is chosen here, as an edit like any other, one undo step and
// saved as usual.
type noteMarking struct {
	n      *notesScreen
	badge  *tlpBadge
	choice *widget.Select
	row    fyne.CanvasObject // "Marking" and the choice
}

func newNoteMarking(n *notesScreen) *noteMarking {
	m := &noteMarking{n: n, badge: portionBadge("")}
	m.choice = newMarkingSelect(m.chosen)
	// A Select is as wide as its placeholder: make it the widest option.
	m.choice.PlaceHolder = string(casefile.TLPAmberStrict)
	m.row = container.NewHBox(muted("Marking"), m.choice)
	return m
}

// show puts the note's marking in the choice, without taking it as chosen.
func (m *noteMarking) show(nt casefile.Note) {
	u := m.n.u
	m.badge.set(u.doc.c.NoteMarking(nt))
	if opt := markingOption(nt.Marking); m.choice.Selected != opt {
		m.choice.Selected = opt
		m.choice.Refresh()
	}
	if u.doc.readOnly != "" {
		m.choice.Disable()
	} else {
		m.choice.Enable()
	}
}

// chosen marks the selected note as the analyst chose. The model refuses
// a marking above the case's, and the choice goes back to the note's.
func (m *noteMarking) chosen(choice string) {
	u := m.n.u
	if u.doc == nil {
		return
	}
	nt, ok := u.doc.c.Note(m.n.selected)
	if !ok || nt.Marking == markingOf(choice) {
		return
	}
	nt.Marking = markingOf(choice)
	if err := u.edit(func(c *casefile.Case) error { return c.UpdateNote(nt) }); err != nil {
		u.showError("Marking not changed", boundedError(err))
		if nt, ok := u.doc.c.Note(m.n.selected); ok {
			m.show(nt)
		}
	}
}
