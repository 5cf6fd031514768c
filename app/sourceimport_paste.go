package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/sourcetext"
)

// pasteDialog takes a source's text pasted in: for a new source, or to
// replace the text of the selected one.
type pasteDialog struct {
	u      *UI
	target string // the source whose text it replaces, or "" for a new one
	title  *pagedEditor
	origin *pagedEditor
	text   *pagedEditor // a paste of a megabyte is held a page at a time
	errMsg *widget.Label
	ok     *widget.Button
	dlg    *dialog.CustomDialog
}

func (s *sourcesScreen) onPasteNew()  { s.u.showPaste("") }
func (s *sourcesScreen) onPasteInto() { s.u.showPaste(s.selected) }

// showPaste opens the paste dialog.
func (u *UI) showPaste(target string) {
	if u.refuseReadOnly() {
		return
	}
	p := &pasteDialog{u: u, target: target, title: newPagedEditor(u, "the title", false), origin: newPagedEditor(u, "where it came from", false)}
	p.text = newPagedEditor(u, "the pasted text", true)
	p.text.editor.SetMinRowsVisible(12)
	p.text.editor.SetPlaceHolder("Paste the document's text here (Ctrl+V)")
	p.title.editor.SetPlaceHolder("the document's title; its first line if left empty")
	p.origin.editor.SetPlaceHolder("https://… or where it came from")
	p.errMsg = widget.NewLabel("")
	p.errMsg.Importance = widget.DangerImportance
	p.errMsg.Wrapping = fyne.TextWrapWord
	p.errMsg.Hide()
	form := widget.NewForm()
	heading, action := "Paste a new source", "Add source"
	if target != "" {
		heading, action = "Paste the source's text", "Use this text"
	} else {
		form.Append("Title", p.title.view)
	}
	form.Append("Came from", p.origin.view)
	body := container.NewBorder(container.NewVBox(p.errMsg, form), nil, nil, nil, p.text.view)
	p.dlg = dialog.NewCustomWithoutButtons(heading, body, u.win)
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), p.dlg.Hide)
	p.ok = widget.NewButtonWithIcon(action, theme.ConfirmIcon(), p.onSubmit)
	p.ok.Importance = widget.HighImportance
	p.dlg.SetButtons([]fyne.CanvasObject{cancel, p.ok})
	p.dlg.Resize(fyne.NewSize(760, 560))
	u.sources.pasting = p
	u.present(p.dlg, p.dlg.Hide)
	u.win.Canvas().Focus(p.text.editor)
}

// onSubmit checks and seals the text off the UI thread (a megabyte takes
// a moment to hash and to match the old text's citations), then takes it;
// a refused paste keeps the dialog open with the text in it.
func (p *pasteDialog) onSubmit() {
	pasted, origin := p.text.text(), strings.TrimSpace(p.origin.text())
	old := p.u.textCites(p.target)
	p.ok.Disable()
	go func() {
		t, err := sourcetext.FromPaste(pasted)
		var plan *textPlan
		if err == nil {
			t.Origin = origin
			plan = old.plan(t.Text)
		}
		runOnUI(func() { p.checked(t, plan, err) })
	}()
}

func (p *pasteDialog) checked(t sourcetext.Text, plan *textPlan, err error) {
	p.ok.Enable()
	if err != nil {
		p.errMsg.SetText("Not added: " + err.Error())
		p.errMsg.Show()
		return
	}
	p.dlg.Hide()
	title := strings.TrimSpace(p.title.text())
	if title == "" {
		title = firstLine(t.Text)
	}
	p.u.takeText(p.target, t, title, plan)
}

// maxTitleWords is how much of a pasted text's first line names it.
const maxTitleWords = 14

// firstLine is the first non-empty line of a text, in its first words, as
// the title of a pasted source that was given none.
func firstLine(s string) string {
	for _, line := range strings.SplitN(s, "\n", 50) {
		if strings.TrimSpace(line) != "" {
			return strings.TrimSuffix(firstWords(line, maxTitleWords), " …")
		}
	}
	return "Pasted text"
}
