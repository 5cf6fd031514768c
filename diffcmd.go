package main

import (
	"fmt"
	"io"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/merge"
)

// diffCmd prints what changed between two case files, item by item and
// field by field, with the old and new text; given one file, it prints
// the case as stable text, which is what git's textconv asks of it
// (`git config diff.casefile.textconv "casefile diff"`), so that git diff
// shows a case's changes line by line.
func diffCmd(args []string, stdout, stderr io.Writer) int {
	fs, passFile := cryptFlags("diff", "usage: casefile diff [-passphrase-file P] OLD [NEW]", stderr)
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	fail := failer("casefile diff", stderr)
	if len(files) != 1 && len(files) != 2 {
		fs.Usage()
		return fail(2, "give two case files to compare, or one to print as text")
	}
	p := passphrases{file: *passFile, verb: "casefile diff", stderr: stderr}
	cases := make([]*casefile.Case, len(files))
	for i, path := range files {
		if cases[i], _, err = p.loadCase(path); err != nil {
			return fail(1, "%v", err)
		}
	}
	if len(files) == 1 {
		if err := merge.WriteText(stdout, cases[0]); err != nil {
			return fail(1, "%v", err)
		}
		return 0
	}
	changes, err := merge.Diff(cases[0], cases[1])
	if err != nil {
		return fail(1, "%v", err)
	}
	if len(changes) == 0 {
		fmt.Fprintf(stdout, "%s and %s hold the same case\n", files[0], files[1])
		return 0
	}
	fmt.Fprintf(stdout, "--- %s\n+++ %s\n", files[0], files[1])
	if err := merge.WriteDiff(stdout, changes); err != nil {
		return fail(1, "%v", err)
	}
	return 0
}
