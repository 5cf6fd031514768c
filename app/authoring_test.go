package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// absPos is where o is on the window's canvas. The forms keep their
// fields as the widgets they embed (a *widget.Entry in a *pageEntry), so o
// is found as itself or as the widget that embeds it.
func absPos(o fyne.CanvasObject) fyne.Position {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	for _, root := range roots {
		if p, ok := posIn(root, o, fyne.Position{}); ok {
			return p
		}
	}
	panic(fmt.Sprintf("%T is not on the canvas", o))
}

// embeds reports whether o is target or embeds it.
func embeds(o fyne.CanvasObject, target fyne.CanvasObject) bool {
	switch x := o.(type) {
	case *pageEntry:
		return target == &x.Entry
	case *suggestingEntry:
		return target == &x.Entry || target == &x.SelectEntry
	case *tokenEntry:
		return target == &x.Entry
	case *choice:
		return target == &x.Select
	case *tick:
		return target == &x.Check
	}
	return o == target
}

func posIn(o, target fyne.CanvasObject, at fyne.Position) (fyne.Position, bool) {
	if o == nil || !o.Visible() {
		return at, false
	}
	at = at.Add(o.Position())
	if embeds(o, target) {
		return at, true
	}
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(v).Objects()
	}
	for _, k := range kids {
		if p, ok := posIn(k, target, at); ok {
			return p, true
		}
	}
	return at, false
}

func TestStatementFormFitsA1280x800WindowWithGradingAndMarkingInView(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Resize(fyne.NewSize(1280, 800))
	u.editStatement(casefile.Statement{})
	f := u.form
	top := absPos(f.body).Y
	bottom := top + f.body.Size().Height
	if bottom > 800 {
		t.Fatalf("the form's scroll ends at %v, below the 800-high window", bottom)
	}
	for _, field := range []string{"reliability", "credibility", "marking"} {
		o := f.Choices[field]
		y := absPos(o).Y
		if y < top || y+o.Size().Height > bottom {
			t.Errorf("the %s choice is at %v–%v, outside the form's view %v–%v", field, y, y+o.Size().Height, top, bottom)
		}
	}
	if f.body.Offset.Y != 0 || f.content.MinSize().Height > f.body.Size().Height {
		t.Errorf("the form needs scrolling: %v of form in %v", f.content.MinSize().Height, f.body.Size().Height)
	}
}

// scrollTargetAt is what the desktop driver gives the mouse wheel at pos:
// the last visible Scrollable under pos, in drawing order, clipped by the
// scrolls around it.
func scrollTargetAt(root fyne.CanvasObject, pos fyne.Position) fyne.Scrollable {
	var found fyne.Scrollable
	var walk func(o fyne.CanvasObject, at, clipAt fyne.Position, clip fyne.Size)
	walk = func(o fyne.CanvasObject, at, clipAt fyne.Position, clip fyne.Size) {
		if o == nil || !o.Visible() {
			return
		}
		at = at.Add(o.Position())
		size := o.Size()
		if pos.X < clipAt.X || pos.Y < clipAt.Y || pos.X >= clipAt.X+clip.Width || pos.Y >= clipAt.Y+clip.Height ||
			pos.X < at.X || pos.Y < at.Y || pos.X >= at.X+size.Width || pos.Y >= at.Y+size.Height {
			return
		}
		if s, ok := o.(fyne.Scrollable); ok {
			found = s
		}
		if _, ok := o.(*container.Scroll); ok {
			clipAt, clip = at, size
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c, at, clipAt, clip)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c, at, clipAt, clip)
			}
		}
	}
	walk(root, fyne.Position{}, fyne.Position{}, fyne.NewSize(1e6, 1e6))
	return found
}

