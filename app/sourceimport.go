package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/sourcetext"
)

// sourceFileFilter limits the import dialog to the formats sourcetext
// reads; the content, not the name, decides how a file is read.
var sourceFileFilter = storage.NewExtensionFileFilter([]string{".txt", ".md", ".markdown", ".html", ".htm", ".pdf"})

// importRun is a source's text being read off the UI thread, with a
// progress bar and a Cancel button: a 200-page PDF takes a while.
type importRun struct {
	u      *UI
	target string // the source whose text it replaces, or "" for a new one
	name   string // the file name, as the source's text keeps it
	bar    *widget.ProgressBar
	dlg    dialog.Dialog
	cancel context.CancelFunc
	closer io.Closer

	cancelled bool          // the analyst cancelled; what the reading returns is dropped
	done      chan struct{} // closed once the result is handled or dropped, for tests
}

func (s *sourcesScreen) onImportNew()  { s.u.askImport("") }
func (s *sourcesScreen) onImportInto() { s.u.askImport(s.selected) }

// askImport asks for a document's file, whose text becomes a new source
// (target "") or replaces the text of the source target.
func (u *UI) askImport(target string) {
	if u.refuseReadOnly() {
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError("Cannot read the file", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		size := int64(-1)
		if info, err := os.Stat(r.URI().Path()); err == nil {
			size = info.Size()
		}
		u.importText(target, r.URI().Name(), r, size)
	}, u.win)
	d.SetFilter(sourceFileFilter)
	u.showFileDialog(d)
}

// importText reads a document's text from r off the UI thread and, once
// read, adds it as a new source or, after asking, replaces the text of
// target. It closes r. An error adds and changes nothing.
func (u *UI) importText(target, name string, r io.ReadCloser, size int64) *importRun {
	ctx, cancel := context.WithCancel(context.Background())
	run := &importRun{u: u, target: target, name: name, bar: widget.NewProgressBar(), cancel: cancel,
		closer: &onceCloser{c: r}, done: make(chan struct{})}
	stop := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), run.onCancel)
	run.dlg = dialog.NewCustomWithoutButtons("Importing text",
		container.NewVBox(widget.NewLabel("Reading "+bounded(name)+"…"), run.bar, container.NewCenter(stop)), u.win)
	run.dlg.Resize(fyne.NewSize(460, 160))
	u.present(run.dlg, run.onCancel)
	u.sources.importing = run
	old := u.textCites(target)
	go func() {
		defer run.closer.Close()
		t, err := sourcetext.Read(ctx, name, ctxReader{ctx, r}, size, run.progress)
		var plan *textPlan
		if err == nil {
			plan = old.plan(t.Text)
		}
		runOnUI(func() { u.imported(run, t, plan, err) })
	}()
	return run
}

// progress shows the pages read; it runs on the reading goroutine.
func (run *importRun) progress(done, total int) {
	if total > 0 {
		v := float64(done) / float64(total)
		runOnUI(func() { run.bar.SetValue(v) })
	}
}

// onCancel stops the import at once: the dialog goes, and the file is
// closed so that a read blocked on it returns; whatever the reading
// returns later is dropped.
func (run *importRun) onCancel() {
	if run.cancelled {
		return
	}
	run.cancelled = true
	run.cancel()
	run.closer.Close()
	run.dlg.Hide()
	run.u.setStatus("Import of " + bounded(run.name) + " cancelled; nothing was added or changed")
}

// imported takes a finished read on the UI thread.
func (u *UI) imported(run *importRun, t sourcetext.Text, plan *textPlan, err error) {
	defer close(run.done)
	run.cancel()
	if run.cancelled {
		return
	}
	run.dlg.Hide()
	if err != nil {
		u.showError("Text not imported", fmt.Errorf("%w\n\nNothing was added or changed", err))
		return
	}
	title := t.Title
	if strings.TrimSpace(title) == "" {
		title = strings.TrimSuffix(run.name, filepath.Ext(run.name))
	}
	u.takeText(run.target, t, title, plan)
}

