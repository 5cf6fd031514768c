package app

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// formField is a text of the default case that an edit form edits: where
// it is, the form that edits it, and the field's name in the form.
type formField struct {
	name  string
	field string // the form's field, as Entries and Pages name it
	text  func(c *casefile.Case) *string
	open  func(u *UI)
	valid func(text string) string // a text the model takes in the field, from any
}

// asAddress makes a text an address, as the model wants of a source's.
func asAddress(text string) string {
	return "https://example.org/" + strings.NewReplacer(" ", "-", "\n", "-").Replace(text)
}

// validFor is text as ff's field may hold it.
func (ff formField) validFor(text string) string {
	if ff.valid == nil {
		return text
	}
	return ff.valid(text)
}

// formFields are the form fields a megabyte may be pasted into: every
// multi-line field, and single-line ones of each form.
var formFields = []formField{
	{"case summary", "summary", func(c *casefile.Case) *string { return &c.Summary }, (*UI).editCaseDetails, nil},
	{"case title", "title", func(c *casefile.Case) *string { return &c.Title }, (*UI).editCaseDetails, nil},
	{"actor description", "description", func(c *casefile.Case) *string { return &c.Actors[0].Description },
		func(u *UI) { u.editActor(u.doc.c.Actors[0]) }, nil},
	{"actor name", "name", func(c *casefile.Case) *string { return &c.Actors[0].Name },
		func(u *UI) { u.editActor(u.doc.c.Actors[0]) }, nil},
	{"statement quote", "quote", func(c *casefile.Case) *string { return &c.Statements[0].Quote },
		func(u *UI) { u.editStatement(u.doc.c.Statements[0]) }, nil},
	{"statement context", "context", func(c *casefile.Case) *string { return &c.Statements[0].Context },
		func(u *UI) { u.editStatement(u.doc.c.Statements[0]) }, nil},
	{"event description", "description", func(c *casefile.Case) *string { return &c.Events[0].Description },
		func(u *UI) { u.editEvent(u.doc.c.Events[0]) }, nil},
	{"source description", "description", func(c *casefile.Case) *string { return &c.Sources[0].Description },
		func(u *UI) { u.editSource(u.doc.c.Sources[0]) }, nil},
	{"source address", "url", func(c *casefile.Case) *string { return &c.Sources[0].URL },
		func(u *UI) { u.editSource(u.doc.c.Sources[0]) }, asAddress},
	{"relation description", "description", func(c *casefile.Case) *string { return &c.Relations[0].Description },
		func(u *UI) { u.editRelation(u.doc.c.Relations[0]) }, nil},
}

// openFormOn opens the default case with text in ff's field, and ff's
// form on it.
func openFormOn(tb testing.TB, ff formField, text string) *UI {
	tb.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		tb.Fatal(err)
	}
	*ff.text(c) = text
	path := filepath.Join(tb.TempDir(), "form.casefile")
	if err := casefile.Save(path, c); err != nil {
		tb.Fatal(err)
	}
	test.NewTempApp(tb)
	u := NewUI(fyne.CurrentApp(), "test")
	tb.Cleanup(func() { u.closeCase(); drainUI() })
	if err := u.Open(path); err != nil {
		tb.Fatal(err)
	}
	ff.open(u)
	if u.form == nil || u.form.Pages[ff.field] == nil {
		tb.Fatalf("the %s form has no paged field %q", ff.name, ff.field)
	}
	return u
}

// submitted saves the form and returns the field's text as the case has it.
func submitted(t *testing.T, u *UI, ff formField) string {
	t.Helper()
	f := u.form
	f.Submit()
	if u.form == f {
		t.Fatalf("the %s form was not saved: %.300s", ff.name, f.general.Text)
	}
	return *ff.text(u.doc.c)
}

// Every form opens on a megabyte in any of its fields with a page of it
// in the editor, and saves it back exactly.
func TestFormsEditAMegabyteAPageAtATime(t *testing.T) {
	for _, ff := range formFields {
		t.Run(ff.name, func(t *testing.T) {
			text := ff.validFor(sampleText(1<<20, 11))
			ps := pages(text, pageSize)
			u := openFormOn(t, ff, text)
			p := u.form.Pages[ff.field]
			if p.editor.Text != ps[0] || !p.pager.Visible() || p.pageAt.Text != "Page 1 of "+thousands(len(ps)) {
				t.Fatalf("the field holds %d bytes and says %q, want page 1 of %d", len(p.editor.Text), p.pageAt.Text, len(ps))
			}
			if !p.editor.MultiLine {
				t.Error("a megabyte is edited on one line")
			}
			for _, e := range u.form.Entries {
				if len(e.Text) > pageSize {
					t.Errorf("an entry of the form holds %d bytes", len(e.Text))
				}
			}
			if got := submitted(t, u, ff); got != text {
				t.Errorf("saved without edits, the field has %d bytes, want the %d it had", len(got), len(text))
			}
		})
	}
}

// Opening a form and saving it gives back the text exactly, whatever its
// runes; typing on page k changes that page and nothing else.
func TestPagedFieldsRoundTripAndEditOnlyTheirPage(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 13))
	quote := formFields[4]
	for trial := range 6 {
		// A quote is kept verbatim, spaces and all. (A page of randomText's
		// unbroken words takes a tenth of a second to lay out, so most of
		// it is prose.)
		text := randomText(r, 300) + sampleText(5000+r.IntN(40000), r.Uint64()) + randomText(r, 300)
		u := openFormOn(t, quote, text)
		if got := submitted(t, u, quote); got != text {
			t.Fatalf("trial %d: saved without edits, the quote has %d bytes, want its %d", trial, len(got), len(text))
		}
		ps := pages(text, pageSize)
		k := r.IntN(len(ps))
		quote.open(u)
		p := u.form.Pages[quote.field]
		for range k {
			test.Tap(p.nextPage)
		}
		if p.page != k || p.editor.Text != ps[k] {
			t.Fatalf("trial %d: after %d taps on Next page the field is on page %d", trial, k, p.page+1)
		}
		test.Type(p.editor, "typé ")
		want := strings.Join(ps[:k], "") + "typé " + strings.Join(ps[k:], "")
		if got := submitted(t, u, quote); got != want {
			t.Fatalf("trial %d: typing on page %d of %d saved %d bytes, want %d: the page typed on and the rest as they were",
				trial, k+1, len(ps), len(got), len(want))
		}
	}
}

