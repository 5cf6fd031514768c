package casefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// Lock marks a case file as open for editing by one Casefile. It is a
// separate file beside the case (LockPath), never a lock on the case file
// itself, because every save replaces the case file.
//
// The lock is taken on the file itself, whatever name it was opened by: a
// symbolic link is followed, and where files have inodes a second lock, in
// a per-user folder and keyed by device and inode, catches a hard link to
// the case in another folder.
type Lock struct {
	mu      sync.Mutex
	file    string // the lock file beside the case; "" once released
	real    string // the case file, symbolic links followed
	self    holder
	opened  *inodeLock // the inode opened, while other hard links may name it
	current *inodeLock // the inode the case file has now
}

// LockedError says another Casefile has the case open.
type LockedError struct {
	Path     string // the case file, as the caller named it
	PID      int    // the holder's process; 0 when unknown
	Host     string
	OpenedAs string // the path the holder opened the case by, when its lock says
	damaged  string // the lock file, when it could not be read
}

func (e *LockedError) Error() string {
	who := "another Casefile"
	switch {
	case e.PID > 0:
		who += " (" + holder{pid: e.PID, host: e.Host, openedAs: e.OpenedAs}.describe() + ")"
	case e.damaged != "":
		who += fmt.Sprintf(", or its lock file %s is damaged (if no Casefile has it open, delete that file)", e.damaged)
	}
	return fmt.Sprintf("%s is already open in %s; it opens read-only here so that the two do not overwrite each other's changes",
		filepath.Base(e.Path), who)
}

func lockedError(path string, h *holder, lockFile string) *LockedError {
	e := &LockedError{Path: path, PID: h.pid, Host: h.host, OpenedAs: h.openedAs}
	if h.damaged {
		e.damaged = lockFile
	}
	return e
}

// LockPath is the lock file for a case file: ".name.casefile.lock" in the
// same folder. AcquireLock uses the LockPath of the file a symbolic link
// points to.
func LockPath(casePath string) string {
	dir, base := filepath.Split(casePath)
	return filepath.Join(dir, "."+base+".lock")
}

// AcquireLock claims the case file at casePath for this process. When
// another live process holds it, by this name or any other (a symbolic or
// hard link, a relative path), AcquireLock returns a *LockedError. A lock
// left by a process of this host that has died (or is a zombie) is stale
// and is taken over.
//
// After each save, call Track: the save gave the case file a new inode.
func AcquireLock(casePath string) (*Lock, error) {
	real := resolvePath(casePath)
	l := &Lock{file: LockPath(real), real: real, self: me(absPath(casePath))}
	if h, err := claim(l.file, l.self); err != nil || h != nil {
		if err != nil {
			return nil, err
		}
		return nil, lockedError(casePath, h, l.file)
	}
	if il := openInode(real); il != nil {
		h, err := il.claim(l.self)
		if h != nil {
			il.close()
			os.Remove(l.file)
			return nil, lockedError(casePath, h, il.file)
		}
		if err == nil {
			l.current = il
			if il.links > 1 {
				l.opened = il
			}
		} else {
			// The lock beside the case holds it by every name but
			// another hard link.
			il.close()
		}
	}
	return l, nil
}

// Track adds to the lock the inode the case file at path has now. Call it
// after every successful save: a save renames a new file over the case, so
// a hard link made to it afterwards names an inode the lock did not know.
// The inode the case had when opened stays locked while other hard links
// may still name it; those of saves in between are let go.
//
// An error means the case was saved, but a Casefile opening the new version
// by a hard link may not see that it is open here. Tracking a nil lock (a
// case open read-only) does nothing.
func (l *Lock) Track(path string) error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.file == "" {
		return fmt.Errorf("cannot lock %s: the lock was released", path)
	}
	if real := resolvePath(path); real != l.real {
		return fmt.Errorf("cannot lock %s: this lock is for %s; take a lock for the other file", path, l.real)
	}
	il := openInode(l.real)
	if il == nil || l.current != nil && il.id == l.current.id || l.opened != nil && il.id == l.opened.id {
		il.close()
		return nil
	}
	h, err := il.claim(l.self)
	if h != nil || err != nil {
		il.close()
		if h != nil {
			err = fmt.Errorf("another Casefile (%s) holds %s", h.describe(), il.file)
		}
		return fmt.Errorf("saved %s, but cannot lock its new version: %w; a Casefile opening it by another name (a hard link) may not see that it is open here", path, err)
	}
	prev := l.current
	l.current = il
	if prev != nil && prev != l.opened {
		return prev.release()
	}
	return nil
}

// Release removes every lock file the lock holds. Releasing a nil or
// released lock does nothing.
func (l *Lock) Release() error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.file == "" {
		return nil
	}
	// The inode locks go first: a Casefile that finds the lock beside the
	// case gone should not then find one of them still held.
	var errs []error
	if l.opened != nil && l.opened != l.current {
		errs = append(errs, l.opened.release())
	}
	if l.current != nil {
		errs = append(errs, l.current.release())
	}
	if err := os.Remove(l.file); err != nil && !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, fmt.Errorf("cannot remove lock file %s: %w", l.file, unwrapPath(err)))
	}
	l.file, l.opened, l.current = "", nil, nil
	return errors.Join(errs...)
}
