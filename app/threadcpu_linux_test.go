package app

import (
	"syscall"
	"time"
)

// threadCPU is the CPU time the calling OS thread has used (Linux's
// RUSAGE_THREAD): what a benchmark's own work costs, whatever else the
// machine runs. The caller locks itself to its thread.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
