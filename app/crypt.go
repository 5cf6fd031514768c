package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// keyWorkFactor is the key derivation work of the passphrases the window
// sets; tests make it cheap.
var keyWorkFactor = casefile.DefaultWorkFactor

// cryptWindow is what a window remembers of encryption between dialogs.
// It is touched on the UI thread only.
type cryptWindow struct {
	exportWarned bool              // the window said an export is not encrypted
	prompt       *passphrasePrompt // the last passphrase dialog shown, for tests
}

var cryptWindows = map[*UI]*cryptWindow{}

func (u *UI) crypt() *cryptWindow {
	cw := cryptWindows[u]
	if cw == nil {
		cw = &cryptWindow{}
		cryptWindows[u] = cw
	}
	return cw
}

// encrypted reports whether the case open is an encrypted case file, that
// this window holds the key of.
func (u *UI) encrypted() bool {
	return u.doc != nil && casefile.KeyOf(u.doc.path) != nil
}

// passwordEntry is a password field that passes Escape on to the window,
// as the forms' fields do.
type passwordEntry struct{ widget.Entry }

func newPasswordEntry(placeholder string) *passwordEntry {
	e := &passwordEntry{}
	e.Password = true
	e.PlaceHolder = placeholder
	e.ExtendBaseWidget(e)
	return e
}

func (e *passwordEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		passEscape(e)
		return
	}
	e.Entry.TypedKey(k)
}

// passphrasePrompt is a dialog asking for passphrases: the one that opens
// a case, a new one (twice), or the current one and a new one. It stays
// open while the key is derived off the UI thread (a second or so), and
// after a wrong passphrase says so and asks again, as often as it takes.
type passphrasePrompt struct {
	dlg          *dialog.CustomDialog
	current      *passwordEntry // the passphrase to check; nil when not asked
	fresh, again *passwordEntry // a new passphrase, twice; nil when not asked
	problem      *widget.Label  // why the last try failed
	bar          *widget.ProgressBarInfinite
	ok, cancel   *widget.Button
	cancelled    bool
	onCancel     func() // what cancelling does besides closing, if anything
	// work runs off the UI thread once the fields pass their checks;
	// done runs on the UI thread with its error. A wrong passphrase asks
	// again; any other outcome closes the dialog.
	work func(current, fresh string) error
	done func(err error)
}

// showPassphrasePrompt shows a passphrase dialog.
func (u *UI) showPassphrasePrompt(title, message, verb string, askCurrent, askNew bool,
	work func(current, fresh string) error, done func(err error)) *passphrasePrompt {
	p := &passphrasePrompt{problem: widget.NewLabel(""), bar: widget.NewProgressBarInfinite(), work: work, done: done}
	p.problem.Importance = widget.DangerImportance
	p.problem.Wrapping = fyne.TextWrapWord
	p.problem.Hide()
	p.bar.Hide()
	form := widget.NewForm()
	if askCurrent {
		label := "Passphrase"
		if askNew {
			label = "Current passphrase"
		}
		p.current = newPasswordEntry("")
		form.Append(label, p.current)
	}
	if askNew {
		p.fresh, p.again = newPasswordEntry(""), newPasswordEntry("")
		form.Append("New passphrase", p.fresh)
		form.Append("Repeat it", p.again)
	}
	for _, e := range p.entries() {
		e.OnSubmitted = func(string) { p.submit(u) }
	}
	p.ok = widget.NewButton(verb, func() { p.submit(u) })
	p.ok.Importance = widget.HighImportance
	p.cancel = widget.NewButton("Cancel", func() { p.close() })
	p.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(wrapped(message), form, p.problem, p.bar), u.win)
	p.dlg.SetButtons([]fyne.CanvasObject{p.cancel, p.ok})
	p.dlg.Resize(fyne.NewSize(560, 0))
	u.crypt().prompt = p
	u.present(p.dlg, p.close)
	u.win.Canvas().Focus(p.entries()[0])
	return p
}

func (p *passphrasePrompt) entries() []*passwordEntry {
	var es []*passwordEntry
	for _, e := range []*passwordEntry{p.current, p.fresh, p.again} {
		if e != nil {
			es = append(es, e)
		}
	}
	return es
}

