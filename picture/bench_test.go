package picture

import (
	"bytes"
	"context"
	"os/exec"
	"slices"
	"testing"
	"time"

	"github.com/casefile/casefile/internal/gvlayout"
)

// BenchmarkLayoutVsNeato lays out the chart of a generated case of 60
// actors and 100 relations with this package's engine (go-graphviz's
// WebAssembly neato), in-process and through the layout helper the program
// uses, and with the native neato of Debian's graphviz package on the same
// DOT (same settings, same starting positions), in the same run, and
// reports each and the ratios. This package's times include writing the
// DOT, which works out the starting positions; native neato is given it
// ready. The target: within 2× of native neato. neato is required
// (scripts/deps.sh --test installs graphviz): without it the benchmark
// fails rather than skip.
func BenchmarkLayoutVsNeato(b *testing.B) {
	neato, err := exec.LookPath("neato")
	if err != nil {
		b.Fatal("native neato is not installed, so there is nothing to compare with: run scripts/deps.sh --test (Debian's graphviz)")
	}
	g := BuildGraph(generatedCase(60, 100, 1), ChartOptions{})
	dot := LayoutDOT(g)
	engine := &gvlayout.Engine{}
	helper := &Helper{Path: buildHelper(b)}
	defer helper.Close()
	ctx := context.Background()
	layout := func(e Engine) time.Duration {
		t := time.Now()
		if _, err := e.Layout(ctx, LayoutDOT(g)); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	runNeato := func() time.Duration {
		t := time.Now()
		cmd := exec.Command(neato, "-Tdot")
		cmd.Stdin = bytes.NewReader(dot)
		if out, err := cmd.Output(); err != nil || len(out) == 0 {
			b.Fatalf("neato: %v", err)
		}
		return time.Since(t)
	}
	// Warm each: go-graphviz compiles its module on first use (once per
	// process, the helper's included), neato reads its plugins.
	layout(engine)
	layout(helper)
	runNeato()
	// Interleaved, and compared by medians: on a shared two-core machine
	// one slow run says nothing of either engine.
	var inProc, viaHelper, native, writing []time.Duration
	for b.Loop() {
		inProc = append(inProc, layout(engine))
		viaHelper = append(viaHelper, layout(helper))
		native = append(native, runNeato())
		t := time.Now()
		LayoutDOT(g)
		writing = append(writing, time.Since(t))
	}
	gv, hp, nt := median(inProc), median(viaHelper), median(native)
	b.ReportMetric(ms(median(writing)), "dot-ms")
	b.ReportMetric(ms(gv), "gv-ms")
	b.ReportMetric(ms(hp), "helper-ms")
	b.ReportMetric(ms(nt), "neato-ms")
	b.ReportMetric(float64(gv)/float64(nt), "gv/neato")
	b.ReportMetric(float64(hp)/float64(nt), "helper/neato")
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkDraw60 draws the generated 60-actor chart from its positions:
// what filtering, dragging and the PDF cost after the layout.
func BenchmarkDraw60(b *testing.B) {
	c := generatedCase(60, 100, 1)
	g := BuildGraph(c, ChartOptions{})
	a, err := Arrange(context.Background(), g)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Draw(BuildGraph(c, ChartOptions{}), a.Positions)
	}
}
