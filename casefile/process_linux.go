//go:build linux

package casefile

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
)

// processAlive reports whether the process pid, started at start (clock
// ticks after boot; 0 when unknown), still runs. A zombie (killed but not
// yet reaped by its parent) does not: it can never release its locks. A
// process with the pid but another start time is a later one that reuses
// the pid. A pid of 0 or less counts as alive: a damaged lock is held.
func processAlive(pid int, start uint64) bool {
	if pid <= 0 {
		return true
	}
	state, started, err := procStat(strconv.Itoa(pid))
	if err != nil {
		// No such process, or /proc hides it (another user's, under
		// hidepid) or is not mounted: the kernel can still tell.
		return signalAlive(pid)
	}
	if state == 'Z' || state == 'X' {
		return false
	}
	return start == 0 || started == start
}

// selfStart is this process's start time, written into its locks.
var selfStart = sync.OnceValue(func() uint64 {
	_, start, err := procStat("self")
	if err != nil {
		return 0
	}
	return start
})

// procStat reads a process's state and start time, fields 3 and 22 of
// /proc/PID/stat (see proc(5)).
func procStat(pid string) (state byte, start uint64, err error) {
	data, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return 0, 0, err
	}
	// Field 2, the command name in parentheses, may hold spaces and
	// parentheses itself: count from the last ')'.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return 0, 0, errors.New("unexpected /proc stat format")
	}
	fields := strings.Fields(string(data[i+1:]))
	if len(fields) < 20 || len(fields[0]) != 1 {
		return 0, 0, errors.New("unexpected /proc stat format")
	}
	start, err = strconv.ParseUint(fields[19], 10, 64)
	return fields[0][0], start, err
}
