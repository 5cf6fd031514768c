package app

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

// cheapKeys makes the window's key derivations take a millisecond.
func cheapKeys(t *testing.T) {
	t.Helper()
	prev := keyWorkFactor
	keyWorkFactor = 10
	t.Cleanup(func() { keyWorkFactor = prev })
}

// newToken is a word found nowhere but where a test puts it.
func newToken() string {
	b := make([]byte, 12)
	rand.Read(b)
	return "leaktoken" + hex.EncodeToString(b)
}

// tokenCaseFile writes the default case with token in its summary and a
// note to a new folder, unencrypted, and returns its path.
func tokenCaseFile(t *testing.T, token string) string {
	t.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	c.Summary += " " + token
	c.Notes[0].Body += "\n\n" + token
	path := filepath.Join(t.TempDir(), "secret.casefile")
	if err := casefile.SaveKey(path, c, nil); err != nil {
		t.Fatal(err)
	}
	return path
}

// encryptedCaseFile is tokenCaseFile encrypted with passphrase.
func encryptedCaseFile(t *testing.T, token, passphrase string) string {
	t.Helper()
	path := tokenCaseFile(t, token)
	c, err := casefile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	k, err := casefile.NewKey(passphrase, 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := casefile.SaveKey(path, c, k); err != nil {
		t.Fatal(err)
	}
	return path
}

// noPlaintextIn fails the test if any file in dir holds the token or the
// start of a case file in plaintext, and returns the files' names.
func noPlaintextIn(t *testing.T, dir, token string, except ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
outer:
	for _, e := range entries {
		for _, x := range except {
			if e.Name() == x {
				continue outer
			}
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, e.Name())
		for _, sign := range []string{token, `"format": "casefile"`} {
			if bytes.Contains(data, []byte(sign)) {
				t.Errorf("%s holds %q in plaintext", e.Name(), sign)
			}
		}
	}
	return names
}

// unlockFile opens an encrypted case file with its passphrase, as another
// Casefile would: a copy of it, which the window holds no key for.
func unlockFile(t *testing.T, path, passphrase string) *casefile.Case {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), filepath.Base(path))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = casefile.Load(path)
	var enc *casefile.EncryptedError
	if !errors.As(err, &enc) {
		t.Fatalf("%s is not an encrypted case file: %v", path, err)
	}
	c, _, err := enc.Unlock(passphrase)
	if err != nil {
		t.Fatalf("unlocking %s: %v", path, err)
	}
	return c
}

// menuEnabled says which of the File menu's items are enabled.
func menuEnabled(u *UI, labels ...string) map[string]bool {
	on := map[string]bool{}
	for _, it := range u.win.MainMenu().Items[0].Items {
		for _, l := range labels {
			if it.Label == l {
				on[l] = !it.Disabled
			}
		}
	}
	return on
}

var cryptItems = []string{"Encrypt with a passphrase…", "Change passphrase…", "Remove encryption…"}

func wantCryptMenu(t *testing.T, u *UI, encrypt, change, remove bool) {
	t.Helper()
	on := menuEnabled(u, cryptItems...)
	if len(on) != 3 || on[cryptItems[0]] != encrypt || on[cryptItems[1]] != change || on[cryptItems[2]] != remove {
		t.Errorf("File menu enables %v; want %s %v, %s %v, %s %v", on, cryptItems[0], encrypt, cryptItems[1], change, cryptItems[2], remove)
	}
}

// answer fills the passphrase dialog showing and taps its button.
func answer(t *testing.T, u *UI, current, fresh, again string) *passphrasePrompt {
	t.Helper()
	p := u.crypt().prompt
	if p == nil {
		t.Fatal("no passphrase dialog was shown")
	}
	for _, f := range []struct {
		e *passwordEntry
		s string
	}{{p.current, current}, {p.fresh, fresh}, {p.again, again}} {
		if f.e != nil {
			f.e.SetText("")
			test.Type(f.e, f.s)
		}
	}
	test.Tap(p.ok)
	return p
}

// dialogGone waits until no dialog shows.
func dialogGone(t *testing.T, u *UI, what string) {
	t.Helper()
	waitFor(t, what, func() bool { return u.win.Canvas().Overlays().Top() == nil })
}