func TestTheWheelScrollsTheFormOverEveryField(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Resize(fyne.NewSize(1280, 560)) // a form taller than the window
	u.editStatement(casefile.Statement{})
	f := u.form
	overlay := u.win.Canvas().Overlays().Top()
	if f.content.MinSize().Height <= f.body.Size().Height {
		t.Fatal("the form fits; the test needs one that scrolls")
	}
	tried := 0
	for _, e := range f.texts {
		f.body.ScrollToTop()
		p := absPos(e).Add(fyne.NewPos(e.Size().Width/2, e.Size().Height/2))
		if p.Y > absPos(f.body).Y+f.body.Size().Height {
			continue // below the view: scroll first
		}
		tried++
		target := scrollTargetAt(overlay, p)
		if target == nil {
			t.Errorf("nothing takes the wheel over the field with %q", e.PlaceHolder)
			continue
		}
		target.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -60)})
		if f.body.Offset.Y == 0 {
			t.Errorf("the wheel over the field with %q moved %T, not the form", e.PlaceHolder, target)
		}
	}
	if tried < 5 {
		t.Fatalf("only %d fields in view", tried)
	}
	// Over a quote longer than its field shows, the wheel scrolls the quote.
	f.Entries["quote"].SetText(strings.Repeat("A line of the quote.\n", 30))
	f.body.ScrollToTop()
	q := f.Entries["quote"]
	target := scrollTargetAt(overlay, absPos(q).Add(fyne.NewPos(q.Size().Width/2, q.Size().Height/2)))
	if _, ok := target.(*wheelPass); ok || target == nil {
		t.Errorf("over a quote that overflows, the wheel goes to %T, not the quote", target)
	}
}

func TestGradingFollowsTheSourceUntilTheAnalystSetsIt(t *testing.T) {
	u, _ := newTestUI(t)
	first := u.Case().Sources[0]
	other := casefile.Source{Title: "A second source", Reliability: casefile.Reliability("E")}
	if first.Reliability == other.Reliability || first.Reliability == "" {
		t.Fatalf("the default case's source is graded %q; the test needs another grade", first.Reliability)
	}
	if err := u.edit(func(c *casefile.Case) error { var err error; other, err = c.AddSource(other); return err }); err != nil {
		t.Fatal(err)
	}
	u.editStatement(casefile.Statement{})
	f := u.form
	rel, source := f.Choices["reliability"], f.Choices["source"]
	if rel.Selected != notGraded {
		t.Fatalf("a new statement opens graded %q", rel.Selected)
	}
	source.SetSelectedIndex(0)
	if want := reliabilityOption(first.Reliability); rel.Selected != want {
		t.Errorf("after choosing %q the reliability is %q, want the source's %q", source.Selected, rel.Selected, want)
	}
	source.SetSelectedIndex(1)
	if want := reliabilityOption(other.Reliability); rel.Selected != want {
		t.Errorf("after choosing the second source the reliability is %q, want %q", rel.Selected, want)
	}
	rel.SetSelected(reliabilityOption(casefile.Reliability("C")))
	source.SetSelectedIndex(0)
	if want := reliabilityOption(casefile.Reliability("C")); rel.Selected != want {
		t.Errorf("the analyst's reliability became %q when the source changed, want %q kept", rel.Selected, want)
	}
	f.close()

	// An event's reliability follows the one source it cites.
	u.editEvent(casefile.Event{})
	box := find(u.form.body, func(b *tick) bool { return b.Text == bounded(first.Title) })
	if len(box) != 1 {
		t.Fatalf("found %d ticks for the source in the event form", len(box))
	}
	box[0].SetChecked(true)
	if got, want := u.form.Choices["reliability"].Selected, reliabilityOption(first.Reliability); got != want {
		t.Errorf("the event citing one source is graded %q, want its %q", got, want)
	}
	u.form.close()

	// A statement graded already keeps its grading.
	st := u.Case().Statements[0]
	st.Grading.Reliability = "F"
	if err := u.edit(func(c *casefile.Case) error { return c.UpdateStatement(st) }); err != nil {
		t.Fatal(err)
	}
	u.editStatement(st)
	u.form.Choices["source"].SetSelected(u.form.Choices["source"].Options[1])
	if got := u.form.Choices["reliability"].Selected; got != reliabilityOption("F") {
		t.Errorf("a graded statement's reliability became %q on choosing a source", got)
	}
}

