package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// maxProblemsShown bounds the problems the dialog lays out; a file with
// thousands of problems still opens its dialog at once, and Copy as text
// holds every one.
const maxProblemsShown = 300

// problemGroup is the problems of one item, in the order found.
type problemGroup struct {
	item     string
	messages []string
}

// groupProblems gathers problems by the item they are about, keeping the
// order in which the items first appear.
func groupProblems(ps casefile.Problems) []problemGroup {
	var groups []problemGroup
	at := map[string]int{}
	for _, p := range ps {
		key := p.Item + "\x00" + p.ID
		i, ok := at[key]
		if !ok {
			i = len(groups)
			at[key] = i
			groups = append(groups, problemGroup{item: p.Item})
		}
		groups[i].messages = append(groups[i].messages, p.Message)
	}
	return groups
}

// problemsText is the problems as plain text, grouped as the dialog shows
// them, for the clipboard.
func problemsText(path string, ps casefile.Problems) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", path, casefile.Count(len(ps), "problem", "problems"))
	for _, g := range groupProblems(ps) {
		fmt.Fprintf(&b, "\n%s\n", g.item)
		for _, m := range g.messages {
			fmt.Fprintf(&b, "  - %s\n", m)
		}
	}
	return b.String()
}

// problemsDialog lists a file's problems, grouped by item, in a scrolling
// list that fits the window, with a button to copy them all as text.
type problemsDialog struct {
	u      *UI
	d      *dialog.CustomDialog
	text   string // every problem, for Copy as text
	copied *widget.Label
}

func (u *UI) showProblems(path string, ps casefile.Problems) {
	p := &problemsDialog{u: u, text: problemsText(path, ps), copied: muted("")}
	box := container.NewVBox()
	shown := 0
	for _, g := range groupProblems(ps) {
		if shown >= maxProblemsShown {
			break
		}
		box.Add(subheading(fmt.Sprintf("%s (%d)", g.item, len(g.messages))))
		lines := g.messages[:min(len(g.messages), maxProblemsShown-shown)]
		shown += len(lines)
		box.Add(wrapped("• " + strings.Join(lines, "\n• ")))
	}
	if shown < len(ps) {
		box.Add(muted(fmt.Sprintf("… and %d more; Copy as text has them all.", len(ps)-shown)))
	}
	msg := fmt.Sprintf("%s has %s, so it is not opened; the file is untouched. Fix them in the file (any text editor will do)",
		filepath.Base(path), casefile.Count(len(ps), "problem", "problems"))
	if _, err := os.Stat(casefile.BackupPath(path)); err == nil {
		msg += ", or open its previous version, " + filepath.Base(casefile.BackupPath(path))
	}
	intro := wrapped(msg + ".")
	content := container.NewBorder(intro, p.copied, nil, nil, container.NewVScroll(box))
	p.d = dialog.NewCustomWithoutButtons("Cannot open the case", content, u.win)
	p.d.SetButtons([]fyne.CanvasObject{
		widget.NewButtonWithIcon("Copy as text", theme.ContentCopyIcon(), p.onCopy),
		widget.NewButtonWithIcon("Open another…", theme.FolderOpenIcon(), p.onOpenAnother),
		widget.NewButton("Close", p.d.Hide),
	})
	win := u.win.Canvas().Size()
	p.d.Resize(fyne.NewSize(min(760, win.Width-40), min(620, win.Height-40)))
	u.dialog, u.message, u.problems = p.d, p.text, p
	u.present(p.d, p.d.Hide)
}

func (p *problemsDialog) onCopy() {
	p.u.app.Clipboard().SetContent(p.text)
	p.copied.SetText("Copied to the clipboard.")
}

func (p *problemsDialog) onOpenAnother() {
	p.d.Hide()
	p.u.ShowOpen()
}

// loadProblems finds the validation problems in a load error, if that is
// what it is.
func loadProblems(err error) (path string, ps casefile.Problems, ok bool) {
	var le *casefile.LoadError
	if errors.As(err, &le) && errors.As(le.Err, &ps) {
		return le.Path, ps, true
	}
	return "", nil, false
}
