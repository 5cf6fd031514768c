package casefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// failAfter is a writer that accepts n bytes and then fails as a full disk does.
type failAfter struct {
	w io.Writer
	n int
}

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) <= f.n {
		f.n -= len(p)
		return f.w.Write(p)
	}
	k, _ := f.w.Write(p[:f.n])
	f.n = 0
	return k, syscall.ENOSPC
}

// useFS makes saves in this test go through fs.
func useFS(t *testing.T, fs fileSystem) {
	t.Helper()
	prev := osFS
	osFS = fs
	t.Cleanup(func() { osFS = prev })
}

// savedCase saves a case in a new folder and returns its path and bytes.
func savedCase(t *testing.T, c *Case) (string, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case.casefile")
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, data
}

// folderHolds fails the test unless the folder of path holds exactly names.
func folderHolds(t *testing.T, path string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	slices.Sort(names)
	if !slices.Equal(got, names) {
		t.Errorf("folder holds %q, want %q (no temporary files left)", got, names)
	}
}

func TestSaveFailuresLeavePreviousFile(t *testing.T) {
	enospc := syscall.ENOSPC
	tests := []struct {
		name   string
		old    *Case // what is on disk before the save
		fs     func(path string) fileSystem
		want   []string
		backup bool // whether the backup already holds the old file afterwards
	}{
		{
			name: "disk full half way, small case (fails when flushed)",
			old:  sampleCase(),
			fs: func(string) fileSystem {
				fs := osFS
				fs.wrap = func(w io.Writer) io.Writer { return &failAfter{w, len(encode(t, newVersion(sampleCase()))) / 2} }
				return fs
			},
			want: []string{"no space left on device", "the previous file is unchanged", "is the disk full?"},
		},
		{
			name: "disk full half way, large case (fails while encoding)",
			old:  Synthetic(300, 1),
			fs: func(string) fileSystem {
				fs := osFS
				fs.wrap = func(w io.Writer) io.Writer { return &failAfter{w, len(encode(t, newVersion(Synthetic(300, 1)))) / 2} }
				return fs
			},
			want: []string{"no space left on device", "the previous file is unchanged"},
		},
		{
			name: "cannot create the temporary file (read-only folder)",
			old:  sampleCase(),
			fs: func(string) fileSystem {
				fs := osFS
				fs.createTemp = func(dir, pattern string) (*os.File, error) {
					return nil, &os.PathError{Op: "open", Path: filepath.Join(dir, pattern), Err: syscall.EACCES}
				}
				return fs
			},
			want: []string{"permission denied; check the folder exists and you may write to it"},
		},
		{
			name: "every rename fails",
			old:  sampleCase(),
			fs: func(string) fileSystem {
				fs := osFS
				fs.rename = func(from, to string) error { return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EIO} }
				return fs
			},
			want: []string{"cannot keep a backup of", "input/output error; the file is unchanged"},
		},
		{
			name: "the final rename fails",
			old:  sampleCase(),
			fs: func(path string) fileSystem {
				fs := osFS
				fs.rename = func(from, to string) error {
					if to == path {
						return &os.LinkError{Op: "rename", Old: from, New: to, Err: enospc}
					}
					return os.Rename(from, to)
				}
				return fs
			},
			want:   []string{"cannot replace", "no space left on device; the previous file is unchanged"},
			backup: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, before := savedCase(t, tt.old)
			useFS(t, tt.fs(path))
			err := Save(path, newVersion(tt.old.Clone()))
			wantErr(t, err, append([]string{path}, tt.want...)...)
			if bytes.Contains([]byte(err.Error()), []byte(".tmp")) {
				t.Errorf("error %q names a temporary file, which means nothing to the user", err)
			}
			assertUnchanged(t, path, before)
			if got, err := Load(path); err != nil || !equalCases(got, tt.old) {
				t.Errorf("previous case does not load unchanged: %v", err)
			}
			if tt.backup {
				assertUnchanged(t, BackupPath(path), before)
				folderHolds(t, path, "case.casefile", "case.casefile.bak")
			} else {
				folderHolds(t, path, "case.casefile")
			}
		})
	}
}

func TestSaveWithoutHardLinksCopiesBackup(t *testing.T) {
	path, before := savedCase(t, sampleCase())
	fs := osFS
	fs.link = func(from, to string) error { return &os.LinkError{Op: "link", Old: from, New: to, Err: syscall.EPERM} }
	useFS(t, fs)
	next := newVersion(sampleCase())
	if err := Save(path, next); err != nil {
		t.Fatalf("save without hard links: %v", err)
	}
	assertUnchanged(t, BackupPath(path), before)
	if got, err := Load(path); err != nil || !equalCases(got, next) {
		t.Errorf("new version does not load: %v", err)
	}
	folderHolds(t, path, "case.casefile", "case.casefile.bak")
}

