package app

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/image/font/sfnt"

	"github.com/casefile/casefile/casefile"
)

// printedText is a string the GUI prints, in the style it prints it in.
type printedText struct {
	text  string
	style fyne.TextStyle
	where string
}

// printed collects every string under root that the GUI prints or would
// print: texts (of labels, buttons, links, rich text), shown or hidden,
// the placeholders of text fields, and the options of choices.
func printed(root fyne.CanvasObject, where string) []printedText {
	var out []printedText
	add := func(s string, st fyne.TextStyle) {
		if s != "" {
			out = append(out, printedText{s, st, where})
		}
	}
	eachObject(root, true, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *canvas.Text:
			add(x.Text, x.TextStyle)
		case *widget.Entry:
			add(x.PlaceHolder, x.TextStyle)
		case *pageEntry:
			add(x.PlaceHolder, x.TextStyle)
		case *tokenEntry:
			add(x.PlaceHolder, x.TextStyle)
		case *suggestingEntry:
			add(x.PlaceHolder, x.TextStyle)
		case *widget.SelectEntry:
			add(x.PlaceHolder, x.TextStyle)
		case *widget.Select:
			add(x.PlaceHolder, fyne.TextStyle{})
			for _, opt := range x.Options {
				add(opt, fyne.TextStyle{})
			}
		case *choice:
			add(x.PlaceHolder, fyne.TextStyle{})
			for _, opt := range x.Options {
				add(opt, fyne.TextStyle{})
			}
		}
	})
	return out
}

// fontCoverage says whether the theme's font for a style has a glyph for
// a rune, reading the font's own cmap.
type fontCoverage struct {
	fonts map[string]*sfnt.Font
	buf   sfnt.Buffer
}

func (fc *fontCoverage) has(t *testing.T, st fyne.TextStyle, r rune) bool {
	res := fyne.CurrentApp().Settings().Theme().Font(st)
	f, ok := fc.fonts[res.Name()]
	if !ok {
		var err error
		if f, err = sfnt.Parse(res.Content()); err != nil {
			t.Fatalf("the theme's font %s: %v", res.Name(), err)
		}
		fc.fonts[res.Name()] = f
	}
	g, err := f.GlyphIndex(&fc.buf, r)
	return err == nil && g != 0
}

// TestTheGUIPrintsOnlyGlyphsItsFontHas walks every screen, form and dialog
// of the default case, and the menus, and checks each rune the GUI prints
// against the font it is printed in. A rune the font lacks shows as a box
// (the "←" of incoming relations did).
func TestTheGUIPrintsOnlyGlyphsItsFontHas(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	var shown []printedText
	look := func(where string) {
		shown = append(shown, printed(u.win.Canvas().Content(), where)...)
		for _, o := range u.win.Canvas().Overlays().List() {
			shown = append(shown, printed(o, where)...)
		}
	}
	closeAll := func() {
		for o := u.win.Canvas().Overlays().Top(); o != nil; o = u.win.Canvas().Overlays().Top() {
			u.win.Canvas().Overlays().Remove(o)
		}
		u.form = nil
	}
	for _, m := range u.win.MainMenu().Items {
		shown = append(shown, printedText{m.Label, fyne.TextStyle{}, "the menu"})
		for _, it := range m.Items {
			shown = append(shown, printedText{it.Label, fyne.TextStyle{}, "the menu " + m.Label})
		}
	}

	look("the overview")
	for _, a := range c.Actors {
		u.ShowActor(a.ID)
		look("the actor " + a.Name)
	}
	for _, s := range c.Statements {
		u.ShowStatement(s.ID)
		look("the statement " + s.Title)
	}
	for _, e := range c.Events {
		u.ShowEvent(e.ID)
		look("the event " + e.Title)
	}
	for _, s := range c.Sources {
		u.ShowSource(s.ID)
		look("the source " + s.Title)
	}
	for _, n := range c.Notes {
		u.OpenNote(n.ID)
		look("the note")
	}
	u.search.entry.SetText("rama iran")
	waitFor(t, "the search index built", func() bool { return !u.doc.indexing })
	look("the search results")
	u.search.entry.SetText("")

	for _, of := range openForms {
		of.open(u)
		look("the " + of.name + " form")
		if u.form != nil {
			u.form.Submit() // and its problems, if any
			look("the " + of.name + " form's problems")
		}
		closeAll()
	}
	st := c.Statements[0]
	st.Quote, st.Title = "", ""
	u.editStatement(st)
	u.form.Entries["date"].SetText("31 Feb 2022")
	u.form.Submit()
	look("the statement form's problems")
	closeAll()
	u.editRelation(c.Relations[0])
	look("the relation form")
	closeAll()

	for name, show := range map[string]func(){
		"the export dialog": u.ShowExport,
		"the about dialog":  u.about,
		"a confirmation":    func() { u.deleteStatement(c.Statements[0]) },
		"the reset dialog":  u.ResetDefault,
		"the problems dialog": func() {
			u.showProblems("broken.casefile", casefile.Problems{{Item: "statement", Field: "quote", Message: "quote is empty"}})
		},
		"the read-only message": func() { u.showError("Read-only", errReadOnly) },
	} {
		show()
		look(name)
		closeAll()
	}
	look("the status bar")

	fc := &fontCoverage{fonts: map[string]*sfnt.Font{}}
	missing := map[string][]string{} // rune -> where
	for _, s := range shown {
		for _, r := range s.text {
			if r < ' ' || r == '\u00a0' {
				continue
			}
			if !fc.has(t, s.style, r) {
				key := fmt.Sprintf("%q (U+%04X)", r, r)
				if len(missing[key]) < 3 {
					missing[key] = append(missing[key], fmt.Sprintf("%s: %q", s.where, clip(s.text, 80)))
				}
			}
		}
	}
	keys := make([]string, 0, len(missing))
	for k := range missing {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Errorf("the font lacks %s, printed in %s", k, strings.Join(missing[k], "; "))
	}
	if len(shown) < 1000 {
		t.Errorf("only %d strings collected; the walk missed the screens", len(shown))
	}
}
