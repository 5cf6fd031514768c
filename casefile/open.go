package casefile

import (
	"fmt"
	"io/fs"
	"os"
)

// OpenRegular opens path for reading if it is a regular file, and returns
// it with its information. Anything else (a folder, a named pipe, a device
// such as /dev/zero, a socket) is refused at once, never read: a pipe
// blocks until someone writes to it, and a device may never end. The
// message says what it is and asks for what, "a case file" say, which names
// ("it is a named pipe (FIFO), not a file; choose a case file").
//
// Errors do not name path, which the caller's message does; they wrap the
// cause, so errors.Is(err, fs.ErrNotExist) works.
func OpenRegular(path, what string) (*os.File, fs.FileInfo, error) {
	// Looking first keeps a device from being opened at all (opening some
	// has effects, such as rewinding a tape).
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, unwrapPath(err)
	}
	if err := regularOnly(info, what); err != nil {
		return nil, nil, err
	}
	return openChecked(path, what)
}

// openChecked opens path without blocking, even should it have become a
// named pipe since it was looked at, and refuses it unless what it opened
// is a regular file.
func openChecked(path, what string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, nil, unwrapPath(err)
	}
	info, err := f.Stat()
	if err == nil {
		err = regularOnly(info, what)
	}
	if err != nil {
		f.Close()
		return nil, nil, unwrapPath(err)
	}
	return f, info, nil
}

func regularOnly(info fs.FileInfo, what string) error {
	if info.Mode().IsRegular() {
		return nil
	}
	if kind := kindOf(info.Mode()); kind != "" {
		return fmt.Errorf("it is %s, not a file; choose %s", kind, what)
	}
	return fmt.Errorf("it is not a regular file; choose %s", what)
}

// kindOf names what a file that is not a regular file is, or is "" for a
// kind without a name the user would know.
func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return ""
}
