package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// Format is an export format.
type Format string

// Export formats.
const (
	FormatPDF      Format = "pdf"
	FormatMarkdown Format = "md"
	FormatJSON     Format = "json"
)

// Formats lists the export formats.
var Formats = []Format{FormatPDF, FormatMarkdown, FormatJSON}

// Extension is the file name extension for the format, with its dot.
func (f Format) Extension() string {
	if f == FormatJSON {
		return casefile.Extension
	}
	return "." + string(f)
}

// ParseFormat reads a format name; "markdown" and a leading dot are accepted.
func ParseFormat(s string) (Format, error) {
	switch strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), ".") {
	case "pdf":
		return FormatPDF, nil
	case "md", "markdown":
		return FormatMarkdown, nil
	case "json", "casefile":
		return FormatJSON, nil
	}
	return "", fmt.Errorf("unknown export format %q; choose pdf, md or json", s)
}

// WriteFile writes the case in the format to path atomically: a failed or
// cancelled export never leaves a partial file at path, and a file already
// there stays intact. Every format leaves out what opt.MaxMarking
// withholds (Releasable).
func WriteFile(ctx context.Context, path string, f Format, c *casefile.Case, opt Options, progress func(done, total int)) error {
	var write func(io.Writer) error
	switch f {
	case FormatPDF:
		write = func(w io.Writer) error { return PDF(ctx, w, c, opt, progress) }
	case FormatMarkdown:
		write = func(w io.Writer) error { return Markdown(w, c, opt) }
	case FormatJSON:
		write = func(w io.Writer) error { return JSON(w, c, opt) }
	default:
		return fmt.Errorf("unknown export format %q; choose pdf, md or json", f)
	}
	if err := checkTarget(path); err != nil {
		return err
	}
	if opt.MaxMarking != "" {
		if err := c.ReleaseBlocked(); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return casefile.WriteFileAtomic(path, false, write)
}

// JSON writes the case file itself, or with opt.MaxMarking its releasable
// copy, which says what it withheld in its "release" field. The briefing's
// other options do not apply.
func JSON(w io.Writer, c *casefile.Case, opt Options) error {
	opt, err := opt.Normalized()
	if err != nil {
		return err
	}
	r, _ := Releasable(c, opt.MaxMarking)
	return casefile.Encode(w, r)
}

// checkTarget explains in words why path cannot take an export, before any
// work is done.
func checkTarget(path string) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("cannot export to %s: it is a folder; choose a file name inside it", path)
	}
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("cannot export to %s: the folder %s does not exist; choose an existing folder", path, dir)
	case err == nil && !info.IsDir():
		return fmt.Errorf("cannot export to %s: %s is a file, not a folder; choose an existing folder", path, dir)
	}
	return nil
}
