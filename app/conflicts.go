package app

import (
	"encoding/json"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/merge"
)

// conflictsScreen lists the conflicts a merge left in the case (casefile
// merge, package merge) and shows one at a time: the common ancestor's
// version, ours (what the case holds) and theirs side by side, with Keep
// ours, Keep theirs and Edit…, which opens the item's form with the
// version chosen. Each resolution is an edit like any other: undone by
// Undo, saved by autosave. Its tab is in the window only while the case
// has conflicts.
type conflictsScreen struct {
	u       *UI
	tab     *container.TabItem
	shown   bool // the tab is in the window
	list    *widget.List
	count   *widget.Label
	detail  *detailPane
	labels  []string // each conflict's item, named
	current int      // the conflict shown, or -1
	// shownKey is the item and field of the conflict shown, which
	// identify it across edits.
	shownKey casefile.Conflict

	// The shown conflict's widgets, for tests.
	keepOurs, keepTheirs, edit *widget.Button
	editFrom                   *widget.RadioGroup
	versions                   []string     // base, ours and theirs as shown
	versionEditor              *pagedEditor // the editor of the last version edited as text
}

// Choices of the version Edit… starts from.
const (
	fromOurs   = "Ours"
	fromTheirs = "Theirs"
	fromBoth   = "Both, marked"
)

func newConflictsScreen(u *UI) *conflictsScreen {
	s := &conflictsScreen{u: u, current: -1, detail: newDetailPane("Select a conflict to see both versions.")}
	s.list = widget.NewList(
		func() int { return len(s.labels) },
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { s.updateRow(id, o.(*twoLineRow)) },
	)
	s.list.OnSelected = func(id widget.ListItemID) { s.show(id) }
	s.count = mutedWrap("")
	left := container.NewBorder(s.count, nil, nil, nil, s.list)
	split := container.NewHSplit(left, s.detail.scroll)
	split.Offset = 0.32
	s.tab = container.NewTabItemWithIcon("Conflicts", theme.WarningIcon(), split)
	return s
}

func (s *conflictsScreen) updateRow(row int, r *twoLineRow) {
	c := s.u.doc.c
	if row >= len(s.labels) || row >= len(c.Conflicts) {
		return
	}
	r.set(s.labels[row], conflictWhat(c.Conflicts[row]))
}

// conflictWhat says in a few words what a conflict is.
func conflictWhat(x casefile.Conflict) string {
	switch {
	case x.Field != "":
		return x.Field + " changed on both sides"
	case len(x.Ours) == 0:
		return "deleted here, changed or needed in the merged version"
	case len(x.Theirs) == 0:
		return "changed here, deleted in the merged version"
	}
	return "the merged version could not be merged in"
}

// explain says what a conflict is and what the case holds meanwhile.
func explain(x casefile.Conflict) string {
	switch {
	case x.Both:
		return fmt.Sprintf("Its %s was changed on both sides. Both texts are in it, this version first, then the other, marked: keep one, or edit them into one.", x.Field)
	case x.Field != "":
		return fmt.Sprintf("Its %s was changed on both sides. The case holds this version (ours) until you choose.", x.Field)
	case len(x.Ours) == 0:
		return "It was deleted here but changed in the merged version, or something there still refers to it. The case keeps it until you choose; Keep ours deletes it."
	case len(x.Theirs) == 0:
		return "It was changed here but deleted in the merged version. The case keeps it until you choose; Keep theirs deletes it."
	}
	return "The merged version of it could not be merged in without leaving the case invalid. The case holds this version (ours) until you choose."
}

// refresh shows the case's conflicts, and the tab only while there are any.
func (s *conflictsScreen) refresh() {
	u := s.u
	c := u.doc.c
	tabs := u.tabs
	if len(c.Conflicts) == 0 {
		if s.shown {
			tabs.Remove(s.tab)
			s.shown = false
		}
		s.labels, s.current, s.shownKey = nil, -1, casefile.Conflict{}
		return
	}
	key, prev := s.shownKey, s.current
	s.labels = merge.Names(c)
	s.tab.Text = fmt.Sprintf("Conflicts (%d)", len(c.Conflicts))
	if !s.shown {
		tabs.Append(s.tab)
		s.shown = true
	} else {
		tabs.Refresh()
	}
	s.count.SetText(fmt.Sprintf("%s from a merge: both versions of each are kept until you choose.",
		casefile.Count(len(c.Conflicts), "conflict", "conflicts")))
	s.list.UnselectAll()
	s.list.Refresh()
	s.current = -1
	switch i := s.indexOf(key); {
	case i >= 0:
		s.list.Select(i)
	case prev >= 0: // the one shown was resolved: show the next
		s.list.Select(min(prev, len(c.Conflicts)-1))
	default:
		s.detail.show(mutedWrap("Select a conflict to see both versions."))
	}
}

func (s *conflictsScreen) indexOf(key casefile.Conflict) int {
	if key.Kind == "" {
		return -1
	}
	return slices.IndexFunc(s.u.doc.c.Conflicts, func(x casefile.Conflict) bool {
		return x.Kind == key.Kind && x.ID == key.ID && x.Field == key.Field
	})
}

