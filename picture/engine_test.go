package picture

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/internal/gvlayout"
)

// goTool is the go command, which builds the helper and lists imports.
func goTool(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is not on the PATH: %v", err)
	}
	return p
}

// buildHelper builds cmd/casefile-layout into a temporary folder.
func buildHelper(t testing.TB) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), HelperName)
	cmd := exec.Command(goTool(t), "build", "-o", out, "github.com/casefile/casefile/cmd/casefile-layout")
	cmd.Env = append(cmd.Environ(), "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("cannot build the layout helper: %v\n%s", err, msg)
	}
	return out
}

// The program lays out through the helper process: it lays out as the
// in-process engine does, survives a request it refuses, and starts
// again after it was stopped.
func TestHelperProcess(t *testing.T) {
	h := &Helper{Path: buildHelper(t)}
	defer h.Close()
	dot := LayoutDOT(BuildGraph(defaultCase(t), ChartOptions{}))
	got, err := h.Layout(context.Background(), dot)
	if err != nil {
		t.Fatal(err)
	}
	want, err := (&gvlayout.Engine{}).Layout(context.Background(), dot)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || len(got) != len(defaultCase(t).Actors) {
		t.Fatalf("the helper placed %d nodes, in-process %d", len(got), len(want))
	}
	for name, p := range want {
		if got[name] != p {
			t.Errorf("%s: helper %v, in-process %v", name, got[name], p)
		}
	}
	if _, err := h.Layout(context.Background(), []byte("this is not DOT {")); err == nil {
		t.Error("nonsense was laid out")
	}
	again, err := h.Layout(context.Background(), dot)
	if err != nil || len(again) != len(want) {
		t.Errorf("after a refusal: %d nodes, %v", len(again), err)
	}
	h.Close()
	if _, err := h.Layout(context.Background(), dot); err != nil {
		t.Errorf("after Close, the next layout failed: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := h.Layout(ctx, dot); err == nil {
		t.Error("a cancelled layout succeeded")
	}
	missing := &Helper{Path: filepath.Join(t.TempDir(), "no-such-helper")}
	if _, err := missing.Layout(context.Background(), dot); err == nil || !strings.Contains(err.Error(), "not available") {
		t.Errorf("a missing helper gave %v", err)
	}
}

// Graphviz costs nothing at start: the casefile program does not link
// go-graphviz or its WebAssembly runtime (whose package init compiles the
// module), and neither do the packages it imports; only the helper does.
func TestProgramDoesNotLinkGraphviz(t *testing.T) {
	for _, pkg := range []string{"github.com/casefile/casefile", "github.com/casefile/casefile/picture", "github.com/casefile/casefile/app", "github.com/casefile/casefile/export"} {
		cmd := exec.Command(goTool(t), "list", "-e", "-deps", pkg) // -e: main needs cgo to build, not to list
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			if strings.HasPrefix(dep, "github.com/goccy/go-graphviz") || strings.HasPrefix(dep, "github.com/tetratelabs/wazero") {
				t.Errorf("%s links %s, whose init would cost every start", pkg, dep)
			}
		}
	}
	out, err := exec.Command(goTool(t), "list", "-deps", "github.com/casefile/casefile/cmd/casefile-layout").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "github.com/goccy/go-graphviz/internal/wasm") {
		t.Errorf("the helper does not link go-graphviz: %v", err)
	}
}

// The width table is Noto Sans' own, regular and bold.
func TestMetricsMatchTheFonts(t *testing.T) {
	for _, f := range []struct {
		data []byte
		bold bool
	}{{assets.FontRegular, false}, {assets.FontBold, true}} {
		fnt, err := sfnt.Parse(f.data)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		upem := fnt.UnitsPerEm()
		m, err := fnt.Metrics(&buf, fixed.I(int(upem)), font.HintingNone)
		if err != nil {
			t.Fatal(err)
		}
		if a := float64(m.Ascent) / 64 / float64(upem); a != Ascent {
			t.Errorf("ascent %v, the table says %v", a, Ascent)
		}
		for _, r := range "AZaz09 .,;ëçÇñßøŁłŚśŻżáéíóúüöä–—‘’“”…" {
			g, err := fnt.GlyphIndex(&buf, r)
			if err != nil || g == 0 {
				t.Fatalf("%q not in the font", r)
			}
			adv, err := fnt.GlyphAdvance(&buf, g, fixed.I(int(upem)), font.HintingNone)
			if err != nil {
				t.Fatal(err)
			}
			want := float64(adv) / 64 / float64(upem) * 10
			if got := TextWidth(string(r), 10, f.bold); got < want-0.006 || got > want+0.006 {
				t.Errorf("%q bold %v: %v wide at 10, the font says %v", r, f.bold, got, want)
			}
		}
	}
}
