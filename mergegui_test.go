package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/app"
	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// resolveInGUI opens the case file at path in the GUI's model, headless,
// keeps theirs' version of its first conflict as the Conflicts screen's
// Keep theirs does, saves, and waits until the file on disk is as done
// wants it. It then closes the case, which removes its lock file.
func resolveInGUI(t *testing.T, path string, done func(*casefile.Case) bool) {
	t.Helper()
	test.NewTempApp(t)
	u := app.NewUI(fyne.CurrentApp(), "test")
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	u.ShowConflicts()
	if err := u.KeepTheirs(0); err != nil {
		t.Fatal(err)
	}
	u.SaveNow()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if c, err := casefile.Load(path); err == nil && done(c) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the resolution was not saved within 10 s")
		}
	}
	// Opening another case closes this one, and its lock.
	other := filepath.Join(t.TempDir(), "other.casefile")
	if err := os.WriteFile(other, assets.DefaultCase, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := u.Open(other); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(casefile.LockPath(path)); err == nil {
		t.Error("the case's lock file is still there")
	}
}
