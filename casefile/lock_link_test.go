//go:build unix

package casefile_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/casefile/casefile/casefile"
)

func TestLockThroughSymlinkConflictsWithTarget(t *testing.T) {
	privateLocks(t)
	target := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "Case")
	link := filepath.Join(t.TempDir(), "link.casefile")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	for _, open := range [][2]string{{link, target}, {target, link}} {
		first, second := open[0], open[1]
		l, err := casefile.AcquireLock(first)
		if err != nil {
			t.Fatal(err)
		}
		mustBeLocked(t, second, first)
		// The lock is the real file's: a link in another folder would
		// otherwise get a lock of its own.
		if _, err := os.Stat(casefile.LockPath(target)); err != nil {
			t.Errorf("locked as %s: no lock beside the target: %v", first, err)
		}
		if _, err := os.Lstat(casefile.LockPath(link)); err == nil {
			t.Errorf("locked as %s: a lock beside the link", first)
		}
		if err := l.Release(); err != nil {
			t.Fatal(err)
		}
	}
	folderHolds(t, filepath.Dir(target), "case.casefile")
}

func TestLockCatchesHardLinkInAnotherFolder(t *testing.T) {
	locks := privateLocks(t)
	path := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "First")
	hard := filepath.Join(t.TempDir(), "hard.casefile")
	if err := os.Link(path, hard); err != nil {
		t.Fatal(err)
	}
	l, err := casefile.AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	mustBeLocked(t, hard, path)

	// A save gives the case a new inode; the hard link keeps the old one,
	// which stays locked.
	saveCase(t, path, "Second")
	if err := l.Track(path); err != nil {
		t.Fatal(err)
	}
	mustBeLocked(t, hard, path)
	newer := filepath.Join(t.TempDir(), "newer.casefile")
	if err := os.Link(path, newer); err != nil {
		t.Fatal(err)
	}
	mustBeLocked(t, newer, path)

	// Another save: the inode of the save in between (now the backup's)
	// is let go, the one opened and the new one are held.
	saveCase(t, path, "Third")
	if err := l.Track(path); err != nil {
		t.Fatal(err)
	}
	mustBeLocked(t, hard, path)
	if got := namesIn(t, locks); len(got) != 2 {
		t.Errorf("inode locks %q, want two: the inode opened and the current one", got)
	}

	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	folderHolds(t, locks)
	l, err = casefile.AcquireLock(hard)
	if err != nil {
		t.Fatalf("hard link after Release: %v", err)
	}
	l.Release()
}

func TestLockLetsGoOfOpenedInodeNoOtherLinkNames(t *testing.T) {
	locks := privateLocks(t)
	path := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "First")
	l, err := casefile.AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	saveCase(t, path, "Second")
	if err := l.Track(path); err != nil {
		t.Fatal(err)
	}
	// The inode opened is now only the backup's, and will be freed at the
	// next save: a lock on it could later hold some other file's.
	if got := namesIn(t, locks); len(got) != 1 {
		t.Errorf("inode locks %q, want only the current inode's", got)
	}
	if err := l.Track(path); err != nil {
		t.Errorf("Track without a save in between: %v", err)
	}
	if err := l.Track(filepath.Join(filepath.Dir(path), "other.casefile")); err == nil {
		t.Errorf("Track of another file succeeded")
	}
}

func TestLockRelativeAndAbsolutePathsConflict(t *testing.T) {
	privateLocks(t)
	dir := t.TempDir()
	path := saveCase(t, filepath.Join(dir, "case.casefile"), "Case")
	t.Chdir(dir)
	for _, open := range [][2]string{{"case.casefile", path}, {path, "./elsewhere/../case.casefile"}} {
		l, err := casefile.AcquireLock(open[0])
		if err != nil {
			t.Fatal(err)
		}
		// The holder names the case absolutely, so the message means
		// something from any folder.
		mustBeLocked(t, open[1], path)
		l.Release()
	}
}
