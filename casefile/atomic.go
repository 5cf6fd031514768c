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

var osFS = fileSystem{
	createTemp: os.CreateTemp,
	wrap:       func(w io.Writer) io.Writer { return w },
	rename:     os.Rename,
	link:       os.Link,
	syncDir: func(dir string) error {
		d, err := os.Open(dir)
		if err != nil {
			return err
		}
		defer d.Close()
		return d.Sync()
	},
}

// BackupPath is where a save keeps the previous version of path.
func BackupPath(path string) string { return path + ".bak" }

// WriteFileAtomic writes path through write so that path afterwards holds
// either all of the new content or, if anything fails, exactly what it held
// before: the content goes to a temporary file in the same folder, is synced
// to disk and renamed over path, and the folder is synced. With backup set,
// the previous file is kept at BackupPath(path).
func WriteFileAtomic(path string, backup bool, write func(io.Writer) error) (err error) {
	return osFS.writeAtomic(path, backup, write)
}

func (fs fileSystem) writeAtomic(path string, backup bool, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := os.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if !info.Mode().IsRegular() {
			return fmt.Errorf("cannot write %s: it is not a regular file; choose another name", path)
		}
		mode = info.Mode().Perm()
	}
	tmp, err := fs.createTemp(dir, "."+base+".tmp-*")
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
		return fmt.Errorf("cannot write %s: %w; the previous file is unchanged", path, err)
	}
	if err := buf.Flush(); err != nil {
		return fmt.Errorf("cannot write %s: %w; the previous file is unchanged (is the disk full?)", path, unwrapPath(err))
	}
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("cannot write %s: %w; the previous file is unchanged", path, unwrapPath(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: syncing to disk failed: %w; the previous file is unchanged", path, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w; the previous file is unchanged", path, unwrapPath(err))
	}
	if backup {
		if err := fs.keepBackup(path); err != nil {
			return fmt.Errorf("cannot keep a backup of %s: %w; the file is unchanged", path, unwrapPath(err))
		}
	}
	if err := fs.rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot replace %s: %w; the previous file is unchanged", path, unwrapPath(err))
	}
	if err := fs.syncDir(dir); err != nil {
		return fmt.Errorf("saved %s, but syncing its folder failed: %w; a power cut now could lose the save", path, unwrapPath(err))
	}
	return nil
}

// keepBackup makes BackupPath(path) a copy of path, replacing it atomically;
// a missing path needs no backup.
func (fs fileSystem) keepBackup(path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	bak := BackupPath(path)
	tmp := bak + ".tmp"
	os.Remove(tmp)
	if err := fs.link(path, tmp); err != nil {
		// No hard links here (some file systems): copy instead.
		if err := copyFile(path, tmp); err != nil {
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

// unwrapPath drops the *PathError wrapper, whose operation and temporary
// file name mean nothing to the user, keeping the cause ("permission
// denied", "no space left on device").
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
