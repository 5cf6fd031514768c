package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// itemForm is an edit dialog for one item. Its Save applies the item
// through the casefile API; when the model refuses, the dialog stays open
// with each problem shown under its field and the case unchanged. Once
// shown, a field's problem goes as soon as the field is right: each
// change checks the item again, on a scratch copy of the case.
type itemForm struct {
	u       *UI
	dlg     *dialog.CustomDialog
	form    *widget.Form
	general *widget.Label
	errs    map[string]*widget.Label       // casefile problem field -> message shown under it
	Entries map[string]*widget.Entry       // by problem field, for tests; a paged field's is its page
	Selects map[string]*widget.SelectEntry // the fields that suggest, by field
	Pages   map[string]*pagedEditor        // the fields edited a page at a time, by field
	Choices map[string]*widget.Select      // the drop-down choices, by field, for tests
	Tokens  map[string]*tokenPicker        // the fields that choose several actors, by field
	texts   []*widget.Entry                // every text field, in order, for tests
	wheels  []*wheelPass                   // the layers that scroll the form over its fields
	save    func() error
	check   func() error // what save would refuse, without saving
	verb    string       // the Save button's label, when not "Save"
	content *fyne.Container
	body    *container.Scroll
}

// formWidth is the width an edit form asks for; a narrower window gets
// a narrower form.
const formWidth = 800

func (u *UI) newItemForm() *itemForm {
	f := &itemForm{u: u, form: widget.NewForm(), errs: map[string]*widget.Label{}, Entries: map[string]*widget.Entry{}, Selects: map[string]*widget.SelectEntry{},
		Pages: map[string]*pagedEditor{}, Choices: map[string]*widget.Select{}, Tokens: map[string]*tokenPicker{}}
	f.general = widget.NewLabel("")
	f.general.Importance = widget.DangerImportance
	f.general.Wrapping = fyne.TextWrapWord
	f.general.Hide()
	return f
}

// add appends a row whose problems, reported for field, show beneath it.
func (f *itemForm) add(label, field string, w fyne.CanvasObject) {
	f.addRow(label, []string{field}, w)
}

// addRow appends a row of one or more fields, the problems of each shown
// beneath the row.
func (f *itemForm) addRow(label string, fields []string, w fyne.CanvasObject) {
	box := container.NewVBox(w)
	for _, field := range fields {
		msg := widget.NewLabel("")
		msg.Importance = widget.DangerImportance
		msg.Wrapping = fyne.TextWrapWord
		msg.Hide()
		f.errs[field] = msg
		box.Add(msg)
	}
	f.form.Append(label, box)
}

// scroll is the form's scroll, once the form is shown.
func (f *itemForm) scroll() *container.Scroll { return f.body }

// wheel lays a wheelPass over a text field, so that the mouse wheel over
// it scrolls the form.
func (f *itemForm) wheel(field fyne.CanvasObject, e *widget.Entry) fyne.CanvasObject {
	var overflow func() bool
	if e.MultiLine {
		overflow = func() bool { return overflows(e) }
	}
	o, w := wheelThrough(field, f.scroll, overflow)
	f.wheels = append(f.wheels, w)
	return o
}

// text registers a text field: its changes check the form again.
func (f *itemForm) text(e *widget.Entry, w *wheelPass) {
	f.texts = append(f.texts, e)
	typed := e.OnChanged
	e.OnChanged = func(s string) {
		if typed != nil {
			typed(s)
		}
		if w != nil {
			w.update()
		}
		f.changed()
	}
}

// changed follows any change to a field: a problem shown for a field that
// is now right goes at once.
func (f *itemForm) changed() {
	if f.check == nil || !f.showingProblems() {
		return
	}
	err := f.check()
	var ps casefile.Problems
	if err != nil && !errors.As(err, &ps) {
		return // not the fields' problem: shown until the next Save
	}
	still := map[string]bool{}
	for _, p := range ps {
		still[p.Field] = true
	}
	cleared := false
	for field, l := range f.errs {
		if l.Visible() && !still[field] {
			l.SetText("")
			l.Hide()
			cleared = true
		}
	}
	if len(ps) == 0 && f.general.Visible() {
		f.general.Hide()
		cleared = true
	}
	if cleared {
		f.relayout()
	}
}

func (f *itemForm) showingProblems() bool {
	if f.general.Visible() {
		return true
	}
	for _, l := range f.errs {
		if l.Visible() {
			return true
		}
	}
	return false
}

