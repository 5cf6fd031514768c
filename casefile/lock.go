package casefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Lock marks a case file as open for editing by one Casefile. It is a
// separate file beside the case (LockPath), never a lock on the case file
// itself, because every save replaces the case file.
type Lock struct {
	path string
}

// LockedError says another Casefile has the case open.
type LockedError struct {
	Path string // the case file
	PID  int
	Host string
}

func (e *LockedError) Error() string {
	who := "another Casefile"
	if e.PID > 0 {
		who = fmt.Sprintf("another Casefile (process %d on %s)", e.PID, e.Host)
	}
	return fmt.Sprintf("%s is already open in %s; it opens read-only here so that the two do not overwrite each other's changes",
		filepath.Base(e.Path), who)
}

// LockPath is the lock file for a case file: ".name.casefile.lock" in the
// same folder.
func LockPath(casePath string) string {
	dir, base := filepath.Split(casePath)
	return filepath.Join(dir, "."+base+".lock")
}

// AcquireLock claims casePath for this process. When another live process
// holds it, AcquireLock returns a *LockedError. A lock left by a process
// that has died on this host is stale and is taken over.
func AcquireLock(casePath string) (*Lock, error) {
	lp := LockPath(casePath)
	host, _ := os.Hostname()
	content := fmt.Sprintf("%d\n%s\n", os.Getpid(), host)
	for attempt := 0; attempt < 2; attempt++ {
		f, err := os.OpenFile(lp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			_, werr := f.WriteString(content)
			cerr := f.Close()
			if err := errors.Join(werr, cerr); err != nil {
				os.Remove(lp)
				return nil, fmt.Errorf("cannot create lock file %s: %w", lp, unwrapPath(err))
			}
			return &Lock{path: lp}, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("cannot create lock file %s: %w; check you may write to the folder", lp, unwrapPath(err))
		}
		pid, lockHost, rerr := readLock(lp)
		if rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
			return nil, fmt.Errorf("cannot read lock file %s: %w", lp, unwrapPath(rerr))
		}
		if rerr == nil && !(lockHost == host && !processAlive(pid)) {
			return nil, &LockedError{Path: casePath, PID: pid, Host: lockHost}
		}
		// Stale (its process is gone) or vanished meanwhile: try again once.
		if err := os.Remove(lp); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("cannot remove stale lock file %s: %w", lp, unwrapPath(err))
		}
	}
	return nil, &LockedError{Path: casePath}
}

// Release removes the lock file. Releasing a nil or released lock does
// nothing.
func (l *Lock) Release() error {
	if l == nil || l.path == "" {
		return nil
	}
	err := os.Remove(l.path)
	l.path = ""
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// readLock reads a lock file's pid and host. A damaged lock reads as pid 0,
// which counts as held: better read-only than two writers.
func readLock(path string) (pid int, host string, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, "", err
	}
	lines := strings.SplitN(string(data), "\n", 3)
	pid, _ = strconv.Atoi(strings.TrimSpace(lines[0]))
	if len(lines) > 1 {
		host = strings.TrimSpace(lines[1])
	}
	return pid, host, nil
}

// processAlive reports whether a process with the pid exists on this host.
func processAlive(pid int) bool {
	if pid <= 0 {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
