package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// homeWith makes a home folder with the folders named, and no XDG
// settings but what the test writes.
func homeWith(t *testing.T, dirs ...string) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("XDG_DOCUMENTS_DIR", "")
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(home, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return home
}

func TestDocumentsFolderIsXDGsThenDocumentsThenHome(t *testing.T) {
	home := homeWith(t, "Papers", "Documents", ".config")
	dirs := filepath.Join(home, ".config", "user-dirs.dirs")
	if err := os.WriteFile(dirs, []byte("# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Papers\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := documentsDir(); got != filepath.Join(home, "Papers") {
		t.Errorf("with user-dirs.dirs naming $HOME/Papers, the documents folder is %q", got)
	}
	os.Remove(dirs)
	if got := documentsDir(); got != filepath.Join(home, "Documents") {
		t.Errorf("without XDG settings, the documents folder is %q, want ~/Documents", got)
	}
	os.Remove(filepath.Join(home, "Documents"))
	if got := documentsDir(); got != home {
		t.Errorf("with no Documents folder, the documents folder is %q, want the home folder", got)
	}
}

func TestNewCaseAsksItsTitleAndSavesInTheDocumentsFolder(t *testing.T) {
	home := homeWith(t, "Documents")
	u, _ := newTestUI(t)
	u.ShowNew()
	n := u.newCase
	f := u.form
	docs := filepath.Join(home, "Documents")
	if n.folder != docs || n.where.Text != docs {
		t.Fatalf("the new case goes to %q (shown %q), want the documents folder %q", n.folder, n.where.Text, docs)
	}
	f.Submit()
	if u.form != f || !strings.Contains(f.Problem("title"), "give the case a title") {
		t.Fatalf("with no title the form says %q", f.Problem("title"))
	}
	test.Type(f.Entries["title"], "APT34 targets Gulf ministries")
	if f.Problem("title") != "" {
		t.Errorf("the title's problem stayed after typing one: %q", f.Problem("title"))
	}
	if n.file.Text != "APT34 targets Gulf ministries.casefile" {
		t.Errorf("the form says the file is %q", n.file.Text)
	}
	f.Submit()
	if u.form != nil {
		t.Fatalf("not created: %q %q", f.Problem("file"), f.general.Text)
	}
	want := filepath.Join(docs, "APT34 targets Gulf ministries.casefile")
	if u.Path() != want || u.Case().Title != "APT34 targets Gulf ministries" {
		t.Fatalf("opened %q titled %q, want %q", u.Path(), u.Case().Title, want)
	}
	for _, part := range strings.Split(u.Path(), string(filepath.Separator)) {
		if strings.HasPrefix(part, ".") {
			t.Errorf("the new case is in a hidden folder: %s", u.Path())
		}
	}

	// A case of the same name is not written over.
	before, _ := os.ReadFile(want)
	u.ShowNew()
	f = u.form
	f.Entries["title"].SetText("APT34 targets Gulf ministries")
	f.Submit()
	if u.form != f || !strings.Contains(f.Problem("file"), "already") {
		t.Errorf("a second case of one title: form open %v, problem %q", u.form == f, f.Problem("file"))
	}
	if after, _ := os.ReadFile(want); string(after) != string(before) {
		t.Error("the existing case file was changed")
	}
}
