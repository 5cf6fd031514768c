//go:build unix && !linux

package casefile

// processAlive reports whether the process pid still exists; start is not
// known here (0), so a reused pid or a zombie counts as alive: the lock is
// held, which is the safe mistake. A pid of 0 or less counts as alive.
func processAlive(pid int, _ uint64) bool { return signalAlive(pid) }

func selfStart() uint64 { return 0 }
