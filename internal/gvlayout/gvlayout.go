// Package gvlayout lays out a graph written in DOT with Graphviz's neato,
// running in-process as WebAssembly through github.com/goccy/go-graphviz.
//
// Importing it is not free: go-graphviz compiles its WebAssembly module in
// a package init (about 1.2 s the first time on a machine, 40 ms once
// wazero's cache is warm) and writes that cache under the temporary
// folder. So only the layout helper (cmd/casefile-layout) and tests import
// it; the casefile program reaches it through that helper, started the
// first time a chart is laid out (see picture/engine.go).
package gvlayout

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/goccy/go-graphviz"
)

// Engine lays out graphs one at a time. go-graphviz is one WebAssembly
// module per process, not safe for concurrent use, and gives one Graphviz
// context (a second fails to start): every Engine shares the one context
// and its lock.
type Engine struct{}

var shared struct {
	mu sync.Mutex
	gv *graphviz.Graphviz
}

// Layout lays out src, a graph in DOT, with its own layout attribute
// (neato unless src says otherwise), and returns each node's position by
// name, in points, y up as Graphviz has it.
func (*Engine) Layout(ctx context.Context, src []byte) (map[string][2]float64, error) {
	e := &shared
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.gv == nil {
		// No plugins: the PNG and JPEG renderers that graphviz.New adds
		// are never used here; the "dot" output is Graphviz's own.
		gv, err := graphviz.NewWithPlugins(ctx)
		if err != nil {
			return nil, fmt.Errorf("cannot start Graphviz: %w", err)
		}
		e.gv = gv
	}
	g, err := graphviz.ParseBytes(src)
	if err != nil {
		return nil, fmt.Errorf("graphviz cannot read the graph: %w", err)
	}
	defer g.Close()
	e.gv.SetLayout(graphviz.NEATO)
	var out bytes.Buffer
	// Rendering as DOT attaches each node's position to it as "pos".
	if err := e.gv.Render(ctx, g, graphviz.XDOT, &out); err != nil {
		return nil, fmt.Errorf("graphviz cannot lay out the graph: %w", err)
	}
	pos := map[string][2]float64{}
	n, err := g.FirstNode()
	for ; err == nil && n != nil; n, err = g.NextNode(n) {
		name, err := n.Name()
		if err != nil {
			return nil, err
		}
		x, y, ok := ParsePos(n.GetStr("pos"))
		if !ok {
			return nil, fmt.Errorf("graphviz gave node %q no position", name)
		}
		pos[name] = [2]float64{x, y}
	}
	if err != nil {
		return nil, err
	}
	return pos, nil
}

// ParsePos reads a node's "pos" attribute, "x,y" or "x,y!".
func ParsePos(s string) (x, y float64, ok bool) {
	xs, ys, found := strings.Cut(strings.TrimSuffix(strings.TrimSpace(s), "!"), ",")
	if !found {
		return 0, 0, false
	}
	x, err1 := strconv.ParseFloat(xs, 64)
	y, err2 := strconv.ParseFloat(ys, 64)
	return x, y, err1 == nil && err2 == nil
}