// A paste longer than a page goes into a field's text at the cursor
// without passing through the Entry, in a new item's empty field too.
func TestALongPasteGoesIntoAFormField(t *testing.T) {
	u, _ := newTestUI(t)
	u.editStatement(casefile.Statement{})
	p := u.form.Pages["quote"]
	test.Type(p.editor, "before after")
	p.editor.CursorColumn = len("before ")
	pasted := sampleText(300<<10, 14)
	clip := u.app.Clipboard()
	clip.SetContent(pasted)
	p.editor.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if want := "before " + pasted + "after"; p.text() != want {
		t.Fatalf("after the paste the field has %d bytes, want %d", len(p.text()), len(want))
	}
	if len(p.editor.Text) > pageSize || !p.pager.Visible() {
		t.Errorf("the field's editor holds %d bytes, pages shown %v", len(p.editor.Text), p.pager.Visible())
	}
	// A single-line field pages a long paste too.
	title := u.form.Pages["title"]
	title.editor.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if title.text() != pasted || len(title.editor.Text) > pageSize {
		t.Errorf("the title has %d bytes with %d in its editor, want the paste's %d with a page in it",
			len(title.text()), len(title.editor.Text), len(pasted))
	}
}

// shownTexts is every text under root that a widget lays out.
func shownTexts(root fyne.CanvasObject) []string {
	var out []string
	for _, rt := range find(root, func(*widget.RichText) bool { return true }) {
		out = append(out, rt.String())
	}
	for _, e := range find(root, func(*widget.Entry) bool { return true }) {
		out = append(out, e.Text)
	}
	for _, s := range find(root, func(*widget.Select) bool { return true }) {
		out = append(out, s.Selected)
		out = append(out, s.Options...)
	}
	for _, g := range find(root, func(*widget.CheckGroup) bool { return true }) {
		out = append(out, g.Options...)
	}
	for _, tx := range find(root, func(*canvas.Text) bool { return true }) {
		out = append(out, tx.Text)
	}
	return out
}

// A megabyte of title, name, role, alias, address, channel, locator,
// relation or publisher shows a few hundred bytes of it everywhere: the
// overview, each detail view, the note's link, the window's title and
// the forms.
func TestAMegabyteNameShowsBoundedEverywhere(t *testing.T) {
	long := strings.ReplaceAll(sampleText(1<<20, 15), "\n", " ")
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	c.Title, c.Analyst, c.Tags = long, long, []string{long}
	a := &c.Actors[slices.IndexFunc(c.Actors, func(a casefile.Actor) bool { return a.ID == c.Relations[0].From })]
	a.Name, a.Role, a.Aliases = long, long, []string{long + "2"}
	st := &c.Statements[0]
	st.Title, st.Channel, st.Source.Locator, st.Date.AsStated = long, long, long, long
	st.Speaker = a.ID
	c.Events[0].Title = long
	c.Events[0].Actors = []string{a.ID}
	src := &c.Sources[0]
	src.Title, src.Publisher, src.URL = long, long, asAddress(long)
	st.Source.Source = src.ID
	c.Relations[0].Type = casefile.RelationType(long)
	note, err := c.AddNote(casefile.Note{Target: casefile.Target{Kind: casefile.OnStatement, ID: st.ID}, Body: "on it"})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "names.casefile")
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	check := func(where string, root fyne.CanvasObject, wantCut bool) {
		t.Helper()
		cut := 0
		for _, s := range shownTexts(root) {
			if len(s) > pageSize {
				t.Errorf("%s: a widget holds %d bytes", where, len(s))
			}
			if !utf8.ValidString(s) {
				t.Errorf("%s: a widget shows a cut rune: %q", where, s[max(0, len(s)-8):])
			}
			if strings.Contains(s, long[:100]) && strings.Contains(s, "…") {
				cut++
			}
		}
		if wantCut && cut == 0 {
			t.Errorf("%s shows no part of the name, cut", where)
		}
	}
	c = u.doc.c
	check("the overview", u.overview.content, true)
	u.ShowActor(c.Relations[0].From)
	check("the actor", u.actors.detail.box, true)
	u.ShowStatement(c.Statements[0].ID)
	check("the statement", u.statements.detail.box, true)
	u.ShowEvent(c.Events[0].ID)
	check("the event", u.background.detail.box, true)
	u.ShowSource(c.Sources[0].ID)
	check("the source", u.sources.detail.box, true)
	u.OpenNote(note.ID)
	check("the note", u.notes.target, true)
	if n := len(u.win.Title()); n > 2*maxShownName {
		t.Errorf("the window's title is %d bytes", n)
	}
	for _, open := range []func(){
		u.editCaseDetails,
		func() { a, _ := c.Actor(c.Relations[0].From); u.editActor(a) },
		func() { u.editStatement(c.Statements[0]) },
		func() { u.editEvent(c.Events[0]) },
		func() { u.editSource(c.Sources[0]) },
		func() { u.editRelation(c.Relations[0]) },
	} {
		open()
		check("the form", u.form.body, false) // a paged field holds a page, uncut
		u.form.close()
	}
}
