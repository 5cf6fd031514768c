//go:build windows

package casefile

import (
	"errors"
	"syscall"
)

// processAlive reports whether the process pid still runs. Signal 0, which
// Unix uses, is not supported on Windows (it fails even for a live
// process), so the process is opened and asked for its exit code. A pid of
// 0 or less counts as alive: a damaged lock is held.
func processAlive(pid int, _ uint64) bool {
	if pid <= 0 {
		return true
	}
	const queryLimitedInformation = 0x1000 // PROCESS_QUERY_LIMITED_INFORMATION
	h, err := syscall.OpenProcess(queryLimitedInformation, false, uint32(pid))
	if err != nil {
		// Denied: it exists, but is not ours to look at.
		return errors.Is(err, syscall.ERROR_ACCESS_DENIED)
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return true
	}
	const stillActive = 259 // STILL_ACTIVE
	return code == stillActive
}

func selfStart() uint64 { return 0 }
