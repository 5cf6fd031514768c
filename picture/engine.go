package picture

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
)

// Engine lays out a graph written in DOT and returns each node's position
// by name, in points, y up, as Graphviz gives them.
type Engine interface {
	Layout(ctx context.Context, dot []byte) (map[string][2]float64, error)
}

// ErrNoEngine says the layout helper could not be found or started;
// Arrange then places the actors on a ring and says so.
var ErrNoEngine = errors.New("the layout engine is not available")

// HelperName is the layout helper's program, cmd/casefile-layout, which
// runs Graphviz's neato for this process (see that command's doc for why
// it is a process of its own).
const HelperName = "casefile-layout"

// HelperEnv names the helper's path when it is not beside the program.
const HelperEnv = "CASEFILE_LAYOUT"

var (
	engineMu sync.Mutex
	engine   Engine = &Helper{}
)

// SetEngine makes e the engine Arrange uses, and returns a function that
// puts the previous one back (tests lay out in-process, with
// internal/gvlayout).
func SetEngine(e Engine) (restore func()) {
	engineMu.Lock()
	defer engineMu.Unlock()
	prev := engine
	engine = e
	return func() {
		engineMu.Lock()
		engine = prev
		engineMu.Unlock()
	}
}

func currentEngine() Engine {
	engineMu.Lock()
	defer engineMu.Unlock()
	return engine
}

// Helper is the layout helper process, started on the first Layout (never
// at start: nothing happens until a chart is laid out) and kept for the
// next; it exits when this process closes its input, at exit or Close.
// Requests go one at a time, as Graphviz needs.
type Helper struct {
	Path string // the helper; "" finds it (HelperPath)

	mu  sync.Mutex
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

// HelperPath finds the helper: $CASEFILE_LAYOUT, beside this program's
// executable, or on the PATH.
func HelperPath() (string, error) {
	name := HelperName
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	if p := os.Getenv(HelperEnv); p != "" {
		return p, nil
	}
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), name)
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			return p, nil
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("%w: %s is neither beside this program nor on the PATH; build it with go build -o bin/%s ./cmd/%s", ErrNoEngine, name, name, HelperName)
}

// Layout sends dot to the helper and reads back the positions, starting
// the helper if it is not running. A helper that fails or is cancelled
// is stopped, and the next Layout starts another.
func (h *Helper) Layout(ctx context.Context, dot []byte) (map[string][2]float64, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err := h.start(); err != nil {
		return nil, err
	}
	type result struct {
		pos map[string][2]float64
		err error
	}
	done := make(chan result, 1)
	in, out := h.in, h.out
	go func() {
		pos, err := exchange(in, out, dot)
		done <- result{pos, err}
	}()
	select {
	case r := <-done:
		if r.err != nil && !errors.Is(r.err, errLayout) {
			h.stop()
		}
		return r.pos, r.err
	case <-ctx.Done():
		h.stop() // the exchange ends with the pipes
		<-done
		return nil, ctx.Err()
	}
}

// errLayout wraps the helper's own refusal, after which it still runs.
var errLayout = errors.New("layout failed")

func exchange(in io.Writer, out *bufio.Reader, dot []byte) (map[string][2]float64, error) {
	req, err := json.Marshal(struct {
		DOT string `json:"dot"`
	}{string(dot)})
	if err != nil {
		return nil, err
	}
	if _, err := in.Write(append(req, '\n')); err != nil {
		return nil, fmt.Errorf("the layout helper stopped: %w", err)
	}
	line, err := out.ReadBytes('\n')
	if err != nil {
		return nil, fmt.Errorf("the layout helper stopped: %w", err)
	}
	var resp struct {
		Pos   map[string][2]float64 `json:"pos"`
		Error string                `json:"error"`
	}
	if err := json.Unmarshal(line, &resp); err != nil {
		return nil, fmt.Errorf("the layout helper answered nonsense: %w", err)
	}
	if resp.Error != "" {
		return nil, fmt.Errorf("%w: %s", errLayout, resp.Error)
	}
	return resp.Pos, nil
}

func (h *Helper) start() error {
	if h.cmd != nil {
		return nil
	}
	path := h.Path
	if path == "" {
		p, err := HelperPath()
		if err != nil {
			return err
		}
		path = p
	}
	cmd := exec.Command(path)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%w: cannot start %s: %v", ErrNoEngine, path, err)
	}
	h.cmd, h.in, h.out = cmd, in, bufio.NewReaderSize(out, 64<<10)
	return nil
}

func (h *Helper) stop() {
	if h.cmd == nil {
		return
	}
	h.in.Close()
	if h.cmd.Process != nil {
		h.cmd.Process.Kill()
	}
	h.cmd.Wait()
	h.cmd, h.in, h.out = nil, nil, nil
}

// Close stops the helper, if it runs.
func (h *Helper) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stop()
}
