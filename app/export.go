package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

// noMarkingLimit is the releasability choice that leaves nothing out.
const noMarkingLimit = "everything (no limit)"

var (
	orderLabels = map[string]export.StatementOrder{"Chronological": export.Chronological, "By speaker": export.BySpeaker}
	notesLabels = map[string]export.NotePlacement{"Beside what they annotate": export.NotesInline, "Collected in a notes section": export.NotesCollected}
)

// exportForm holds the briefing options dialog's widgets.
type exportForm struct {
	sections *widget.CheckGroup
	order    *widget.RadioGroup
	notes    *widget.RadioGroup
	paper    *widget.RadioGroup
	marking  *widget.Select
}

func (f *exportForm) options() export.Options {
	var opt export.Options
	for _, s := range f.sections.Selected {
		opt.Sections = append(opt.Sections, export.Section(strings.ToLower(s)))
	}
	if opt.Sections == nil {
		opt.Sections = []export.Section{}
	}
	opt.StatementOrder = orderLabels[f.order.Selected]
	opt.Notes = notesLabels[f.notes.Selected]
	opt.Paper = export.Paper(f.paper.Selected)
	if f.marking.Selected != noMarkingLimit {
		opt.MaxMarking = casefile.Marking(f.marking.Selected)
	}
	return opt
}

// exportRun is an export in progress.
type exportRun struct {
	bar    *widget.ProgressBar
	cancel context.CancelFunc
	done   chan error // receives the result once, for tests
	dlg    dialog.Dialog

	placeholder bool // path is the empty file the save dialog made
}

func isEmptyFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular() && info.Size() == 0
}

// ShowExport asks for the briefing's options, then where to write it, and
// exports it with a progress bar (Ctrl+E).
func (u *UI) ShowExport() {
	if u.doc == nil {
		return
	}
	f := &exportForm{}
	var secs []string
	for _, s := range export.Sections {
		secs = append(secs, upperFirst(string(s)))
	}
	f.sections = widget.NewCheckGroup(secs, nil)
	f.sections.Selected = secs
	f.sections.Horizontal = true
	f.order = widget.NewRadioGroup([]string{"Chronological", "By speaker"}, nil)
	f.order.Selected = "Chronological"
	f.order.Horizontal = true
	f.notes = widget.NewRadioGroup([]string{"Beside what they annotate", "Collected in a notes section"}, nil)
	f.notes.Selected = "Beside what they annotate"
	f.paper = widget.NewRadioGroup([]string{string(export.A4), string(export.Letter)}, nil)
	f.paper.Selected = string(export.A4)
	f.paper.Horizontal = true
	marks := []string{noMarkingLimit}
	for _, m := range casefile.Markings {
		marks = append(marks, string(m))
	}
	f.marking = widget.NewSelect(marks, nil)
	f.marking.Selected = noMarkingLimit
	u.exportForm = f

	form := widget.NewForm(
		widget.NewFormItem("Sections", f.sections),
		widget.NewFormItem("Statements", f.order),
		widget.NewFormItem("Notes", f.notes),
		widget.NewFormItem("Paper", f.paper),
		&widget.FormItem{Text: "Release up to", Widget: f.marking,
			HintText: "items marked above this are left out, and the briefing is marked no higher"},
	)
	d := dialog.NewCustomConfirm("Export briefing", "Choose file…", "Cancel", form, func(ok bool) {
		if !ok {
			return
		}
		opt := f.options()
		if len(opt.Sections) == 0 {
			u.showError("Nothing to export", errors.New("choose at least one section"))
			return
		}
		name := briefingName(u.doc.c.Title, u.doc.path)
		u.askSavePath(name, export.FormatPDF.Extension(), func(path string) {
			// The save dialog leaves an empty file behind; an export that
			// fails or is cancelled must leave none.
			u.exportTo(path, opt, isEmptyFile(path))
		})
	}, u.win)
	d.Resize(fyne.NewSize(760, 420))
	u.dialog = d
	d.Show()
}

// Export writes the briefing to path off the UI thread, showing progress
// with a Cancel button. A failed or cancelled export leaves no file.
func (u *UI) Export(path string, opt export.Options) *exportRun {
	return u.exportTo(path, opt, false)
}

// exportTo exports; placeholder says path is an empty file made by the
// save dialog, to be removed when the export fails.
func (u *UI) exportTo(path string, opt export.Options, placeholder bool) *exportRun {
	ctx, cancel := context.WithCancel(context.Background())
	run := &exportRun{bar: widget.NewProgressBar(), cancel: cancel, done: make(chan error, 1), placeholder: placeholder}
	label := widget.NewLabel("Writing " + filepath.Base(path) + "…")
	stop := widget.NewButton("Cancel", cancel)
	run.dlg = dialog.NewCustomWithoutButtons("Exporting briefing", container.NewVBox(label, run.bar, container.NewCenter(stop)), u.win)
	run.dlg.Resize(fyne.NewSize(460, 160))
	run.dlg.Show()
	u.exporting = run
	snap := u.doc.c.Clone()
	go func() {
		// Released here, off the UI thread, so that the message can say
		// what was withheld; WriteFile takes the copy as it is.
		rel, _ := export.Releasable(snap, opt.MaxMarking)
		err := export.WriteFile(ctx, path, export.FormatPDF, rel, opt, func(done, total int) {
			if total > 0 {
				v := float64(done) / float64(total)
				runOnUI(func() { run.bar.SetValue(v) })
			}
		})
		runOnUI(func() {
			run.dlg.Hide()
			if err != nil && run.placeholder && isEmptyFile(path) {
				os.Remove(path)
			}
			switch {
			case errors.Is(err, context.Canceled):
				u.setStatus("Export cancelled; no file was written")
			case err != nil:
				u.showError("Briefing not exported", fmt.Errorf("%w\n\nNo file was written", err))
			default:
				u.setStatus(exportedMessage(path, rel, opt.MaxMarking))
			}
		})
		cancel()
		run.done <- err
	}()
	return run
}

// exportedMessage says where the briefing went and, for a release up to
// limit, the marking it carries and what it withheld, in counts only:
// "Exported the briefing to b.pdf, marked TLP:CLEAR. 7 statements and the
// bottom line are withheld above TLP:CLEAR."
func exportedMessage(path string, released *casefile.Case, limit casefile.Marking) string {
	msg := "Exported the briefing to " + path
	if limit == "" || released.Release == nil {
		return msg
	}
	return msg + ", marked " + string(released.Marking) + ". " + released.Release.Sentence()
}

// briefingName suggests a file name for a case's briefing: the case's
// title, cut at a word to stay short and without characters that file
// systems refuse, or else the case file's name.
func briefingName(title, casePath string) string {
	const max = 60
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return ' '
		}
		return r
	}, title)
	words := strings.Fields(clean)
	name := ""
	for _, w := range words {
		if name != "" && len([]rune(name))+1+len([]rune(w)) > max {
			break
		}
		name = strings.TrimSpace(name + " " + w)
	}
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(casePath), casefile.Extension)
	}
	return name + " - briefing"
}