func TestAProblemGoesAsSoonAsItsFieldIsRight(t *testing.T) {
	u, _ := newTestUI(t)
	st, _ := u.Case().Statement(statementID(t, u.Case(), "Rama on proportionality"))
	u.editStatement(st)
	f := u.form
	f.Entries["quote"].SetText("")
	f.Entries["date"].SetText("31 Feb 2022")
	f.Entries["responds_to"].SetText("No such statement")
	f.Submit()
	for _, field := range []string{"quote", "date", "responds_to"} {
		if f.Problem(field) == "" {
			t.Fatalf("no problem shown for %s after Save", field)
		}
	}
	test.Type(f.Entries["quote"], "We will answer.")
	if f.Problem("quote") != "" {
		t.Errorf("the quote's problem stayed after it was typed: %q", f.Problem("quote"))
	}
	if f.Problem("date") == "" || f.Problem("responds_to") == "" || !f.general.Visible() {
		t.Error("fixing the quote cleared the other fields' problems")
	}
	f.Entries["date"].SetText("31 Feb 20") // still wrong
	if f.Problem("date") == "" {
		t.Error("the date's problem went while the date is still wrong")
	}
	f.Entries["date"].SetText("28 Feb 2022")
	f.Entries["responds_to"].SetText("")
	if f.Problem("date") != "" || f.Problem("responds_to") != "" || f.general.Visible() {
		t.Errorf("with every field right, problems remain: date %q, responds to %q, banner %v",
			f.Problem("date"), f.Problem("responds_to"), f.general.Visible())
	}
	if after, _ := u.Case().Statement(st.ID); after.Quote != st.Quote {
		t.Error("checking the fields changed the statement")
	}
}

// openForms opens each edit form in turn, new and on an item, and the new
// case form.
var openForms = []struct {
	name string
	open func(u *UI)
}{
	{"new statement", func(u *UI) { u.editStatement(casefile.Statement{}) }},
	{"statement", func(u *UI) { u.editStatement(u.Case().Statements[0]) }},
	{"new actor", func(u *UI) { u.editActor(casefile.Actor{Kind: casefile.KindPerson}) }},
	{"actor", func(u *UI) { u.editActor(u.Case().Actors[0]) }},
	{"new relation", func(u *UI) { u.editRelation(casefile.Relation{}) }},
	{"new event", func(u *UI) { u.editEvent(casefile.Event{}) }},
	{"event", func(u *UI) { u.editEvent(u.Case().Events[0]) }},
	{"new source", func(u *UI) { u.editSource(casefile.Source{}) }},
	{"case details", func(u *UI) { u.editCaseDetails() }},
	{"new case", func(u *UI) { u.ShowNew() }},
}

// placeholderRoom is how wide a field's placeholder is, and the room the
// field has for it.
func placeholderRoom(e *widget.Entry) (w, room float32) {
	room = e.Size().Width - 2*theme.InputBorderSize() - 2*theme.InnerPadding()
	if e.ActionItem != nil {
		room -= e.ActionItem.Size().Width + theme.Padding()
	}
	return fyne.MeasureText(e.PlaceHolder, theme.TextSize(), e.TextStyle).Width, room
}

func TestPlaceholdersFitTheirFields(t *testing.T) {
	u, _ := newTestUI(t)
	for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1000, Height: 700}, {Width: 760, Height: 600}} {
		u.win.Resize(size)
		for _, of := range openForms {
			of.open(u)
			f := u.form
			for _, e := range f.texts {
				if e.PlaceHolder == "" || e.MultiLine {
					continue
				}
				if w, room := placeholderRoom(e); w > room {
					t.Errorf("%v, %s form: %q is %.0f wide in a field with room for %.0f", size, of.name, e.PlaceHolder, w, room)
				}
			}
			f.close()
		}
	}
}

// escapeIn presses Escape where the focus is, as the driver does: to the
// focused widget, or to the window when none has it.
func escapeIn(u *UI) {
	ev := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := u.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	u.win.Canvas().OnTypedKey()(ev)
}

