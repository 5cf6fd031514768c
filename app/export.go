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

// exportFormats are the export dialog's choices of format, in order.
var exportFormats = []struct {
	label  string
	format export.Format
	what   string // for the status bar: "the briefing as Markdown"
}{
	{"Briefing (PDF)", export.FormatPDF, "the briefing"},
	{"Briefing (Markdown)", export.FormatMarkdown, "the briefing as Markdown"},
	{"Case file", export.FormatJSON, "the case file"},
	{"STIX 2.1 bundle", formatSTIX, "the STIX bundle"},
}

// formatByExtension is the format each known file name extension means.
var formatByExtension = map[string]export.Format{
	".pdf": export.FormatPDF, ".md": export.FormatMarkdown, ".markdown": export.FormatMarkdown,
	casefile.Extension: export.FormatJSON, ".json": export.FormatJSON,
}

// exportTarget is the file an export goes to and its format: a name that
// ends in a known extension is written in that format, even when another
// was chosen (a file named briefing.md is Markdown, never briefing.md.pdf);
// any other name is given the chosen format's extension.
func exportTarget(path string, chosen export.Format) (string, export.Format) {
	if f, ok := stixTarget(path, chosen); ok {
		return path, f
	}
	if f, ok := formatByExtension[strings.ToLower(filepath.Ext(path))]; ok {
		return path, f
	}
	return path + chosen.Extension(), chosen
}

// exportForm holds the export dialog's widgets.
type exportForm struct {
	format   *choice
	sections *ticks
	order    *choice
	notes    *choice
	paper    *choice
	marking  *choice
}

// chosenFormat is the format chosen in the dialog.
func (f *exportForm) chosenFormat() export.Format {
	for _, ef := range exportFormats {
		if ef.label == f.format.Selected {
			return ef.format
		}
	}
	return export.FormatPDF
}

// onFormat enables the options that apply to the format chosen: the paper
// is a PDF's, and a case file has no sections, order or notes layout.
func (f *exportForm) onFormat(string) {
	fm := f.chosenFormat()
	setEnabled(f.paper, fm == export.FormatPDF)
	briefing := fm != export.FormatJSON && fm != formatSTIX
	setEnabled(f.order, briefing)
	setEnabled(f.notes, briefing)
	for _, t := range f.sections.boxes {
		setEnabled(t, briefing)
	}
}