// show shows conflict i: its versions side by side and what resolves it.
func (s *conflictsScreen) show(i int) {
	u := s.u
	c := u.doc.c
	if i < 0 || i >= len(c.Conflicts) {
		return
	}
	s.current = i
	x := c.Conflicts[i]
	s.shownKey = casefile.Conflict{Kind: x.Kind, ID: x.ID, Field: x.Field}
	label := s.labels[i]
	what := label
	if x.Field != "" {
		what += ": " + x.Field
	}
	s.versions = []string{version(x.Base, x.Field), version(x.Ours, x.Field), version(x.Theirs, x.Field)}
	column := func(title string, text string) fyne.CanvasObject {
		return container.NewVBox(subheading(title), u.longText(what+" — "+title, text, plainText))
	}
	side := container.NewGridWithColumns(3,
		column("Before (common ancestor)", s.versions[0]),
		column("Ours (this case)", s.versions[1]),
		column("Theirs (merged in)", s.versions[2]))

	s.keepOurs = button(keepLabel("Keep ours", x, x.Ours), theme.ConfirmIcon(), func() { _ = u.KeepOurs(s.current) })
	s.keepTheirs = button(keepLabel("Keep theirs", x, x.Theirs), theme.ConfirmIcon(), func() { _ = u.KeepTheirs(s.current) })
	s.edit = button("Edit…", theme.DocumentCreateIcon(), func() { s.editChosen() })
	options := []string{fromOurs, fromTheirs}
	if _, ok := merge.BothTexts(x.Ours, x.Theirs); ok {
		options = append(options, fromBoth)
	}
	s.editFrom = widget.NewRadioGroup(options, nil)
	s.editFrom.Horizontal = true
	s.editFrom.Required = true
	s.editFrom.SetSelected(fromOurs)
	if x.Both {
		s.editFrom.SetSelected(fromBoth)
	}
	if u.doc.readOnly != "" {
		s.keepOurs.Disable()
		s.keepTheirs.Disable()
		s.edit.Disable()
	}
	s.detail.show(
		heading(label),
		mutedWrap(explain(x)),
		side,
		widget.NewSeparator(),
		container.NewHBox(muted("Edit… starts from"), s.editFrom),
		toolbar(s.keepOurs, s.keepTheirs, s.edit),
	)
}

// version is a version of a conflict as the screen shows it.
func version(v json.RawMessage, field string) string {
	if len(v) == 0 && field == "" {
		return "(not in this version: deleted, or never added)"
	}
	return merge.Describe(v)
}

// keepLabel is a Keep button's label, saying so when keeping that
// version deletes the item.
func keepLabel(label string, x casefile.Conflict, v json.RawMessage) string {
	if x.Field == "" && len(v) == 0 {
		return label + ": delete it"
	}
	return label
}

// ShowConflicts switches to the conflicts screen, when the case has any.
func (u *UI) ShowConflicts() {
	if u.conflicts.shown {
		u.tabs.Select(u.conflicts.tab)
	}
}

// KeepOurs resolves conflict i of the open case with ours' version, the
// one the case holds, as the screen's Keep ours button does: one edit,
// which Undo undoes and autosave saves.
func (u *UI) KeepOurs(i int) error { return u.keep(i, false) }

// KeepTheirs resolves conflict i with theirs' version, as Keep theirs
// does.
func (u *UI) KeepTheirs(i int) error { return u.keep(i, true) }

func (u *UI) keep(i int, theirs bool) error {
	if u.refuseReadOnly() {
		return errReadOnly
	}
	c := u.doc.c
	if i < 0 || i >= len(c.Conflicts) {
		return fmt.Errorf("the case has no conflict %d", i+1)
	}
	x := c.Conflicts[i]
	v, side := x.Ours, "ours"
	if theirs {
		v, side = x.Theirs, "theirs"
	}
	label := u.conflicts.labelOf(i)
	if err := u.edit(func(c *casefile.Case) error { return merge.Resolve(c, i, v) }); err != nil {
		u.showError("Not resolved", boundedError(err))
		return err
	}
	u.resolvedStatus(fmt.Sprintf("Kept %s for %s", side, label))
	return nil
}

func (s *conflictsScreen) labelOf(i int) string {
	if i < len(s.labels) {
		return bounded(s.labels[i])
	}
	return "the conflict"
}

// resolvedStatus says what was resolved and how many conflicts are left.
func (u *UI) resolvedStatus(done string) {
	if n := len(u.doc.c.Conflicts); n > 0 {
		u.setStatus(fmt.Sprintf("%s; %s left", done, casefile.Count(n, "conflict", "conflicts")))
		return
	}
	u.setStatus(done + "; every conflict is resolved")
}

// chosen is the version Edit… starts from.
func (s *conflictsScreen) chosen(x casefile.Conflict) json.RawMessage {
	switch s.editFrom.Selected {
	case fromTheirs:
		return x.Theirs
	case fromBoth:
		if v, ok := merge.BothTexts(x.Ours, x.Theirs); ok {
			return v
		}
	}
	return x.Ours
}

// editChosen opens what edits the shown conflict's item with the version
// chosen in "Edit from".
func (s *conflictsScreen) editChosen() {
	c := s.u.doc.c
	if s.current < 0 || s.current >= len(c.Conflicts) || s.u.refuseReadOnly() {
		return
	}
	s.u.editConflict(s.current, s.chosen(c.Conflicts[s.current]))
}
