package app

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// The fields of the edit forms. Each passes Escape on (escape.go), lets
// the mouse wheel scroll the form (wheel.go) and checks the form again
// when it changes (itemForm.changed).

// entry adds a text field on one line. A value longer than a page, which
// one line would lay out whole, is edited on rows a page at a time.
func (f *itemForm) entry(label, field, value, placeholder string) *pagedEditor {
	lines := 0
	if len(value) > pageSize {
		lines = 3
	}
	return f.textArea(label, field, value, placeholder, lines)
}

// textArea adds a text field of lines rows (0: one line, unwrapped),
// edited a page at a time (pagededitor.go) so that no length of text, held
// or pasted, freezes the form. Its text() is the whole text.
func (f *itemForm) textArea(label, field, value, placeholder string, lines int) *pagedEditor {
	p, view := f.pagedField(field, value, placeholder, lines)
	f.add(label, field, view)
	return p
}

// pagedField makes the paged editor of a field and what the form shows.
func (f *itemForm) pagedField(field, value, placeholder string, lines int) (*pagedEditor, fyne.CanvasObject) {
	p := newPagedEditor(f.u, "the field", lines > 0)
	if lines > 0 {
		p.editor.SetMinRowsVisible(lines)
	}
	p.open(value, 0, true)
	p.editor.SetPlaceHolder(placeholder)
	f.Entries[field] = &p.editor.Entry
	f.Pages[field] = p
	view := f.wheel(p.view, &p.editor.Entry)
	f.text(&p.editor.Entry, f.wheels[len(f.wheels)-1])
	return p, view
}

// maxSuggestions caps a suggesting field's drop-down list.
const maxSuggestions = 40

// suggestEntry adds a text field whose drop-down offers the names that
// contain what is typed, ignoring case and accents, and returns what reads
// its text. A value longer than a page is edited a page at a time,
// without suggestions: a SelectEntry cannot be paged, and no name is that
// long. Nor is a name longer than a menu shows suggested.
func (f *itemForm) suggestEntry(label, field, value, placeholder string, names []string) func() string {
	if len(value) > pageSize {
		return f.entry(label, field, value, placeholder).text
	}
	names = slices.DeleteFunc(slices.Clone(names), func(n string) bool { return len(n) > maxShownName })
	e := newSuggestingEntry(nil)
	e.SetText(value)
	e.SetPlaceHolder(placeholder)
	folded := make([]string, len(names))
	for i, n := range names {
		folded[i] = casefile.Fold(n)
	}
	suggest := func(text string) {
		q := casefile.Fold(strings.TrimSpace(text))
		// Names with a word that starts with the typing come first.
		var first, then []string
		for i, n := range names {
			switch at := strings.Index(folded[i], q); {
			case at < 0:
			case at == 0 || wordStart(folded[i], q):
				first = append(first, n)
			default:
				then = append(then, n)
			}
			if len(first) == maxSuggestions {
				break
			}
		}
		opts := append(first, then...)
		e.SetOptions(opts[:min(len(opts), maxSuggestions)])
	}
	suggest(value)
	e.OnChanged = suggest
	f.Entries[field] = &e.Entry
	f.Selects[field] = &e.SelectEntry
	view := f.wheel(e, &e.Entry)
	f.text(&e.Entry, nil)
	f.add(label, field, view)
	return func() string { return e.Text }
}

// choiceEntry adds a text field with a drop-down of every option, and
// returns what reads its text; like suggestEntry, a value longer than a
// page is edited a page at a time, without the drop-down.
func (f *itemForm) choiceEntry(label, field, value, placeholder string, options []string) func() string {
	if len(value) > pageSize {
		return f.entry(label, field, value, placeholder).text
	}
	e := newSuggestingEntry(options)
	e.SetText(value)
	e.SetPlaceHolder(placeholder)
	view := f.wheel(e, &e.Entry)
	f.text(&e.Entry, nil)
	f.add(label, field, view)
	return func() string { return e.Text }
}

