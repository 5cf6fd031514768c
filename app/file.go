package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// Preference keys and limits.
const (
	prefRecent     = "recent_cases" // []string of file URIs, most recent first
	maxRecent      = 10
	defaultCaseDir = "casefile"
	defaultCase    = "default" + casefile.Extension
)

// caseFilter limits file dialogs to case files.
var caseFilter = storage.NewExtensionFileFilter([]string{casefile.Extension})

// DefaultCasePath is the analyst's working copy of the default case, in
// the user's data folder.
func (u *UI) DefaultCasePath() string {
	if root := u.app.Storage().RootURI(); root != nil && root.Scheme() == "file" && root.Path() != "" {
		return filepath.Join(root.Path(), defaultCase)
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, defaultCaseDir, defaultCase)
}

// OpenDefault opens the working copy of the default case, creating it from
// the embedded case on first run. The embedded case itself is never edited.
func (u *UI) OpenDefault() {
	path := u.DefaultCasePath()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := writeDefaultCase(path); err != nil {
			u.showError("Cannot create the default case", err)
			return
		}
	}
	u.openOrOffer(path)
}

func writeDefaultCase(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("cannot create the folder for %s: %w", path, err)
	}
	return casefile.WriteFileAtomic(path, false, func(w io.Writer) error {
		_, err := w.Write(assets.DefaultCase)
		return err
	})
}

// ResetDefault replaces the working copy of the default case with the
// embedded one, after asking.
func (u *UI) ResetDefault() {
	u.confirm("Reset the default case?",
		"Your working copy of the default case, with every note and change you made to it, is replaced by the original. Other case files are not touched.",
		"Reset", u.resetDefaultNow)
}

func (u *UI) resetDefaultNow() {
	path := u.DefaultCasePath()
	if u.doc != nil && u.doc.path == path {
		if !u.closeCase() {
			return
		}
	}
	if err := writeDefaultCase(path); err != nil {
		u.showError("Cannot reset the default case", err)
		return
	}
	u.openOrOffer(path)
}

// Open opens a case file in the window, closing the one open. A file
// another Casefile has open opens read-only. On error the window keeps
// what it had and the file is untouched. It loads on the calling
// goroutine; the GUI's own opening goes through openOrOffer, which loads
// off the UI thread.
//
// An encrypted case file opens with the key this process holds for it
// (the case open now, or one just saved as path); otherwise the error is a
// *casefile.EncryptedError.
func (u *UI) Open(path string) error {
	path = absPath(path)
	key := casefile.KeyOf(path)
	if u.doc != nil && u.doc.path == path && !u.closeCase() {
		return errors.New("the case open now could not be saved, so it was left open")
	}
	casefile.UseKey(path, key) // closing forgot it
	c, err := casefile.Load(path)
	if err != nil {
		casefile.UseKey(path, nil)
		return err
	}
	return u.install(path, c)
}

func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// install makes a loaded case the window's open case: it closes the one
// open, takes the lock (or opens read-only) and shows the case.
func (u *UI) install(path string, c *casefile.Case) error {
	key := casefile.KeyOf(path) // an encrypted case's, which closing the one open may forget
	if !u.closeCase() {
		return errors.New("the case open now could not be saved, so it was left open")
	}
	casefile.UseKey(path, key)
	d := &document{c: c, path: path}
	lock, err := casefile.AcquireLock(path)
	switch {
	case err == nil:
		d.lock = lock
	default:
		d.readOnly = err.Error()
	}
	if d.readOnly == "" {
		if f, err := os.OpenFile(path, os.O_WRONLY, 0); err != nil {
			d.readOnly = fmt.Sprintf("%s cannot be written (%v); it opens read-only", filepath.Base(path), unwrapPathError(err))
			d.lock.Release()
			d.lock = nil
		} else {
			f.Close()
		}
	}
	u.doc = d
	if d.readOnly == "" {
		u.startSaving(d)
		saved := "; changes are saved as you work"
		if u.encrypted() {
			saved = ", encrypted; changes are saved, encrypted, as you work"
		}
		u.setStatus("Opened " + filepath.Base(path) + saved + cleanLeftovers(path))
		u.location.SetText(path)
	} else {
		u.sched = nil
		u.setStatus("Read-only: " + d.readOnly)
		u.location.SetText("Read-only · " + path)
	}
	u.search.entry.SetText("")
	u.rebuildIndex(nil)
	u.refreshAll()
	u.tabs.Select(u.tabOverview)
	u.addRecent(path)
	if d.readOnly != "" {
		u.showError("Opened read-only", errors.New(d.readOnly+"\n\nYou can read everything; to change it, close it in the other window or use File › Save as… for your own copy."))
	}
	return nil
}

