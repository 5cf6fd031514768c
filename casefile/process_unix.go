//go:build unix

package casefile

import (
	"errors"
	"syscall"
)

// signalAlive asks the kernel whether pid exists, by sending it no signal.
// A process of another user exists too (EPERM); a zombie counts as alive.
func signalAlive(pid int) bool {
	if pid <= 0 {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