// wordStart reports whether q begins a word of s (both folded).
func wordStart(s, q string) bool {
	for i := strings.Index(s, q); i >= 0; {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true
		}
		next := strings.Index(s[i+1:], q)
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

// choose makes a drop-down choice whose changes check the form again,
// then call then (when set).
func (f *itemForm) choose(options []string, selected string, then func(string)) *choice {
	c := newChoice(options, func(s string) {
		if then != nil {
			then(s)
		}
		f.changed()
	})
	c.Selected = selected
	return c
}

// picker is a choice of items shown by name and stored by id.
type picker struct {
	sel  *choice
	ids  map[string]string // label -> id
	none string            // the label for "no choice", or "" when a choice is required
}

func (f *itemForm) picker(label, field string, labels, ids []string, current, none string) *picker {
	p := f.newPicker(labels, ids, current, none)
	f.Choices[field] = &p.sel.Select
	f.add(label, field, p.sel)
	return p
}

// newPicker makes a picker without adding it to the form.
func (f *itemForm) newPicker(labels, ids []string, current, none string) *picker {
	p := &picker{ids: map[string]string{}, none: none}
	var opts []string
	if none != "" {
		opts = append(opts, none)
		p.ids[none] = ""
	}
	selected := none
	for i, l := range labels {
		// Two items of one name, or of one bounded start, stay apart in
		// the menu.
		l = bounded(l)
		for n := 2; p.ids[l] != "" || l == none; n++ {
			l = fmt.Sprintf("%s (%d)", bounded(labels[i]), n)
		}
		p.ids[l] = ids[i]
		opts = append(opts, l)
		if ids[i] == current && current != "" {
			selected = l
		}
	}
	p.sel = f.choose(opts, selected, nil)
	return p
}

func (p *picker) id() string { return p.ids[p.sel.Selected] }

// sourcesField is the choice of the sources an item cites, keeping the
// locator and span of each citation it already has.
type sourcesField struct {
	group  *ticks
	ids    map[string]string
	old    []casefile.Citation
	chosen func([]casefile.Citation) // after the analyst ticks or unticks one
}

// sourcesRow adds a tick for each source of the case.
func (f *itemForm) sourcesRow(label, field string, c *casefile.Case, cited []casefile.Citation) *sourcesField {
	sf := &sourcesField{ids: map[string]string{}, old: cited}
	var opts, selected []string
	for _, s := range c.Sources {
		l := bounded(s.Title)
		for n := 2; sf.ids[l] != ""; n++ {
			l = fmt.Sprintf("%s (%d)", bounded(s.Title), n)
		}
		sf.ids[l] = s.ID
		opts = append(opts, l)
		for _, ct := range cited {
			if ct.Source == s.ID {
				selected = append(selected, l)
			}
		}
	}
	sf.group = newTicks(opts, selected, false, func() {
		if sf.chosen != nil {
			sf.chosen(sf.value())
		}
		f.changed()
	})
	if len(opts) == 0 {
		f.add(label, field, muted("No sources yet; add them on the Sources screen."))
	} else {
		f.add(label, field, sf.group.box)
	}
	return sf
}

func (sf *sourcesField) value() []casefile.Citation {
	var out []casefile.Citation
	for _, l := range sf.group.Selected {
		ct := casefile.Citation{Source: sf.ids[l]}
		for _, o := range sf.old {
			if o.Source == ct.Source {
				ct = o
			}
		}
		out = append(out, ct)
	}
	return out
}

// gradingField is the Admiralty grading as two choices in words. Until
// the analyst sets the reliability, it follows the source cited
// (followSource).
type gradingField struct {
	rel, cred *choice
	chosen    bool // the analyst set the reliability, or it was set when the form opened
	setting   bool // the form sets it, not the analyst
}

const notGraded = "not graded"

func reliabilityOption(r casefile.Reliability) string {
	if r == "" {
		return notGraded
	}
	return string(r) + " — " + r.Label()
}

func (f *itemForm) gradingRow(g casefile.Grading) *gradingField {
	rels := []string{notGraded}
	for _, r := range casefile.Reliabilities {
		rels = append(rels, reliabilityOption(r))
	}
	creds := []string{notGraded}
	for _, c := range casefile.Credibilities {
		creds = append(creds, fmt.Sprint(int(c))+" — "+c.Label())
	}
	gf := &gradingField{chosen: g.Reliability != ""}
	gf.rel = f.choose(rels, reliabilityOption(g.Reliability), func(string) {
		if !gf.setting {
			gf.chosen = true
		}
	})
	cred := notGraded
	if g.Credibility != 0 {
		cred = fmt.Sprint(int(g.Credibility)) + " — " + g.Credibility.Label()
	}
	gf.cred = f.choose(creds, cred, nil)
	f.Choices["reliability"], f.Choices["credibility"] = &gf.rel.Select, &gf.cred.Select
	f.add("Grading", "grading", container.NewGridWithColumns(2, gf.rel, gf.cred))
	return gf
}

// followSource sets the reliability to the source's, unless the analyst
// has set one.
func (gf *gradingField) followSource(src casefile.Source) {
	if gf.chosen {
		return
	}
	gf.setting = true
	gf.rel.SetSelected(reliabilityOption(src.Reliability))
	gf.setting = false
}

func (gf *gradingField) value() casefile.Grading {
	var g casefile.Grading
	if s := gf.rel.Selected; s != notGraded && s != "" {
		g.Reliability = casefile.Reliability(s[:1])
	}
	if s := gf.cred.Selected; s != notGraded && s != "" {
		n, _ := strconv.Atoi(s[:1])
		g.Credibility = casefile.Credibility(n)
	}
	return g
}

// caseMarking is the choice of no marking of a portion's own: it takes
// the case's.
const caseMarking = "as the case"

// markingRow adds an item's TLP marking, whose problems are the item's
// "marking".
func (f *itemForm) markingRow(m casefile.Marking) *widget.Select {
	return f.markingChoice("Marking", "marking", m)
}

// markingChoice adds a portion's TLP marking: "as the case" or a label.
func (f *itemForm) markingChoice(label, field string, m casefile.Marking) *widget.Select {
	sel := f.choose(markingOptions(), markingOption(m), nil)
	f.Choices[field] = &sel.Select
	f.add(label, field, sel)
	return &sel.Select
}

// hint explains the row added last, beneath it.
func (f *itemForm) hint(text string) {
	f.form.Items[len(f.form.Items)-1].HintText = text
}

// markingOptions are "as the case" and the five labels.
func markingOptions() []string {
	opts := []string{caseMarking}
	for _, k := range casefile.Markings {
		opts = append(opts, string(k))
	}
	return opts
}

// newMarkingSelect offers "as the case" and the five labels.
func newMarkingSelect(changed func(string)) *widget.Select {
	return widget.NewSelect(markingOptions(), changed)
}

// markingOption is the choice that stands for a portion's own marking.
func markingOption(m casefile.Marking) string {
	if m == "" {
		return caseMarking
	}
	return string(m)
}

func markingValue(sel *widget.Select) casefile.Marking { return markingOf(sel.Selected) }

// markingOf is the portion's own marking a choice stands for.
func markingOf(choice string) casefile.Marking {
	if choice == caseMarking {
		return ""
	}
	return casefile.Marking(choice)
}

// fixedWidth lays o out at width w.
func fixedWidth(w float32, o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(widthLayout(w), o)
}

type widthLayout float32

func (l widthLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(float32(l), objs[0].MinSize().Height)
}

func (l widthLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// actorsField is a choice of several actors, as tokens (tokens.go).
type actorsField struct {
	field  string
	picker *tokenPicker
}

func (f *itemForm) actorsRow(label, field string, c *casefile.Case, ids []string, placeholder string) *actorsField {
	p := newTokenPicker(actorTokens(c), ids, placeholder, "actor")
	p.changed = f.changed
	p.relayout = f.relayout
	f.Entries[field] = &p.entry.Entry
	f.Tokens[field] = p
	f.texts = append(f.texts, &p.entry.Entry)
	f.add(label, field, f.wheel(p.view, &p.entry.Entry))
	return &actorsField{field: field, picker: p}
}

// value is the ids of the actors chosen, each once, in the order chosen.
func (a *actorsField) value(*casefile.Case) ([]string, error) {
	return a.picker.value(a.field)
}

// splitList reads a comma-separated list, dropping empty entries.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
