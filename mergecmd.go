package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/merge"
)

// mergeCmd merges two versions of a case with their common ancestor,
// item by item (package merge), and writes the merged case to OURS, or to
// -o OUT: what git asks of a merge driver, `casefile merge %O %A %B`. The
// exit status is 0 for a clean merge, 1 when the merged case holds
// conflicts (git then reports the file conflicted) and 2 when nothing
// could be merged, nothing being written then.
func mergeCmd(args []string, stdout, stderr io.Writer) int {
	fs, passFile := cryptFlags("merge", "usage: casefile merge [-o OUT] [-passphrase-file P] BASE OURS THEIRS", stderr)
	out := fs.String("o", "", "write the merged case here rather than over OURS")
	quiet := fs.Bool("q", false, "say nothing of a clean merge")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	fail := failer("casefile merge", stderr)
	if len(files) != 3 {
		fs.Usage()
		return fail(2, "give three case files: the common ancestor, ours (merged into) and theirs")
	}
	base, ours, theirs := files[0], files[1], files[2]
	if *out == "" {
		*out = ours
	}
	var lock *casefile.Lock
	if _, err := os.Stat(*out); err == nil {
		if lock, err = lockForCommand(*out); err != nil {
			return fail(2, "%v", err)
		}
		defer lock.Release()
	}
	cases, key, err := loadVersions(files, passphrases{file: *passFile, verb: "casefile merge", stderr: stderr})
	if err != nil {
		return fail(2, "%v; nothing was written", err)
	}
	merged, found, err := merge.Merge(cases[0], cases[1], cases[2])
	if err != nil {
		return fail(2, "%v; nothing was written", err)
	}
	if err := writeMerged(*out, merged, key); err != nil {
		return fail(2, "%v", err)
	}
	if len(merged.Conflicts) == 0 {
		if !*quiet {
			fmt.Fprintf(stdout, "merged %s into %s (ancestor %s): no conflicts\n", theirs, *out, base)
		}
		return 0
	}
	fmt.Fprintf(stderr, "casefile merge: %s holds %s; resolve %s on Casefile's Conflicts screen:\n", *out,
		casefile.Count(len(merged.Conflicts), "conflict", "conflicts"), map[bool]string{true: "it", false: "them"}[len(merged.Conflicts) == 1])
	for _, x := range merged.Conflicts {
		fmt.Fprintf(stderr, "  %s\n", describeConflict(merged, x))
	}
	if carried := len(merged.Conflicts) - len(found); carried > 0 {
		fmt.Fprintf(stderr, "  (%d of them unresolved before this merge)\n", carried)
	}
	return 1
}

// describeConflict says what a conflict is about, in a line.
func describeConflict(c *casefile.Case, x casefile.Conflict) string {
	item := merge.Current(c, casefile.Conflict{Kind: x.Kind, ID: x.ID})
	if item == nil {
		item = x.Theirs // an item left out, theirs' kept in the conflict
	}
	what := merge.Label(x.Kind, item)
	switch {
	case x.Field != "" && x.Both:
		return fmt.Sprintf("%s: %s changed both ways; it holds both texts, marked", what, x.Field)
	case x.Field != "":
		return fmt.Sprintf("%s: %s changed both ways; it holds ours", what, x.Field)
	case len(x.Ours) == 0:
		return fmt.Sprintf("%s: deleted by ours, changed or still needed by theirs; it is kept", what)
	case len(x.Theirs) == 0:
		return fmt.Sprintf("%s: deleted by theirs, changed or still needed by ours; it is kept", what)
	}
	return fmt.Sprintf("%s: theirs' version cannot be merged into ours; it holds ours", what)
}

// loadVersions loads the three versions, at once. An empty ancestor (git's
// for a file both sides added) is none. An encrypted version is unlocked
// with its passphrase; key is ours' key, which the merged case is
// encrypted with, or nil when ours is not encrypted.
func loadVersions(files []string, p passphrases) (cases [3]*casefile.Case, key *casefile.Key, err error) {
	var errs [3]error
	var wg sync.WaitGroup
	for i, path := range files {
		if i == 0 && isEmptyCase(path) {
			continue
		}
		wg.Go(func() { cases[i], errs[i] = casefile.Load(path) })
	}
	wg.Wait()
	for i, path := range files {
		var enc *casefile.EncryptedError
		if errors.As(errs[i], &enc) {
			var k *casefile.Key
			if cases[i], k, errs[i] = p.unlock(enc); i == 1 {
				key = k
			}
		}
		if errs[i] != nil {
			return cases, nil, fmt.Errorf("%s: %w", path, errs[i])
		}
	}
	return cases, key, nil
}

// isEmptyCase reports whether path is a regular file with nothing but
// white space in it.
func isEmptyCase(path string) bool {
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() > 4096 {
		return false
	}
	data, err := os.ReadFile(path)
	return err == nil && len(bytes.TrimSpace(data)) == 0
}

// writeMerged writes the merged case atomically: the file at path holds
// it whole, or, on any error, what it held. A merge keeps no backup (in a
// git work tree, OURS is git's own temporary file), but an encrypted one,
// which Save writes with its backup; that backup is removed again when
// there was none.
func writeMerged(path string, c *casefile.Case, key *casefile.Key) error {
	if key == nil {
		return casefile.WriteFileAtomic(path, false, func(w io.Writer) error { return casefile.Encode(w, c) })
	}
	bak := casefile.BackupPath(path)
	_, statErr := os.Lstat(bak)
	if err := casefile.SaveKey(path, c, key); err != nil {
		return err
	}
	if errors.Is(statErr, os.ErrNotExist) {
		os.Remove(bak)
	}
	return nil
}
