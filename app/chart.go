//go:build !nochart

package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/picture"
)

// allTypes is the relation type filter's "no filter" choice.
const allTypes = "All relation types"

// chartScreen is the link chart: the actors and their relations drawn by
// package picture, laid out by Graphviz off the UI thread, with filters,
// selection, and actors that stay where the analyst drags them.
type chartScreen struct {
	u       *UI
	content fyne.CanvasObject
	view    *chartView
	legend  *chartView
	kinds   *ticks
	types   *choice
	asOf    *widget.Entry
	arrange *widget.Button
	fitBtn  *widget.Button
	openBtn *widget.Button
	info    *widget.Label

	// arranged is where the last arrangement put the actors not placed
	// by hand (those placed by hand are where the case says).
	arranged  picture.Positions
	arranging bool      // an arrangement is running
	doc       *document // the case arranged
	note      string
	visible   bool // the chart's tab is showing
	stale     bool // the case changed while it was not
	asOfDate  casefile.Date
	dateError string

	scene    *picture.ChartScene
	selected string
	dragged  picture.Positions // the actor being dragged, where it is now
}

func newChartScreen(u *UI) *chartScreen {
	s := &chartScreen{u: u, view: newChartView(), legend: newChartView()}
	s.legend.maxFit = 1.4
	s.view.onSelect, s.view.onOpen = s.onSelect, s.onOpen
	s.view.onDrag, s.view.onDrop = s.onDrag, s.onDrop
	var kinds []string
	for _, k := range casefile.ActorKinds {
		kinds = append(kinds, string(k))
	}
	s.kinds = newTicks(kinds, kinds, true, s.onFilter)
	s.types = newChoice([]string{allTypes}, s.onType)
	s.types.Selected = allTypes
	s.asOf = widget.NewEntry()
	s.asOf.SetPlaceHolder("as of, e.g. 1 Aug 2022")
	s.asOf.OnChanged = s.onAsOf
	s.arrange = button("Re-arrange", theme.ViewRefreshIcon(), s.onRearrange)
	s.fitBtn = button("Fit", theme.ZoomFitIcon(), s.onFit)
	s.openBtn = button("Open", theme.NavigateNextIcon(), s.onOpenSelected)
	s.openBtn.Disable()
	s.info = widget.NewLabel("")
	s.info.Truncation = fyne.TextTruncateEllipsis

	s.legend.setScene(legendScene(), nil, true)
	legend := container.NewGridWrap(fyne.NewSize(1000, 52), s.legend)
	asOf := container.NewGridWrap(fyne.NewSize(190, s.asOf.MinSize().Height), s.asOf)
	top := container.NewVBox(
		container.NewHBox(s.arrange, s.fitBtn, widget.NewSeparator(), container.NewGridWrap(fyne.NewSize(230, s.asOf.MinSize().Height), s.types), asOf),
		s.kinds.box,
	)
	bottom := container.NewVBox(container.NewBorder(nil, nil, nil, s.openBtn, s.info), legend)
	s.content = container.NewBorder(top, bottom, nil, nil, s.view)
	return s
}

// legendScene is the legend, the chart's shapes and lines explained.
func legendScene() *picture.Scene {
	sc := picture.Legend(720)
	return &sc
}

// ShowChart switches to the chart.
func (u *UI) ShowChart() { u.tabs.Select(u.tabChart) }

// shown is told when the chart's tab comes into view or goes: the chart is
// laid out only while it shows, so opening a case costs nothing for it.
func (s *chartScreen) shown(visible bool) {
	s.visible = visible
	if visible && s.stale {
		s.refresh()
	}
}

// refresh redraws the chart from the case, after an edit, an undo or
// opening a case, laying it out first if an actor is not yet placed.
func (s *chartScreen) refresh() {
	if s.u.doc != s.doc {
		s.doc, s.arranged, s.scene, s.selected, s.note = s.u.doc, nil, nil, "", ""
		s.view.setScene(nil, nil, true)
	}
	if s.u.doc == nil {
		return
	}
	if !s.visible {
		s.stale = true
		return
	}
	s.stale = false
	s.updateTypes()
	pos, complete := s.positions(s.u.doc.c)
	if !complete {
		s.startArrange()
		if s.scene == nil {
			s.info.SetText("Laying out the chart…")
			return
		}
	}
	s.draw(pos)
}

// positions are where every actor is: placed by hand, dragged, or where
// the last arrangement put it; complete is false when one is in none.
func (s *chartScreen) positions(c *casefile.Case) (picture.Positions, bool) {
	pos := make(picture.Positions, len(c.Actors))
	complete := true
	for _, a := range c.Actors {
		switch p, dragging := s.dragged[a.ID]; {
		case dragging:
			pos[a.ID] = p
		case a.Placed():
			pos[a.ID] = picture.Point{X: a.Chart.X, Y: a.Chart.Y}
		default:
			if p, ok := s.arranged[a.ID]; ok {
				pos[a.ID] = p
			} else {
				complete = false
			}
		}
	}
	return pos, complete
}

