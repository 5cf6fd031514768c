//go:build !unix

package casefile

import "io/fs"

// openNonblock is 0: there are no named pipes in the file system to block on.
const openNonblock = 0

// fileID reports no identity: without inodes the lock beside the case is
// the only one.
func fileID(fs.FileInfo) (id string, links uint64, ok bool) { return "", 0, false }

func ownedBySelf(fs.FileInfo) bool { return false }
