package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/picture"
)

// openTimeline opens the default case on the timeline and waits for its
// layout.
func openTimeline(t *testing.T) *UI {
	t.Helper()
	u, _ := newTestUI(t)
	u.ShowTimeline()
	waitFor(t, "the timeline laid out", func() bool { return u.timeline.layout != nil && !u.timeline.laying })
	return u
}

// frameText finds a text run the timeline drew.
func frameText(u *UI, text string) (picture.Text, bool) {
	for _, tx := range u.timeline.view.frame.Texts {
		if tx.Text == text {
			return tx, true
		}
	}
	return picture.Text{}, false
}

// scrollToLane moves the timeline down to the lane named name.
func scrollToLane(t *testing.T, u *UI, name string) {
	t.Helper()
	for _, ln := range u.timeline.layout.Lanes {
		if ln.Name == name {
			u.timeline.view.top = ln.Top
			u.timeline.view.redraw()
			return
		}
	}
	t.Fatalf("no lane %q", name)
}

// axisWords are the words the timeline's axis shows.
func axisWords(u *UI) string {
	var out []string
	for _, tx := range u.timeline.view.frame.Texts {
		if tx.Item == "" && tx.At.Y < picture.TimeAxisHeight {
			out = append(out, tx.Text)
		}
	}
	return " " + strings.Join(out, " ") + " "
}

// Opening a case lays out no timeline; showing it does, off the UI
// thread, and paints every dated item, the undated listed apart.
func TestTimelineLaidOutWhenShown(t *testing.T) {
	u, _ := newTestUI(t)
	drainUI()
	if u.timeline.layout != nil || u.timeline.laying {
		t.Fatal("the timeline was laid out before it was shown")
	}
	u.ShowTimeline()
	waitFor(t, "the timeline laid out", func() bool { return u.timeline.layout != nil })
	for _, want := range []string{"Albania", "Iran", "Pompeo meets Rajavi in Albania", "2022", "7 years"} {
		if _, ok := frameText(u, want); !ok {
			t.Errorf("the timeline does not show %q", want)
		}
	}
	scrollToLane(t, u, "Edi Rama")
	for _, want := range []string{"Edi Rama", "Rama cuts ties with immediate effect", "2022"} {
		if _, ok := frameText(u, want); !ok {
			t.Errorf("scrolled down, the timeline does not show %q", want)
		}
	}
	if n := u.timeline.undated.Length(); n != 4 {
		t.Errorf("%d undated items listed, want 4", n)
	}
	if got := u.timeline.apart.Text; got != "Undated (4)" {
		t.Errorf("the undated list is headed %q", got)
	}
	if painted := u.timeline.view.painter.drawn; painted < len(u.timeline.view.frame.Texts) {
		t.Errorf("%d objects painted for a frame of %d texts", painted, len(u.timeline.view.frame.Texts))
	}
	capture(t, u, "timeline")
}

// A click on an item opens it on its own screen.
func TestTimelineTapOpens(t *testing.T) {
	u := openTimeline(t)
	tx, ok := frameText(u, "Pompeo meets Rajavi in Albania")
	if !ok {
		t.Fatal("the event is not drawn")
	}
	at := tx.Box().Center()
	u.timeline.view.Tapped(&fyne.PointEvent{Position: fyne.NewPos(float32(at.X*timeScale), float32(at.Y*timeScale))})
	if u.tabs.Selected() != u.tabBackground || u.background.selected != tx.Item {
		t.Errorf("the click opened %q on %v", u.background.selected, u.tabs.Selected().Text)
	}
	// A statement opens on the statements screen.
	u.ShowTimeline()
	drainUI()
	scrollToLane(t, u, "Edi Rama")
	tx, _ = frameText(u, "Rama on proportionality")
	at = tx.Box().Center()
	u.timeline.view.Tapped(&fyne.PointEvent{Position: fyne.NewPos(float32(at.X*timeScale), float32(at.Y*timeScale))})
	if u.tabs.Selected() != u.tabStatements {
		t.Errorf("a click on a statement opened %v", u.tabs.Selected().Text)
	}
}

