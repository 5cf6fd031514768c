package casefile_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

const deadPID = 2147483646 // above any Linux pid_max

func TestCleanLeftoversRemovesOnlyAbandonedTemporaries(t *testing.T) {
	path := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "Case")
	dir := filepath.Dir(path)
	files := []struct {
		name    string
		age     time.Duration
		removed bool
	}{
		{fmt.Sprintf(".case.casefile.tmp-%d-4242", deadPID), 0, true},              // its writer is gone
		{fmt.Sprintf(".case.casefile.tmp-%d-4243", os.Getpid()), time.Hour, false}, // its writer runs
		{".case.casefile.tmp-987654", 11 * time.Minute, true},                      // an earlier Casefile's, long abandoned
		{".case.casefile.tmp-123456", 5 * time.Minute, false},                      // an earlier Casefile's, maybe still being written
		{"case.casefile.bak.tmp", 2 * time.Minute, true},
		{"case.casefile.bak", time.Hour, false},
		{".case.casefile.lock", time.Hour, false},
		{fmt.Sprintf(".other.casefile.tmp-%d-1", deadPID), time.Hour, false}, // another case's
		{"other.casefile.bak.tmp", time.Hour, false},
		{".case.casefile.tmp-notes", time.Hour, false},
		{fmt.Sprintf(".case.casefile.tmp-%d-1-2", deadPID), time.Hour, false},
		{fmt.Sprintf(".case.casefile.tmp-%d-", deadPID), time.Hour, false},
		{"notes.txt", time.Hour, false},
	}
	var removed, kept []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		then := time.Now().Add(-f.age)
		if err := os.Chtimes(p, then, then); err != nil {
			t.Fatal(err)
		}
		if f.removed {
			removed = append(removed, f.name)
		} else {
			kept = append(kept, f.name)
		}
	}
	got, err := casefile.CleanLeftovers(path)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(removed)
	if !slices.Equal(got, removed) {
		t.Errorf("CleanLeftovers removed %q, want %q", got, removed)
	}
	folderHolds(t, dir, append(kept, "case.casefile")...)
}

func TestCleanLeftoversKeepsFreshBackupTemporary(t *testing.T) {
	path := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "Case")
	if err := os.WriteFile(casefile.BackupPath(path)+".tmp", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := casefile.CleanLeftovers(path); err != nil || len(got) != 0 {
		t.Errorf("CleanLeftovers = %q, %v; want a backup being written kept", got, err)
	}
	folderHolds(t, filepath.Dir(path), "case.casefile", "case.casefile.bak.tmp")
}

func TestCleanLeftoversSparesSaveInProgress(t *testing.T) {
	path := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "Case")
	var during []string
	var cleaned []string
	err := casefile.WriteFileAtomic(path, true, func(w io.Writer) error {
		during = namesIn(t, filepath.Dir(path))
		var err error
		cleaned, err = casefile.CleanLeftovers(path)
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, "new")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	prefix := fmt.Sprintf(".case.casefile.tmp-%d-", os.Getpid())
	if len(during) != 2 || !strings.HasPrefix(during[0], prefix) {
		t.Errorf("while saving the folder held %q, want the case and a temporary file named %s…", during, prefix)
	}
	if len(cleaned) != 0 {
		t.Errorf("CleanLeftovers removed %q from a save in progress", cleaned)
	}
	folderHolds(t, filepath.Dir(path), "case.casefile", "case.casefile.bak")
}
