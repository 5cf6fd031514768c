package app

import (
	"path/filepath"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

// An export from the GUI is recorded in the case, with the SHA-256 of the
// file written, and undoing an edit made before it keeps the record.
func TestExportIsRecordedInTheCase(t *testing.T) {
	u, _ := newTestUI(t)
	if err := u.edit(func(c *casefile.Case) error { c.Summary += " Edited."; return nil }); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "briefing.md")
	opt := export.Options{MaxMarking: casefile.TLPGreen}
	if err := <-u.Export(path, opt).done; err != nil {
		t.Fatal(err)
	}
	drainUI()
	sum, err := export.FileSHA256(path)
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		r := u.doc.c.ExportBySHA256(sum)
		if r == nil || r.Format != "md" || r.Limit != casefile.TLPGreen || r.File != "briefing.md" {
			t.Fatalf("%s: the case's exports log %+v does not record the export (sha256 %s)", when, u.doc.c.Exports, sum)
		}
	}
	check("after the export")
	if !u.doc.undoEdit() {
		t.Fatal("nothing to undo")
	}
	check("after undoing the edit before it")
	if !u.doc.redoEdit() {
		t.Fatal("nothing to redo")
	}
	check("after redoing it")
}
