package casefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// holder is what a lock file says about the Casefile that holds it.
type holder struct {
	pid      int
	host     string
	start    uint64 // when the process started (Linux: clock ticks after boot); 0 if unknown
	openedAs string // the path the holder opened the case by
	damaged  bool   // the lock could not be read as one
}

// me is the holder this process writes, having opened the case as openedAs.
func me(openedAs string) holder {
	host, _ := os.Hostname()
	return holder{pid: os.Getpid(), host: host, start: selfStart(), openedAs: openedAs}
}

// encode gives a lock file's content: pid, host, start time and the path
// opened by, a line each. Earlier Casefiles wrote the first two lines only
// and read only those, so each reads the other's locks.
func (h holder) encode() []byte {
	start := ""
	if h.start != 0 {
		start = strconv.FormatUint(h.start, 10)
	}
	return fmt.Appendf(nil, "%d\n%s\n%s\n%s\n", h.pid, h.host, start, h.openedAs)
}

// parseHolder reads a lock file's content. A lock that does not parse is
// damaged and counts as held: better read-only than two writers.
func parseHolder(data []byte) holder {
	lines := strings.SplitN(string(data), "\n", 4)
	pid, err := strconv.Atoi(strings.TrimSpace(lines[0]))
	if err != nil || pid <= 0 {
		return holder{damaged: true}
	}
	h := holder{pid: pid}
	if len(lines) > 1 {
		h.host = strings.TrimSpace(lines[1])
	}
	if len(lines) > 2 {
		if s := strings.TrimSpace(lines[2]); s != "" {
			if h.start, err = strconv.ParseUint(s, 10, 64); err != nil {
				return holder{damaged: true}
			}
		}
	}
	if len(lines) > 3 {
		// The path is the rest: a file name may hold a newline.
		h.openedAs = strings.TrimSuffix(lines[3], "\n")
	}
	return h
}

// stale reports whether the holder is gone, so its lock may be taken over:
// its process, on this host, has exited, is a zombie, or is not the one
// that wrote the lock (the pid was reused). A process on another host
// cannot be asked, so its lock is honoured.
func (h holder) stale(host string) bool {
	return !h.damaged && h.host == host && !processAlive(h.pid, h.start)
}

// describe names the holder for a message: "process 1234 on host, opened
// as /home/a/link.casefile".
func (h holder) describe() string {
	s := fmt.Sprintf("process %d", h.pid)
	if h.host != "" {
		s += " on " + h.host
	}
	if h.openedAs != "" {
		s += ", opened as " + h.openedAs
	}
	return s
}

// claim creates the lock file path holding self. If another holder has it,
// claim returns that holder; a stale lock is taken over. A lock made and
// removed again while claim looks (two more Casefiles contending) returns a
// holder with no pid.
func claim(path string, self holder) (*holder, error) {
	for attempt := 0; attempt < 2; attempt++ {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			_, werr := f.Write(self.encode())
			if err := errors.Join(werr, f.Close()); err != nil {
				os.Remove(path)
				return nil, fmt.Errorf("cannot create lock file %s: %w", path, unwrapPath(err))
			}
			return nil, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("cannot create lock file %s: %w; check you may write to the folder", path, unwrapPath(err))
		}
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue // released meanwhile
		}
		if err != nil {
			return nil, fmt.Errorf("cannot read lock file %s: %w", path, unwrapPath(err))
		}
		if h := parseHolder(data); !h.stale(self.host) {
			return &h, nil
		}
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("cannot remove stale lock file %s: %w", path, unwrapPath(err))
		}
	}
	return &holder{}, nil
}