func TestEncryptChangeAndRemoveFromTheFileMenu(t *testing.T) {
	cheapKeys(t)
	test.NewTempApp(t)
	token := newToken()
	path := tokenCaseFile(t, token)
	dir := filepath.Dir(path)
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	wantCryptMenu(t, u, false, false, false) // no case open
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	wantCryptMenu(t, u, true, false, false)

	// Encrypt: the two passphrases must match, and may be typed again.
	u.ShowEncrypt()
	p := answer(t, u, "", "first passphrase", "first passphrase!")
	if !strings.Contains(p.problem.Text, "differ") || u.encrypted() {
		t.Fatalf("differing passphrases: problem %q, encrypted %v", p.problem.Text, u.encrypted())
	}
	answer(t, u, "", "first passphrase", "first passphrase")
	waitFor(t, "the case encrypted", u.encrypted)
	dialogGone(t, u, "the dialog closed")
	wantCryptMenu(t, u, false, true, true)
	if !strings.HasPrefix(u.status.Text, "Encrypted secret.casefile and its backup") {
		t.Errorf("status %q", u.status.Text)
	}
	names := noPlaintextIn(t, dir, token)
	if strings.Join(names, " ") != ".secret.casefile.lock secret.casefile secret.casefile.bak" {
		t.Errorf("the folder holds %q", names)
	}
	unlockFile(t, path, "first passphrase")
	unlockFile(t, casefile.BackupPath(path), "first passphrase")

	// Autosaves are encrypted.
	note := newToken()
	if err := u.edit(func(c *casefile.Case) error {
		_, err := c.AddNote(casefile.Note{Target: casefile.Target{Kind: casefile.OnCase}, Body: note})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	u.saveNow()
	waitFor(t, "the note saved", func() bool {
		c, err := casefile.Load(path) // with the window's key
		return err == nil && strings.Contains(c.Notes[len(c.Notes)-1].Body, note)
	})
	noPlaintextIn(t, dir, token)
	noPlaintextIn(t, dir, note)

	// Change passphrase: the current one is checked first.
	u.ShowChangePassphrase()
	p = answer(t, u, "not it", "second passphrase", "second passphrase")
	waitFor(t, "the wrong passphrase refused", func() bool { return !p.ok.Disabled() })
	if !strings.Contains(p.problem.Text, "Wrong passphrase") {
		t.Errorf("after a wrong current passphrase the dialog says %q", p.problem.Text)
	}
	answer(t, u, "first passphrase", "second passphrase", "second passphrase")
	dialogGone(t, u, "the passphrase changed")
	for _, f := range []string{path, casefile.BackupPath(path)} {
		c := unlockFile(t, f, "second passphrase")
		if f == path && !strings.Contains(c.Notes[len(c.Notes)-1].Body, note) {
			t.Errorf("the case with the new passphrase lost the note")
		}
		data, _ := os.ReadFile(f)
		copied := filepath.Join(t.TempDir(), "copy.casefile")
		os.WriteFile(copied, data, 0o644)
		_, err := casefile.Load(copied)
		var enc *casefile.EncryptedError
		if !errors.As(err, &enc) {
			t.Fatalf("%s: %v", filepath.Base(f), err)
		}
		if _, _, err := enc.Unlock("first passphrase"); !errors.Is(err, casefile.ErrWrongPassphrase) {
			t.Errorf("the old passphrase still opens %s: %v", filepath.Base(f), err)
		}
	}
	noPlaintextIn(t, dir, token)

	// Remove encryption, after a confirmation.
	u.ShowRemoveEncryption()
	confirmDialog(t, u)
	if u.encrypted() {
		t.Fatal("the case is still encrypted")
	}
	wantCryptMenu(t, u, true, false, false)
	for _, f := range []string{path, casefile.BackupPath(path)} {
		data, _ := os.ReadFile(f)
		if !bytes.Contains(data, []byte(note)) {
			t.Errorf("%s is not the case unencrypted", filepath.Base(f))
		}
	}
}

func TestOpeningEncryptedCaseAsksForPassphraseAsOftenAsNeeded(t *testing.T) {
	test.NewTempApp(t)
	token := newToken()
	path := encryptedCaseFile(t, token, "the passphrase")
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.openOrOffer(path)
	waitFor(t, "the passphrase asked for", func() bool { return u.crypt().prompt != nil })
	if u.doc != nil || !strings.Contains(u.status.Text, "is encrypted") {
		t.Fatalf("before the passphrase: doc %v, status %q", u.doc != nil, u.status.Text)
	}
	for i := range 3 {
		p := answer(t, u, "wrong "+string(rune('a'+i)), "", "")
		waitFor(t, "the wrong passphrase refused", func() bool { return !p.ok.Disabled() })
		if !strings.Contains(p.problem.Text, "Wrong passphrase") || u.doc != nil || p.current.Text != "" {
			t.Fatalf("wrong passphrase %d: problem %q, opened %v, field %q", i, p.problem.Text, u.doc != nil, p.current.Text)
		}
	}
	answer(t, u, "the passphrase", "", "")
	waitFor(t, "the case open", func() bool { return u.doc != nil })
	dialogGone(t, u, "the dialog closed")
	if !u.encrypted() || !strings.Contains(u.status.Text, "encrypted") || !strings.Contains(u.Case().Summary, token) {
		t.Errorf("opened: encrypted %v, status %q", u.encrypted(), u.status.Text)
	}
	wantCryptMenu(t, u, false, true, true)

	// Reopening it keeps its key; closing it forgets the key.
	if err := u.Open(path); err != nil {
		t.Fatalf("reopening: %v", err)
	}
	u.closeCase()
	if casefile.KeyOf(path) != nil {
		t.Error("the key outlived the case")
	}
	if _, err := casefile.Load(path); !errors.As(err, new(*casefile.EncryptedError)) {
		t.Errorf("after closing, Load = %v; want it to need the passphrase", err)
	}
}

func TestDamagedEncryptedCaseOffersItsBackup(t *testing.T) {
	test.NewTempApp(t)
	path := encryptedCaseFile(t, newToken(), "the passphrase")
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(casefile.BackupPath(path), data, 0o644); err != nil {
		t.Fatal(err)
	}
	data[len(data)/2] ^= 1
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.openOrOffer(path)
	waitFor(t, "the damage reported", func() bool { return u.dialog != nil })
	if !strings.Contains(u.message, "damaged encrypted case file") || !strings.Contains(u.message, "secret.casefile.bak") {
		t.Errorf("the dialog says %q", u.message)
	}
	if u.crypt().prompt != nil {
		t.Error("a damaged file asked for its passphrase")
	}
	if _, ok := u.dialog.(*dialog.ConfirmDialog); !ok {
		t.Fatalf("showing %T, want the offer of the backup", u.dialog)
	}
	confirmDialog(t, u)
	waitFor(t, "the backup's passphrase asked for", func() bool { return u.crypt().prompt != nil })
	answer(t, u, "the passphrase", "", "")
	waitFor(t, "the backup open", func() bool { return u.doc != nil })
	if u.doc.path != casefile.BackupPath(path) {
		t.Errorf("opened %s, want the backup", u.doc.path)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
		t.Error("the damaged file was changed")
	}
}

func TestExportOfEncryptedCaseWarnsOnce(t *testing.T) {
	test.NewTempApp(t)
	token := newToken()
	path := encryptedCaseFile(t, token, "the passphrase")
	casefile.UseKey(path, nil)
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.openOrOffer(path)
	waitFor(t, "the passphrase asked for", func() bool { return u.crypt().prompt != nil })
	answer(t, u, "the passphrase", "", "")
	waitFor(t, "the case open", func() bool { return u.doc != nil })

	u.ShowExport()
	if !strings.Contains(u.message, "is encrypted, but what you export from it") || u.exportForm != nil {
		t.Fatalf("first export: message %q, export dialog %v", u.message, u.exportForm != nil)
	}
	confirmDialog(t, u)
	if u.exportForm == nil {
		t.Fatal("Continue did not go on to the export dialog")
	}
	u.dialog.Hide()
	u.exportForm = nil
	warning := u.message
	u.ShowExport()
	if u.exportForm == nil || u.message != warning {
		t.Errorf("the second export warned again (%q) or showed no export dialog", u.message)
	}
	u.dialog.Hide()

	// Exports elsewhere leave nothing in the case's folder, and what they
	// write is the unencrypted export itself.
	out := t.TempDir()
	for _, name := range []string{"b.pdf", "b.md", "copy.casefile"} {
		if err := <-u.Export(filepath.Join(out, name), export.Options{}).done; err != nil {
			t.Fatal(err)
		}
	}
	drainUI()
	noPlaintextIn(t, filepath.Dir(path), token)
	if names := noPlaintextIn(t, out, token, "b.pdf", "b.md", "copy.casefile"); len(names) != 0 {
		t.Errorf("the exports left %q", names)
	}
	if data, _ := os.ReadFile(filepath.Join(out, "copy.casefile")); !bytes.Contains(data, []byte(token)) {
		t.Error("the exported case file is not the case unencrypted")
	}
}

func TestSaveAsKeepsEncryption(t *testing.T) {
	test.NewTempApp(t)
	token := newToken()
	path := encryptedCaseFile(t, token, "the passphrase")
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.openOrOffer(path)
	waitFor(t, "the passphrase asked for", func() bool { return u.crypt().prompt != nil })
	answer(t, u, "the passphrase", "", "")
	waitFor(t, "the case open", func() bool { return u.doc != nil })
	other := filepath.Join(t.TempDir(), "copy.casefile")
	if err := u.SaveAs(other); err != nil {
		t.Fatal(err)
	}
	if u.doc.path != other || !u.encrypted() {
		t.Fatalf("after Save as: open %s, encrypted %v", u.doc.path, u.encrypted())
	}
	unlockFile(t, other, "the passphrase")
	noPlaintextIn(t, filepath.Dir(other), token)
	if casefile.KeyOf(path) != nil {
		t.Error("the old file's key outlived its closing")
	}
}

func TestEncryptionItemsNeedAnEditableCase(t *testing.T) {
	test.NewTempApp(t)
	t.Setenv("TMPDIR", t.TempDir())
	path := encryptedCaseFile(t, newToken(), "the passphrase")
	lock, err := casefile.AcquireLock(path) // another Casefile has it open
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.openOrOffer(path)
	waitFor(t, "the passphrase asked for", func() bool { return u.crypt().prompt != nil })
	answer(t, u, "the passphrase", "", "")
	waitFor(t, "the case open", func() bool { return u.doc != nil })
	if u.doc.readOnly == "" {
		t.Fatal("the case opened editable though locked")
	}
	wantCryptMenu(t, u, false, false, false)
}

func TestFailedEncryptionChangesNothing(t *testing.T) {
	cheapKeys(t)
	test.NewTempApp(t)
	token := newToken()
	path := tokenCaseFile(t, token)
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	// The case file becomes a folder: no save can replace it.
	if err := os.Rename(path, path+".moved"); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	u.ShowEncrypt()
	answer(t, u, "", "passphrase", "passphrase")
	waitFor(t, "the failure reported", func() bool { return strings.Contains(u.message, "it is a folder") })
	if u.encrypted() {
		t.Error("a failed encryption left the case encrypted")
	}
	wantCryptMenu(t, u, true, false, false)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".moved", path); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Error("the failed encryption changed the case file")
	}
	// Saving goes on, unencrypted, and encrypting works once it can.
	u.ShowEncrypt()
	answer(t, u, "", "passphrase", "passphrase")
	waitFor(t, "the case encrypted", u.encrypted)
	noPlaintextIn(t, filepath.Dir(path), token)
}

func TestCancellingThePassphraseOpensNothing(t *testing.T) {
	test.NewTempApp(t)
	path := encryptedCaseFile(t, newToken(), "the passphrase")
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.openOrOffer(path)
	waitFor(t, "the passphrase asked for", func() bool { return u.crypt().prompt != nil })
	u.escape()
	if u.doc != nil || !strings.Contains(u.status.Text, "no passphrase was given") {
		t.Errorf("after Escape: open %v, status %q", u.doc != nil, u.status.Text)
	}
	dialogGone(t, u, "the dialog closed")
}
