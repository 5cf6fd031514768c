package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

func TestOpenNamesCaseInTitleAndShowsOverview(t *testing.T) {
	u, path := newTestUI(t)
	c := loadFile(t, path)
	if got, want := u.win.Title(), truncate(c.Title, windowTitleMax)+" — Casefile"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if u.tabs.Selected() != u.tabOverview {
		t.Errorf("opened on %q, want Overview", u.tabs.Selected().Text)
	}
	if u.overview.title.Text != c.Title {
		t.Errorf("overview title %q, want %q", u.overview.title.Text, c.Title)
	}
	if u.overview.banner.text.Text != string(c.Marking) || u.overview.banner.text.Color != c.Marking.Color() {
		t.Errorf("banner %q in %v, want %q in %v", u.overview.banner.text.Text, u.overview.banner.text.Color, c.Marking, c.Marking.Color())
	}
	if !strings.Contains(u.overview.counts.Text, casefile.Count(len(c.Statements), "statement", "statements")) {
		t.Errorf("counts %q do not give the %d statements", u.overview.counts.Text, len(c.Statements))
	}
}

func TestStatementDetailAndSpeakerLink(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	id := statementID(t, c, "Rama on proportionality")
	st, _ := c.Statement(id)
	u.ShowStatement(id)
	if u.tabs.Selected() != u.tabStatements || u.statements.selected != id {
		t.Fatalf("showing %q on %q, want the statement", u.statements.selected, u.tabs.Selected().Text)
	}
	detail := u.statements.detail.box
	var text []string
	for _, l := range find(detail, func(*widgetLabel) bool { return true }) {
		text = append(text, l.Text)
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{st.Grading.String(), st.Date.String(), st.Channel} {
		if !strings.Contains(all, want) {
			t.Errorf("detail lacks %q; it shows:\n%s", want, all)
		}
	}
	quotes := find(detail, func(r *widgetRichText) bool { return strings.Contains(r.String(), st.Quote) })
	if len(quotes) != 1 {
		t.Errorf("the quote is shown %d times, want once verbatim", len(quotes))
	}
	tapLink(linkIn(t, detail, c.ActorName(st.Speaker)))
	if u.tabs.Selected() != u.tabActors || u.actors.selected != st.Speaker {
		t.Errorf("speaker link opened %q on %q, want actor %q", u.actors.selected, u.tabs.Selected().Text, st.Speaker)
	}
}

func TestActorKindFilterAndRelationLink(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	u.tabs.Select(u.tabActors)
	u.actors.kind.SetSelected(string(casefile.KindPerson))
	want := 0
	for _, a := range c.Actors {
		if a.Kind == casefile.KindPerson {
			want++
		}
	}
	if got := u.actors.list.Length(); got != want || want == 0 {
		t.Fatalf("person filter lists %d actors, want %d", got, want)
	}
	rama := actorID(t, c, "Edi Rama")
	u.ShowActor(rama)
	rels := c.RelationsOf(rama)
	if len(rels) == 0 {
		t.Fatal("the default case has no relations for Edi Rama")
	}
	other := rels[0].To
	if other == rama {
		other = rels[0].From
	}
	links := find(u.actors.detail.box, func(h *widget.Hyperlink) bool { return h.Text == c.ActorName(other) })
	if len(links) == 0 {
		t.Fatalf("no link to %s", c.ActorName(other))
	}
	tapLink(links[0])
	if u.actors.selected != other {
		t.Errorf("relation link opened %q, want %q", u.actors.selected, other)
	}
}

func TestEditStatementThroughFormIsSavedAndUndoable(t *testing.T) {
	u, path := newTestUI(t)
	id := statementID(t, u.Case(), "Rama on proportionality")
	u.ShowStatement(id)
	test.Tap(buttonIn(t, u.statements.detail.box, "Edit…"))
	f := u.form
	if f == nil {
		t.Fatal("Edit… opened no form")
	}
	f.Entries["title"].SetText("Rama on proportionality (revised)")
	f.Entries["date"].SetText("c. 2022")
	test.Tap(buttonIn(t, u.win.Canvas().Overlays().Top(), "Save"))
	if u.form != nil {
		t.Fatalf("form still open: %q %q", f.general.Text, f.Problem("date"))
	}
	st, _ := u.Case().Statement(id)
	if st.Title != "Rama on proportionality (revised)" || st.Date.Text() != "c. 2022" || st.Date.Precision() != casefile.PrecisionYear {
		t.Fatalf("statement now %q dated %v", st.Title, st.Date)
	}
	waitFor(t, "saved to disk", func() bool {
		s, ok := loadFile(t, path).Statement(id)
		return ok && s.Title == st.Title
	})

	triggerShortcut(t, u, &fyne.ShortcutUndo{})
	if s, _ := u.Case().Statement(id); s.Title != "Rama on proportionality" {
		t.Errorf("after undo the title is %q", s.Title)
	}
	triggerShortcut(t, u, shortcut(fyne.KeyZ, ctrlShift))
	if s, _ := u.Case().Statement(id); s.Title != st.Title {
		t.Errorf("after redo the title is %q", s.Title)
	}
	triggerShortcut(t, u, &fyne.ShortcutUndo{})
	typeShortcut(t, u, &fyne.ShortcutRedo{}) // Ctrl+Y
	if s, _ := u.Case().Statement(id); s.Title != st.Title {
		t.Errorf("after Ctrl+Y the title is %q", s.Title)
	}
	triggerShortcut(t, u, &fyne.ShortcutUndo{})
	waitFor(t, "the undo saved", func() bool {
		s, _ := loadFile(t, path).Statement(id)
		return s.Title == "Rama on proportionality"
	})
}

func TestUndoInATextFieldUndoesTypingNotTheCase(t *testing.T) {
	u, _ := newTestUI(t)
	id := statementID(t, u.Case(), "Rama on proportionality")
	st, _ := u.Case().Statement(id)
	st.Title = "Edited before searching"
	if err := u.edit(func(c *casefile.Case) error { return c.UpdateStatement(st) }); err != nil {
		t.Fatal(err)
	}
	u.FocusSearch()
	test.Type(u.search.entry, "rama")
	triggerShortcut(t, u, &fyne.ShortcutUndo{})
	if u.search.entry.Text == "rama" {
		t.Error("Ctrl+Z in the search field left its text as typed")
	}
	if s, _ := u.Case().Statement(id); s.Title != "Edited before searching" {
		t.Errorf("Ctrl+Z in the search field undid a case edit: title %q", s.Title)
	}
	triggerShortcut(t, u, shortcut(fyne.KeyZ, ctrlShift))
	if u.search.entry.Text != "rama" {
		t.Errorf("Ctrl+Shift+Z in the search field: %q, want the typing back", u.search.entry.Text)
	}
	// With no text field focused, Ctrl+Z is the case's again.
	u.win.Canvas().Unfocus()
	triggerShortcut(t, u, &fyne.ShortcutUndo{})
	if s, _ := u.Case().Statement(id); s.Title != "Rama on proportionality" {
		t.Errorf("Ctrl+Z outside a text field left the title %q", s.Title)
	}
}

func TestStatementFormNamesAddresseesByNameOrAlias(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	id := statementID(t, c, "Rama on proportionality")
	st, _ := c.Statement(id)
	u.ShowStatement(id)
	u.editStatement(st)
	f := u.form
	for p := f.Tokens["addressees"]; len(p.removes) > 0; {
		test.Tap(p.removes[0])
	}
	f.Entries["addressees"].SetText("Iran, Nobody Known")
	f.Submit()
	if msg := f.Problem("addressees"); !strings.Contains(msg, "Nobody Known") {
		t.Fatalf("an unknown addressee gave the message %q", msg)
	}
	if after, _ := u.Case().Statement(id); !slices.Equal(after.Addressees, st.Addressees) {
		t.Errorf("the refused edit changed the addressees to %q", after.Addressees)
	}
	f.Entries["addressees"].SetText("iran, MEK, Iran")
	f.Submit()
	if u.form != nil {
		t.Fatalf("form still open: %q", f.Problem("addressees"))
	}
	want := []string{actorID(t, c, "Iran"), actorID(t, c, "Mujahedin-e-Khalq")}
	if after, _ := u.Case().Statement(id); !slices.Equal(after.Addressees, want) {
		t.Errorf("addressees %q, want Iran and MEK once each %q", after.Addressees, want)
	}
	if len(find(u.statements.detail.box, func(l *widget.Label) bool { return l.Text == "Iran, Mujahedin-e-Khalq" })) != 1 {
		t.Error("the statement's detail does not show its new addressees")
	}
}

// suggestions opens a suggesting field's drop-down and reads its items.
func suggestions(t *testing.T, u *UI, field string) []string {
	t.Helper()
	test.Tap(u.form.Selects[field].ActionItem.(*widget.Button))
	top := u.win.Canvas().Overlays().Top()
	defer u.win.Canvas().Overlays().Remove(top)
	var out []string
	for _, txt := range find(top, func(*canvas.Text) bool { return true }) {
		out = append(out, txt.Text)
	}
	return out
}

func TestFormFieldsSuggestWhatMatchesTheTyping(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	id := statementID(t, c, "Iran calls the break ill-considered")
	st, _ := c.Statement(id)
	u.editStatement(st)
	f := u.form

	f.Entries["responds_to"].SetText("RAMA")
	got := suggestions(t, u, "responds_to")
	want := []string{"Rama cuts ties with immediate effect", "Rama on proportionality", "Rama: the attack failed"}
	if !slices.Equal(got, want) {
		t.Errorf("typing RAMA suggests %q, want %q", got, want)
	}
	f.Entries["responds_to"].SetText("")
	if got := suggestions(t, u, "responds_to"); len(got) != len(c.Statements)-1 || slices.Contains(got, st.Title) {
		t.Errorf("an empty field suggests %d titles (%q among them?); want every other statement", len(got), st.Title)
	}

	// Actors are picked as tokens: tokens_test.go.
}

func TestFormShowsModelProblemsInlineAndChangesNothing(t *testing.T) {
	u, _ := newTestUI(t)
	id := statementID(t, u.Case(), "Rama on proportionality")
	before, _ := u.Case().Statement(id)
	u.ShowStatement(id)
	u.editStatement(before)
	f := u.form

	f.Entries["quote"].SetText("   ")
	f.Entries["date"].SetText("31 Feb 2022")
	f.Submit()
	if u.form != f {
		t.Fatal("the form closed on invalid input")
	}
	if msg := f.Problem("quote"); !strings.Contains(msg, "empty") {
		t.Errorf("quote message %q, want the model's 'is empty'", msg)
	}
	if msg := f.Problem("date"); !strings.Contains(msg, "February") {
		t.Errorf("date message %q, want the model's reason", msg)
	}
	if f.Problem("title") != "" {
		t.Errorf("title marked wrong: %q", f.Problem("title"))
	}
	if after, _ := u.Case().Statement(id); after.Quote != before.Quote || after.Date != before.Date {
		t.Errorf("the refused edit changed the statement")
	}

	f.Entries["quote"].SetText(before.Quote)
	f.Entries["date"].SetText("next Tuesday")
	f.Submit()
	if msg := f.Problem("date"); !strings.Contains(msg, "not a date") {
		t.Errorf("unreadable date message %q", msg)
	}
	if f.Problem("quote") != "" {
		t.Errorf("the corrected quote is still marked: %q", f.Problem("quote"))
	}
}

func TestCtrlNAddsNoteOnSelectionAndAutosavesTyping(t *testing.T) {
	u, path := newTestUI(t)
	id := statementID(t, u.Case(), "Rama: the attack failed")
	u.ShowStatement(id)
	notesBefore := len(u.Case().Notes)

	triggerShortcut(t, u, &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault})
	if len(u.Case().Notes) != notesBefore+1 {
		t.Fatalf("Ctrl+N: %d notes, want %d", len(u.Case().Notes), notesBefore+1)
	}
	if u.tabs.Selected() != u.tabNotes {
		t.Errorf("Ctrl+N left the %q screen showing", u.tabs.Selected().Text)
	}
	if u.win.Canvas().Focused() != u.notes.editor {
		t.Fatalf("the cursor is in %T, not the note's editor", u.win.Canvas().Focused())
	}
	test.Type(u.win.Canvas().Focused(), "Damage **unverified**")
	nt, _ := u.Case().Note(u.notes.selected)
	if nt.Target != (casefile.Target{Kind: casefile.OnStatement, ID: id}) || nt.Body != "Damage **unverified**" {
		t.Fatalf("note on %v reads %q", nt.Target, nt.Body)
	}
	// The preview is rendered once the typing pauses.
	waitFor(t, "the preview rendered", func() bool { return strings.Contains(u.notes.preview.String(), "Damage unverified") })
	waitFor(t, "the note on disk", func() bool {
		n, ok := loadFile(t, path).Note(nt.ID)
		return ok && n.Body == nt.Body
	})
	waitFor(t, "the status to say Saved hh:mm:ss", func() bool { return strings.HasPrefix(u.status.Text, "Saved ") })
	// The note shows beside its statement too.
	u.ShowStatement(id)
	if rts := find(u.statements.detail.box, func(r *widgetRichText) bool { return strings.Contains(r.String(), "Damage unverified") }); len(rts) != 1 {
		t.Errorf("statement detail shows the note %d times", len(rts))
	}
}

