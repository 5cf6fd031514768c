package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/merge"
)

// mergedCase writes, beside the default case, a merge of two versions of
// it that changed the same statement's quote, the same note and the
// case's title, each its own way: three conflicts.
func mergedCase(t *testing.T, dir string) (path, statement, note string) {
	t.Helper()
	load := func() *casefile.Case {
		c, err := casefile.Decode(assets.DefaultCase)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	base, ours, theirs := load(), load(), load()
	st := base.Statements[0]
	so, sth := st, st
	so.Quote, sth.Quote = "Ours: "+st.Quote, "Theirs: "+st.Quote
	n := base.Notes[0]
	no, nth := n, n
	no.Body, nth.Body = n.Body+"\n\nOurs typed this.", n.Body+"\n\nTheirs typed this."
	for _, err := range []error{ours.UpdateStatement(so), theirs.UpdateStatement(sth), ours.UpdateNote(no), theirs.UpdateNote(nth)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	ours.Title, theirs.Title = "Ours: "+base.Title, "Theirs: "+base.Title
	m, found, err := merge.Merge(base, ours, theirs)
	if err != nil || len(found) != 3 {
		t.Fatalf("merge: %v, %d conflicts: %+v", err, len(found), found)
	}
	path = filepath.Join(dir, "merged.casefile")
	if err := casefile.Save(path, m); err != nil {
		t.Fatal(err)
	}
	return path, st.ID, n.ID
}

// openMerged opens the merged case in the test UI.
func openMerged(t *testing.T) (u *UI, path, statement, note string) {
	u, _ = newTestUI(t)
	if slices.Contains(u.tabs.Items, u.conflicts.tab) {
		t.Fatal("the Conflicts tab shows for a case without conflicts")
	}
	path, statement, note = mergedCase(t, t.TempDir())
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(u.tabs.Items, u.conflicts.tab) || u.conflicts.tab.Text != "Conflicts (3)" {
		t.Fatalf("the Conflicts tab is not shown as Conflicts (3): %q", u.conflicts.tab.Text)
	}
	u.ShowConflicts()
	return u, path, statement, note
}

func conflictOn(u *UI, field string) int {
	return slices.IndexFunc(u.Case().Conflicts, func(x casefile.Conflict) bool { return x.Field == field })
}

// The screen shows both versions and the base side by side; Keep theirs
// takes theirs through the normal edit path: saved, and undone by Undo.
func TestConflictsKeepTheirsSavesAndUndoes(t *testing.T) {
	u, path, id, _ := openMerged(t)
	s := u.conflicts
	i := conflictOn(u, "quote")
	s.list.Select(i)
	st, _ := u.Case().Statement(id)
	base := strings.TrimPrefix(st.Quote, "Ours: ")
	capture(t, u, "conflicts")
	if len(s.versions) != 3 || s.versions[0] != base || s.versions[1] != "Ours: "+base || s.versions[2] != "Theirs: "+base {
		t.Fatalf("the versions shown are %q", s.versions)
	}
	for _, want := range []string{"Before (common ancestor)", "Ours (this case)", "Theirs (merged in)"} {
		if len(find(s.detail.box, func(l *widgetLabel) bool { return l.Text == want })) != 1 {
			t.Errorf("no column %q", want)
		}
	}
	test.Tap(s.keepTheirs)
	if got, _ := u.Case().Statement(id); got.Quote != "Theirs: "+base {
		t.Fatalf("after Keep theirs the quote is %q", got.Quote)
	}
	if n := len(u.Case().Conflicts); n != 2 || s.tab.Text != "Conflicts (2)" {
		t.Fatalf("%d conflicts left, tab %q", n, s.tab.Text)
	}
	if s.current < 0 || s.shownKey.Field == "quote" {
		t.Errorf("after a resolution the screen shows %+v, not the next conflict", s.shownKey)
	}
	waitFor(t, "the resolution saved", func() bool {
		c, err := casefile.Load(path)
		if err != nil {
			return false
		}
		got, _ := c.Statement(id)
		return got.Quote == "Theirs: "+base && len(c.Conflicts) == 2
	})
	u.win.Canvas().Unfocus()
	u.Undo()
	if got, _ := u.Case().Statement(id); got.Quote != "Ours: "+base || len(u.Case().Conflicts) != 3 {
		t.Errorf("Undo left the quote %q and %d conflicts", got.Quote, len(u.Case().Conflicts))
	}
}

// Edit… opens the statement's form with the version chosen; saving it
// resolves the conflict, in one edit that Undo undoes whole.
func TestConflictsEditOpensTheFormWithTheChosenText(t *testing.T) {
	u, path, id, _ := openMerged(t)
	s := u.conflicts
	s.list.Select(conflictOn(u, "quote"))
	s.editFrom.SetSelected(fromTheirs)
	test.Tap(s.edit)
	f := u.form
	if f == nil {
		t.Fatal("Edit… opened no form")
	}
	st, _ := u.Case().Statement(id)
	base := strings.TrimPrefix(st.Quote, "Ours: ")
	if got := f.Pages["quote"].text(); got != "Theirs: "+base {
		t.Fatalf("the form's quote is %q, want theirs", got)
	}
	f.Pages["quote"].open("Edited from theirs: "+base, 0, true)
	f.Submit()
	if got, _ := u.Case().Statement(id); got.Quote != "Edited from theirs: "+base {
		t.Fatalf("the quote saved is %q", got.Quote)
	}
	if conflictOn(u, "quote") >= 0 || len(u.Case().Conflicts) != 2 {
		t.Fatalf("saving the form did not resolve the conflict: %+v", u.Case().Conflicts)
	}
	waitFor(t, "the edit saved", func() bool {
		c, err := casefile.Load(path)
		return err == nil && len(c.Conflicts) == 2
	})
	u.win.Canvas().Unfocus()
	u.Undo()
	if got, _ := u.Case().Statement(id); got.Quote != "Ours: "+base || conflictOn(u, "quote") < 0 {
		t.Errorf("one Undo did not bring back both the quote (%q) and the conflict", got.Quote)
	}
}

// A note both analysts typed into holds both texts until resolved; Keep
// ours keeps ours' text. Once every conflict is resolved, the tab goes.
func TestConflictsNoteAndTabGoes(t *testing.T) {
	u, path, _, note := openMerged(t)
	n, _ := u.Case().Note(note)
	if !strings.Contains(n.Body, "Ours typed this.") || !strings.Contains(n.Body, "Theirs typed this.") {
		t.Fatalf("the merged note does not hold both texts:\n%s", n.Body)
	}
	s := u.conflicts
	s.list.Select(conflictOn(u, "body"))
	if !slices.Contains(s.editFrom.Options, fromBoth) || s.editFrom.Selected != fromBoth {
		t.Errorf("Edit from offers %v, selected %q; want both texts, selected", s.editFrom.Options, s.editFrom.Selected)
	}
	test.Tap(s.keepOurs)
	if n, _ := u.Case().Note(note); strings.Contains(n.Body, "Theirs typed this.") || !strings.Contains(n.Body, "Ours typed this.") {
		t.Fatalf("Keep ours left the note:\n%s", n.Body)
	}
	if err := u.KeepTheirs(conflictOn(u, "title")); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(u.Case().Title, "Theirs: ") {
		t.Errorf("the title is %q", u.Case().Title)
	}
	if err := u.KeepOurs(0); err != nil {
		t.Fatal(err)
	}
	if len(u.Case().Conflicts) != 0 || slices.Contains(u.tabs.Items, s.tab) {
		t.Fatalf("%d conflicts left; the tab still shows: %v", len(u.Case().Conflicts), slices.Contains(u.tabs.Items, s.tab))
	}
	if !strings.Contains(u.status.Text, "every conflict is resolved") {
		t.Errorf("status %q", u.status.Text)
	}
	u.SaveNow()
	waitFor(t, "the case saved without conflicts", func() bool {
		c, err := casefile.Load(path)
		return err == nil && c.Conflicts == nil && strings.HasPrefix(c.Title, "Theirs: ")
	})
}

// A read-only case's conflicts are shown but cannot be resolved.
func TestConflictsReadOnly(t *testing.T) {
	_, path, _, _ := openMerged(t)
	u2 := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u2.closeCase() })
	if err := u2.Open(path); err != nil {
		t.Fatal(err)
	}
	if u2.ReadOnly() == "" {
		t.Fatal("a second window opened the case for editing while the first holds its lock")
	}
	u2.conflicts.list.Select(0)
	if !u2.conflicts.keepOurs.Disabled() || !u2.conflicts.edit.Disabled() {
		t.Error("a read-only case's conflict can be resolved")
	}
}
