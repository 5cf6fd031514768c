package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// TestACaseOpenedThroughASymlinkIsSavedThroughIt: the window that opens
// link.casefile -> case.casefile holds the lock on case.casefile, and its
// saves write case.casefile and leave the link a link.
func TestACaseOpenedThroughASymlinkIsSavedThroughIt(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	target, link := filepath.Join(dir, "case.casefile"), filepath.Join(dir, "link.casefile")
	if err := os.WriteFile(target, assets.DefaultCase, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("case.casefile", link); err != nil {
		t.Fatal(err)
	}
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	if err := u.Open(link); err != nil {
		t.Fatal(err)
	}
	var locked *casefile.LockedError
	if _, err := casefile.AcquireLock(target); !errors.As(err, &locked) {
		t.Fatalf("a second opener of the link's target got %v, want it refused as locked", err)
	}
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	test.Type(u.notes.editor, "through the link")
	id := u.notes.selected
	u.SaveNow()
	waitFor(t, "the note in the target file", func() bool {
		n, ok := loadFile(t, target).Note(id)
		return ok && n.Body == "through the link"
	})
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("after a save the link is no longer a link: %v, %v", info.Mode(), err)
	}
}

func TestASecondWindowOnTheSameFileIsReadOnlyAndToldWho(t *testing.T) {
	u, path := newTestUI(t)
	link := filepath.Join(t.TempDir(), "elsewhere.casefile")
	if err := os.Link(path, link); err != nil {
		t.Fatal(err)
	}
	other := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { other.closeCase(); drainUI() })
	if err := other.Open(link); err != nil {
		t.Fatal(err)
	}
	if other.ReadOnly() == "" {
		t.Fatal("a hard link to an open case opened writable in a second window")
	}
	if !strings.Contains(other.ReadOnly(), "opened as "+path) {
		t.Errorf("the second window says %q, not which path holds the case", other.ReadOnly())
	}
	if u.ReadOnly() != "" {
		t.Error("the first window became read-only")
	}
}

func TestOpeningRemovesWhatACrashedSaveLeft(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "case.casefile")
	if err := os.WriteFile(path, assets.DefaultCase, 0o644); err != nil {
		t.Fatal(err)
	}
	// A save by a process long gone (pid 2^22 + 1 is above Linux's pid
	// limit), and a file of another case beside it.
	dead := filepath.Join(dir, ".case.casefile.tmp-4194305-123456")
	otherCase := filepath.Join(dir, ".other.casefile.tmp-4194305-123456")
	for _, p := range []string{dead, otherCase} {
		if err := os.WriteFile(p, []byte("half a save"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dead); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the crashed save's temporary file is still there: %v", err)
	}
	if _, err := os.Stat(otherCase); err != nil {
		t.Errorf("another case's temporary file was removed: %v", err)
	}
	if !strings.Contains(u.status.Text, "removed 1 temporary file") {
		t.Errorf("status %q does not say what was cleaned up", u.status.Text)
	}
}

func TestAPipeOpensNothingAndSaysWhatItIs(t *testing.T) {
	u, path := newTestUI(t)
	fifo := filepath.Join(t.TempDir(), "pipe.casefile")
	if err := mkfifo(fifo); err != nil {
		t.Fatal(err)
	}
	u.openOrOffer(fifo)
	waitForLoad(t, u)
	if !strings.Contains(u.message, "named pipe") {
		t.Errorf("opening a pipe says %q", u.message)
	}
	if u.Path() != path {
		t.Errorf("the window shows %q, want the case it had", u.Path())
	}
}