func TestClosingSavesTypingAtOnce(t *testing.T) {
	u, path := newTestUI(t)
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	test.Type(u.notes.editor, "typed just before closing")
	id := u.notes.selected
	u.closeWindow()
	n, ok := loadFile(t, path).Note(id)
	if !ok || n.Body != "typed just before closing" {
		t.Errorf("after close the file has %q (found %v)", n.Body, ok)
	}
	if _, err := os.Stat(casefile.LockPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("lock left behind after close: %v", err)
	}
}

func TestSearchIsAccentInsensitiveAndOpensResult(t *testing.T) {
	u, _ := newTestUI(t)
	albania := actorID(t, u.Case(), "Albania")
	a, _ := u.Case().Actor(albania)
	u.editActor(a)
	u.form.Entries["aliases"].SetText("Shqipëri")
	u.form.Submit()
	if u.form != nil {
		t.Fatalf("alias not accepted: %s", u.form.general.Text)
	}

	triggerShortcut(t, u, &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault})
	if u.win.Canvas().Focused() != u.search.entry {
		t.Fatal("Ctrl+F did not focus the search field")
	}
	test.Type(u.win.Canvas().Focused(), "SHQIPERI")
	if !u.search.results.Visible() || u.tabs.Visible() {
		t.Fatal("results not shown in place of the screens")
	}
	// The index is rebuilt off the UI thread after the edit; the results
	// are redone when it is ready.
	hit := -1
	waitFor(t, "Albania found by its new alias", func() bool {
		for i, r := range u.search.rows {
			if r.hit != nil && r.hit.ID == albania {
				hit = i
				return true
			}
		}
		return false
	})
	if hit < 1 || u.search.rows[0].hit != nil {
		t.Fatalf("rows %v: want a heading, then Albania", u.search.rows)
	}
	u.search.list.Select(hit)
	if u.tabs.Selected() != u.tabActors || u.actors.selected != albania || !u.tabs.Visible() {
		t.Errorf("opening the hit showed %q on %q", u.actors.selected, u.tabs.Selected().Text)
	}
	if u.search.entry.Text != "" {
		t.Errorf("search still holds %q", u.search.entry.Text)
	}
	test.Type(u.search.entry, "rama")
	if !u.search.results.Visible() {
		t.Fatal("no results for rama")
	}
	u.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.search.entry.Text != "" || u.search.results.Visible() || !u.tabs.Visible() {
		t.Errorf("Escape left %q and results showing", u.search.entry.Text)
	}
}

