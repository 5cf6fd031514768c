//go:build unix

package casefile_test

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// fifo makes a named pipe, and returns it and a function that lets a reader
// blocked on it go.
func fifo(t *testing.T) (string, func()) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pipe.casefile")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, func() {
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	}
}

func TestLoadRefusesNamedPipeAtOnce(t *testing.T) {
	path, unblock := fifo(t)
	err := within(t, func() error { _, err := casefile.Load(path); return err }, unblock)
	mustMention(t, err, "cannot load "+path+": it is a named pipe (FIFO), not a file; choose a case file")
	err = within(t, func() error {
		f, _, err := casefile.OpenRegular(path, "a source document")
		if f != nil {
			f.Close()
		}
		return err
	}, unblock)
	mustMention(t, err, "it is a named pipe (FIFO), not a file; choose a source document")
	if strings.Contains(err.Error(), "case") {
		t.Errorf("OpenRegular's message %q speaks of a case", err)
	}
	err = within(t, func() error { return casefile.Save(path, casefile.New("Case", "")) }, unblock)
	mustMention(t, err, "cannot write "+path+": it is a named pipe (FIFO), not a regular file; choose another name")
}

func TestLoadRefusesFilesThatAreNotFiles(t *testing.T) {
	dir := t.TempDir()
	socket := filepath.Join(dir, "socket.casefile")
	ln, err := net.Listen("unix", socket)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	for path, want := range map[string]string{
		dir:         "it is a folder, not a file; choose a case file",
		"/dev/null": "it is a device, not a file; choose a case file",
		"/dev/zero": "it is a device, not a file; choose a case file",
		socket:      "it is a socket, not a file; choose a case file",
	} {
		err := within(t, func() error { _, err := casefile.Load(path); return err }, nil)
		mustMention(t, err, "cannot load "+path+": "+want)
		var le *casefile.LoadError
		if !errors.As(err, &le) {
			t.Errorf("%s: error %#v is not a *LoadError", path, err)
		}
		if strings.Contains(err.Error(), "MB") {
			t.Errorf("%s: error %q speaks of its size", path, err)
		}
	}
}

func TestOpenRegularOpensRegularFile(t *testing.T) {
	path := saveCase(t, filepath.Join(t.TempDir(), "case.casefile"), "Case")
	f, info, err := casefile.OpenRegular(path, "a case file")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := os.ReadFile(path)
	if err != nil || info.Size() != int64(len(data)) || !info.Mode().IsRegular() {
		t.Errorf("OpenRegular's info: size %d, mode %v; the file has %d bytes", info.Size(), info.Mode(), len(data))
	}
	buf := make([]byte, len(data))
	if n, err := f.Read(buf); err != nil || n != len(data) || string(buf) != string(data) {
		t.Errorf("reading the opened file: %d bytes, %v", n, err)
	}
	_, _, err = casefile.OpenRegular(filepath.Join(t.TempDir(), "missing"), "a case file")
	if !errors.Is(err, os.ErrNotExist) || strings.Contains(err.Error(), "missing") {
		t.Errorf("missing file: %v, want ErrNotExist that leaves the naming to the caller", err)
	}
}
