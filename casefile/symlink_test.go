//go:build unix

package casefile_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/casefile/casefile/casefile"
)

func TestSaveThroughSymlinkWritesTarget(t *testing.T) {
	targetDir, linkDir := t.TempDir(), t.TempDir()
	target := saveCase(t, filepath.Join(targetDir, "case.casefile"), "First")
	link := filepath.Join(linkDir, "link.casefile")
	rel, err := filepath.Rel(linkDir, target)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(rel, link); err != nil {
		t.Fatal(err)
	}
	saveCase(t, link, "Second")
	if got, err := os.Readlink(link); err != nil || got != rel {
		t.Fatalf("the link now is %q (%v), want still a link to %q", got, err, rel)
	}
	if got := titleAt(t, target); got != "Second" {
		t.Errorf("target holds %q, want the save", got)
	}
	if got := titleAt(t, casefile.BackupPath(target)); got != "First" {
		t.Errorf("backup beside the target holds %q, want the previous version", got)
	}
	folderHolds(t, linkDir, "link.casefile")
	folderHolds(t, targetDir, "case.casefile", "case.casefile.bak")
}

func TestSaveThroughDanglingSymlinkCreatesTarget(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "new.casefile")
	link := filepath.Join(dir, "link.casefile")
	if err := os.Symlink("new.casefile", link); err != nil {
		t.Fatal(err)
	}
	saveCase(t, link, "New")
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v", err)
	}
	if got := titleAt(t, target); got != "New" {
		t.Errorf("target holds %q", got)
	}
	folderHolds(t, dir, "link.casefile", "new.casefile")
}

func TestSaveThroughSymlinkRefusesNonRegularTarget(t *testing.T) {
	for target, want := range map[string]string{
		t.TempDir(): "it is a folder, not a regular file; choose another name",
		"/dev/null": "it is a device, not a regular file; choose another name",
	} {
		link := filepath.Join(t.TempDir(), "link.casefile")
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
		err := casefile.Save(link, casefile.New("Case", ""))
		mustMention(t, err, "cannot write "+link+": "+want)
		if got, err := os.Readlink(link); err != nil || got != target {
			t.Errorf("the link to %s now is %q (%v)", target, got, err)
		}
		folderHolds(t, filepath.Dir(link), "link.casefile")
	}
}

func TestCleanLeftoversThroughSymlinkCleansBesideTarget(t *testing.T) {
	target := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "Case")
	link := filepath.Join(t.TempDir(), "link.casefile")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf(".case.casefile.tmp-%d-1", deadPID)
	if err := os.WriteFile(filepath.Join(filepath.Dir(target), name), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := casefile.CleanLeftovers(link); err != nil || !slices.Equal(got, []string{name}) {
		t.Errorf("CleanLeftovers through a link = %q, %v; want %q removed beside the target", got, err, name)
	}
	folderHolds(t, filepath.Dir(target), "case.casefile")
}

func TestLoadEmptyThroughSymlinkPointsToTargetsBackup(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "case.casefile")
	if err := os.WriteFile(target, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	saveCase(t, casefile.BackupPath(target), "Previous")
	link := filepath.Join(t.TempDir(), "link.casefile")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	_, err := casefile.Load(link)
	mustMention(t, err, "the file is empty; it holds no case. If a save was interrupted, its previous version may be in "+casefile.BackupPath(target))
}