func TestBrokenFileShowsLoaderErrorAndIsUntouched(t *testing.T) {
	u, good := newTestUI(t)
	broken := strings.Replace(good, "albania", "broken", 1)
	data := []byte(`{"format": "casefile", "version": 2, "case": {"id": "x", "title": "Cut sho`)
	if err := os.WriteFile(broken, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, loadErr := casefile.Load(broken)
	u.openOrOffer(broken)
	waitForLoad(t, u)
	if u.message != loadErr.Error() {
		t.Errorf("dialog says %q, want the loader's %q", u.message, loadErr)
	}
	if u.Path() != good {
		t.Errorf("the window now shows %q, want the case it had", u.Path())
	}
	u.closeCase()
	if got, _ := os.ReadFile(broken); !bytes.Equal(got, data) {
		t.Errorf("the broken file was changed to %q", got)
	}
	if _, err := os.Stat(casefile.LockPath(broken)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a lock was made for the broken file")
	}
}

func TestCaseOpenElsewhereOpensReadOnly(t *testing.T) {
	u, path := newTestUI(t)
	u.closeCase()
	other, err := casefile.AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Release()
	data, _ := os.ReadFile(path)
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(u.ReadOnly(), "already open") || !strings.Contains(u.win.Title(), "(read-only)") {
		t.Errorf("read-only %q, title %q", u.ReadOnly(), u.win.Title())
	}
	if !strings.HasPrefix(u.status.Text, "Read-only") {
		t.Errorf("status %q does not say read-only", u.status.Text)
	}
	if !strings.Contains(u.message, "already open in another Casefile") {
		t.Errorf("opening said %q", u.message)
	}
	notes := len(u.Case().Notes)
	u.NewNote()
	if len(u.Case().Notes) != notes {
		t.Error("a note was added to a read-only case")
	}
	u.ShowStatement(u.Case().Statements[0].ID)
	if b := buttonIn(t, u.statements.detail.box, "Edit…"); !b.Disabled() {
		t.Error("Edit… is enabled on a read-only case")
	}
	u.SaveNow()
	u.closeCase()
	if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
		t.Error("a read-only case was written")
	}
}

