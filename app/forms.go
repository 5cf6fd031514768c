package app

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// itemForm is an edit dialog for one item. Its Save applies the item
// through the casefile API; when the model refuses, the dialog stays open
// with each problem shown under its field and the case unchanged.
type itemForm struct {
	u       *UI
	dlg     *dialog.CustomDialog
	form    *widget.Form
	general *widget.Label
	errs    map[string]*widget.Label       // casefile problem field -> message shown under it
	Entries map[string]*widget.Entry       // by problem field, for tests; a paged field's is its page
	Selects map[string]*widget.SelectEntry // the fields that suggest, by field
	Pages   map[string]*pagedEditor        // the fields edited a page at a time, by field
	Choices map[string]*widget.Select      // the markings, by field, for tests
	save    func() error
	body    *container.Scroll
}

func (u *UI) newItemForm() *itemForm {
	f := &itemForm{u: u, form: widget.NewForm(), errs: map[string]*widget.Label{}, Entries: map[string]*widget.Entry{}, Selects: map[string]*widget.SelectEntry{},
		Pages: map[string]*pagedEditor{}, Choices: map[string]*widget.Select{}}
	f.general = widget.NewLabel("")
	f.general.Importance = widget.DangerImportance
	f.general.Wrapping = fyne.TextWrapWord
	f.general.Hide()
	return f
}

// add appends a row whose problems, reported for field, show beneath it.
func (f *itemForm) add(label, field string, w fyne.CanvasObject) {
	msg := widget.NewLabel("")
	msg.Importance = widget.DangerImportance
	msg.Wrapping = fyne.TextWrapWord
	msg.Hide()
	f.errs[field] = msg
	f.form.Append(label, container.NewVBox(w, msg))
}

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
	p := newPagedEditor(f.u, "the field", lines > 0)
	if lines > 0 {
		p.editor.SetMinRowsVisible(lines)
	}
	p.open(value, 0, true)
	p.editor.SetPlaceHolder(placeholder)
	f.Entries[field] = &p.editor.Entry
	f.Pages[field] = p
	f.add(label, field, p.view)
	return p
}

// maxSuggestions caps a suggesting field's drop-down list.
const maxSuggestions = 40

