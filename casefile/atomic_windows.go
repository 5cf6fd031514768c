//go:build windows

package casefile

import (
	"os"

	"golang.org/x/sys/windows"
)

// renameDurable renames from to to, replacing to, and returns only when
// the rename is on the disk (MOVEFILE_WRITE_THROUGH): Windows cannot sync
// a folder, so this is how a save there survives a power cut. Its error
// is os.Rename's kind, an *os.LinkError.
func renameDurable(from, to string) error {
	f, err := windows.UTF16PtrFromString(from)
	if err != nil {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
	}
	t, err := windows.UTF16PtrFromString(to)
	if err != nil {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
	}
	if err := windows.MoveFileEx(f, t, windows.MOVEFILE_REPLACE_EXISTING|windows.MOVEFILE_WRITE_THROUGH); err != nil {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
	}
	return nil
}

// syncDir does nothing: Windows refuses to flush a folder (opened to read,
// FlushFileBuffers on it is "Access denied"; it cannot be opened to
// write), and renameDurable has already written the rename through.
func syncDir(string) error { return nil }
