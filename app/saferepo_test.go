package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

func TestSaveDialogWriterLeavesChosenFileIntactUntilWritten(t *testing.T) {
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "precious.casefile")
	if err := os.WriteFile(path, []byte("the analyst's work"), 0o644); err != nil {
		t.Fatal(err)
	}
	protectFilesFromSaveDialogs()
	protectFilesFromSaveDialogs() // installing twice must not wrap twice

	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "the analyst's work" {
		t.Fatalf("taking and closing a writer changed the file to %q", got)
	}

	w, err = storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Fatalf("writing through the writer gave %q, want %q", got, "new")
	}

	missing := filepath.Join(t.TempDir(), "new.casefile")
	w, _ = storage.Writer(storage.NewFileURI(missing))
	w.Close()
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("an unused writer created %s", missing)
	}
	if ok, err := storage.CanList(storage.NewFileURI(filepath.Dir(path))); err != nil || !ok {
		t.Errorf("the file dialogs can no longer list folders: %v, %v", ok, err)
	}
}