// The wheel zooms the time axis about the pointer, and the labels adapt;
// a drag pans; a drag across the dates zooms to the range brushed.
func TestTimelineZoomPanAndBrush(t *testing.T) {
	u := openTimeline(t)
	v := u.timeline.view
	if w := axisWords(u); !strings.Contains(w, " 2012 ") {
		t.Fatalf("fitted, the axis reads %q", w)
	}
	// Zoom in on 7 September 2022 until the axis counts days.
	sep7 := v.view.X(float64(casefile.Day(2022, 9, 7).Earliest().Unix() / 86400))
	at := fyne.NewPos(float32(sep7*timeScale), 300)
	for range 12 {
		v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, 100)})
	}
	if got := v.view.X(float64(casefile.Day(2022, 9, 7).Earliest().Unix() / 86400)); got < sep7-2 || got > sep7+2 {
		t.Errorf("zooming moved 7 Sep 2022 from %.0f to %.0f", sep7, got)
	}
	if w := axisWords(u); !strings.Contains(w, " Sep 2022 ") || !strings.Contains(w, " 7 ") {
		t.Errorf("zoomed in, the axis reads %q", w)
	}
	capture(t, u, "timeline-zoomed")
	// A drag pans: the same day moves with the pointer.
	before := v.view.Day(500)
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(600, 400)}, Dragged: fyne.NewDelta(140, 0)})
	v.DragEnd()
	if after := v.view.Day(500 + 100); after < before-0.01 || after > before+0.01 {
		t.Errorf("after a 140 px drag, day %.2f is at %.2f", before, after)
	}
	// Brush from 300 px to 700 px along the axis: that range fills the view.
	u.timeline.onFit()
	from, to := v.view.Day(300/timeScale), v.view.Day(700/timeScale)
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(500, 20)}, Dragged: fyne.NewDelta(200, 0)})
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(700, 20)}, Dragged: fyne.NewDelta(200, 0)})
	if len(v.frame.Shapes) == 0 || v.view.Brush[0] == v.view.Brush[1] {
		t.Fatal("brushing shows no range")
	}
	v.DragEnd()
	left, right := v.view.Day(picture.TimeLaneWidth), v.view.Day(v.view.Width)
	if d := (right - left) - (to - from); d*d > 1 || left < from-1 || left > from+1 {
		t.Errorf("brushed %.1f–%.1f, the view shows %.1f–%.1f", from, to, left, right)
	}
}

// Typing in the window's search while the timeline shows highlights the
// items it matches there: their titles on a ground, every other item
// muted, the timeline still in view; emptied, all are alike again.
// Leaving the timeline with a query typed lists the matches, as the
// search does on any other screen, and coming back highlights them.
func TestTimelineHighlightsSearchMatches(t *testing.T) {
	u := openTimeline(t)
	s := u.timeline
	test.Type(u.search.entry, "rama")
	scrollToLane(t, u, "Edi Rama")
	if s.matches < 3 {
		t.Fatalf("%d items match “rama”", s.matches)
	}
	if !u.tabs.Visible() || u.search.results.Visible() {
		t.Error("the search put its results in place of the timeline")
	}
	if !strings.Contains(s.info.Text, "on the timeline match") {
		t.Errorf("the info line says %q", s.info.Text)
	}
	tx, _ := frameText(u, "Rama cuts ties with immediate effect")
	if tx.Muted || tx.Ground != picture.RoleTimeMatch {
		t.Errorf("a match is drawn %+v", tx)
	}
	if other, ok := frameText(u, "Watson: further U.S. action"); !ok || !other.Muted {
		t.Errorf("an item the search does not match is drawn %+v", other)
	}
	u.tabs.Select(u.tabActors)
	if u.tabs.Visible() || !u.search.results.Visible() {
		t.Error("away from the timeline, the search does not list its results")
	}
	u.ShowTimeline()
	if !u.tabs.Visible() || u.search.results.Visible() || s.matches < 3 {
		t.Errorf("back on the timeline, %d matches highlighted", s.matches)
	}
	u.search.entry.SetText("")
	if tx, _ := frameText(u, "Watson: further U.S. action"); tx.Muted || s.matches != -1 {
		t.Error("emptying the search leaves items muted")
	}
}

// The lanes picker lays the timeline out again: the events in a lane of
// their own, the statements in their speakers'.
func TestTimelineLanesPicker(t *testing.T) {
	u := openTimeline(t)
	if got := u.timeline.layout.Lanes[0].Name; got != "Albania" {
		t.Errorf("by actor, the first lane is %q", got)
	}
	u.timeline.lanes.SetSelected(lanesApart)
	waitFor(t, "the timeline laid out again", func() bool { return !u.timeline.laying && u.timeline.layout != nil })
	if got := u.timeline.layout.Lanes[0].Name; got != "Events" {
		t.Errorf("apart, the first lane is %q", got)
	}
}

// An edit lays the timeline out again, keeping the zoom.
func TestTimelineFollowsEdits(t *testing.T) {
	u := openTimeline(t)
	v := u.timeline.view
	v.zoomBy(3, 500)
	zoom := v.view.Zoom
	c := u.Case()
	id := c.Events[0].ID
	if err := u.edit(func(c *casefile.Case) error {
		e := c.Events[0]
		e.Title = "Renamed on the timeline"
		return c.UpdateEvent(e)
	}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the timeline laid out again", func() bool { return !u.timeline.laying })
	u.ShowTimeline()
	waitFor(t, "the timeline laid out again", func() bool { return !u.timeline.laying })
	found := false
	for _, it := range u.timeline.layout.Items {
		found = found || it.ID == id && it.Title == "Renamed on the timeline"
	}
	if !found {
		t.Error("the timeline does not show the edit")
	}
	if v.view.Zoom != zoom {
		t.Errorf("the edit reset the zoom from %.2f to %.2f", zoom, v.view.Zoom)
	}
}