func TestDeleteInUseShowsModelMessageAndOffersCascade(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	rama := actorID(t, c, "Edi Rama")
	said := len(c.StatementsBy(rama))
	if said == 0 {
		t.Fatal("Edi Rama says nothing in the default case")
	}
	u.ShowActor(rama)
	test.Tap(buttonIn(t, u.actors.detail.box, "Delete…"))
	confirmDialog(t, u)
	if _, ok := u.Case().Actor(rama); !ok {
		t.Fatal("an actor in use was deleted without the cascade")
	}
	var inUse *casefile.InUseError
	if err := u.Case().Clone().DeleteActor(rama, false); !errors.As(err, &inUse) || u.message != err.Error() {
		t.Fatalf("dialog says %q, want the model's %v", u.message, err)
	}
	total := len(u.Case().Statements)
	confirmDialog(t, u)
	if _, ok := u.Case().Actor(rama); ok {
		t.Fatal("the cascade did not delete the actor")
	}
	if got := len(u.Case().Statements); got != total-said {
		t.Errorf("%d statements left, want %d", got, total-said)
	}
	u.Undo()
	if _, ok := u.Case().Actor(rama); !ok || len(u.Case().Statements) != total {
		t.Error("undo did not bring the actor and statements back")
	}
}

func TestDefaultCaseWorkingCopyAndReset(t *testing.T) {
	data := t.TempDir()
	t.Setenv("TMPDIR", data) // the test app's storage root
	test.NewTempApp(t)
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	path := u.DefaultCasePath()
	if filepath.Dir(path) != data {
		t.Fatalf("working copy at %s, want it in the app's storage %s", path, data)
	}
	u.OpenDefault()
	waitForLoad(t, u)
	if u.Path() != path || u.ReadOnly() != "" {
		t.Fatalf("opened %q (read-only %q), want the working copy %q", u.Path(), u.ReadOnly(), path)
	}
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	test.Type(u.notes.editor, "mine")
	u.SaveNow()
	u.closeCase()
	edited := len(loadFile(t, path).Notes)
	u.OpenDefault()
	waitForLoad(t, u)
	if len(u.Case().Notes) != edited {
		t.Fatalf("reopening the default case lost the edit")
	}
	u.ResetDefault()
	confirmDialog(t, u)
	waitForLoad(t, u)
	if got := len(u.Case().Notes); got != edited-1 {
		t.Errorf("after reset %d notes, want the original %d", got, edited-1)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, assets.DefaultCase) {
		t.Error("after reset the working copy is not the embedded case")
	}
}

