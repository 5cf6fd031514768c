package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/quotes"
)

// quoteFinder is the Find quotes dialog: every quotation in a source's
// text that the case does not hold yet, each with its proposed speaker,
// verb, date and channel, to accept (one action), edit or dismiss, and a
// check per row to accept several as one edit. Words in quotation marks
// that nobody is said to have said are listed apart, not offered.
type quoteFinder struct {
	u     *UI
	srcID string
	body  string // the text the quotations were found in

	all       []quoteProposal
	scare     []quotes.Quote
	dismissed map[int]bool // by index in all, for as long as the dialog is open
	checked   map[int]bool
	shown     []int // indexes in all of the rows listed

	added string // what the last Accept added: "Added 12 statements and 5 new actors."

	list      *widget.List
	count     *widget.Label
	selectAll *tick
	acceptSel *widget.Button
	dlg       *dialog.CustomDialog
}

// findQuotes finds the quotations of a source's text off the UI thread
// and opens the dialog on them.
func (u *UI) findQuotes(srcID string) {
	if u.refuseReadOnly() {
		return
	}
	src, ok := u.doc.c.Source(srcID)
	if !ok || src.Text == nil {
		u.showError("No text to search", errNoText)
		return
	}
	body, known := src.Text.Body, knownActors(u.doc.c)
	bar := widget.NewProgressBarInfinite()
	cancelled := false
	wait := dialog.NewCustomWithoutButtons("Finding quotations", container.NewVBox(widget.NewLabel("Reading “"+bounded(src.Title)+"”…"), bar), u.win)
	stop := func() { cancelled = true; bar.Stop(); wait.Hide() }
	wait.SetButtons([]fyne.CanvasObject{widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), stop)})
	u.present(wait, stop)
	go func() {
		found := quotes.Find(body, known)
		runOnUI(func() {
			if cancelled {
				return // the analyst gave up waiting; the finding ran on to no purpose
			}
			stop()
			u.showFoundQuotes(srcID, body, found)
		})
	}()
}

// showFoundQuotes opens the dialog on the quotations found in body.
func (u *UI) showFoundQuotes(srcID, body string, found []quotes.Quote) {
	if u.doc == nil {
		return
	}
	src, ok := u.doc.c.Source(srcID)
	if !ok || src.Text == nil || src.Text.Body != body {
		return // the source or its text went while it was read
	}
	f := &quoteFinder{u: u, srcID: srcID, body: body, dismissed: map[int]bool{}, checked: map[int]bool{}}
	f.all = propose(u.doc.c, src, found, body, 0, 1)
	for _, q := range found {
		if q.Kind == quotes.Scare {
			f.scare = append(f.scare, q)
		}
	}
	f.list = widget.NewList(func() int { return len(f.shown) }, newFoundRow, f.updateRow)
	f.count = widget.NewLabel("")
	f.selectAll = newTick("Select all", f.onSelectAll)
	f.acceptSel = button("Accept selected", theme.ConfirmIcon(), f.onAcceptSelected)
	f.acceptSel.Importance = widget.HighImportance
	closeBtn := widget.NewButtonWithIcon("Close", theme.CancelIcon(), f.onClose)
	bottom := container.NewVBox(f.scareSection(), container.NewHBox(f.selectAll, f.count, layout.NewSpacer(), f.acceptSel, closeBtn))
	body2 := container.NewBorder(mutedWrap("Quotations in “"+bounded(src.Title)+"” that the case does not hold yet, with the speaker, verb, date and channel the text gives. Accept adds a statement (and a new actor when the speaker is not in the case); Edit opens it in the form first."), bottom, nil, nil, f.list)
	f.dlg = dialog.NewCustomWithoutButtons("Find quotes", body2, u.win)
	f.dlg.SetOnClosed(f.closed)
	win := u.win.Canvas().Size()
	f.dlg.Resize(fyne.NewSize(min(1100, win.Width-40), min(680, win.Height-40)))
	u.sources.finder = f
	f.refilter()
	u.present(f.dlg, f.onClose)
}

