//go:build unix

package casefile

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// openNonblock makes opening a named pipe return at once instead of waiting
// for a writer; on a regular file it changes nothing.
const openNonblock = syscall.O_NONBLOCK

// fileID names the file info describes by device and inode, which every
// path to it (hard links included) shares, and gives its link count.
func fileID(info fs.FileInfo) (id string, links uint64, ok bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return "", 0, false
	}
	return fmt.Sprintf("%d-%d", uint64(st.Dev), uint64(st.Ino)), uint64(st.Nlink), true
}

// ownedBySelf reports whether this process's user owns the file.
func ownedBySelf(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Getuid()
}