func TestFailedAutosaveSaysWhyAndRetries(t *testing.T) {
	u, path := newTestUI(t)
	// A folder where the case file was makes every save fail.
	makeSavesFail(t, path)
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	test.Type(u.notes.editor, "keep me")
	id := u.notes.selected
	waitFor(t, "the failure reported", func() bool { return strings.HasPrefix(u.status.Text, "Not saved: ") })
	if !strings.Contains(u.status.Text, "not a regular file") {
		t.Errorf("status %q does not give the reason", u.status.Text)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	waitForRetry(t, path, id, "keep me") // the retry saved the note
}

func TestOpenedCasesAreRecent(t *testing.T) {
	u, path := newTestUI(t)
	if got := u.Recent(); len(got) == 0 || got[0] != path {
		t.Fatalf("recent %v, want %s first", got, path)
	}
	var items []string
	for _, it := range u.win.MainMenu().Items[0].Items {
		if it.Label == "Open recent" {
			for _, r := range it.ChildMenu.Items {
				items = append(items, r.Label)
			}
		}
	}
	if len(items) == 0 || !strings.HasPrefix(items[0], filepath.Base(path)) {
		t.Errorf("Open recent lists %v", items)
	}
}

func TestClosingAfterAFailedAutosaveSavesOrRefuses(t *testing.T) {
	u, path := newTestUI(t)
	makeSavesFail(t, path)
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	test.Type(u.notes.editor, "not yet on disk")
	u.SaveNow()
	u.saver.stop() // wait for the failing save
	u.saver = newSaver(path, u.saved(u.doc))
	u.saver.err = errors.New("the last save failed")
	u.sched.saving() // as after the failed save, before its retry ran

	u.closeWindow()
	if u.Case() == nil {
		t.Fatal("the window closed although the case could not be saved")
	}
	if !strings.Contains(u.message, "Not saved") && !strings.Contains(u.message, "not a regular file") {
		t.Errorf("dialog says %q", u.message)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	u.closeWindow()
	if u.Case() != nil {
		t.Fatal("the window stayed open after the save succeeded")
	}
	if len(loadFile(t, path).Notes) == 0 {
		t.Error("the note was not saved on close")
	}
}

func TestNewStatementFormAddsTheStatementAndShowsIt(t *testing.T) {
	u, path := newTestUI(t)
	c := u.Case()
	before := len(c.Statements)
	u.editStatement(casefile.Statement{Speaker: actorID(t, c, "Edi Rama"), Source: casefile.Citation{Source: c.Sources[0].ID}})
	f := u.form
	f.Entries["title"].SetText("Rama on the allies")
	f.Entries["quote"].SetText("We stand with our allies …")
	f.Submit()
	if u.form == f {
		t.Fatalf("the form stayed open: title %q, quote %q", f.Problem("title"), f.Problem("quote"))
	}
	if len(u.Case().Statements) != before+1 {
		t.Fatalf("%d statements, want %d", len(u.Case().Statements), before+1)
	}
	added := u.Case().Statements[before]
	if added.ID == "" || added.Quote != "We stand with our allies …" {
		t.Errorf("added %+v", added)
	}
	if u.tabs.Selected() != u.tabStatements || u.statements.selected != added.ID {
		t.Errorf("after adding, the %q screen shows %q; want the new statement", u.tabs.Selected().Text, u.statements.selected)
	}
	waitFor(t, "the new statement saved", func() bool {
		_, ok := loadFile(t, path).Statement(added.ID)
		return ok
	})
}

func TestFileDialogsShowAtAReadableSize(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Resize(fyne.NewSize(1200, 800))
	for _, tc := range []struct {
		name string
		show func()
	}{{"Open…", u.ShowOpen}, {"Save as…", u.ShowSaveAs}, {"New case's Choose folder…", func() { u.ShowNew(); u.newCase.onChooseFolder() }}} {
		u.fileDialog = nil
		tc.show()
		if u.fileDialog == nil {
			t.Fatalf("%s showed no file dialog", tc.name)
		}
		// The overlay (a pop-up, or Fyne's internal overlay container)
		// fills the window; its Content is the dialog.
		top := reflect.ValueOf(u.win.Canvas().Overlays().Top())
		content, ok := top.Elem().FieldByName("Content").Interface().(fyne.CanvasObject)
		if !ok || content == nil {
			t.Fatalf("%s: the top overlay %s holds no dialog", tc.name, top.Type())
		}
		if sz := content.Size(); sz.Width < 850 || sz.Height < 550 {
			t.Errorf("%s: the file dialog is %v, too small to read a folder", tc.name, sz)
		}
		u.fileDialog.Hide()
	}
}

func TestWithNoCaseTheWindowOffersWaysIn(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // the test app's storage root
	test.NewTempApp(t)
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	if u.marking.Visible() || !u.search.entry.Disabled() {
		t.Error("with no case open, the marking shows or the search field takes typing")
	}
	for _, label := range []string{"Open a case…", "New case…"} {
		buttonIn(t, u.win.Content(), label)
	}
	// Every menu command copes with there being no case.
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Action != nil && it.Label != "Quit" && it.Label != "Close window" {
				it.Action()
				for o := u.win.Canvas().Overlays().Top(); o != nil; o = u.win.Canvas().Overlays().Top() {
					u.win.Canvas().Overlays().Remove(o)
				}
			}
		}
	}
	if u.Case() != nil {
		t.Fatal("a menu command opened a case by itself")
	}
	test.Tap(buttonIn(t, u.win.Content(), "Open the default case"))
	waitForLoad(t, u)
	if u.Path() != u.DefaultCasePath() {
		t.Fatalf("the button opened %q, want the default case's working copy", u.Path())
	}
	if !u.marking.Visible() || u.search.entry.Disabled() {
		t.Error("with a case open, the marking is hidden or the search field is disabled")
	}
}