// suggestEntry adds a text field whose drop-down offers the names that
// contain what is typed, ignoring case and accents, and returns what reads
// its text. With list set, the field holds names separated by commas and
// the suggestions complete the last of them. A value longer than a page
// is edited a page at a time, without suggestions: a SelectEntry cannot
// be paged, and no name is that long. Nor is a name longer than a menu
// shows suggested.
func (f *itemForm) suggestEntry(label, field, value, placeholder string, names []string, list bool) func() string {
	if len(value) > pageSize {
		return f.entry(label, field, value, placeholder).text
	}
	names = slices.DeleteFunc(slices.Clone(names), func(n string) bool { return len(n) > maxShownName })
	e := widget.NewSelectEntry(nil)
	e.SetText(value)
	e.SetPlaceHolder(placeholder)
	folded := make([]string, len(names))
	for i, n := range names {
		folded[i] = casefile.Fold(n)
	}
	suggest := func(text string) {
		head, part := "", text
		if i := strings.LastIndex(text, ","); list && i >= 0 {
			head, part = text[:i+1]+" ", text[i+1:]
		}
		q := casefile.Fold(strings.TrimSpace(part))
		// Names with a word that starts with the typing come first.
		var first, then []string
		for i, n := range names {
			switch at := strings.Index(folded[i], q); {
			case at < 0:
			case at == 0 || wordStart(folded[i], q):
				first = append(first, head+n)
			default:
				then = append(then, head+n)
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
	f.Selects[field] = e
	f.add(label, field, e)
	return func() string { return e.Text }
}

// choiceEntry adds a text field with a drop-down of every option, and
// returns what reads its text; like suggestEntry, a value longer than a
// page is edited a page at a time, without the drop-down.
func (f *itemForm) choiceEntry(label, field, value, placeholder string, options []string) func() string {
	if len(value) > pageSize {
		return f.entry(label, field, value, placeholder).text
	}
	e := widget.NewSelectEntry(options)
	e.SetText(value)
	e.SetPlaceHolder(placeholder)
	f.add(label, field, e)
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

// show opens the dialog; save builds the item from the fields and applies it.
func (f *itemForm) show(title string, save func() error) {
	f.save = save
	f.body = container.NewVScroll(container.NewVBox(f.general, f.form))
	f.dlg = dialog.NewCustomWithoutButtons(title, f.body, f.u.win)
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), f.close)
	ok := widget.NewButtonWithIcon("Save", theme.ConfirmIcon(), f.Submit)
	ok.Importance = widget.HighImportance
	f.dlg.SetButtons([]fyne.CanvasObject{cancel, ok})
	f.dlg.Resize(fyne.NewSize(720, 620))
	f.u.form = f
	f.dlg.Show()
}

func (f *itemForm) close() {
	f.dlg.Hide()
	if f.u.form == f {
		f.u.form = nil
	}
}

// Submit saves the form, as its Save button does.
func (f *itemForm) Submit() {
	err := f.save()
	if err == nil {
		f.close()
		return
	}
	f.showProblems(err)
}

// Problem returns the message shown under a field, or "".
func (f *itemForm) Problem(field string) string {
	if l, ok := f.errs[field]; ok && l.Visible() {
		return l.Text
	}
	return ""
}

func (f *itemForm) showProblems(err error) {
	defer f.relayout()
	for _, l := range f.errs {
		l.SetText("")
		l.Hide()
	}
	var ps casefile.Problems
	if !errors.As(err, &ps) {
		f.general.SetText(bounded(err.Error()))
		f.general.Show()
		return
	}
	var other []string
	for _, p := range ps {
		if l, ok := f.errs[p.Field]; ok {
			if l.Text == "" {
				l.SetText(upperFirst(bounded(p.Message))) // it may quote what was typed
				l.Show()
			}
			continue
		}
		other = append(other, bounded(p.String()))
	}
	text := "Not saved: correct the fields marked below."
	if len(other) > 0 {
		text = clip("Not saved: "+strings.Join(other, "; "), pageSize)
	}
	f.general.SetText(text)
	f.general.Show()
}

// relayout lays the form out again once the wrapped messages know their
// width, so that they take the lines they need.
func (f *itemForm) relayout() {
	f.form.Refresh()
	if f.body != nil {
		f.body.Refresh()
	}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// fieldError is a problem the form finds before the model sees the item,
// such as a date it cannot read.
func fieldError(field, format string, args ...any) casefile.Problems {
	return casefile.Problems{{Item: "form", Field: field, Message: field + " " + fmt.Sprintf(format, args...)}}
}

// dateField is a date typed as the source gives it, with its inference mark.
type dateField struct {
	field    string
	entry    *pagedEditor
	inferred *widget.Check
	asStated *pagedEditor
}

// dateRow adds a date field: "15 Jul 2022", "Jul 2022", "c. 2014",
// "before 2012", or ISO "2022-07-15".
func (f *itemForm) dateRow(label, field string, d casefile.Date, withAsStated bool) *dateField {
	df := &dateField{field: field, entry: newPagedEditor(f.u, "the field", false), inferred: widget.NewCheck("inferred by the analyst", nil)}
	text := ""
	if !d.IsZero() {
		text = d.Text()
	}
	df.entry.open(text, 0, true)
	df.entry.editor.SetPlaceHolder("15 Jul 2022, Jul 2022, 2022, c. 2014, before 2012 — empty if not stated")
	df.inferred.SetChecked(d.Inferred)
	f.Entries[field] = &df.entry.editor.Entry
	f.Pages[field] = df.entry
	row := container.NewBorder(nil, nil, nil, df.inferred, df.entry.view)
	f.add(label, field, row)
	if withAsStated {
		df.asStated = f.entry("Source's words", field+"_as_stated", d.AsStated, "as the source dates it, e.g. “on Wednesday”")
	}
	return df
}

func (df *dateField) value() (casefile.Date, error) {
	d, err := parseDate(df.entry.text())
	if err != nil {
		return d, fieldError(df.field, "%v", err)
	}
	d.Inferred = df.inferred.Checked && !d.IsZero()
	if df.asStated != nil {
		d.AsStated = strings.TrimSpace(df.asStated.text())
	}
	return d, nil
}

// parseDate reads a date no more precise than it is written: the forms
// Date.Text prints, and ISO dates.
func parseDate(s string) (casefile.Date, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "(inferred)"))
	var d casefile.Date
	if s == "" || strings.EqualFold(s, "date not stated") {
		return d, nil
	}
	lower := strings.ToLower(s)
	for prefix, q := range map[string]casefile.Qualifier{"c. ": casefile.About, "c.": casefile.About, "circa ": casefile.About,
		"about ": casefile.About, "~": casefile.About, "before ": casefile.Before, "after ": casefile.After, "until ": casefile.Until} {
		if strings.HasPrefix(lower, prefix) {
			d.Qualifier = q
			s = strings.TrimSpace(s[len(prefix):])
			break
		}
	}
	bad := fmt.Errorf("%q is not a date Casefile reads; write 15 Jul 2022, Jul 2022, 2022 or 2022-07-15, with c., before, after or until in front if needed", s)
	if parts := strings.Split(s, "-"); len(parts) <= 3 && isDigits(parts[0]) && len(parts[0]) == 4 {
		nums := make([]int, len(parts))
		for i, p := range parts {
			n, err := strconv.Atoi(p)
			if err != nil || !isDigits(p) {
				return d, bad
			}
			nums[i] = n
		}
		d.Year = nums[0]
		if len(nums) > 1 {
			d.Month = nums[1]
		}
		if len(nums) > 2 {
			d.Day = nums[2]
		}
		return d, nil
	}
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return d, bad
	}
	year, err := strconv.Atoi(f[len(f)-1])
	if err != nil || year <= 0 {
		return d, bad
	}
	d.Year = year
	if len(f) >= 2 {
		m, ok := monthNumber(f[len(f)-2])
		if !ok {
			return d, bad
		}
		d.Month = m
	}
	if len(f) == 3 {
		day, err := strconv.Atoi(f[0])
		if err != nil {
			return d, bad
		}
		d.Day = day
	}
	return d, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func monthNumber(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, ","))
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if s == name || s == name[:3] || (len(s) >= 3 && strings.HasPrefix(name, s)) {
			return int(m), true
		}
	}
	return 0, false
}

