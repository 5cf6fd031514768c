package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/picture"
)

// Lane choices, as the picker words them.
const (
	lanesByActor = "By actor"
	lanesApart   = "Events and statements apart"
)

// timelineScreen is the timeline: every dated event and statement on a
// time axis, in lanes, drawn by package picture. It is laid out off the UI
// thread, only while it shows; panning and zooming only draw.
type timelineScreen struct {
	u       *UI
	content fyne.CanvasObject
	view    *timelineView
	lanes   *choice
	fitBtn  *widget.Button
	info    *widget.Label
	undated *widget.List
	apart   *widget.Label // the undated list's heading

	doc     *document // the case laid out
	layout  *picture.TimeLayout
	index   *casefile.Index // the case as laid out, for highlighting
	mode    picture.TimeLanes
	laying  bool // a layout is running
	again   bool // and the case changed since it began
	visible bool
	stale   bool
	matches int // items the window's search matches, -1 with none typed
}

func newTimelineScreen(u *UI) *timelineScreen {
	s := &timelineScreen{u: u, view: newTimelineView(), matches: -1}
	s.view.onOpen = s.open
	s.lanes = newChoice([]string{lanesByActor, lanesApart}, s.onLanes)
	s.lanes.Selected = lanesByActor
	s.fitBtn = button("Fit", theme.ZoomFitIcon(), s.onFit)
	s.info = widget.NewLabel("")
	s.info.Truncation = fyne.TextTruncateEllipsis
	s.apart = subheading("Undated")
	s.undated = widget.NewList(
		func() int { return s.undatedLen() },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if s.layout != nil && id < len(s.layout.Undated) {
				o.(*widget.Label).SetText(bounded(s.layout.Undated[id].Title))
			}
		},
	)
	s.undated.OnSelected = func(id widget.ListItemID) {
		s.undated.UnselectAll()
		if s.layout != nil && id < len(s.layout.Undated) {
			s.open(s.layout.Undated[id].ID)
		}
	}
	legend := newSceneView(picture.TimelineLegend(600))
	lanes := container.NewGridWrap(fyne.NewSize(260, s.lanes.MinSize().Height), s.lanes)
	top := container.NewHBox(widget.NewLabel("Lanes"), lanes, s.fitBtn)
	side := container.NewBorder(container.NewVBox(s.apart, mutedWrap("Not placed: no date is known.")), nil, nil, nil, s.undated)
	split := container.NewHSplit(s.view, side)
	split.Offset = 0.84
	bottom := container.NewVBox(s.info, container.NewHBox(legend))
	s.content = container.NewBorder(top, bottom, nil, nil, split)
	return s
}

func (s *timelineScreen) undatedLen() int {
	if s.layout == nil {
		return 0
	}
	return len(s.layout.Undated)
}

// ShowTimeline switches to the timeline.
func (u *UI) ShowTimeline() { u.tabs.Select(u.tabTimeline) }

// shown is told when the timeline's tab comes into view or goes: it is
// laid out only while it shows, so an edit elsewhere costs it nothing.
func (s *timelineScreen) shown(visible bool) {
	changed := visible != s.visible
	s.visible = visible
	if visible && (s.stale || s.layout == nil) {
		s.refresh()
	}
	// A query typed elsewhere is highlighted here once the timeline
	// shows, and listed again once it goes.
	if changed && s.query() != "" {
		s.u.search.refresh()
	}
}

// refresh lays the timeline out again from the case, after an edit, an
// undo or opening a case.
func (s *timelineScreen) refresh() {
	if s.u.doc != s.doc {
		s.doc, s.layout, s.index = s.u.doc, nil, nil
		s.view.setLayout(nil, true)
		s.undated.Refresh()
	}
	if s.u.doc == nil {
		return
	}
	if !s.visible {
		s.stale = true
		return
	}
	s.stale = false
	if s.laying {
		s.again = true
		return
	}
	s.laying = true
	if s.layout == nil {
		s.info.SetText("Laying out the timeline…")
	}
	d := s.u.doc
	snap := d.c.Clone()
	opt := picture.TimelineOptions{Lanes: s.mode, Width: 1000}
	if w := float64(s.view.Size().Width); w > 0 {
		opt.Width = w / timeScale
	}
	fit := s.layout == nil
	go func() {
		l := picture.LayoutTimeline(snap, opt)
		ix := casefile.NewIndex(snap)
		runOnUI(func() { s.laidOut(d, l, ix, fit) })
	}()
}

