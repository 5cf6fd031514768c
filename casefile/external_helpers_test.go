package casefile_test

import (
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// The helpers of the tests from outside the package, which cannot use the
// package's own.

// saveCase saves a new case titled title at path and returns path.
func saveCase(t *testing.T, path, title string) string {
	t.Helper()
	if err := casefile.Save(path, casefile.New(title, "")); err != nil {
		t.Fatal(err)
	}
	return path
}

// namesIn lists a folder's file names, sorted.
func namesIn(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// folderHolds fails the test unless dir holds exactly names.
func folderHolds(t *testing.T, dir string, names ...string) {
	t.Helper()
	slices.Sort(names)
	if got := namesIn(t, dir); !slices.Equal(got, names) {
		t.Errorf("%s holds %q, want %q", dir, got, names)
	}
}
