//go:build linux

package casefile_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

// procStat gives fields 3 (state) and 22 (start time) of /proc/PID/stat.
func procStat(t *testing.T, pid int) (state, start string) {
	t.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Fatal(err)
	}
	fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	return fields[0], fields[19]
}

// zombie starts a process that exits at once and is not reaped until the
// test ends, and returns its pid once it is a zombie.
func zombie(t *testing.T) int {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Wait() })
	pid := cmd.Process.Pid
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		if state, _ := procStat(t, pid); state == "Z" {
			return pid
		}
		if time.Now().After(deadline) {
			t.Fatalf("process %d did not become a zombie", pid)
		}
	}
}

// inodeLockPath is the inode lock of the file at path in the folder locks.
func inodeLockPath(t *testing.T, locks, path string) string {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	st := info.Sys().(*syscall.Stat_t)
	return filepath.Join(locks, fmt.Sprintf("%d-%d.lock", st.Dev, st.Ino))
}

func TestLockHeldByZombieIsTakenOver(t *testing.T) {
	host, _ := os.Hostname()
	for _, where := range []string{"beside the case", "on its inode"} {
		t.Run(where, func(t *testing.T) {
			locks := privateLocks(t)
			path := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "Case")
			lockFile := casefile.LockPath(path)
			if where == "on its inode" {
				if err := os.Mkdir(locks, 0o700); err != nil {
					t.Fatal(err)
				}
				lockFile = inodeLockPath(t, locks, path)
			}
			pid := zombie(t)
			if err := os.WriteFile(lockFile, fmt.Appendf(nil, "%d\n%s\n", pid, host), 0o644); err != nil {
				t.Fatal(err)
			}
			l, err := casefile.AcquireLock(path)
			if err != nil {
				t.Fatalf("lock of zombie %d not taken over: %v", pid, err)
			}
			defer l.Release()
			if data, _ := os.ReadFile(lockFile); !strings.HasPrefix(string(data), strconv.Itoa(os.Getpid())+"\n") {
				t.Errorf("lock holds %q, want this process", data)
			}
		})
	}
}

func TestLockOfReusedPIDIsTakenOver(t *testing.T) {
	privateLocks(t)
	host, _ := os.Hostname()
	path := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "Case")
	_, start := procStat(t, os.Getpid())
	n, _ := strconv.ParseUint(start, 10, 64)

	// This process, started at the time the lock gives, holds it.
	held := fmt.Sprintf("%d\n%s\n%d\n/elsewhere/case.casefile\n", os.Getpid(), host, n)
	if err := os.WriteFile(casefile.LockPath(path), []byte(held), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := casefile.AcquireLock(path)
	var locked *casefile.LockedError
	if !errors.As(err, &locked) || locked.OpenedAs != "/elsewhere/case.casefile" {
		t.Fatalf("AcquireLock = %v, want *LockedError opened as /elsewhere/case.casefile", err)
	}

	// A lock naming this pid but another start time is an earlier
	// process's that had the pid.
	reused := fmt.Sprintf("%d\n%s\n%d\n/elsewhere/case.casefile\n", os.Getpid(), host, n+1)
	if err := os.WriteFile(casefile.LockPath(path), []byte(reused), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := casefile.AcquireLock(path)
	if err != nil {
		t.Fatalf("lock of a reused pid not taken over: %v", err)
	}
	defer l.Release()
	if data, _ := os.ReadFile(casefile.LockPath(path)); !strings.Contains(string(data), "\n"+start+"\n"+path+"\n") {
		t.Errorf("lock holds %q, want this process's start time %s and path", data, start)
	}
}

func TestCleanLeftoversRemovesZombiesTemporaries(t *testing.T) {
	path := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "Case")
	name := fmt.Sprintf(".case.casefile.tmp-%d-77", zombie(t))
	if err := os.WriteFile(filepath.Join(filepath.Dir(path), name), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	removed, err := casefile.CleanLeftovers(path)
	if err != nil || len(removed) != 1 || removed[0] != name {
		t.Errorf("CleanLeftovers = %q, %v; want %q removed", removed, err, name)
	}
}