// laidOut takes a layout back on the UI thread.
func (s *timelineScreen) laidOut(d *document, l *picture.TimeLayout, ix *casefile.Index, fit bool) {
	s.laying = false
	if s.u.doc != d {
		return // another case was opened meanwhile
	}
	s.layout, s.index = l, ix
	s.view.setLayout(l, fit)
	s.apart.SetText(fmt.Sprintf("Undated (%d)", len(l.Undated)))
	s.undated.Refresh()
	s.highlight()
	if s.again {
		s.again = false
		s.refresh()
	}
}

// onLanes lays out again in the lanes chosen, the whole span in view.
func (s *timelineScreen) onLanes(choice string) {
	mode := picture.LanesByActor
	if choice == lanesApart {
		mode = picture.LanesApart
	}
	if mode == s.mode {
		return
	}
	s.mode = mode
	s.layout = nil
	s.refresh()
}

func (s *timelineScreen) onFit() {
	s.view.fit = true
	s.view.redraw()
}

// query is what the window's search field holds: on the timeline, the
// search highlights its matches in place rather than list them.
func (s *timelineScreen) query() string { return strings.TrimSpace(s.u.search.entry.Text) }

// takeSearch is the search's hook: while the timeline shows, it takes the
// query (highlighting what it matches) and the search lists nothing.
func (s *timelineScreen) takeSearch() bool {
	if !s.visible || s.u.doc == nil {
		return false
	}
	s.highlight()
	return true
}

// highlight brightens the items the window's search matches, as it
// matches them (case and accents ignored, every word), and mutes the rest.
func (s *timelineScreen) highlight() {
	q := s.query()
	s.matches = -1
	if q == "" || s.index == nil {
		s.view.setHighlight(nil)
		s.info.SetText(s.idleInfo())
		return
	}
	ids := map[string]bool{}
	for _, h := range s.index.Search(q, 0) {
		if h.Kind == casefile.HitEvent || h.Kind == casefile.HitStatement {
			ids[h.ID] = true
		}
	}
	placed := 0
	for _, it := range s.layout.Items {
		if ids[it.ID] {
			placed++
		}
	}
	s.matches = placed
	s.view.setHighlight(ids)
	switch {
	case placed == 0:
		s.info.SetText(fmt.Sprintf("Nothing on the timeline matches “%s”. Escape in the search clears it.", q))
	default:
		s.info.SetText(fmt.Sprintf("%s on the timeline match “%s”. Escape in the search clears it.", casefile.Count(placed, "item", "items"), q))
	}
}

// idleInfo says what the timeline holds and how to move about it.
func (s *timelineScreen) idleInfo() string {
	l := s.layout
	if l == nil {
		return ""
	}
	if len(l.Items) == 0 {
		return "No event or statement is dated yet, so the timeline places none."
	}
	return fmt.Sprintf("%s in %s. Wheel: zoom · drag: pan · drag across the dates: zoom to them · click: open · the search highlights matches here.",
		casefile.Count(len(l.Items), "dated item", "dated items"), casefile.Count(len(l.Lanes), "lane", "lanes"))
}

// open opens an item on its own screen: an event, a statement, or the
// actor a lane is named for.
func (s *timelineScreen) open(id string) {
	c := s.u.Case()
	if c == nil {
		return
	}
	if _, ok := c.Event(id); ok {
		s.u.ShowEvent(id)
		return
	}
	if _, ok := c.Statement(id); ok {
		s.u.ShowStatement(id)
		return
	}
	if _, ok := c.Actor(id); ok {
		s.u.ShowActor(id)
	}
}

// timelineIcon is the timeline's tab: marks along an axis, in the
// theme's foreground colour.
var timelineIcon = theme.NewThemedResource(fyne.NewStaticResource("timeline.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">
<path fill="none" stroke="#000" stroke-width="1.6" d="M2 20h20M5 17v6M19 17v6"/>
<circle cx="6" cy="6" r="2.4"/><rect x="9" y="9.5" width="9" height="3.4" rx="0.6"/><path d="M15 2.5l3 3-3 3-3-3z"/>
</svg>`)))