// show opens the dialog; save builds the item from the fields and applies
// it, and check, when set, says what save would refuse.
func (f *itemForm) show(title string, save func() error) {
	f.save = save
	f.content = container.NewVBox(f.general, f.form)
	f.body = container.NewVScroll(f.content)
	f.dlg = dialog.NewCustomWithoutButtons(title, f.body, f.u.win)
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), f.close)
	verb := f.verb
	if verb == "" {
		verb = "Save"
	}
	ok := widget.NewButtonWithIcon(verb, theme.ConfirmIcon(), f.Submit)
	ok.Importance = widget.HighImportance
	f.dlg.SetButtons([]fyne.CanvasObject{cancel, ok})
	f.u.form = f
	f.fit()
	f.u.present(f.dlg, f.close)
}

// fit sizes the dialog to show the whole form when the window is tall
// enough, and else the window's height, the form scrolling.
func (f *itemForm) fit() {
	if f.dlg == nil {
		return
	}
	win := f.u.win.Canvas().Size()
	chrome := f.dlg.MinSize().Height - f.body.MinSize().Height
	w := min(formWidth, win.Width-2*theme.Padding())
	h := min(chrome+f.content.MinSize().Height+2*theme.Padding(), win.Height-2*theme.Padding())
	f.dlg.Resize(fyne.NewSize(w, h))
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
	defer f.fit() // taller now, as far as the window allows
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
	name := strings.ReplaceAll(field, "_", " ")
	return casefile.Problems{{Item: "form", Field: field, Message: name + " " + fmt.Sprintf(format, args...)}}
}

// formProblems gathers the problems the form finds in its fields, so that
// Save shows every one at once rather than the first.
type formProblems struct {
	ps    casefile.Problems
	other error
}

// take keeps err's problems; it reports whether err was nil.
func (fp *formProblems) take(err error) bool {
	var ps casefile.Problems
	switch {
	case err == nil:
		return true
	case errors.As(err, &ps):
		fp.ps = append(fp.ps, ps...)
	case fp.other == nil:
		fp.other = err
	}
	return false
}

func (fp *formProblems) err() error {
	if fp.other != nil {
		return fp.other
	}
	if len(fp.ps) > 0 {
		return fp.ps
	}
	return nil
}

// joinProblems is the form's problems, then the model's.
func joinProblems(form, model error) error {
	var fp formProblems
	fp.take(form)
	fp.take(model)
	return fp.err()
}

// showItem finishes an item's form and opens it: titled "New <noun>" or
// "Edit <noun>", it checks and saves what build makes, through add for a
// new item and update for an existing one, and shows a new item once
// saved with showNew (when not nil).
func showItem[T any](u *UI, f *itemForm, noun string, isNew bool, build func() (T, error), prepare func(T) T,
	add func(*casefile.Case, T) (T, error), update func(*casefile.Case, T) error, showNew func(T)) {
	done := func(x T) {
		if isNew && showNew != nil {
			showNew(x)
		}
	}
	save, check := itemSaver(u, isNew, build, prepare, add, update, done)
	f.check = check
	verb := "Edit "
	if isNew {
		verb = "New "
	}
	f.show(verb+noun, save)
}

// itemSaver makes a form's save and check from what builds the item from
// the fields: save adds or updates the item, made ready by prepare (when
// set), if neither the form nor the model finds a problem, and then calls
// done (when set) with it as stored; check says what save would refuse,
// trying the item on a scratch copy of the case.
func itemSaver[T any](u *UI, isNew bool, build func() (T, error), prepare func(T) T, add func(*casefile.Case, T) (T, error),
	update func(*casefile.Case, T) error, done func(T)) (save, check func() error) {
	check = func() error {
		x, err := build()
		return joinProblems(err, tryItem(u.doc.c, isNew, x, add, update))
	}
	save = func() error {
		x, err := build()
		if err != nil {
			return joinProblems(err, tryItem(u.doc.c, isNew, x, add, update))
		}
		if prepare != nil {
			x = prepare(x)
		}
		added, err := saveItem(u, isNew, x, add, update)
		if err == nil && done != nil {
			done(added)
		}
		return err
	}
	return save, check
}

// tryItem is what adding or updating x would say, on a scratch copy of c.
func tryItem[T any](c *casefile.Case, isNew bool, x T, add func(*casefile.Case, T) (T, error), update func(*casefile.Case, T) error) error {
	s := scratch(c)
	if isNew {
		_, err := add(s, x)
		return err
	}
	return update(s, x)
}

// scratch is a copy of c that an add or update may change without
// changing c: they replace or append whole items, so the lists are
// copied and the items shared (casefile.Case.Scratch).
func scratch(c *casefile.Case) *casefile.Case { return c.Scratch() }