// cleanLeftovers removes what saves of the case interrupted by a crash
// left beside it, once this window holds the case's lock; it returns a
// sentence for the status bar when there was any.
func cleanLeftovers(path string) string {
	removed, err := casefile.CleanLeftovers(path)
	switch {
	case err != nil:
		return "; " + err.Error()
	case len(removed) > 0:
		return fmt.Sprintf("; removed %s left by an interrupted save", casefile.Count(len(removed), "temporary file", "temporary files"))
	}
	return ""
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// openOrOffer opens a case, loading it off the UI thread while the window
// shows its progress, or shows why it cannot and offers another.
func (u *UI) openOrOffer(path string) {
	path = absPath(path)
	if u.doc != nil && u.doc.path == path {
		// Reopening the case open now: save it first, as Open does, and
		// keep its key, if it has one.
		key := casefile.KeyOf(path)
		if !u.closeCase() {
			return
		}
		casefile.UseKey(path, key)
	}
	u.startLoading(path)
}

// showLoadError shows the loader's message and offers to open another case.
func (u *UI) showLoadError(err error) {
	var le *casefile.LoadError
	if errors.As(err, &le) && (u.doc == nil || u.doc.path != le.Path) {
		casefile.UseKey(le.Path, nil) // a key kept for a reopen that failed
	}
	var enc *casefile.EncryptedError
	if errors.As(err, &enc) {
		u.askToUnlock(enc)
		return
	}
	if backup := damagedBackup(err); backup != "" {
		u.showDamaged(err, backup)
		return
	}
	if path, ps, ok := loadProblems(err); ok && len(ps) > 1 {
		u.showProblems(path, ps)
		return
	}
	msg := err.Error()
	d := dialog.NewCustomConfirm("Cannot open the case", "Open another…", "Close", wrapped(msg), func(other bool) {
		if other {
			u.ShowOpen()
		}
	}, u.win)
	u.showSized(d, msg)
}

// closeCase saves and releases the open case; false when a save failed
// and the analyst should not lose it.
func (u *UI) closeCase() bool { return u.closeCaseThen(nil) }

// closeCaseThen is closeCase that, when the save fails, offers to discard
// the unsaved changes and then do next (quit, close the window) anyway.
// Until the analyst chooses, the case stays open and the save is retried.
func (u *UI) closeCaseThen(next func()) bool {
	if u.doc == nil {
		return true
	}
	err := u.flush()
	if err == nil {
		u.release()
		return true
	}
	u.resumeSaving(err)
	msg := err.Error() + "\n\nThe case stays open so that nothing is lost, and Casefile keeps trying to save it. Use File › Save as… to save it elsewhere, or discard the changes not yet saved."
	d := dialog.NewCustomConfirm("Not saved", "Discard changes", "Keep open", wrapped(msg), func(discard bool) {
		if discard {
			u.discardChanges(next)
		}
	}, u.win)
	u.showSized(d, msg)
	return false
}

// discardChanges closes the case without saving what a failed save could
// not write, at the analyst's choice, and then does next.
func (u *UI) discardChanges(next func()) {
	if u.doc == nil {
		return
	}
	if u.sched != nil {
		u.sched.stopTimer()
	}
	if u.saver != nil {
		u.saver.stop()
		u.saver = nil
	}
	u.release()
	u.refreshAll()
	u.setStatus("Closed without saving the last changes")
	if next != nil {
		next()
	}
}

// release lets go of the open case after it is saved or discarded.
func (u *UI) release() {
	u.doc.lock.Release()
	casefile.UseKey(u.doc.path, nil) // closed, an encrypted case needs its passphrase again
	u.doc = nil
	u.sched = nil
	u.updateMenu()
}

// closeWindow saves before the window closes.
func (u *UI) closeWindow() {
	if u.closeCaseThen(u.win.Close) {
		u.win.Close()
	}
}

// ShowOpen asks for a case file to open.
func (u *UI) ShowOpen() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError("Cannot open", err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.openOrOffer(path)
	}, u.win)
	d.SetFilter(caseFilter)
	u.showFileDialog(d)
}

