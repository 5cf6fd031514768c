// Command casefile-layout is Casefile's graph-layout helper: it lays out
// the link chart with Graphviz's neato (github.com/goccy/go-graphviz, pure
// Go over WebAssembly) for the casefile program, which starts it the first
// time a chart is laid out and keeps it for the next.
//
// It runs apart from casefile because go-graphviz compiles its WebAssembly
// module in a package init, which would cost every casefile start, the
// command line's included, a second the first time and 40 ms after. Here it
// costs only the first chart. It also keeps Graphviz, which is not safe for
// concurrent use, to one request at a time, and a crash in it out of the
// window.
//
// The protocol is one JSON object a line each way, on standard input and
// output: {"dot": "digraph {...}"} in, {"pos": {"node": [x, y], ...}} or
// {"error": "..."} out. It exits at the end of its input, so it ends with
// the program that started it, however that ends.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/casefile/casefile/internal/gvlayout"
)

type request struct {
	DOT string `json:"dot"`
}

type response struct {
	Pos   map[string][2]float64 `json:"pos,omitempty"`
	Error string                `json:"error,omitempty"`
}

func main() {
	if len(os.Args) > 1 {
		fmt.Fprintln(os.Stderr, "casefile-layout lays out link charts for casefile, which starts it; it takes no arguments.")
		os.Exit(2)
	}
	if err := serve(); err != nil {
		fmt.Fprintln(os.Stderr, "casefile-layout:", err)
		os.Exit(1)
	}
}

func serve() error {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 0, 64<<10), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	var engine gvlayout.Engine
	for in.Scan() {
		var req request
		var resp response
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			resp.Error = "cannot read the request: " + err.Error()
		} else if pos, err := engine.Layout(context.Background(), []byte(req.DOT)); err != nil {
			resp.Error = err.Error()
		} else {
			resp.Pos = pos
		}
		if err := enc.Encode(resp); err != nil {
			return err
		}
		if err := out.Flush(); err != nil {
			return err
		}
	}
	return in.Err()
}
