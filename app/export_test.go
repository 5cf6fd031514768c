package app

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/export"
)

func TestExportWritesBriefingOffTheUIThread(t *testing.T) {
	u, _ := newTestUI(t)
	u.ShowExport()
	u.exportForm.paper.SetSelected("Letter")
	u.exportForm.sections.SetSelected([]string{"Cover", "Statements"})
	opt := u.exportForm.options()
	if opt.Paper != export.Letter || len(opt.Sections) != 2 || opt.Sections[1] != export.SectionStatements {
		t.Fatalf("options from the dialog: %+v", opt)
	}
	u.dialog.Hide()

	path := filepath.Join(t.TempDir(), "briefing.pdf")
	if err := <-u.Export(path, opt).done; err != nil {
		t.Fatal(err)
	}
	drainUI()
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF at %s: %v", path, err)
	}
	if !strings.HasPrefix(u.status.Text, "Exported the briefing") {
		t.Errorf("status %q", u.status.Text)
	}
}

func TestCancelledOrFailedExportLeavesNoFile(t *testing.T) {
	u, _ := newTestUI(t)
	path := filepath.Join(t.TempDir(), "briefing.pdf")
	run := u.Export(path, export.Options{})
	run.cancel()
	if err := <-run.done; err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled export: %v", err)
	}
	if err := <-u.Export(filepath.Join(t.TempDir(), "no such folder", "b.pdf"), export.Options{}).done; err == nil {
		t.Fatal("export into a missing folder succeeded")
	}
	drainUI()
	if !strings.Contains(u.message, "does not exist") || !strings.Contains(u.message, "No file was written") {
		t.Errorf("error dialog says %q", u.message)
	}
	// The empty file a save dialog leaves is removed when the export fails.
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := <-u.exportTo(path, export.Options{Paper: "B5"}, true).done; err == nil {
		t.Fatal("export on B5 paper succeeded")
	}
	waitFor(t, "the placeholder removed", func() bool {
		_, err := os.Stat(path)
		return errors.Is(err, os.ErrNotExist)
	})
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if e.Name() != "briefing.pdf" {
			t.Errorf("left behind %s", e.Name())
		}
	}
}

func TestBriefingNameComesFromTheCaseTitle(t *testing.T) {
	for _, tc := range []struct{ title, path, want string }{
		{"Albania cuts diplomatic ties with Iran over July 2022 cyberattack", "/d/default.casefile",
			"Albania cuts diplomatic ties with Iran over July 2022 - briefing"},
		{"APT34: who/what? \"OilRig\"", "/d/x.casefile", "APT34 who what OilRig - briefing"},
		{"   ", "/d/my case.casefile", "my case - briefing"},
		{strings.Repeat("x", 80), "/d/y.casefile", strings.Repeat("x", 80) + " - briefing"},
	} {
		if got := briefingName(tc.title, tc.path); got != tc.want {
			t.Errorf("briefingName(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