// showFileDialog shows a file dialog in the open case's folder, at a size
// that shows a folder's file names without much scrolling.
func (u *UI) showFileDialog(d *dialog.FileDialog) {
	dir := ""
	if u.doc != nil {
		dir = filepath.Dir(u.doc.path)
	}
	u.showFileDialogIn(d, dir)
}

// showFileDialogIn shows a file dialog in dir ("" for Fyne's choice).
func (u *UI) showFileDialogIn(d *dialog.FileDialog, dir string) {
	if dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	u.present(d, d.Dismiss)
	win := u.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, win.Width-60), min(600, win.Height-60)))
	u.fileDialog = d
}

// askSavePath asks where to write a new file with the given extension,
// which the path chosen is given when it lacks it.
func (u *UI) askSavePath(name, ext string, chosen func(path string)) {
	u.askSaveFile(name+ext, []string{ext}, func(path string) {
		if !strings.HasSuffix(strings.ToLower(path), ext) {
			path += ext
		}
		chosen(path)
	})
}

// askSaveFile asks where to write a new file, showing the files with the
// extensions given, and passes on the path as chosen.
func (u *UI) askSaveFile(name string, exts []string, chosen func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError("Cannot save there", err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		chosen(path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.SetFileName(name)
	u.showFileDialog(d)
	u.fileChosen = chosen
}

// NewCase writes an empty case at path, titled after the file's name,
// and opens it.
func (u *UI) NewCase(path string) error {
	return u.CreateCase(path, strings.TrimSuffix(filepath.Base(path), casefile.Extension))
}

// CreateCase writes an empty case with the title at path and opens it. A
// file already at path is left as it is, and the case is not created.
func (u *UI) CreateCase(path, title string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists; choose another title or folder, or open it with File › Open…", path)
	}
	analyst := ""
	if me, err := user.Current(); err == nil {
		analyst = me.Name
		if analyst == "" {
			analyst = me.Username
		}
	}
	if err := casefile.Save(path, casefile.New(title, analyst)); err != nil {
		return err
	}
	return u.Open(path)
}

// ShowSaveAs asks for a new file for the case and continues there.
func (u *UI) ShowSaveAs() {
	if u.doc == nil {
		return
	}
	name := strings.TrimSuffix(filepath.Base(u.doc.path), casefile.Extension)
	u.askSavePath(name, casefile.Extension, func(path string) {
		if err := u.SaveAs(path); err != nil {
			u.showError("Not saved", err)
		}
	})
}

// SaveAs writes the case to path and makes path the open case: later
// changes go there, and the old file keeps what it had. An encrypted case
// stays encrypted, with the same passphrase.
func (u *UI) SaveAs(path string) error {
	key := casefile.KeyOf(u.doc.path)
	if err := casefile.SaveKey(path, u.doc.c, key); err != nil {
		return err
	}
	casefile.UseKey(path, key)
	old := u.doc
	if err := u.Open(path); err != nil {
		return err
	}
	// The undo history carries over: it is the same case.
	u.doc.undo, u.doc.redo = old.undo, old.redo
	return nil
}

// SaveNow writes the case at once (Ctrl+S), though autosave would soon.
func (u *UI) SaveNow() {
	if u.doc == nil {
		return
	}
	if u.doc.readOnly != "" {
		u.showError("Read-only", errors.New(u.doc.readOnly))
		return
	}
	u.saveNow()
}

// Recent lists recently opened case files, most recent first.
func (u *UI) Recent() []string {
	var out []string
	for _, s := range u.app.Preferences().StringListWithFallback(prefRecent, nil) {
		if uri, err := storage.ParseURI(s); err == nil && uri.Scheme() == "file" {
			out = append(out, uri.Path())
		}
	}
	return out
}

func (u *UI) addRecent(path string) {
	uri := storage.NewFileURI(path).String()
	list := []string{uri}
	for _, s := range u.app.Preferences().StringListWithFallback(prefRecent, nil) {
		if s != uri && len(list) < maxRecent {
			list = append(list, s)
		}
	}
	u.app.Preferences().SetStringList(prefRecent, list)
	u.win.SetMainMenu(u.mainMenu())
}

// about shows the version and licence.
func (u *UI) about() {
	text := fmt.Sprintf("Casefile %s\n\nRead an incident as a case file, write your judgement beside it and export a briefing, offline.\n\nReleased under the MIT licence.", u.version)
	d := dialog.NewCustom("About Casefile", "Close", container.NewPadded(widget.NewLabel(text)), u.win)
	u.dialog = d
	u.present(d, d.Dismiss)
}
