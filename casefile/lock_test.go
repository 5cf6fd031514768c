package casefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

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
	pid, _, err := readLock(LockPath(path))
	if err != nil || pid != os.Getpid() {
		t.Errorf("lock holds pid %d (%v), want %d", pid, err, os.Getpid())
	}
}

func TestLockFromOtherHostOrDamagedIsHonoured(t *testing.T) {
	for name, content := range map[string]string{
		"other host": "2147483646\nsome-other-host.example\n",
		"damaged":    "not a pid",
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
		})
	}
}
