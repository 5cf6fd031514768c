package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
	"github.com/casefile/casefile/stix"
)

// formatSTIX is export -format stix: the stix package writes it, not
// export.
const formatSTIX export.Format = "stix"

// importCmd makes a case file of a STIX 2.1 bundle and says what it mapped
// and kept. It never writes over the bundle, nor over an existing file
// without -force (and then keeps that file as its backup, as a save does),
// and writes nothing when the bundle cannot be imported whole.
func importCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: casefile import [-o CASE] [-force] BUNDLE.json")
	}
	out := fs.String("o", "", "the case file to write (default: the bundle's name, with "+casefile.Extension+")")
	force := fs.Bool("force", false, "replace an existing -o file, keeping it as its backup")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "casefile import: "+format+"\n", a...)
		return code
	}
	if len(files) != 1 {
		fs.Usage()
		return fail(2, "give exactly one STIX bundle to import")
	}
	bundle := files[0]
	if *out == "" {
		*out = strings.TrimSuffix(bundle, filepath.Ext(bundle)) + casefile.Extension
	}
	if samePath(bundle, *out) {
		return fail(1, "%s is the bundle itself; writing the case over it would destroy the bundle; choose another -o", *out)
	}
	if _, err := os.Lstat(*out); err == nil && !*force {
		return fail(1, "%s already exists; choose another -o, or replace it with -force (the file there is kept as %s)",
			*out, filepath.Base(casefile.BackupPath(*out)))
	}
	data, err := readBundle(bundle)
	if err != nil {
		return fail(1, "%v\n%s was not written", err, *out)
	}
	c, rep, err := stix.ImportWith(data, nil, stix.Options{Name: filepath.Base(bundle), Context: context.Background()})
	if err != nil {
		return fail(1, "%v\n%s was not written", err, *out)
	}
	if err := writeImported(*out, c); err != nil {
		return fail(1, "%v", err)
	}
	fmt.Fprintf(stdout, "wrote %s from %s: %s\n", *out, bundle, summary(c))
	for _, line := range rep.Lines() {
		fmt.Fprintln(stdout, line)
	}
	return 0
}

// readBundle reads a bundle file, refusing anything but a regular file and
// one larger than Casefile imports before reading it.
func readBundle(path string) ([]byte, error) {
	f, info, err := casefile.OpenRegular(path, "a STIX bundle")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > stix.MaxBundleSize {
		return nil, &stix.Error{Name: filepath.Base(path), Err: fmt.Errorf("the bundle is %.1f MB, more than the %d MB Casefile imports; split it into smaller bundles",
			float64(info.Size())/(1<<20), stix.MaxBundleSize>>20)}
	}
	return io.ReadAll(io.LimitReader(f, stix.MaxBundleSize+1))
}

// writeImported saves the case crash-safely at path, refusing one too large
// to open again and a file another Casefile has open.
func writeImported(path string, c *casefile.Case) error {
	var size countingWriter
	if err := casefile.Encode(&size, c); err != nil {
		return err
	}
	if size > casefile.MaxFileSize {
		return fmt.Errorf("the case would be %.1f MB, more than the %d MB a case file may be; import a smaller bundle. %s was not written",
			float64(size)/(1<<20), casefile.MaxFileSize>>20, path)
	}
	if _, err := os.Lstat(path); err == nil {
		lock, err := casefile.AcquireLock(path)
		if err != nil {
			return fmt.Errorf("%w; %s was not replaced", err, path)
		}
		defer lock.Release()
	}
	if err := casefile.Save(path, c); err != nil {
		var ps casefile.Problems
		if errors.As(err, &ps) {
			return fmt.Errorf("the bundle made an invalid case: %w", ps)
		}
		return err
	}
	return nil
}

type countingWriter int64

func (w *countingWriter) Write(p []byte) (int, error) {
	*w += countingWriter(len(p))
	return len(p), nil
}

// writeExport writes c, the releasable copy export.Releasable made of orig
// (or orig itself), in the format: a STIX bundle here, with the kept
// objects the release may hold; the briefing or case file by export.
func writeExport(out string, f export.Format, orig, c *casefile.Case, opt export.Options) (keptWithheld int, err error) {
	if f != formatSTIX {
		// export releases the case itself, and Release does not read kept
		// objects: it is given only those the limit allows.
		return 0, export.WriteFile(context.Background(), out, f, casefile.WithKeptReleasable(orig, opt.MaxMarking), opt, nil)
	}
	if opt.MaxMarking != "" {
		if err := orig.ReleaseBlocked(); err != nil {
			return 0, err
		}
	}
	if c != orig {
		keptWithheld = casefile.ReleaseKept(orig, c)
	}
	var b bytes.Buffer
	if err := stix.ExportTo(&b, c); err != nil {
		return 0, err
	}
	return keptWithheld, casefile.WriteFileAtomic(out, false, func(w io.Writer) error {
		_, err := w.Write(b.Bytes())
		return err
	})
}
