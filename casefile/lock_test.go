package casefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// privateLocks gives the test its own folder of inode locks, so that other
// tests' locks do not show up in it, and returns that folder.
func privateLocks(t *testing.T) string {
	t.Helper()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	return filepath.Join(tmp, fmt.Sprintf("casefile-locks-%d", os.Getuid()))
}

func TestLockExcludesSecondOpener(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.casefile")
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), ".case.casefile.lock")); err != nil {
		t.Fatalf("lock file not beside the case: %v", err)
	}
	_, err = AcquireLock(path)
	var locked *LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("second AcquireLock = %v, want *LockedError", err)
	}
	if locked.PID != os.Getpid() {
		t.Errorf("LockedError.PID = %d, want this process %d", locked.PID, os.Getpid())
	}
	host, _ := os.Hostname()
	wantErr(t, err, fmt.Sprintf("case.casefile is already open in another Casefile (process %d on %s, opened as %s); it opens read-only here",
		os.Getpid(), host, path))
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(LockPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("lock file still there after Release: %v", err)
	}
	l2, err := AcquireLock(path)
	if err != nil {
		t.Fatalf("AcquireLock after Release: %v", err)
	}
	l2.Release()
	if err := l2.Release(); err != nil {
		t.Errorf("second Release: %v", err)
	}
	if err := l2.Track(path); err == nil {
		t.Errorf("Track of a released lock succeeded")
	}
	var none *Lock
	if none.Track(path) != nil || none.Release() != nil {
		t.Errorf("a nil lock (a case open read-only) does not ignore Track and Release")
	}
}

func TestLockTakesOverStaleLockOnSameHost(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.casefile")
	host, _ := os.Hostname()
	const deadPID = 2147483646 // above any Linux pid_max
	if err := os.WriteFile(LockPath(path), fmt.Appendf(nil, "%d\n%s\n", deadPID, host), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatalf("stale lock not taken over: %v", err)
	}
	defer l.Release()
	data, err := os.ReadFile(LockPath(path))
	if h := parseHolder(data); err != nil || h.pid != os.Getpid() || h.openedAs != path {
		t.Errorf("lock holds %+v (%v), want pid %d and path %s", h, err, os.Getpid(), path)
	}
}

func TestLockFromOtherHostOrDamagedIsHonoured(t *testing.T) {
	host, _ := os.Hostname()
	for name, content := range map[string]string{
		"other host":     "2147483646\nsome-other-host.example\n",
		"damaged":        "not a pid",
		"empty":          "",
		"bad start time": fmt.Sprintf("2147483646\n%s\nyesterday\n/x/case.casefile\n", host),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "case.casefile")
			if err := os.WriteFile(LockPath(path), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := AcquireLock(path)
			var locked *LockedError
			if !errors.As(err, &locked) {
				t.Fatalf("AcquireLock = %v, want *LockedError", err)
			}
			if got, _ := os.ReadFile(LockPath(path)); string(got) != content {
				t.Errorf("someone else's lock was changed to %q", got)
			}
			if locked.PID == 0 {
				wantErr(t, err, "or its lock file "+LockPath(path)+" is damaged (if no Casefile has it open, delete that file)")
			}
		})
	}
}

func TestLockContentReadsBothFormats(t *testing.T) {
	for _, tt := range []struct {
		content string
		want    holder
	}{
		{"1234\nhost\n", holder{pid: 1234, host: "host"}},
		{"1234\nhost\n98765\n/home/a/odd\nname.casefile\n", holder{pid: 1234, host: "host", start: 98765, openedAs: "/home/a/odd\nname.casefile"}},
		{"1234\nhost\n\n/a.casefile\n", holder{pid: 1234, host: "host", openedAs: "/a.casefile"}},
		{"-1\nhost\n", holder{damaged: true}},
	} {
		if got := parseHolder([]byte(tt.content)); got != tt.want {
			t.Errorf("parseHolder(%q) = %+v, want %+v", tt.content, got, tt.want)
		}
	}
	h := holder{pid: 42, host: "h", start: 7, openedAs: "/x/y.casefile"}
	if got := parseHolder(h.encode()); got != h {
		t.Errorf("lock content does not read back: %+v, want %+v", got, h)
	}
	if !strings.HasPrefix(string(h.encode()), "42\nh\n") {
		t.Errorf("lock content %q does not start with pid and host, which earlier Casefiles read", h.encode())
	}
}

func TestReleaseRemovesInodeLocks(t *testing.T) {
	locks := privateLocks(t)
	path := filepath.Join(t.TempDir(), "case.casefile")
	if err := Save(path, sampleCase()); err != nil {
		t.Fatal(err)
	}
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	if l.current == nil {
		t.Fatal("no inode lock taken")
	}
	if _, err := os.Stat(l.current.file); err != nil || filepath.Dir(l.current.file) != locks {
		t.Errorf("inode lock %s is not in %s: %v", l.current.file, locks, err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(locks); len(entries) != 0 {
		t.Errorf("inode locks left after Release: %v", entries)
	}
}

func TestUntrustedLockFolderIsNotUsed(t *testing.T) {
	locks := privateLocks(t)
	if err := os.Mkdir(locks, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(locks, 0o777); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "case.casefile")
	if err := Save(path, sampleCase()); err != nil {
		t.Fatal(err)
	}
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatalf("a lock folder others may write to stopped the lock: %v", err)
	}
	defer l.Release()
	if entries, _ := os.ReadDir(locks); len(entries) != 0 || l.current != nil {
		t.Errorf("a lock folder others may write to was used: %v", entries)
	}
}