func setEnabled(d fyne.Disableable, on bool) {
	if on {
		d.Enable()
	} else {
		d.Disable()
	}
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

// ShowExport asks for the format and the briefing's options, then where
// to write it, and exports it with a progress bar (Ctrl+E).
func (u *UI) ShowExport() {
	if u.doc == nil || u.warnUnencryptedExport(u.ShowExport) {
		return
	}
	f := &exportForm{}
	var formats []string
	for _, ef := range exportFormats {
		formats = append(formats, ef.label)
	}
	f.format = newChoice(formats, nil)
	f.format.Selected = formats[0]
	var secs []string
	for _, s := range export.Sections {
		secs = append(secs, upperFirst(string(s)))
	}
	f.sections = newTicks(secs, secs, true, nil)
	f.order = newChoice([]string{"Chronological", "By speaker"}, nil)
	f.order.Selected = "Chronological"
	f.notes = newChoice([]string{"Beside what they annotate", "Collected in a notes section"}, nil)
	f.notes.Selected = "Beside what they annotate"
	f.paper = newChoice([]string{string(export.A4), string(export.Letter)}, nil)
	f.paper.Selected = string(export.A4)
	marks := []string{noMarkingLimit}
	for _, m := range casefile.Markings {
		marks = append(marks, string(m))
	}
	f.marking = newChoice(marks, nil)
	f.marking.Selected = noMarkingLimit
	f.format.OnChanged = f.onFormat
	u.exportForm = f

	form := widget.NewForm(
		widget.NewFormItem("Format", f.format),
		widget.NewFormItem("Sections", f.sections.box),
		widget.NewFormItem("Statements", f.order),
		widget.NewFormItem("Notes", f.notes),
		widget.NewFormItem("Paper", f.paper),
		&widget.FormItem{Text: "Release up to", Widget: f.marking,
			HintText: "items marked above this are left out, and the export is marked no higher"},
	)
	d := dialog.NewCustomConfirm("Export", "Choose file…", "Cancel", form, func(ok bool) {
		if ok {
			u.onExportChosen(f)
		}
	}, u.win)
	d.Resize(fyne.NewSize(760, 380))
	u.dialog = d
	u.present(d, d.Dismiss)
}

// onExportChosen asks where to write the export the dialog set up.
func (u *UI) onExportChosen(f *exportForm) {
	opt, format := f.options(), f.chosenFormat()
	if format != export.FormatJSON && format != formatSTIX && len(opt.Sections) == 0 {
		u.showError("Nothing to export", errors.New("choose at least one section"))
		return
	}
	name := briefingName(u.doc.c.Title, u.doc.path)
	if format == export.FormatJSON || format == formatSTIX {
		name = caseFileName(u.doc.c.Title, u.doc.path)
	}
	u.askSaveFile(name+extensionOf(format), []string{extensionOf(format)}, func(path string) {
		path, format := exportTarget(path, format)
		if u.doc != nil && absPath(path) == u.doc.path {
			// A release would replace the case with less of it.
			u.showError("Not exported", fmt.Errorf("%s is the case open now; choose another name (File › Save as… moves the case itself)", filepath.Base(path)))
			return
		}
		// The save dialog leaves an empty file behind; an export that
		// fails or is cancelled must leave none.
		u.exportAs(path, format, opt, isEmptyFile(path))
	})
}

// Export writes the export to path off the UI thread, in the format its
// extension names (PDF for any other), showing progress with a Cancel
// button. A failed or cancelled export leaves no file.
func (u *UI) Export(path string, opt export.Options) *exportRun {
	return u.exportTo(path, opt, false)
}

// exportTo exports in the format path's extension names; placeholder says
// path is an empty file made by the save dialog, to be removed when the
// export fails.
func (u *UI) exportTo(path string, opt export.Options, placeholder bool) *exportRun {
	if f, ok := stixTarget(path, ""); ok {
		return u.exportAs(path, f, opt, placeholder)
	}
	format, ok := formatByExtension[strings.ToLower(filepath.Ext(path))]
	if !ok {
		format = export.FormatPDF
	}
	return u.exportAs(path, format, opt, placeholder)
}

// exportAs exports in format.
func (u *UI) exportAs(path string, format export.Format, opt export.Options, placeholder bool) *exportRun {
	ctx, cancel := context.WithCancel(context.Background())
	run := &exportRun{bar: widget.NewProgressBar(), cancel: cancel, done: make(chan error, 1), placeholder: placeholder}
	label := widget.NewLabel("Writing " + filepath.Base(path) + "…")
	stop := widget.NewButton("Cancel", cancel)
	run.dlg = dialog.NewCustomWithoutButtons("Exporting", container.NewVBox(label, run.bar, container.NewCenter(stop)), u.win)
	run.dlg.Resize(fyne.NewSize(460, 160))
	u.present(run.dlg, cancel) // the export ends, and its dialog with it
	u.exporting = run
	snap := u.doc.c.Clone()
	what := exportWhat(format)
	go func() {
		// Released here, off the UI thread, so that the message can say
		// what was withheld; WriteFile takes the copy as it is.
		rel, _ := export.Releasable(snap, opt.MaxMarking)
		// WriteFile releases snap as Releasable did, and says in the
		// export which case content it was made from.
		progress := func(done, total int) {
			if total > 0 {
				v := float64(done) / float64(total)
				runOnUI(func() { run.bar.SetValue(v) })
			}
		}
		var err error
		if format == formatSTIX {
			err = writeSTIX(ctx, path, snap, rel)
		} else {
			// Release does not read kept objects: only those the limit allows.
			err = export.WriteFile(ctx, path, format, casefile.WithKeptReleasable(snap, opt.MaxMarking), opt, progress)
		}
		var rec casefile.ExportRecord
		recorded := false
		if err == nil {
			rec, recorded = exportRecord(path, format, snap, opt)
		}
		runOnUI(func() {
			run.dlg.Hide()
			if recorded {
				u.recordExport(rec)
			}
			if err != nil && run.placeholder && isEmptyFile(path) {
				os.Remove(path)
			}
			switch {
			case errors.Is(err, context.Canceled):
				u.setStatus("Export cancelled; no file was written")
			case err != nil:
				u.showError("Not exported", fmt.Errorf("%w\n\nNo file was written", err))
			default:
				u.setNotice(exportedMessage(path, what, rel, opt.MaxMarking))
			}
		})
		cancel()
		run.done <- err
	}()
	return run
}

// exportWhat names what an export of format is, for the status bar.
func exportWhat(format export.Format) string {
	for _, ef := range exportFormats {
		if ef.format == format {
			return ef.what
		}
	}
	return "the briefing"
}

// exportedMessage says where the briefing went and, for a release up to
// limit, the marking it carries and what it withheld, in counts only:
// "Exported the briefing to b.pdf, marked TLP:CLEAR. 7 statements and the
// bottom line are withheld above TLP:CLEAR." What was exported is what.
func exportedMessage(path, what string, released *casefile.Case, limit casefile.Marking) string {
	msg := "Exported " + what + " to " + path
	if limit == "" || released.Release == nil {
		return msg
	}
	return msg + ", marked " + string(released.Marking) + ". " + released.Release.Sentence()
}

// briefingName suggests a file name for a case's briefing: the case's
// title as a file name (fileNameFrom), or else the case file's name.
func briefingName(title, casePath string) string {
	return caseFileName(title, casePath) + " - briefing"
}

// caseFileName is the case's title as a file name, or else the case
// file's own name.
func caseFileName(title, casePath string) string {
	if name := fileNameFrom(title); name != "" {
		return name
	}
	return strings.TrimSuffix(filepath.Base(casePath), casefile.Extension)
}

// fileNameFrom makes a title a file name: cut at a word to stay short and
// without characters that file systems refuse.
func fileNameFrom(title string) string {
	const max = 60
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return ' '
		}
		return r
	}, title)
	name := ""
	for _, w := range strings.Fields(clean) {
		if name != "" && len([]rune(name))+1+len([]rune(w)) > max {
			break
		}
		name = strings.TrimSpace(name + " " + w)
	}
	return name
}
