package export

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"pdf": FormatPDF, "PDF": FormatPDF, ".md": FormatMarkdown, "markdown": FormatMarkdown, "json": FormatJSON} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseFormat("docx"); err == nil || !strings.Contains(err.Error(), "pdf, md or json") {
		t.Errorf("ParseFormat(docx) gave %v", err)
	}
}

func TestWriteFileFormats(t *testing.T) {
	c := testCase()
	dir := t.TempDir()
	for _, f := range Formats {
		path := filepath.Join(dir, "out"+f.Extension())
		if err := WriteFile(context.Background(), path, f, c, Options{}, nil); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		switch f {
		case FormatPDF:
			if !strings.HasPrefix(string(data), "%PDF-") {
				t.Error("PDF export is not a PDF")
			}
		case FormatMarkdown:
			if !strings.HasPrefix(string(data), "**TLP:AMBER**") {
				t.Errorf("Markdown export starts %q", string(data[:20]))
			}
		case FormatJSON:
			back, err := casefile.Decode(data)
			if err != nil || back.Title != c.Title || len(back.Statements) != len(c.Statements) {
				t.Errorf("JSON export does not load back: %v", err)
			}
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(Formats) {
		t.Errorf("export left extra files: %d entries", len(entries))
	}
}

func TestWriteFileCancelledLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	c := casefile.Synthetic(500, 1)
	cancelMidway := func() (context.Context, func(int, int)) {
		ctx, cancel := context.WithCancel(context.Background())
		return ctx, func(done, total int) {
			if done > total/4 {
				cancel()
			}
		}
	}

	fresh := filepath.Join(dir, "new.pdf")
	ctx, progress := cancelMidway()
	if err := WriteFile(ctx, fresh, FormatPDF, c, Options{}, progress); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled export returned %v", err)
	}
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("cancelled export left a file: %v", err)
	}

	existing := filepath.Join(dir, "old.pdf")
	if err := os.WriteFile(existing, []byte("the previous briefing"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, progress = cancelMidway()
	if err := WriteFile(ctx, existing, FormatPDF, c, Options{}, progress); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled export returned %v", err)
	}
	if data, _ := os.ReadFile(existing); string(data) != "the previous briefing" {
		t.Errorf("cancelled export changed the existing file to %d bytes", len(data))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		names := []string{}
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("cancelled exports left files behind: %v", names)
	}
}

func TestWriteFileErrorsInWords(t *testing.T) {
	dir := t.TempDir()
	c := testCase()
	err := WriteFile(context.Background(), filepath.Join(dir, "missing", "b.pdf"), FormatPDF, c, Options{}, nil)
	if err == nil || !strings.Contains(err.Error(), "does not exist") || !strings.Contains(err.Error(), "choose an existing folder") {
		t.Errorf("missing folder: %v", err)
	}
	err = WriteFile(context.Background(), dir, FormatMarkdown, c, Options{}, nil)
	if err == nil || !strings.Contains(err.Error(), "it is a folder") {
		t.Errorf("path is a folder: %v", err)
	}
	err = WriteFile(context.Background(), filepath.Join(dir, "x.docx"), Format("docx"), c, Options{}, nil)
	if err == nil || !strings.Contains(err.Error(), "pdf, md or json") {
		t.Errorf("unknown format: %v", err)
	}
}
