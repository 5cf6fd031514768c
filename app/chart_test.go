//go:build !nochart

package app

import (
	"context"
	"image/color"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/internal/gvlayout"
	"github.com/casefile/casefile/picture"
)

// countingEngine lays out in-process, with the engine the layout helper
// runs, and counts the layouts.
type countingEngine struct {
	gvlayout.Engine
	calls atomic.Int32
}

func (e *countingEngine) Layout(ctx context.Context, dot []byte) (map[string][2]float64, error) {
	e.calls.Add(1)
	return e.Engine.Layout(ctx, dot)
}

var testEngine = &countingEngine{}

func init() { picture.SetEngine(testEngine) }

// openChart opens the default case on the chart and waits for its layout.
func openChart(t *testing.T) (*UI, string) {
	t.Helper()
	u, path := newTestUI(t)
	u.ShowChart()
	waitFor(t, "the chart laid out", func() bool { return u.chart.scene != nil && !u.chart.arranging })
	return u, path
}

// nodeCentre is where an actor's node is on the screen, in the view.
func nodeCentre(t *testing.T, u *UI, name string) fyne.Position {
	t.Helper()
	b, ok := u.chart.scene.Nodes[actorID(t, u.Case(), name)]
	if !ok {
		t.Fatalf("%s is not on the chart", name)
	}
	return u.chart.view.toScreen(b.Center())
}

// textColor is the colour the view draws a text run in.
func textColor(t *testing.T, u *UI, text string) color.Color {
	t.Helper()
	for _, p := range u.chart.view.placed {
		if tx, ok := p.obj.(*canvas.Text); ok && tx.Text == text {
			return tx.Color
		}
	}
	t.Fatalf("no %q on the chart", text)
	return nil
}

// Opening a case lays out no chart: the layout runs when the chart is
// first shown, off the UI thread, and draws every actor and link.
func TestChartLaidOutWhenShown(t *testing.T) {
	before := testEngine.calls.Load()
	u, _ := newTestUI(t)
	drainUI()
	if testEngine.calls.Load() != before || u.chart.arranging || u.chart.scene != nil {
		t.Fatal("the chart was laid out before it was shown")
	}
	u.ShowChart()
	if u.chart.scene != nil {
		t.Fatal("the chart was drawn before its layout came back")
	}
	if got := u.chart.info.Text; got != "Laying out the chart…" {
		t.Errorf("while laying out, the info line says %q", got)
	}
	waitFor(t, "the chart laid out", func() bool { return u.chart.scene != nil })
	c := u.Case()
	if n := len(u.chart.scene.Nodes); n != len(c.Actors) {
		t.Errorf("%d actors drawn, want %d", n, len(c.Actors))
	}
	texts := map[string]bool{}
	for _, p := range u.chart.view.placed {
		if tx, ok := p.obj.(*canvas.Text); ok {
			texts[tx.Text] = true
		}
	}
	for _, want := range []string{"Edi Rama", "Albania", "cut ties with", "designates as terrorist"} {
		if !texts[want] {
			t.Errorf("the chart does not show %q", want)
		}
	}
	if got := u.chart.info.Text; got != "21 actors and 31 links shown. Drag an actor to place it; Re-arrange lays out the others." {
		t.Errorf("info line %q", got)
	}
	if len(u.chart.legend.placed) == 0 {
		t.Error("no legend")
	}
	capture(t, u, "chart")
}

// A tap selects an actor: its neighbours and links stay bright, the rest
// fades; a tap on the background clears it.
func TestChartSelectHighlightsNeighbours(t *testing.T) {
	u, _ := openChart(t)
	ink := picture.Color(picture.RoleInk, false)
	if got := textColor(t, u, "France"); got != ink {
		t.Fatalf("France drawn in %v before any selection", got)
	}
	u.chart.view.Tapped(&fyne.PointEvent{Position: nodeCentre(t, u, "Edi Rama")})
	if u.chart.selected != actorID(t, u.Case(), "Edi Rama") {
		t.Fatalf("selected %q", u.chart.selected)
	}
	if got := textColor(t, u, "Albania"); got != ink {
		t.Errorf("Albania, which Rama leads, is drawn in %v", got)
	}
	if got := textColor(t, u, "France"); got == ink {
		t.Error("France, not linked to Rama, did not fade")
	}
	if got := u.chart.info.Text; got != "Edi Rama · person · Prime Minister of Albania — double-click or Open to see it" {
		t.Errorf("info line %q", got)
	}
	if u.chart.openBtn.Disabled() {
		t.Error("Open is disabled with an actor selected")
	}
	u.chart.view.Tapped(&fyne.PointEvent{Position: fyne.NewPos(2, 2)})
	if u.chart.selected != "" || textColor(t, u, "France") != ink {
		t.Error("a tap on the background did not clear the selection")
	}
}

// A double tap opens the actor on its screen, and a relation on the
// screen of the actor it starts from.
func TestChartDoubleTapOpens(t *testing.T) {
	u, _ := openChart(t)
	iran := actorID(t, u.Case(), "Iran")
	u.chart.view.DoubleTapped(&fyne.PointEvent{Position: nodeCentre(t, u, "Iran")})
	if u.tabs.Selected() != u.tabActors || u.actors.selected != iran {
		t.Fatalf("tab %q, actor %q", u.tabs.Selected().Text, u.actors.selected)
	}
	u.ShowChart()
	var label picture.Text
	for _, tx := range u.chart.scene.Texts {
		if tx.Text == "cut ties with" {
			label = tx
		}
	}
	u.chart.view.DoubleTapped(&fyne.PointEvent{Position: u.chart.view.toScreen(label.Box().Center())})
	if u.actors.selected != actorID(t, u.Case(), "Albania") {
		t.Errorf("opening “cut ties with” shows %q", u.actors.selected)
	}
}

