//go:build unix

package casefile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestOpenOfPipeSwappedInDoesNotBlock opens a named pipe as a file that was
// regular when looked at and has since been replaced would be.
func TestOpenOfPipeSwappedInDoesNotBlock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.casefile")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		f, _, err := openChecked(path, "a case file")
		if f != nil {
			f.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		wantErr(t, err, "it is a named pipe (FIFO), not a file; choose a case file")
	case <-time.After(time.Second):
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
		t.Fatal("opening a named pipe blocked")
	}
}
