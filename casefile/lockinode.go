package casefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// inodeLock is a lock on one inode of a case file: a file named
// "DEV-INO.lock" in this user's lock folder (lockFolder), which every
// Casefile of the user on the host checks, whatever name it opened the case
// by. It keeps the inode open so that the inode cannot be freed and its
// number given to another file while the lock names it.
type inodeLock struct {
	id    string // "DEV-INO"
	links uint64 // the inode's link count when opened
	file  string // the lock file
	f     *os.File
}

// openInode opens the file at path for an inode lock; nil where files have
// no inodes, there is no safe lock folder, or path is not a regular file
// that may be read. Then the lock beside the case is the only one.
func openInode(path string) *inodeLock {
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil
	}
	id, links, ok := fileID(info)
	dir := ""
	if ok {
		dir = lockFolder()
	}
	if dir == "" {
		f.Close()
		return nil
	}
	return &inodeLock{id: id, links: links, file: filepath.Join(dir, id+".lock"), f: f}
}

// lockFolder is this user's folder of inode locks, created on demand, or ""
// when it cannot be made or is not the user's own private folder: it lives
// in the shared temporary folder, where another user could have put it.
func lockFolder() string {
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("casefile-locks-%d", os.Getuid()))
	if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return ""
	}
	info, err := os.Lstat(dir)
	if err != nil || !info.IsDir() || info.Mode().Perm()&0o077 != 0 || !ownedBySelf(info) {
		return ""
	}
	return dir
}

func (il *inodeLock) claim(self holder) (*holder, error) { return claim(il.file, self) }

// close lets go of the inode without touching a lock file: for an inode
// lock not claimed. Closing nil does nothing.
func (il *inodeLock) close() {
	if il != nil {
		il.f.Close()
	}
}

func (il *inodeLock) release() error {
	il.close()
	if err := os.Remove(il.file); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot remove lock file %s: %w", il.file, unwrapPath(err))
	}
	return nil
}
