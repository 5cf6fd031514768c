package casefile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// fileSystem holds the file operations a save uses, so tests can make any
// step fail.
type fileSystem struct {
	createTemp func(dir, pattern string) (*os.File, error)
	wrap       func(io.Writer) io.Writer // wraps the temporary file's writer
	rename     func(from, to string) error
	link       func(from, to string) error
	syncDir    func(dir string) error
}

// osFS is the real file system. renameDurable and syncDir differ by
// system (atomic_windows.go, atomic_other.go): Unix makes a rename durable
// by syncing its folder, Windows by asking the rename to write through.
var osFS = fileSystem{
	createTemp: os.CreateTemp,
	wrap:       func(w io.Writer) io.Writer { return w },
	rename:     renameDurable,
	link:       os.Link,
	syncDir:    syncDir,
}

// BackupPath is where a save keeps the previous version of path.
func BackupPath(path string) string { return path + ".bak" }

// WriteFileAtomic writes path through write so that path afterwards holds
// either all of the new content or, if anything fails, exactly what it held
// before: the content goes to a temporary file in the same folder, is synced
// to disk and renamed over path, and the folder is synced. With backup set,
// the previous file is kept at BackupPath(path). When path is a symbolic
// link, the file it points to is written (the temporary file and backup
// beside it) and the link stays a link.
func WriteFileAtomic(path string, backup bool, write func(io.Writer) error) (err error) {
	mode := noBackup
	if backup {
		mode = backupPrevious
	}
	return osFS.writeAtomic(path, mode, write)
}

// backupMode is what a save keeps at BackupPath.
type backupMode int

const (
	noBackup       backupMode = iota
	backupPrevious            // the file the save replaces
	backupNew                 // a copy of the new file, made before it replaces the old (see backupFor)
)

func (fs fileSystem) writeAtomic(path string, backup backupMode, write func(io.Writer) error) (err error) {
	target := linkTarget(path)
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	mode, existed, err := modeFor(path, target)
	if err != nil {
		return err
	}
	// What a failure before the rename leaves.
	unchanged, verb := "nothing was written", "cannot write"
	if existed {
		unchanged, verb = "the previous file is unchanged", "cannot replace"
	}
	tmp, err := fs.createTemp(dir, tempPattern(base))
	if err != nil {
		return fmt.Errorf("cannot write %s: %w; check the folder exists and you may write to it", path, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	buf := bufio.NewWriterSize(fs.wrap(tmp), 1<<16)
	if err := write(buf); err != nil {
		return fmt.Errorf("cannot write %s: %w; %s", path, hideTemp(err, tmp.Name()), unchanged)
	}
	if err := buf.Flush(); err != nil {
		return fmt.Errorf("cannot write %s: %w; %s (is the disk full?)", path, unwrapPath(err), unchanged)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("cannot write %s: %w; %s", path, unwrapPath(err), unchanged)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: syncing to disk failed: %w; %s", path, unwrapPath(err), unchanged)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w; %s", path, unwrapPath(err), unchanged)
	}
	switch backup {
	case backupPrevious:
		if err := fs.keepBackup(target); err != nil {
			return fmt.Errorf("cannot keep a backup of %s: %w; the file is unchanged", path, unwrapPath(err))
		}
	case backupNew:
		// A copy, not a hard link: damage to the one file must not be
		// damage to its backup.
		if err := fs.makeBackup(tmp.Name(), target, true); err != nil {
			return fmt.Errorf("cannot replace the backup of %s: %w; the file is unchanged", path, unwrapPath(err))
		}
	}
	if err := fs.rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("%s %s: %w; %s", verb, path, unwrapPath(err), unchanged)
	}
	if err := fs.syncDir(dir); err != nil {
		return fmt.Errorf("saved %s, but syncing its folder failed: %w; a power cut now could lose the save", path, unwrapPath(err))
	}
	return nil
}

// modeFor is the mode a save to path, writing target, gives the new file:
// the previous file's, if there is one (then existed is true). It refuses
// to write over anything but a regular file.
func modeFor(path, target string) (mode os.FileMode, existed bool, err error) {
	info, err := os.Stat(target)
	switch {
	case err != nil:
		return 0o644, false, nil // a missing folder is reported when writing
	case info.Mode().IsRegular():
		return info.Mode().Perm(), true, nil
	}
	what := "it is not a regular file"
	if kind := kindOf(info.Mode()); kind != "" {
		what = "it is " + kind + ", not a regular file"
	}
	return 0, false, fmt.Errorf("cannot write %s: %s; choose another name", path, what)
}

// tempPattern names a save's temporary files, for os.CreateTemp:
// ".name.tmp-PID-RANDOM", so that CleanLeftovers can tell whether the
// process writing one still runs.
func tempPattern(base string) string {
	return fmt.Sprintf(".%s.tmp-%d-*", base, os.Getpid())
}

// keepBackup makes BackupPath(path) a copy of path, replacing it atomically;
// a missing path needs no backup.
func (fs fileSystem) keepBackup(path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return fs.makeBackup(path, path, false)
}

// makeBackup makes BackupPath(of) a copy of the file from, replacing it
// atomically: a hard link to it, unless byCopy is set or the file system
// has none.
func (fs fileSystem) makeBackup(from, of string, byCopy bool) error {
	bak := BackupPath(of)
	if sameFile(from, bak) {
		// The backup is this very file (linked so by hand): a rename
		// onto it would do nothing and leave its temporary file behind.
		return nil
	}
	tmp := bak + ".tmp"
	os.Remove(tmp)
	if byCopy {
		if err := copyFile(from, tmp); err != nil {
			os.Remove(tmp)
			return err
		}
	} else if err := fs.link(from, tmp); err != nil {
		// No hard links here (some file systems): copy instead.
		if err := copyFile(from, tmp); err != nil {
			os.Remove(tmp)
			return err
		}
	}
	if err := fs.rename(tmp, bak); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

func sameFile(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
