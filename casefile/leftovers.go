package casefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

const (
	// legacyTempAge is how old a temporary file of an earlier Casefile,
	// whose name does not say who writes it, must be to count as left over:
	// no save takes that long.
	legacyTempAge = 10 * time.Minute
	// backupTempAge is the same for the backup's temporary file, which a
	// save makes and renames at once.
	backupTempAge = time.Minute
)

// CleanLeftovers removes the temporary files that interrupted saves of the
// case file at path left beside it (beside the file a symbolic link points
// to): those whose writing process no longer runs (a zombie does not), the
// backup's temporary file when it is over a minute old, and, from earlier
// Casefiles, whose temporary files do not name their writer, those over ten
// minutes old. Nothing else is touched, not even other cases' temporary
// files. It returns the names of the files removed.
//
// Call it once the case is locked (see AcquireLock), so that no other
// Casefile is saving it.
func CleanLeftovers(path string) ([]string, error) {
	real := resolvePath(path)
	dir, base := filepath.Split(real)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot look for temporary files left beside %s: %w", path, unwrapPath(err))
	}
	now := time.Now()
	var removed []string
	var errs []error
	for _, e := range entries {
		if !e.Type().IsRegular() || !leftover(e, base, now) {
			continue
		}
		err := os.Remove(filepath.Join(dir, e.Name()))
		switch {
		case err == nil:
			removed = append(removed, e.Name())
		case !errors.Is(err, fs.ErrNotExist):
			errs = append(errs, fmt.Errorf("cannot remove the temporary file %s left by an interrupted save: %w", e.Name(), unwrapPath(err)))
		}
	}
	return removed, errors.Join(errs...)
}

// leftover reports whether e, in the folder of the case file named base,
// is a temporary file of a save of that case that nobody is writing.
func leftover(e fs.DirEntry, base string, now time.Time) bool {
	name := e.Name()
	if name == filepath.Base(BackupPath(base))+".tmp" {
		return olderThan(e, now, backupTempAge)
	}
	rest, ok := strings.CutPrefix(name, "."+base+".tmp-")
	if !ok {
		return false
	}
	pid, random, named := strings.Cut(rest, "-")
	switch {
	case named && digits(pid) && digits(random):
		n, err := strconv.Atoi(pid)
		return err == nil && n > 0 && !processAlive(n, 0)
	case !named && digits(rest):
		return olderThan(e, now, legacyTempAge)
	}
	return false
}

func olderThan(e fs.DirEntry, now time.Time, age time.Duration) bool {
	info, err := e.Info()
	return err == nil && now.Sub(info.ModTime()) > age
}

func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