// takeText puts a text read from a file or a paste into the case: as a new
// source titled title, or as the text of target once the analyst agrees.
// Either is one undoable edit.
func (u *UI) takeText(target string, t sourcetext.Text, title string, plan *textPlan) {
	if u.doc == nil {
		return
	}
	text := casefile.NewSourceText(t.Text, t.Origin, t.Format)
	if target == "" {
		u.addTextSource(t, title, text)
		return
	}
	src, ok := u.doc.c.Source(target)
	if !ok {
		u.showError("Text not imported", errors.New("the source was deleted while its text was read; nothing was added or changed"))
		return
	}
	if src.Text == nil {
		u.replaceText(src, text, plan)
		return
	}
	msg := replaceMessage(src, *text, u.freshPlan(plan, target, t.Text))
	u.confirm("Replace the source's text?", msg, "Replace text", func() { u.replaceText(src, text, plan) })
}

// addTextSource adds a source holding a text.
func (u *UI) addTextSource(t sourcetext.Text, title string, text *casefile.SourceText) {
	src := casefile.Source{Title: strings.TrimSpace(title), Text: text}
	if isAddress(t.Origin) {
		src.URL = t.Origin
	}
	added, err := saveItem(u, true, src, (*casefile.Case).AddSource, (*casefile.Case).UpdateSource)
	if err != nil {
		u.showError("Text not imported", fmt.Errorf("%w\n\nNothing was added", boundedError(err)))
		return
	}
	u.ShowSource(added.ID)
	u.setStatus(fmt.Sprintf("Added the source “%s”, %s characters; Edit… gives its publisher, date and reliability", bounded(added.Title), thousands(utf8.RuneCountInString(text.Body))))
}

// replaceText sets a source's text and moves the spans that pointed into
// the old one, as one undoable edit.
func (u *UI) replaceText(src casefile.Source, text *casefile.SourceText, plan *textPlan) {
	plan = u.freshPlan(plan, src.ID, text.Body)
	err := u.edit(func(c *casefile.Case) error {
		cur, ok := c.Source(src.ID)
		if !ok {
			return errors.New("the source was deleted meanwhile; nothing was changed")
		}
		cur.Text = text
		if err := c.UpdateSource(cur); err != nil {
			return err
		}
		plan.apply(c)
		return nil
	})
	if err != nil {
		u.showError("Text not changed", boundedError(err))
		return
	}
	u.ShowSource(src.ID)
	u.setStatus(fmt.Sprintf("The text of “%s” is now %s characters; %s", bounded(src.Title),
		thousands(utf8.RuneCountInString(text.Body)), plan.outcome()))
}

// replaceMessage names what replacing a source's text changes.
func replaceMessage(src casefile.Source, text casefile.SourceText, plan *textPlan) string {
	old := src.Text
	text.Imported = time.Time{} // it is now; saying so says nothing
	msg := fmt.Sprintf("The text of “%s” is replaced.\n\nNow: %s.\nNew: %s.\n\n", bounded(src.Title), textSummary(*old), textSummary(text))
	if old.SHA256 == text.SHA256 {
		msg += "The new text is the same as the one held, character for character: only where and when it came from change.\n\n"
	}
	if len(plan.refs) == 0 {
		msg += "No item cites a passage of the old text by its characters."
	} else {
		msg += fmt.Sprintf("%s %s into the old text by character span (%s). %s.",
			casefile.Count(len(plan.refs), "citation", "citations"), pointOrPoints(len(plan.refs)), plan.citers(), upperFirst(plan.outcome()))
	}
	return msg + "\n\nQuotes are checked against the new text. Edit ▸ Undo puts the old text back."
}

func pointOrPoints(n int) string {
	if n == 1 {
		return "points"
	}
	return "point"
}

// textSummary is a text's length and where and when it came from.
func textSummary(t casefile.SourceText) string {
	s := thousands(utf8.RuneCountInString(t.Body)) + " characters"
	if t.Origin != "" {
		s += " from " + bounded(t.Origin)
	}
	if !t.Imported.IsZero() {
		s += ", imported " + t.Imported.Local().Format("2 Jan 2006 15:04")
	}
	return s
}

// isAddress reports whether an origin is a web address a source's URL can
// hold.
func isAddress(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// ctxReader stops reading once its context is cancelled, for readers
// that return in pieces (a slow disk, a network folder).
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// onceCloser closes once, from whichever goroutine comes first: the
// reading, or a Cancel that unblocks it.
type onceCloser struct {
	once sync.Once
	c    io.Closer
}

func (o *onceCloser) Close() error {
	o.once.Do(func() { o.c.Close() })
	return nil
}
