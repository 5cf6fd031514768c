package app

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

func TestExportTargetFollowsTheNameGiven(t *testing.T) {
	for _, tc := range []struct {
		path   string
		chosen export.Format
		want   string
		format export.Format
	}{
		{"/d/briefing", export.FormatPDF, "/d/briefing.pdf", export.FormatPDF},
		{"/d/briefing", export.FormatMarkdown, "/d/briefing.md", export.FormatMarkdown},
		{"/d/x.md", export.FormatPDF, "/d/x.md", export.FormatMarkdown},
		{"/d/X.MD", export.FormatPDF, "/d/X.MD", export.FormatMarkdown},
		{"/d/x.pdf", export.FormatMarkdown, "/d/x.pdf", export.FormatPDF},
		{"/d/copy.casefile", export.FormatPDF, "/d/copy.casefile", export.FormatJSON},
		{"/d/notes.txt", export.FormatMarkdown, "/d/notes.txt.md", export.FormatMarkdown},
	} {
		if got, f := exportTarget(tc.path, tc.chosen); got != tc.want || f != tc.format {
			t.Errorf("exportTarget(%q, %s) = %q, %s; want %q, %s", tc.path, tc.chosen, got, f, tc.want, tc.format)
		}
	}
}

// exportThroughDialog exports with the dialog's format as chosen, to the
// file name typed in the save dialog, and returns the export's result.
func exportThroughDialog(t *testing.T, u *UI, format, typed string) error {
	t.Helper()
	u.ShowExport()
	u.exportForm.format.SetSelected(format)
	u.fileChosen = nil
	confirmDialog(t, u)
	if u.fileChosen == nil {
		t.Fatalf("exporting as %s asked for no file", format)
	}
	u.exporting = nil
	u.fileChosen(typed)
	if u.exporting == nil {
		t.Fatalf("no export started for %s", typed)
	}
	err := <-u.exporting.done
	drainUI()
	return err
}

func TestExportOffersMarkdownAndTheCaseFileBesidePDF(t *testing.T) {
	u, _ := newTestUI(t)
	u.ShowExport()
	var labels []string
	for _, ef := range exportFormats {
		labels = append(labels, ef.label)
	}
	if got := u.exportForm.format.Options; !slices.Equal(got, labels) || len(got) != 4 { // PDF, Markdown, case file, STIX
		t.Fatalf("the export dialog offers %q", got)
	}
	u.exportForm.format.SetSelected("Briefing (Markdown)")
	if !u.exportForm.paper.Disabled() || u.exportForm.order.Disabled() {
		t.Error("for Markdown the paper should be disabled and the order not")
	}
	u.exportForm.format.SetSelected("Case file")
	if !u.exportForm.order.Disabled() || u.exportForm.sections.boxes[0].Disabled() == false {
		t.Error("for a case file the briefing's layout should be disabled")
	}
	u.dialog.Hide()

	dir := t.TempDir()
	if err := exportThroughDialog(t, u, "Briefing (Markdown)", filepath.Join(dir, "notes")); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(dir, "notes.md"))
	if err != nil || bytes.HasPrefix(md, []byte("%PDF")) || !bytes.Contains(md, []byte("# ")) {
		t.Fatalf("notes.md: %v, starts %q", err, md[:min(len(md), 20)])
	}

	// x.md typed with PDF chosen is Markdown, never x.md.pdf.
	if err := exportThroughDialog(t, u, "Briefing (PDF)", filepath.Join(dir, "x.md")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.md.pdf")); err == nil {
		t.Error("x.md was written as x.md.pdf")
	}
	if data, err := os.ReadFile(filepath.Join(dir, "x.md")); err != nil || bytes.HasPrefix(data, []byte("%PDF")) {
		t.Errorf("x.md: %v, a PDF: %v", err, bytes.HasPrefix(data, []byte("%PDF")))
	}
	if u.status.Text != "Exported the briefing as Markdown to "+filepath.Join(dir, "x.md") {
		t.Errorf("status %q", u.status.Text)
	}

	if err := exportThroughDialog(t, u, "Case file", filepath.Join(dir, "copy")); err != nil {
		t.Fatal(err)
	}
	c, err := casefile.Load(filepath.Join(dir, "copy.casefile"))
	if err != nil || len(c.Statements) != len(u.Case().Statements) {
		t.Fatalf("the case file export: %v", err)
	}
	// Never over the case open now.
	u.ShowExport()
	u.exportForm.format.SetSelected("Case file")
	confirmDialog(t, u)
	u.exporting = nil
	before, _ := os.ReadFile(u.Path())
	u.fileChosen(u.Path())
	if after, _ := os.ReadFile(u.Path()); u.exporting != nil || !bytes.Equal(before, after) || !strings.Contains(u.message, "the case open now") {
		t.Errorf("exporting over the open case: started %v, file changed %v, message %q", u.exporting != nil, !bytes.Equal(before, after), u.message)
	}
	u.dialog.Hide()

	if err := exportThroughDialog(t, u, "Briefing (PDF)", filepath.Join(dir, "brief")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "brief.pdf")); !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Error("brief.pdf is not a PDF")
	}
}