// scareSection lists the unattributed quotation marks apart.
func (f *quoteFinder) scareSection() fyne.CanvasObject {
	if len(f.scare) == 0 {
		return layout.NewSpacer()
	}
	var lines []string
	for _, q := range f.scare {
		lines = append(lines, fmt.Sprintf("para. %d: “%s”", q.Paragraph, firstWords(q.Text, 12)))
	}
	text := clip(strings.Join(lines, "\n"), pageSize)
	item := widget.NewAccordionItem(fmt.Sprintf("In quotation marks, but not said by anyone: %d (scare quotes and titles, not offered as statements)", len(f.scare)), mutedWrap(text))
	return widget.NewAccordion(item)
}

// refilter lists the quotations not held and not dismissed, after the
// case changed or a row was accepted or dismissed.
func (f *quoteFinder) refilter() {
	if f.u.doc == nil {
		f.onClose()
		return
	}
	c := f.u.doc.c
	held, actors := heldQuotes(c, f.srcID), indexActors(c)
	f.shown = f.shown[:0]
	for i, p := range f.all {
		f.all[i] = actors.resolve(p)
		if !f.dismissed[i] && !held.holds(f.all[i]) {
			f.shown = append(f.shown, i)
		} else {
			delete(f.checked, i)
		}
	}
	f.list.Refresh()
	f.updateCount()
}

func (f *quoteFinder) updateCount() {
	n := 0
	for i := range f.checked {
		if f.checked[i] {
			n++
		}
	}
	text := ""
	switch {
	case len(f.all) == 0:
		text = "No quotations found in this text."
	case len(f.shown) == 0:
		text = "Every quotation found is in the case or dismissed."
	default:
		text = fmt.Sprintf("%s not yet in the case.", casefile.Count(len(f.shown), "quotation", "quotations"))
	}
	// What the last Accept added is said here: the status bar soon says
	// the case was saved instead.
	f.count.SetText(joinSentences(f.added, text))
	if len(f.shown) == 0 && f.selectAll.Checked {
		f.selectAll.SetChecked(false)
	}
	f.acceptSel.SetText(fmt.Sprintf("Accept selected (%d)", n))
	enable(f.acceptSel, n > 0)
}

// acceptable reports whether a proposal can become a statement in one
// action: it needs a speaker, known or new.
func (p quoteProposal) acceptable() bool { return p.speakerID != "" || p.speaker != "" }

func (f *quoteFinder) onSelectAll(on bool) {
	for _, i := range f.shown {
		if f.all[i].acceptable() {
			f.checked[i] = on
		}
	}
	f.list.Refresh()
	f.updateCount()
}

func (f *quoteFinder) onAcceptSelected() {
	var idx []int
	for _, i := range f.shown {
		if f.checked[i] {
			idx = append(idx, i)
		}
	}
	f.accept(idx)
}

func (f *quoteFinder) onClose() {
	if f.dlg != nil {
		f.dlg.Hide()
	}
}

func (f *quoteFinder) closed() {
	if f.u.sources.finder == f {
		f.u.sources.finder = nil
	}
}

// dismiss takes a quotation off the list for as long as the dialog is open.
func (f *quoteFinder) dismiss(i int) {
	f.dismissed[i] = true
	delete(f.checked, i)
	f.refilter()
}

// edit opens the statement form on a quotation, after settling a new
// speaker as New statement from selection does.
func (f *quoteFinder) edit(i int) {
	src, ok := f.u.doc.c.Source(f.srcID)
	if !ok {
		return
	}
	p := indexActors(f.u.doc.c).resolve(f.all[i])
	f.u.offerSpeaker(p, src, func(speakerID string) {
		f.u.newStatementFrom(p.statementsOf(f.u.doc.c, src, speakerID)[0])
	})
}

// joinSentences joins the sentences that are not empty.
func joinSentences(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}