// options are the filters as the analyst set them.
func (s *chartScreen) options() picture.ChartOptions {
	var opt picture.ChartOptions
	if len(s.kinds.Selected) < len(s.kinds.Options) {
		opt.Kinds = []casefile.ActorKind{}
		for _, k := range s.kinds.Selected {
			opt.Kinds = append(opt.Kinds, casefile.ActorKind(k))
		}
	}
	if s.types.Selected != "" && s.types.Selected != allTypes {
		opt.Types = []casefile.RelationType{casefile.RelationType(s.types.Selected)}
	}
	opt.AsOf = s.asOfDate
	return opt
}

// draw draws the chart with the actors at pos, keeping those the last
// arrangement did not place out of it until one does.
func (s *chartScreen) draw(pos picture.Positions) {
	c := s.u.doc.c
	g := picture.BuildGraph(c, s.options())
	shown := g.Nodes[:0:0]
	for _, n := range g.Nodes {
		if _, ok := pos[n.ID]; ok {
			shown = append(shown, n)
		}
	}
	g.Nodes = shown
	links := g.Links[:0:0]
	for _, l := range g.Links {
		_, from := pos[l.From]
		_, to := pos[l.To]
		if from && to {
			links = append(links, l)
		}
	}
	g.Links = links
	first := s.scene == nil
	s.scene = picture.Draw(g, pos)
	s.view.setScene(&s.scene.Scene, s.scene.Nodes, first)
	if _, ok := s.scene.Nodes[s.selected]; !ok && !s.isLink(s.selected) {
		s.selected = ""
	}
	s.showSelection()
}

func (s *chartScreen) isLink(id string) bool {
	if s.scene == nil || id == "" {
		return false
	}
	for _, l := range s.scene.Graph.Links {
		if l.ID == id {
			return true
		}
	}
	return false
}

// startArrange lays out, off the UI thread, the actors neither placed by
// hand nor arranged yet, around those that are. One arrangement runs at a
// time; the refresh that takes it back starts another if an actor came
// meanwhile.
func (s *chartScreen) startArrange() {
	if s.arranging {
		return
	}
	s.arranging = true
	s.arrange.Disable()
	d := s.u.doc
	g := picture.BuildGraph(d.c, picture.ChartOptions{})
	known, _ := s.positions(d.c)
	go s.arrangeOff(d, g, known)
}

// arrangeOff runs on a goroutine of its own: Graphviz may take a second.
func (s *chartScreen) arrangeOff(d *document, g *picture.Graph, known picture.Positions) {
	a, err := picture.Complete(context.Background(), g, known)
	runOnUI(func() { s.arranged0(d, g, a, err) })
}

// arranged0 takes an arrangement back on the UI thread.
func (s *chartScreen) arranged0(d *document, g *picture.Graph, a picture.Arrangement, err error) {
	s.arranging = false
	s.arrange.Enable()
	if s.u.doc != d {
		return // another case was opened meanwhile
	}
	if err != nil {
		s.info.SetText(fontSafe(err.Error()))
		return
	}
	if s.arranged == nil {
		s.arranged = picture.Positions{}
	}
	for _, n := range g.Nodes {
		if n.Placed == nil {
			s.arranged[n.ID] = a.Positions[n.ID]
		}
	}
	s.note = a.Note
	s.refresh()
}

// onRearrange lays out again every actor not placed by hand.
func (s *chartScreen) onRearrange() {
	if s.u.doc == nil {
		return
	}
	s.arranged = nil
	s.startArrange()
}

func (s *chartScreen) onFit() {
	s.view.fit = true
	s.view.Refresh()
}

func (s *chartScreen) onFilter() { s.refresh() }

func (s *chartScreen) onType(string) { s.refresh() }

// onAsOf reads the date typed: only relations in force then are drawn.
func (s *chartScreen) onAsOf(text string) {
	d, err := parseDate(text)
	s.dateError = ""
	if err != nil {
		s.dateError = err.Error()
		d = casefile.Date{}
	}
	s.asOfDate = d
	s.refresh()
}

// updateTypes offers the relation types the case holds.
func (s *chartScreen) updateTypes() {
	seen := map[casefile.RelationType]bool{}
	opts := []string{allTypes}
	add := func(t casefile.RelationType) {
		if !seen[t] {
			seen[t] = true
			opts = append(opts, string(t))
		}
	}
	for _, r := range s.u.doc.c.Relations {
		add(r.Type)
	}
	for _, a := range s.u.doc.c.Actors {
		if a.Affiliation != "" {
			add(picture.AffiliationType)
			break
		}
	}
	s.types.Options = opts
	if !seen[casefile.RelationType(s.types.Selected)] {
		s.types.Selected = allTypes
	}
	s.types.Refresh()
}

