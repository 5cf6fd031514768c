//go:build unix

package casefile_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

// The helpers of the tests from outside the package that need links, named
// pipes or inodes.

// titleAt is the title of the case at path.
func titleAt(t *testing.T, path string) string {
	t.Helper()
	c, err := casefile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return c.Title
}

// mustMention fails the test unless err is non-nil and holds every fragment.
func mustMention(t *testing.T, err error, fragments ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one mentioning %q", fragments)
	}
	for _, f := range fragments {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not mention %q", err, f)
		}
	}
}

// mustBeLocked fails the test unless opening path finds the case locked by
// this process, opened as openedAs.
func mustBeLocked(t *testing.T, path, openedAs string) {
	t.Helper()
	l, err := casefile.AcquireLock(path)
	var locked *casefile.LockedError
	if !errors.As(err, &locked) {
		l.Release()
		t.Fatalf("AcquireLock(%s) = %v, want *LockedError: the case is open as %s", path, err, openedAs)
	}
	if locked.PID != os.Getpid() || locked.OpenedAs != openedAs {
		t.Errorf("LockedError names process %d, opened as %q; want %d, %q", locked.PID, locked.OpenedAs, os.Getpid(), openedAs)
	}
	mustMention(t, err, fmt.Sprintf("(process %d on ", os.Getpid()), ", opened as "+openedAs+")")
}

// privateLocks gives the test its own folder of inode locks, so that other
// tests' locks do not show up in it, and returns that folder.
func privateLocks(t *testing.T) string {
	t.Helper()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	return filepath.Join(tmp, fmt.Sprintf("casefile-locks-%d", os.Getuid()))
}

// within runs f and returns its error, failing the test if f takes longer
// than a second: what it does must not block. unblock, if given, is called
// then to let f finish.
func within(t *testing.T, f func() error, unblock func()) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Second):
		if unblock != nil {
			unblock()
		}
		t.Fatal("still blocked after a second")
		return nil
	}
}