// submit checks the fields and starts the work.
func (p *passphrasePrompt) submit(u *UI) {
	if p.ok.Disabled() {
		return // working
	}
	switch {
	case p.current != nil && p.current.Text == "":
		p.say("Enter the passphrase.")
		return
	case p.fresh != nil && p.fresh.Text == "":
		p.say("Enter a new passphrase.")
		return
	case p.fresh != nil && p.fresh.Text != p.again.Text:
		p.say("The two new passphrases differ; type them again.")
		p.again.SetText("")
		return
	}
	var current, fresh string
	if p.current != nil {
		current = p.current.Text
	}
	if p.fresh != nil {
		fresh = p.fresh.Text
	}
	p.ok.Disable()
	for _, e := range p.entries() {
		e.Disable()
	}
	p.problem.Hide()
	p.bar.Show()
	p.bar.Start()
	go func() {
		err := p.work(current, fresh)
		runOnUI(func() { p.finished(u, err) })
	}()
}

func (p *passphrasePrompt) finished(u *UI, err error) {
	if p.cancelled {
		return
	}
	p.bar.Stop()
	p.bar.Hide()
	if errors.Is(err, casefile.ErrWrongPassphrase) {
		p.ok.Enable()
		for _, e := range p.entries() {
			e.Enable()
		}
		p.say("Wrong passphrase. Check Caps Lock and the keyboard layout, and try again.")
		if p.current != nil { // it is the one checked
			p.current.SetText("")
			u.win.Canvas().Focus(p.current)
		}
		return
	}
	p.dlg.Hide()
	p.done(err)
}

func (p *passphrasePrompt) say(problem string) {
	p.problem.SetText(problem)
	p.problem.Show()
}

// close cancels the dialog: work under way finishes, but its outcome is
// dropped.
func (p *passphrasePrompt) close() {
	p.cancelled = true
	p.bar.Stop()
	p.dlg.Hide()
	if p.onCancel != nil {
		p.onCancel()
	}
}

// askToUnlock asks for the passphrase of the encrypted case file that
// Load refused, and opens the case with it.
func (u *UI) askToUnlock(enc *casefile.EncryptedError) {
	name := filepath.Base(enc.Path)
	u.setStatus(name + " is encrypted; enter its passphrase to open it")
	var c *casefile.Case
	var k *casefile.Key
	p := u.showPassphrasePrompt("Encrypted case", name+" is encrypted. Enter its passphrase to open it.", "Open", true, false,
		func(current, _ string) (err error) {
			c, k, err = enc.Unlock(current)
			return err
		},
		func(err error) {
			if err != nil {
				u.setStatus("Not opened: " + name)
				u.showLoadError(err)
				return
			}
			u.installUnlocked(enc.Path, c, k)
		})
	p.onCancel = func() { u.setStatus("Not opened: " + name + ", encrypted; no passphrase was given") }
}

// installUnlocked opens a case decrypted with its key.
func (u *UI) installUnlocked(path string, c *casefile.Case, k *casefile.Key) {
	casefile.UseKey(path, k)
	if err := u.install(path, c); err != nil {
		if u.doc == nil || u.doc.path != path {
			casefile.UseKey(path, nil)
		}
		u.showError("Not opened", err)
	}
}

// ShowEncrypt asks for a passphrase and encrypts the open case with it
// (File ▸ Encrypt with a passphrase…).
func (u *UI) ShowEncrypt() {
	d := u.doc
	if d == nil || d.readOnly != "" || u.encrypted() {
		return
	}
	var k *casefile.Key
	u.showPassphrasePrompt("Encrypt with a passphrase",
		"From now on "+filepath.Base(d.path)+" and its backup are saved encrypted, and open only with this passphrase. "+
			"Nobody can recover a forgotten passphrase: without it the case is lost. Exports (briefings, copies of the case file) are not encrypted.",
		"Encrypt", false, true,
		func(_, fresh string) (err error) {
			k, err = casefile.NewKey(fresh, keyWorkFactor)
			return err
		},
		func(err error) { u.resealDone(d, k, err, "Encrypted") })
}

