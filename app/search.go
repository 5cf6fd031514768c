package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// maxHits bounds the results listed for one query.
const maxHits = 2000

// searchPanel is the one search field and, while it holds a query, the
// results grouped by kind in place of the screens.
type searchPanel struct {
	u       *UI
	entry   *searchEntry
	list    *widget.List
	summary *widget.Label
	results fyne.CanvasObject

	rows     []searchRow
	headings []int // rows that are group headings, shorter than hits

	rowHeight, headingHeight float32
}

// searchRow is a group heading (hit nil) or one hit.
type searchRow struct {
	heading string
	hit     *casefile.Hit
}

var hitKindNames = map[casefile.HitKind]string{
	casefile.HitActor: "Actors", casefile.HitStatement: "Statements", casefile.HitEvent: "Events",
	casefile.HitSource: "Sources", casefile.HitNote: "Notes",
	casefile.HitJudgment: "Key judgments", casefile.HitHypothesis: "Hypotheses",
}

func newSearchPanel(u *UI) *searchPanel {
	s := &searchPanel{u: u, summary: muted("")}
	s.entry = newSearchEntry()
	s.entry.SetPlaceHolder("Search " + casefile.JoinAnd(casefile.Searched()) + " (Ctrl+F)")
	s.entry.ActionItem = widget.NewButtonWithIcon("", theme.CancelIcon(), func() { s.entry.SetText("") })
	s.entry.OnChanged = func(string) { s.refresh() }
	s.entry.OnSubmitted = func(string) {
		for _, r := range s.rows {
			if r.hit != nil {
				s.open(*r.hit)
				return
			}
		}
	}
	s.list = widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(s.rows) {
				return
			}
			r := o.(*twoLineRow)
			if row := s.rows[id]; row.hit == nil {
				r.title.Importance = widget.HighImportance
				r.set(row.heading, "")
				r.detail.Hide()
			} else {
				r.title.Importance = widget.MediumImportance
				r.set(row.hit.Title, row.hit.Detail)
				r.detail.Show()
			}
		},
	)
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id < len(s.rows) && s.rows[id].hit != nil {
			s.open(*s.rows[id].hit)
		}
	}
	s.rowHeight = newTwoLineRow().MinSize().Height
	s.headingHeight = widget.NewLabel("Heading").MinSize().Height
	s.results = container.NewBorder(container.NewPadded(s.summary), nil, nil, nil, s.list)
	s.results.Hide()
	return s
}

// refresh runs the query against the case as it is now.
func (s *searchPanel) refresh() {
	q := strings.TrimSpace(s.entry.Text)
	// On the timeline the query highlights its matches in place.
	if s.u.timeline.takeSearch() || q == "" || s.u.doc == nil {
		s.rows = s.rows[:0]
		s.results.Hide()
		s.u.tabs.Show()
		return
	}
	ix := s.u.searchIndex()
	if ix == nil {
		s.rows = s.rows[:0]
		s.summary.SetText("Preparing the search; results follow in a moment.")
		s.list.Refresh()
		s.u.tabs.Hide()
		s.results.Show()
		return
	}
	hits := ix.Search(q, maxHits)
	s.rows = s.rows[:0]
	var last casefile.HitKind
	counts := map[casefile.HitKind]int{}
	for _, h := range hits {
		counts[h.Kind]++
	}
	for i := range hits {
		if hits[i].Kind != last {
			last = hits[i].Kind
			s.rows = append(s.rows, searchRow{heading: fmt.Sprintf("%s (%d)", hitKindNames[last], counts[last])})
		}
		s.rows = append(s.rows, searchRow{hit: &hits[i]})
	}
	switch {
	case len(hits) == 0:
		s.summary.SetText(fmt.Sprintf("Nothing matches “%s”. Search ignores case and accents; every word must match.", q))
	case len(hits) == maxHits:
		s.summary.SetText(fmt.Sprintf("The first %d matches for “%s”; add a word to narrow them. Press Enter to open the first.", maxHits, q))
	default:
		s.summary.SetText(fmt.Sprintf("%s for “%s”. Select one to open it; Enter opens the first.", casefile.Count(len(hits), "match", "matches"), q))
	}
	for _, h := range s.headings {
		s.list.SetItemHeight(h, s.rowHeight)
	}
	s.headings = s.headings[:0]
	for i, r := range s.rows {
		if r.hit == nil {
			s.headings = append(s.headings, i)
			s.list.SetItemHeight(i, s.headingHeight)
		}
	}
	s.list.Refresh()
	s.list.ScrollToTop()
	s.u.tabs.Hide()
	s.results.Show()
}

// open shows a hit on its screen and puts the search away.
func (s *searchPanel) open(h casefile.Hit) {
	u := s.u
	s.entry.SetText("")
	switch h.Kind {
	case casefile.HitActor:
		u.ShowActor(h.ID)
	case casefile.HitStatement:
		u.ShowStatement(h.ID)
	case casefile.HitEvent:
		u.ShowEvent(h.ID)
	case casefile.HitSource:
		u.ShowSource(h.ID)
	case casefile.HitNote:
		u.OpenNote(h.ID)
	case casefile.HitJudgment:
		u.ShowJudgment(h.ID)
	case casefile.HitHypothesis:
		u.ShowHypothesis(h.ID)
	}
}

// searchIndex returns the newest search index there is, starting a rebuild
// off the UI thread when the case has changed since. Until it is ready,
// searches use the previous index, and the results are redone when it
// arrives; nil means there is none yet.
func (u *UI) searchIndex() *casefile.Index {
	d := u.doc
	if d.indexGen != d.gen || d.index == nil {
		u.rebuildIndex(nil)
	}
	return d.index
}

// rebuildIndex builds the search index of the case as it is now on a
// goroutine, from snap when the caller has a snapshot to share.
func (u *UI) rebuildIndex(snap *casefile.Case) {
	d := u.doc
	if d == nil || d.indexing || (d.index != nil && d.indexGen == d.gen) {
		return
	}
	if snap == nil {
		snap = d.c.Clone()
	}
	d.indexing = true
	gen := d.gen
	go func() {
		ix := casefile.NewIndex(snap)
		runOnUI(func() {
			d.indexing = false
			d.index, d.indexGen = ix, gen
			if u.doc != d {
				return
			}
			if gen != d.gen && u.search.entry.Text != "" {
				u.rebuildIndex(nil)
			}
			u.search.refresh()
		})
	}()
}

// searchEntry is the search field; Escape clears it.
type searchEntry struct {
	widget.Entry
}

func newSearchEntry() *searchEntry {
	e := &searchEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func (e *searchEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		e.SetText("")
		return
	}
	e.Entry.TypedKey(k)
}