func TestEscapeClosesTheDialogs(t *testing.T) {
	u, _ := newTestUI(t)
	overlays := u.win.Canvas().Overlays()
	id := statementID(t, u.Case(), "Rama on proportionality")
	st, _ := u.Case().Statement(id)
	focusIn := map[string]func(f *itemForm) fyne.Focusable{
		"nothing":      func(*itemForm) fyne.Focusable { return nil },
		"a text field": func(f *itemForm) fyne.Focusable { return f.Pages["title"].editor },
		"the quote":    func(f *itemForm) fyne.Focusable { return f.Pages["quote"].editor },
		"a suggesting field": func(f *itemForm) fyne.Focusable {
			return find(f.body, func(*suggestingEntry) bool { return true })[0]
		},
		"a choice":       func(f *itemForm) fyne.Focusable { return find(f.body, func(*choice) bool { return true })[0] },
		"a tick":         func(f *itemForm) fyne.Focusable { return find(f.body, func(*tick) bool { return true })[0] },
		"the addressees": func(f *itemForm) fyne.Focusable { return f.Tokens["addressees"].entry },
	}
	for where, focus := range focusIn {
		u.editStatement(st)
		if o := focus(u.form); o != nil {
			u.win.Canvas().Focus(o)
		}
		escapeIn(u)
		if u.form != nil || overlays.Top() != nil {
			t.Errorf("Escape with the focus on %s left the form open", where)
			for overlays.Top() != nil {
				overlays.Remove(overlays.Top())
			}
			u.form = nil
		}
	}

	dialogs := []struct {
		name string
		show func()
	}{
		{"the export dialog", u.ShowExport},
		{"the export dialog, on its format", func() {
			u.ShowExport()
			u.win.Canvas().Focus(u.exportForm.format)
		}},
		{"the problems dialog", func() {
			u.showProblems("broken.casefile", casefile.Problems{{Item: "statement", Field: "quote", Message: "quote is empty"}})
		}},
		{"a confirmation", func() { u.deleteStatement(st) }},
		{"an error", func() { u.showError("Not saved", fmt.Errorf("the disk is full")) }},
		{"the new case form", u.ShowNew},
	}
	for _, d := range dialogs {
		d.show()
		if overlays.Top() == nil {
			t.Fatalf("%s did not show", d.name)
		}
		escapeIn(u)
		if overlays.Top() != nil {
			t.Errorf("Escape left %s open", d.name)
			for overlays.Top() != nil {
				overlays.Remove(overlays.Top())
			}
		}
	}
	if _, ok := u.Case().Statement(id); !ok {
		t.Error("Escape on the delete confirmation deleted the statement")
	}
}

func TestMenuItemsThatNeedACaseAreDisabledWithoutOne(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	test.NewTempApp(t)
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	state := func() map[string]bool {
		on := map[string]bool{}
		for _, m := range u.win.MainMenu().Items {
			for _, it := range m.Items {
				if !it.IsSeparator {
					on[it.Label] = !it.Disabled
				}
			}
		}
		return on
	}
	needCase := []string{"Save now", "Save as…", "Export briefing…", "Undo", "Redo", "New note on selection", "Find",
		"New actor…", "New statement…", "New event…", "New source…", "New relation…", "Case details…"}
	always := []string{"New case…", "Open…", "Reset default case…", "Close window", "Quit", "About Casefile"}
	on := state()
	for _, l := range needCase {
		if on[l] {
			t.Errorf("with no case open, %q is enabled", l)
		}
	}
	for _, l := range always {
		if !on[l] {
			t.Errorf("with no case open, %q is disabled", l)
		}
	}
	u.OpenDefault()
	waitForLoad(t, u)
	on = state()
	for _, l := range append(needCase, always...) {
		if !on[l] {
			t.Errorf("with a case open, %q is disabled", l)
		}
	}
	u.closeCase()
	u.refreshAll()
	if state()["New statement…"] {
		t.Error("after closing the case, New statement… is enabled")
	}
}
