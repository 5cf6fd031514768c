package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
	"github.com/casefile/casefile/stix"
)

// formatSTIX is the STIX 2.1 bundle among the export formats: the stix
// package writes it, not export.
const formatSTIX export.Format = "stix"

// bundleFilter limits the import dialog to JSON files, which bundles are.
var bundleFilter = storage.NewExtensionFileFilter([]string{".json"})

// bundleImport is a STIX bundle being imported, kept for tests.
type bundleImport struct {
	name   string
	into   bool // adding to the open case, not making a new one
	bar    *widget.ProgressBar
	dlg    dialog.Dialog
	cancel context.CancelFunc
	done   chan struct{} // closed once the result is handled

	c   *casefile.Case
	rep stix.Report
	err error
}

// ShowImportBundle asks for a STIX 2.1 bundle and imports it (File ›
// Import STIX bundle…): into the open case or as a new one.
func (u *UI) ShowImportBundle() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError("Cannot read the file", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		u.askImportBundle(path)
	}, u.win)
	d.SetFilter(bundleFilter)
	u.showFileDialog(d)
}

// askImportBundle asks, when a case is open for editing, whether the
// bundle goes into it or makes a new case.
func (u *UI) askImportBundle(path string) {
	if u.doc == nil || u.doc.readOnly != "" {
		u.ImportBundle(path, false)
		return
	}
	msg := fmt.Sprintf("Add what %s holds to %s, or make a new case of it?", filepath.Base(path), bounded(u.doc.c.Title))
	d := dialog.NewCustomConfirm("Import STIX bundle", "Add to this case", "New case…", wrapped(msg), func(add bool) {
		u.ImportBundle(path, add)
	}, u.win)
	u.showSized(d, msg)
}

// ImportBundle reads the bundle at path off the UI thread with a progress
// bar and Cancel, then adds it to the open case (an edit, undone as any
// other) or asks where to save the new case it makes. A bundle that cannot
// be imported changes nothing and says why.
func (u *UI) ImportBundle(path string, into bool) *bundleImport {
	ctx, cancel := context.WithCancel(context.Background())
	run := &bundleImport{name: filepath.Base(path), into: into && u.doc != nil, bar: widget.NewProgressBar(),
		cancel: cancel, done: make(chan struct{})}
	if info, err := os.Stat(path); err == nil && info.Size() > stix.MaxBundleSize {
		run.err = &stix.Error{Name: run.name, Err: fmt.Errorf("the bundle is %.1f MB, more than the %d MB Casefile imports; split it into smaller bundles",
			float64(info.Size())/(1<<20), stix.MaxBundleSize>>20)}
		u.bundleImported(run)
		return run
	}
	stop := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), cancel)
	run.dlg = dialog.NewCustomWithoutButtons("Importing STIX bundle",
		container.NewVBox(widget.NewLabel("Reading "+bounded(run.name)+"…"), run.bar, container.NewCenter(stop)), u.win)
	run.dlg.Resize(fyne.NewSize(460, 160))
	u.present(run.dlg, cancel)
	var base *casefile.Case
	gen := 0
	if run.into {
		base, gen = u.doc.c.Clone(), u.doc.gen
	}
	go func() {
		data, err := os.ReadFile(path)
		if err == nil {
			run.c, run.rep, err = stix.ImportWith(data, base, stix.Options{Name: run.name, Context: ctx,
				Progress: func(done, total int) {
					v := float64(done) / float64(total)
					runOnUI(func() { run.bar.SetValue(v) })
				}})
		}
		run.err = err
		runOnUI(func() {
			run.dlg.Hide()
			if run.into && run.err == nil && (u.doc == nil || u.doc.gen != gen) {
				run.err = errors.New("the case changed while the bundle was read; import it again")
			}
			u.bundleImported(run)
		})
	}()
	return run
}

// bundleImported takes a finished import on the UI thread.
func (u *UI) bundleImported(run *bundleImport) {
	defer close(run.done)
	switch {
	case errors.Is(run.err, context.Canceled):
		u.setStatus("Import of " + bounded(run.name) + " cancelled; nothing was imported")
		return
	case run.err != nil:
		u.showError("Not imported", boundedError(run.err))
		return
	}
	if !run.into {
		u.saveImported(run)
		return
	}
	merged := run.c
	if err := u.edit(func(c *casefile.Case) error { *c = *merged; return nil }); err != nil {
		u.showError("Not imported", err)
		return
	}
	u.showImportReport(run)
}

// saveImported asks where to keep the case a bundle made, and opens it
// there. A file already there is left as it is.
func (u *UI) saveImported(run *bundleImport) {
	name := caseFileName(run.c.Title, strings.TrimSuffix(run.name, filepath.Ext(run.name)))
	u.askSavePath(name, casefile.Extension, func(path string) {
		if err := u.SaveImported(path, run); err != nil {
			u.showError("Not imported", err)
		}
	})
}

// SaveImported writes the case a bundle made to path, which must not
// exist, and opens it.
func (u *UI) SaveImported(path string, run *bundleImport) error {
	if info, err := os.Lstat(path); err == nil && !(info.Mode().IsRegular() && info.Size() == 0) {
		return fmt.Errorf("%s already exists; choose another name, or open it with File › Open… and import the bundle into it", path)
	}
	if err := casefile.Save(path, run.c); err != nil {
		return err
	}
	if err := u.Open(path); err != nil {
		return err
	}
	u.showImportReport(run)
	return nil
}

// showImportReport says what the import mapped and kept.
func (u *UI) showImportReport(run *bundleImport) {
	u.setNotice("Imported " + bounded(run.name) + ": " + run.rep.Summary())
	msg := strings.Join(run.rep.Lines(), "\n\n")
	if len(run.rep.Kept) == 0 {
		d := dialog.NewCustom("Imported "+bounded(run.name), "OK", wrapped(msg), u.win)
		u.showSized(d, msg)
		return
	}
	d := dialog.NewCustomConfirm("Imported "+bounded(run.name), "Show kept objects", "OK", wrapped(msg), func(show bool) {
		if show {
			u.ShowKept()
		}
	}, u.win)
	u.showSized(d, msg)
}

// stixTarget says whether path, chosen as format, is written as a STIX
// bundle: a name ending in .stix.json is, and one ending in .json when
// STIX was chosen (a bundle's name ends in .json, as a case file's may).
func stixTarget(path string, chosen export.Format) (export.Format, bool) {
	lower := strings.ToLower(path)
	if strings.HasSuffix(lower, ".stix.json") || chosen == formatSTIX && strings.HasSuffix(lower, ".json") {
		return formatSTIX, true
	}
	return "", false
}

// extensionOf is the extension a file of the format is given, and the
// save dialog shows: a bundle is .json (a name ending in .json is written
// as the format chosen, see stixTarget).
func extensionOf(f export.Format) string {
	if f == formatSTIX {
		return ".json"
	}
	return f.Extension()
}

// writeSTIX writes the STIX bundle of snap, or of rel, its releasable copy
// (export.Releasable's), with the kept objects the release may hold,
// atomically: a failed export leaves no file.
func writeSTIX(ctx context.Context, path string, snap, rel *casefile.Case) error {
	if rel.Release != nil {
		if err := snap.ReleaseBlocked(); err != nil {
			return err
		}
	}
	if rel != snap {
		casefile.ReleaseKept(snap, rel)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return casefile.WriteFileAtomic(path, false, func(w io.Writer) error { return stix.ExportTo(w, rel) })
}