// dragActor drags an actor's node by (dx, dy) pixels in a few steps.
func dragActor(u *UI, from fyne.Position, dx, dy float32) {
	for i := 0; i < 4; i++ {
		at := from.Add(fyne.NewPos(dx*float32(i+1)/4, dy*float32(i+1)/4))
		u.chart.view.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at}, Dragged: fyne.NewDelta(dx/4, dy/4)})
	}
	u.chart.view.DragEnd()
}

// A dragged actor stays where the analyst put it: in the case, saved to
// disk, undone like any edit, and kept by Re-arrange.
func TestChartDragPlacesActor(t *testing.T) {
	u, path := openChart(t)
	c := u.Case()
	rama := actorID(t, c, "Edi Rama")
	start := u.chart.scene.Nodes[rama].Center()
	z := u.chart.view.zoom
	dragActor(u, nodeCentre(t, u, "Edi Rama"), 80, -40)
	a, _ := c.Actor(rama)
	if a.Chart == nil {
		t.Fatal("the dragged actor has no position")
	}
	want := start.Add(picture.Point{X: 80 / z, Y: -40 / z})
	if got := (picture.Point{X: a.Chart.X, Y: a.Chart.Y}); got.Sub(want).Len() > 0.01 {
		t.Errorf("dropped at %v, want %v", got, want)
	}
	if got := u.chart.scene.Nodes[rama].Center(); got.Sub(want).Len() > 0.01 {
		t.Errorf("drawn at %v, want %v", got, want)
	}
	waitFor(t, "the position saved", func() bool {
		a, _ := loadFile(t, path).Actor(rama)
		return a.Chart != nil && *a.Chart == (casefile.ChartPos{X: want.X, Y: want.Y})
	})

	// Re-arranging moves the others, never Rama.
	u.chart.arrange.OnTapped()
	waitFor(t, "the chart re-arranged", func() bool { return !u.chart.arranging })
	if got := u.chart.scene.Nodes[rama].Center(); got.Sub(want).Len() > 0.01 {
		t.Errorf("re-arranged, Rama moved to %v", got)
	}

	u.Undo()
	if a, _ := u.Case().Actor(rama); a.Chart != nil {
		t.Fatal("undo kept the position")
	}
	waitFor(t, "the chart redrawn", func() bool { return !u.chart.arranging && u.chart.scene.Nodes[rama].Center() != want })
}

// Panning moves the view, and the wheel zooms about the pointer.
func TestChartPanAndZoom(t *testing.T) {
	u, _ := openChart(t)
	v := u.chart.view
	rama := nodeCentre(t, u, "Edi Rama")
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(3, 3)}, Dragged: fyne.NewDelta(30, 20)})
	v.DragEnd()
	if got := nodeCentre(t, u, "Edi Rama"); got.Subtract(rama) != fyne.NewPos(30, 20) {
		t.Errorf("a pan of 30,20 moved Rama by %v", got.Subtract(rama))
	}
	if a, _ := u.Case().Actor(actorID(t, u.Case(), "Edi Rama")); a.Chart != nil {
		t.Error("panning placed an actor")
	}
	at := nodeCentre(t, u, "Albania")
	z := v.zoom
	v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, 20)})
	if v.zoom <= z {
		t.Errorf("zoom %v after a wheel up from %v", v.zoom, z)
	}
	if got := nodeCentre(t, u, "Albania"); got.Subtract(at).X > 0.5 || got.Subtract(at).Y > 0.5 {
		t.Errorf("the actor under the pointer moved from %v to %v", at, got)
	}
}

// The filters: actor kinds, relation type and "as of" a date.
func TestChartFilters(t *testing.T) {
	u, _ := openChart(t)
	s := u.chart
	s.kinds.SetSelected([]string{"state", "government body", "organisation", "group"})
	for _, n := range s.scene.Graph.Nodes {
		if n.Kind == casefile.KindPerson {
			t.Errorf("%s shown with persons filtered out", n.Name)
		}
	}
	s.kinds.SetSelected(s.kinds.Options)
	s.types.SetSelected("accuses")
	if n := len(s.scene.Graph.Links); n != 4 {
		t.Errorf("%d links of type accuses, want 4", n)
	}
	s.types.SetSelected(allTypes)
	s.asOf.SetText("1 Aug 2022")
	for _, l := range s.scene.Graph.Links {
		if l.Type == "cut ties with" || l.Type == "accuses" {
			t.Errorf("as of 1 Aug 2022, %q is drawn", l.Type)
		}
	}
	all := len(s.scene.Graph.Links)
	s.asOf.SetText("the day after")
	if len(s.scene.Graph.Links) <= all || s.info.Text == "" || s.dateError == "" {
		t.Errorf("an unreadable date: %d links, info %q", len(s.scene.Graph.Links), s.info.Text)
	}
}

// A read-only case cannot be rearranged.
func TestChartReadOnly(t *testing.T) {
	u, _ := openChart(t)
	u.doc.readOnly = "open elsewhere"
	dragActor(u, nodeCentre(t, u, "Iran"), 50, 50)
	if a, _ := u.Case().Actor(actorID(t, u.Case(), "Iran")); a.Chart != nil {
		t.Error("a read-only case was changed")
	}
}