// onSelect selects an actor or a link: it and what it joins stay bright.
func (s *chartScreen) onSelect(item string) {
	s.selected = item
	s.showSelection()
}

func (s *chartScreen) showSelection() {
	if s.selected == "" || s.scene == nil {
		s.view.setBright("", nil)
		s.openBtn.Disable()
		s.info.SetText(s.idleInfo())
		return
	}
	bright := map[string]bool{s.selected: true}
	if _, ok := s.scene.Nodes[s.selected]; ok {
		actors, links := s.scene.Neighbours(s.selected)
		for id := range actors {
			bright[id] = true
		}
		for id := range links {
			bright[id] = true
		}
	} else {
		for _, l := range s.scene.Graph.Links {
			if l.ID == s.selected {
				bright[l.From], bright[l.To] = true, true
			}
		}
	}
	s.view.setBright(s.selected, bright)
	s.openBtn.Enable()
	s.info.SetText(fontSafe(s.describe(s.selected)) + " — double-click or Open to see it")
}

// idleInfo is what the info line says with nothing selected.
func (s *chartScreen) idleInfo() string {
	switch {
	case s.dateError != "":
		return s.dateError
	case s.note != "":
		return s.note
	case s.scene == nil:
		return ""
	}
	g := s.scene.Graph
	return fmt.Sprintf("%s and %s shown. Drag an actor to place it; Re-arrange lays out the others.",
		casefile.Count(len(g.Nodes), "actor", "actors"), casefile.Count(len(g.Links), "link", "links"))
}

// describe names an item in words: "Edi Rama, person" or "Albania cut
// ties with Iran".
func (s *chartScreen) describe(item string) string {
	c := s.u.doc.c
	if a, ok := c.Actor(item); ok {
		return joinDot(a.Name, string(a.Kind), a.Role)
	}
	if r, ok := c.Relation(item); ok {
		return joinDot(c.ActorName(r.From)+" "+string(r.Type)+" "+c.ActorName(r.To), r.Period())
	}
	if id, ok := strings.CutPrefix(item, picture.AffiliationPrefix); ok {
		if a, ok := c.Actor(id); ok {
			return a.Name + " is affiliated with " + c.ActorName(a.Affiliation)
		}
	}
	return item
}

func (s *chartScreen) onOpenSelected() { s.onOpen(s.selected) }

// onOpen opens an actor on its screen, and a relation or an affiliation
// on the screen of the actor it starts from, which lists it.
func (s *chartScreen) onOpen(item string) {
	c := s.u.doc.c
	if _, ok := c.Actor(item); ok {
		s.u.ShowActor(item)
		return
	}
	if r, ok := c.Relation(item); ok {
		s.u.ShowActor(r.From)
		return
	}
	if id, ok := strings.CutPrefix(item, picture.AffiliationPrefix); ok {
		s.u.ShowActor(id)
	}
}

// onDrag draws the dragged actor where it is now, its links following.
func (s *chartScreen) onDrag(id string, to picture.Point) {
	if s.u.doc == nil || s.u.doc.readOnly != "" {
		return
	}
	s.dragged = picture.Positions{id: to}
	pos, _ := s.positions(s.u.doc.c)
	s.draw(pos)
}

// onDrop places the actor where it was let go, through the case's edit
// path: it saves, and undoes, as any other edit.
func (s *chartScreen) onDrop(id string, to picture.Point) {
	s.dragged = nil
	d := s.u.doc
	if d == nil || d.readOnly != "" {
		s.u.setStatus("This case is read-only; the chart cannot be rearranged")
		s.refresh()
		return
	}
	// s.arranged keeps where the layout had it, where undoing puts it back.
	err := s.u.edit(func(c *casefile.Case) error {
		return c.PlaceActor(id, &casefile.ChartPos{X: to.X, Y: to.Y})
	})
	if err != nil {
		s.u.showError("Not moved", err)
		s.refresh()
	}
}

// chartIcon is the chart's tab: three linked actors, in the theme's
// foreground colour.
var chartIcon = theme.NewThemedResource(fyne.NewStaticResource("chart.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">
<path fill="none" stroke="#000" stroke-width="1.8" d="M6.5 7.5 17 6M6.5 7.5 11 17.5M17 6l-6 11.5"/>
<circle cx="6" cy="7" r="3"/><circle cx="18" cy="6" r="2.6"/><rect x="8" y="15" width="6" height="5" rx="1"/>
</svg>`)))