func TestStoppingSavesPendingTypingAndReleasesTheLock(t *testing.T) {
	u, path := newTestUI(t)
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	test.Type(u.notes.editor, "typed just before the end")
	u.stopped() // autosave has not run yet: its delay is a second
	found := false
	for _, n := range loadFile(t, path).Notes {
		found = found || n.Body == "typed just before the end"
	}
	if !found {
		t.Error("the note typed before the app stopped is not in the file")
	}
	if _, err := os.Stat(casefile.LockPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the lock is still there after stopping: %v", err)
	}
	if u.Case() != nil {
		t.Error("the case is still open after stopping")
	}
}

// The notes list shows each note's first line and what it is on, as they
// are now: typing on the first line changes the row, typing below it
// leaves the row alone, and renaming the statement renames it in the row.
func TestNoteRowsFollowTheFirstLineAndTheTargetsName(t *testing.T) {
	u, _ := newTestUI(t)
	id := statementID(t, u.Case(), "Rama: the attack failed")
	u.newNoteOn(casefile.Target{Kind: casefile.OnStatement, ID: id})
	u.win.Canvas().Focus(u.notes.editor)
	rowOf := func() (string, string) {
		t.Helper()
		for _, r := range find(u.win.Canvas().Content(), func(*twoLineRow) bool { return true }) {
			if strings.Contains(r.detail.Text, "Rama: the attack failed") || strings.Contains(r.detail.Text, "Rama says") {
				return r.title.Text, r.detail.Text
			}
		}
		t.Fatal("no row shows the note on the statement")
		return "", ""
	}
	test.Type(u.notes.editor, "Wiper first")
	if title, _ := rowOf(); title != "Wiper first" {
		t.Errorf("after typing the first line the row reads %q", title)
	}
	test.Type(u.notes.editor, "\nand more below")
	if title, _ := rowOf(); title != "Wiper first" {
		t.Errorf("after typing below the first line the row reads %q", title)
	}
	if err := u.edit(func(c *casefile.Case) error {
		s, _ := c.Statement(id)
		s.Title = "Rama says the attack failed"
		return c.UpdateStatement(s)
	}); err != nil {
		t.Fatal(err)
	}
	if _, detail := rowOf(); !strings.Contains(detail, `on statement Rama says the attack failed`) {
		t.Errorf("after renaming the statement the row reads %q", detail)
	}
}