// ShowChangePassphrase asks for the current passphrase and a new one, and
// saves the case encrypted with a new key that the new one wraps (File ▸
// Change passphrase…).
func (u *UI) ShowChangePassphrase() {
	d := u.doc
	if d == nil || d.readOnly != "" || !u.encrypted() {
		return
	}
	old := casefile.KeyOf(d.path)
	var k *casefile.Key
	u.showPassphrasePrompt("Change passphrase",
		filepath.Base(d.path)+" and its backup will open only with the new passphrase.",
		"Change", true, true,
		func(current, fresh string) (err error) {
			if err := old.Check(current); err != nil {
				return err
			}
			// A new case key, not the old one rewrapped: whoever learnt
			// the old passphrase and kept a copy of the file cannot read
			// later saves.
			k, err = casefile.NewKey(fresh, keyWorkFactor)
			return err
		},
		func(err error) { u.resealDone(d, k, err, "Changed the passphrase") })
}

// ShowRemoveEncryption saves the open case unencrypted, after asking
// (File ▸ Remove encryption…).
func (u *UI) ShowRemoveEncryption() {
	d := u.doc
	if d == nil || d.readOnly != "" || !u.encrypted() {
		return
	}
	u.confirm("Remove encryption?",
		filepath.Base(d.path)+" and its backup will be saved unencrypted, readable by anyone who can read their folder.",
		"Remove encryption", func() { u.resealDone(d, nil, nil, "Removed the encryption") })
}

// resealDone saves the case open as d, once its new key is ready (or err
// says why not), encrypted with k or, when k is nil, unencrypted.
func (u *UI) resealDone(d *document, k *casefile.Key, err error, done string) {
	switch {
	case err != nil:
		u.showError("Nothing was changed", err)
	case u.doc != d:
		u.setStatus("The case was closed meanwhile; nothing was changed")
	default:
		if err := u.reseal(k); err != nil {
			u.showError("Nothing was changed", err)
			return
		}
		u.setStatus(fmt.Sprintf("%s %s and its backup at %s", done, filepath.Base(d.path), time.Now().Format("15:04:05")))
	}
}

// reseal saves the open case encrypted with k, or unencrypted when k is
// nil, and has every later save do the same. The changes not yet saved
// are saved first, as the case was stored; the autosaves stop while the
// case is written anew, so that none writes it the old way after.
func (u *UI) reseal(k *casefile.Key) error {
	d := u.doc
	if err := u.flush(); err != nil {
		u.resumeSaving(err)
		return fmt.Errorf("%w\n\nThe case could not be saved as it is, so it was left so", err)
	}
	err := casefile.SaveKey(d.path, d.c, k)
	if err == nil {
		casefile.UseKey(d.path, k)
		d.trackLock()
	}
	u.startSaving(d)
	if err != nil {
		return err
	}
	// Temporary files that crashed saves left may hold the case as it
	// was stored before.
	cleanLeftovers(d.path)
	u.updateMenu()
	return nil
}

// warnUnencryptedExport says, once a session, that what is exported from
// an encrypted case is not encrypted; then, or when there is nothing to
// say, it does next. It reports whether it said so.
func (u *UI) warnUnencryptedExport(next func()) bool {
	if !u.encrypted() || u.crypt().exportWarned {
		return false
	}
	u.crypt().exportWarned = true
	u.confirm("Exports are not encrypted",
		filepath.Base(u.doc.path)+" is encrypted, but what you export from it (a briefing in PDF or Markdown, or a copy of the case file) is written unencrypted. "+
			"Keep it where only its readers can see it. Casefile says this once a session.",
		"Continue", next)
	return true
}

// damagedBackup is the backup a load error offers: that of a damaged
// encrypted case file, when there is one.
func damagedBackup(err error) string {
	var d *casefile.DamagedError
	if errors.As(err, &d) {
		return d.Backup
	}
	return ""
}

// showDamaged says an encrypted case file is damaged and offers to open
// its backup.
func (u *UI) showDamaged(err error, backup string) {
	msg := err.Error()
	d := dialog.NewCustomConfirm("Damaged case file", "Open the backup", "Close", wrapped(msg), func(open bool) {
		if open {
			u.openOrOffer(backup)
		}
	}, u.win)
	u.showSized(d, msg)
}