func TestSaveFolderSyncFailureIsReported(t *testing.T) {
	path, _ := savedCase(t, sampleCase())
	fs := osFS
	fs.syncDir = func(string) error { return &os.PathError{Op: "sync", Path: "dir", Err: syscall.EIO} }
	useFS(t, fs)
	next := newVersion(sampleCase())
	err := Save(path, next)
	wantErr(t, err, "saved "+path+", but syncing its folder failed: input/output error")
	// The rename happened: the new version is in place.
	if got, err := Load(path); err != nil || !equalCases(got, next) {
		t.Errorf("new version does not load: %v", err)
	}
	folderHolds(t, path, "case.casefile", "case.casefile.bak")
}

func TestSaveRefusesNonRegularFile(t *testing.T) {
	dir := t.TempDir()
	err := Save(dir, sampleCase())
	wantErr(t, err, "cannot write "+dir+": it is a folder, not a regular file; choose another name")
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		t.Errorf("the folder was replaced")
	}
}

func TestWriteFileAtomicReportsWriteError(t *testing.T) {
	path := writeFile(t, "notes.txt", "old")
	err := WriteFileAtomic(path, false, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return errors.New("export failed")
	})
	wantErr(t, err, "export failed; the previous file is unchanged")
	assertUnchanged(t, path, []byte("old"))
	folderHolds(t, path, "notes.txt")

	if err := WriteFileAtomic(path, false, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	assertUnchanged(t, path, []byte("new"))
	folderHolds(t, path, "notes.txt") // no backup asked for
}

// newVersion returns c with a changed title, so a save writes new bytes.
func newVersion(c *Case) *Case {
	c.Title += " (revised)"
	return c
}

// equalCases compares two cases by their encoding.
func equalCases(a, b *Case) bool {
	var x, y bytes.Buffer
	return Encode(&x, a) == nil && Encode(&y, b) == nil && bytes.Equal(x.Bytes(), y.Bytes())
}

// pathErrWriter fails as a full disk does under an *os.File: with a
// *PathError naming the file, here the temporary one.
type pathErrWriter struct{ name string }

func (w pathErrWriter) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: w.name, Err: syscall.ENOSPC}
}

func TestSaveErrorsNeverNameTheTemporaryFile(t *testing.T) {
	fs := osFS
	fs.wrap = func(w io.Writer) io.Writer { return pathErrWriter{w.(*os.File).Name()} }
	tests := []struct {
		name  string
		write func(path string) error
		want  []string
	}{
		{"small case, fails when flushed", func(path string) error { return Save(path, newVersion(sampleCase())) },
			[]string{"no space left on device; the previous file is unchanged (is the disk full?)"}},
		{"large case, fails while encoding", func(path string) error { return Save(path, Synthetic(300, 1)) },
			[]string{"no space left on device; the previous file is unchanged"}},
		{"the writer adds its own words", func(path string) error {
			return WriteFileAtomic(path, false, func(w io.Writer) error {
				_, err := w.Write(make([]byte, 1<<17)) // past the buffer, to the file
				return fmt.Errorf("rendering the briefing: %w", err)
			})
		}, []string{"cannot write ", "rendering the briefing: no space left on device; the previous file is unchanged"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, before := savedCase(t, sampleCase())
			useFS(t, fs)
			err := tt.write(path)
			wantErr(t, err, append([]string{path}, tt.want...)...)
			if strings.Contains(err.Error(), ".tmp") {
				t.Errorf("error %q names the temporary file", err)
			}
			if !errors.Is(err, syscall.ENOSPC) {
				t.Errorf("error %q no longer wraps its cause", err)
			}
			assertUnchanged(t, path, before)
			folderHolds(t, path, "case.casefile")
		})
	}
}

func TestFailedFirstSaveSaysNothingWasWritten(t *testing.T) {
	failWrite := osFS
	failWrite.wrap = func(w io.Writer) io.Writer { return pathErrWriter{w.(*os.File).Name()} }
	failRename := osFS
	failRename.rename = func(from, to string) error { return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EIO} }
	for name, tt := range map[string]struct {
		fs   fileSystem
		want string
	}{
		"write fails":  {failWrite, "no space left on device; nothing was written"},
		"rename fails": {failRename, "input/output error; nothing was written"},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "case.casefile")
			useFS(t, tt.fs)
			err := Save(path, sampleCase())
			wantErr(t, err, "cannot write "+path+": "+tt.want)
			if strings.Contains(err.Error(), "previous file") {
				t.Errorf("error %q speaks of a previous file where there was none", err)
			}
			folderHolds(t, path)
		})
	}
}

func TestSaveTemporaryFileNamesItsWriter(t *testing.T) {
	var pattern string
	fs := osFS
	fs.createTemp = func(dir, p string) (*os.File, error) {
		pattern = p
		return os.CreateTemp(dir, p)
	}
	useFS(t, fs)
	savedCase(t, sampleCase())
	if want := fmt.Sprintf(".case.casefile.tmp-%d-*", os.Getpid()); pattern != want {
		t.Errorf("temporary file pattern %q, want %q", pattern, want)
	}
}