// picker is a Select over items shown by name and stored by id.
type picker struct {
	sel  *widget.Select
	ids  map[string]string // label -> id
	none string            // the label for "no choice", or "" when a choice is required
}

func (f *itemForm) picker(label, field string, labels, ids []string, current, none string) *picker {
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
	p.sel = widget.NewSelect(opts, nil)
	p.sel.PlaceHolder = "(choose)"
	if selected != "" {
		p.sel.Selected = selected
	}
	f.add(label, field, p.sel)
	return p
}

func (p *picker) id() string { return p.ids[p.sel.Selected] }

// sourcesRow adds a choice of the sources an item cites, keeping the
// locators of citations it already has.
type sourcesField struct {
	group *widget.CheckGroup
	ids   map[string]string
	old   []casefile.Citation
}

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
	sf.group = widget.NewCheckGroup(opts, nil)
	sf.group.Selected = selected
	if len(opts) == 0 {
		f.add(label, field, muted("No sources yet; add them on the Sources screen."))
	} else {
		f.add(label, field, sf.group)
	}
	return sf
}

func (sf *sourcesField) value() []casefile.Citation {
	var out []casefile.Citation
	for _, l := range sf.group.Selected {
		id := sf.ids[l]
		ct := casefile.Citation{Source: id}
		for _, o := range sf.old {
			if o.Source == id {
				ct.Locator = o.Locator
			}
		}
		out = append(out, ct)
	}
	return out
}

// gradingRow adds the Admiralty grading as two choices in words.
type gradingField struct{ rel, cred *widget.Select }

const notGraded = "not graded"

func (f *itemForm) gradingRow(g casefile.Grading) *gradingField {
	rels := []string{notGraded}
	for _, r := range casefile.Reliabilities {
		rels = append(rels, string(r)+" — "+r.Label())
	}
	creds := []string{notGraded}
	for _, c := range casefile.Credibilities {
		creds = append(creds, fmt.Sprint(int(c))+" — "+c.Label())
	}
	gf := &gradingField{rel: widget.NewSelect(rels, nil), cred: widget.NewSelect(creds, nil)}
	gf.rel.Selected, gf.cred.Selected = notGraded, notGraded
	if g.Reliability != "" {
		gf.rel.Selected = string(g.Reliability) + " — " + g.Reliability.Label()
	}
	if g.Credibility != 0 {
		gf.cred.Selected = fmt.Sprint(int(g.Credibility)) + " — " + g.Credibility.Label()
	}
	f.add("Grading", "grading", container.NewGridWithColumns(2, gf.rel, gf.cred))
	return gf
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
	sel := newMarkingSelect(nil)
	sel.Selected = markingOption(m)
	f.Choices[field] = sel
	f.add(label, field, sel)
	return sel
}

// hint explains the row added last, beneath it.
func (f *itemForm) hint(text string) {
	f.form.Items[len(f.form.Items)-1].HintText = text
}

// newMarkingSelect offers "as the case" and the five labels.
func newMarkingSelect(changed func(string)) *widget.Select {
	opts := []string{caseMarking}
	for _, k := range casefile.Markings {
		opts = append(opts, string(k))
	}
	return widget.NewSelect(opts, changed)
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

// splitList reads a comma-separated list, dropping empty entries.
// actorsField is a list of actors typed by name or alias, separated by
// commas.
type actorsField struct {
	field string
	text  func() string
}

func (f *itemForm) actorsRow(label, field string, c *casefile.Case, ids []string, placeholder string) *actorsField {
	named := make([]string, len(ids))
	for i, id := range ids {
		named[i] = c.ActorName(id)
	}
	all := make([]string, len(c.Actors))
	for i, a := range c.Actors {
		all[i] = a.Name
	}
	return &actorsField{field: field, text: f.suggestEntry(label, field, strings.Join(named, ", "), placeholder, all, true)}
}

// value is the ids of the actors named, each once, in the order typed.
func (a *actorsField) value(c *casefile.Case) ([]string, error) {
	var ids []string
	for _, n := range splitList(a.text()) {
		id, ok := actorNamed(c, n)
		if !ok {
			return nil, fieldError(a.field, "%q is not the name of an actor in this case; add the actor first", n)
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// actorNamed finds an actor by its name or one of its aliases, ignoring
// letter case and accents.
func actorNamed(c *casefile.Case, name string) (string, bool) {
	folded := casefile.Fold(name)
	for _, a := range c.Actors {
		if casefile.Fold(a.Name) == folded {
			return a.ID, true
		}
	}
	for _, a := range c.Actors {
		for _, al := range a.Aliases {
			if casefile.Fold(al) == folded {
				return a.ID, true
			}
		}
	}
	return "", false
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
