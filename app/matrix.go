package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// matrixScreen is the analysis of competing hypotheses: the analyst's
// hypotheses on the left, each with its weighted inconsistency, and the
// matrix of the evidence rated against them, which the keyboard works
// (matrixGrid). The leader, the rows that are not diagnostic (grey) and
// the rows the lead rests on (marked !) follow every rating at once; each
// rating is an edit like any other, undone by Edit › Undo and saved within
// two seconds.
type matrixScreen struct {
	u       *UI
	content fyne.CanvasObject
	hyps    *widget.List
	grid    *matrixGrid
	summary *widget.Label
	legend  *widget.Label

	weight     *widget.Entry // the weight of the row the keyboard is on
	weightHint *widget.Label
	weightRow  int // the row the weight entry is for, -1 for none

	newHyp, editHyp, delHyp, upHyp, downHyp *widget.Button
	addEv, removeEv, useGrading             *widget.Button

	selectedHyp string
	picker      *evidencePicker // the picker last shown, for tests

	// What the screen shows, kept between edits: a rating changes one
	// cell of g and scores it again, rather than reading the case again.
	g         *casefile.Grid
	s         casefile.Scores
	names     []string // each row's evidence, in words
	sensitive map[int]bool
	stale     bool // the case changed while the screen was out of view
	visible   bool
}

func newMatrixScreen(u *UI) *matrixScreen {
	m := &matrixScreen{u: u, summary: mutedWrap(""), legend: mutedWrap(ratingLegend), weight: widget.NewEntry(), weightHint: muted(""),
		weightRow: -1, g: &casefile.Grid{}, sensitive: map[int]bool{}}
	m.hyps = widget.NewList(
		func() int {
			if u.doc == nil {
				return 0
			}
			return len(u.doc.c.Hypotheses)
		},
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { m.updateHypRow(id, o.(*twoLineRow)) },
	)
	m.hyps.OnSelected = func(id widget.ListItemID) {
		if c := u.doc.c; id < len(c.Hypotheses) {
			m.selectedHyp = c.Hypotheses[id].ID
			m.updateButtons()
		}
	}
	m.newHyp = button("New hypothesis", theme.ContentAddIcon(), func() { u.editHypothesis(casefile.Hypothesis{}) })
	m.editHyp = button("Edit…", theme.DocumentCreateIcon(), func() {
		if h, ok := u.doc.c.Hypothesis(m.selectedHyp); ok {
			u.editHypothesis(h)
		}
	})
	m.delHyp = button("Delete…", theme.DeleteIcon(), func() {
		if h, ok := u.doc.c.Hypothesis(m.selectedHyp); ok {
			u.deleteHypothesis(h)
		}
	})
	m.upHyp = button("", theme.MoveUpIcon(), func() { m.moveHypothesis(-1) })
	m.downHyp = button("", theme.MoveDownIcon(), func() { m.moveHypothesis(1) })

	m.grid = newMatrixGrid(m.length, m.createCell, m.updateCell, m.rate)
	m.grid.ShowHeaderRow = true
	m.grid.CreateHeader = func() fyne.CanvasObject { l := widget.NewLabel(""); l.TextStyle.Bold = true; return l }
	m.grid.UpdateHeader = m.updateHeader
	m.grid.StickyColumnCount = matrixFixedCols
	m.grid.SetColumnWidth(0, 340)
	m.grid.SetColumnWidth(1, 64)
	highlighted := m.grid.OnHighlighted
	m.grid.OnHighlighted = func(id widget.TableCellID) { highlighted(id); m.showWeight(id.Row) }
	selected := m.grid.OnSelected
	m.grid.OnSelected = func(id widget.TableCellID) { selected(id); m.showWeight(id.Row) }

	m.addEv = button("Add evidence…", theme.ContentAddIcon(), m.pickEvidence)
	m.removeEv = button("Remove row", theme.ContentRemoveIcon(), m.removeRow)
	m.useGrading = button("Use the grading's", theme.ViewRefreshIcon(), func() { m.setWeight(nil) })
	m.weight.SetPlaceHolder("weight, 0 to 10")
	m.weight.OnSubmitted = func(s string) {
		w, err := strconv.ParseFloat(strings.TrimSpace(strings.ReplaceAll(s, ",", ".")), 64)
		if err != nil {
			u.setStatus(fmt.Sprintf("Not changed: %q is not a weight; type a number from 0 to %d", s, casefile.MaxWeight))
			return
		}
		m.setWeight(&w)
	}
	weightBar := container.NewVBox(container.NewHBox(m.addEv, m.removeEv, muted("Weight"), fixedWidth(80, m.weight), m.useGrading), m.weightHint)

	left := container.NewBorder(container.NewVBox(toolbar(m.newHyp, m.editHyp, m.delHyp, m.upHyp, m.downHyp),
		mutedWrap("The analyst's hypotheses, each with its weighted inconsistency: the least leads.")), nil, nil, nil, m.hyps)
	right := container.NewBorder(container.NewVBox(m.summary, m.legend), weightBar, nil, nil, m.grid)
	split := container.NewHSplit(left, right)
	split.Offset = 0.3
	m.content = split
	return m
}

func (m *matrixScreen) length() (int, int) {
	if m.u.doc == nil {
		return 0, 0
	}
	return len(m.names), matrixFixedCols + m.g.Hypotheses
}

func (m *matrixScreen) createCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (m *matrixScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row >= len(m.names) || id.Row >= m.g.Rows() {
		l.SetText("")
		return
	}
	imp := widget.MediumImportance
	bold := m.sensitive[id.Row]
	var text string
	align := fyne.TextAlignCenter
	switch id.Col {
	case 0:
		text, align = m.names[id.Row], fyne.TextAlignLeading
		if bold {
			text = "! " + text
		}
	case 1:
		text = casefile.ScoreText(m.g.Weights[id.Row])
	default:
		h := id.Col - matrixFixedCols
		if h < m.g.Hypotheses {
			r := m.g.Row(id.Row)[h].Rating()
			text = r.Code()
			switch r {
			case casefile.Inconsistent, casefile.VeryInconsistent:
				imp = widget.DangerImportance
			case casefile.Consistent, casefile.VeryConsistent:
				imp = widget.SuccessImportance
			}
		}
	}
	if id.Row < len(m.s.Diagnostic) && !m.s.Diagnostic[id.Row] {
		imp = widget.LowImportance
	}
	if l.Text != text || l.Importance != imp || l.TextStyle.Bold != bold || l.Alignment != align {
		l.Text, l.Importance, l.TextStyle.Bold, l.Alignment = text, imp, bold, align
		l.Refresh()
	}
}

func (m *matrixScreen) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	text := ""
	switch {
	case id.Col == 0:
		text = "Evidence"
	case id.Col == 1:
		text = "Weight"
	case id.Col >= matrixFixedCols:
		h := id.Col - matrixFixedCols
		text = "H" + strconv.Itoa(h+1)
		if h == m.s.Leader {
			text += " leads"
		}
	}
	if l.Text != text {
		l.SetText(text)
	}
}

func (m *matrixScreen) updateHypRow(row int, r *twoLineRow) {
	c := m.u.doc.c
	if row >= len(c.Hypotheses) {
		return
	}
	h := c.Hypotheses[row]
	title := "H" + strconv.Itoa(row+1)
	if row < len(m.s.Inconsistency) {
		title += " · inconsistency " + casefile.ScoreText(m.s.Inconsistency[row])
		if row == m.s.Leader {
			title += " · leads"
		}
	}
	r.set(title, h.Text)
	r.setMarking(c.EffectiveMarking(h.Marking))
}

// shown follows the tab: the screen reads the case again when put in
// view after it changed out of view.
func (m *matrixScreen) shown(visible bool) {
	m.visible = visible
	if visible && m.stale && m.u.doc != nil {
		m.reload()
	}
}

// refresh follows a change to the case: the matrix is read again now when
// in view, else when next shown (a large matrix takes a moment to read).
func (m *matrixScreen) refresh() {
	m.stale = true
	if m.visible {
		m.reload()
	}
	m.updateButtons()
}

// reload reads the matrix from the case and scores it.
func (m *matrixScreen) reload() {
	m.stale = false
	c := m.u.doc.c
	m.g = c.Grid()
	m.names = evidenceNames(c)
	for h := range c.Hypotheses {
		m.grid.SetColumnWidth(matrixFixedCols+h, 72)
	}
	if _, ok := c.Hypothesis(m.selectedHyp); !ok {
		m.selectedHyp = ""
		m.hyps.UnselectAll()
	}
	m.rescore()
	m.showWeight(m.grid.at.Row)
}

// rescore scores the grid and shows what it found.
func (m *matrixScreen) rescore() { m.showScores(casefile.Score(m.g)) }

// showScores shows the scores: the summary, the hypotheses' scores and
// the cells in view.
func (m *matrixScreen) showScores(s casefile.Scores) {
	m.s = s
	clear(m.sensitive)
	for _, r := range m.s.Sensitive {
		m.sensitive[r] = true
	}
	m.summary.SetText(m.summaryText())
	m.grid.Refresh()
	m.hyps.Refresh()
}

// summaryText says which hypothesis leads, what the lead rests on and how
// many rows are not diagnostic.
func (m *matrixScreen) summaryText() string {
	c := m.u.doc.c
	if len(c.Hypotheses) == 0 {
		return "No hypotheses yet: add two or more, then the evidence to rate against them."
	}
	if m.g.Rows() == 0 {
		return "No evidence rated yet: Add evidence… adds a statement, event, note or source as a row."
	}
	lead := fmt.Sprintf("H%d leads, with the least weighted inconsistency (%s).", m.s.Leader+1, casefile.ScoreText(m.s.Inconsistency[m.s.Leader]))
	if m.s.Tied {
		lead = fmt.Sprintf("H%d leads, tied with the same weighted inconsistency (%s).", m.s.Leader+1, casefile.ScoreText(m.s.Inconsistency[m.s.Leader]))
	}
	parts := []string{lead}
	switch n := len(m.s.Sensitive); n {
	case 0:
		parts = append(parts, "No single item, taken away, would change the lead.")
	default:
		const few = 3
		var names []string
		for i, r := range m.s.Sensitive {
			if i == few {
				names = append(names, casefile.Count(n-few, "more", "more"))
				break
			}
			names = append(names, "“"+firstWords(c.EvidenceName(c.Matrix[r].Item), 8)+"”")
		}
		parts = append(parts, "The lead rests on "+casefile.JoinAnd(names)+" (marked !).")
	}
	alike := 0
	for _, d := range m.s.Diagnostic {
		if !d {
			alike++
		}
	}
	if alike > 0 {
		verb := "are"
		if alike == 1 {
			verb = "is"
		}
		parts = append(parts, fmt.Sprintf("%d of %d rows %s not diagnostic (grey).", alike, m.g.Rows(), verb))
	}
	return strings.Join(parts, " ")
}

// rate rates the cell's evidence against its hypothesis, as an edit of
// the case, and moves on to the next hypothesis: the work of the UI
// thread is the edit, one cell of the grid, the scores and the cells in
// view (BenchmarkMatrixRating).
func (m *matrixScreen) rate(cell widget.TableCellID, r casefile.Rating) {
	u := m.u
	c := u.doc.c
	row, h := cell.Row, cell.Col-matrixFixedCols
	if row < 0 || row >= len(c.Matrix) || h < 0 || h >= len(c.Hypotheses) || u.refuseReadOnly() {
		return
	}
	item, hyp := c.Matrix[row].Item, c.Hypotheses[h].ID
	if c.Matrix[row].Ratings[hyp] != r {
		// The ratings of one row in a row are one step of the undo
		// history, as the typing in one note is.
		err := u.doc.apply("rating:"+item, func(c *casefile.Case) error { return c.SetRating(item, hyp, r) })
		if err != nil {
			u.setStatus("Not rated: " + err.Error())
			return
		}
		was := m.g.Row(row)[h]
		m.g.Set(row, h, r)
		m.showScores(casefile.Rescore(m.g, m.s, row, h, was))
		u.scheduleSave(autosaveDelay)
	}
	if r != "" && h+1 < len(c.Hypotheses) && m.grid.at == cell {
		m.grid.Table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // redraws the two cells, not the table
	}
}

// evidenceNames words each row's item, "statement · Rama on
// proportionality", finding every item once: a matrix may have a row for
// each of 10,000 statements.
func evidenceNames(c *casefile.Case) []string {
	names := make(map[string]string, len(c.Matrix))
	for _, r := range c.Matrix {
		names[r.Item] = ""
	}
	for _, s := range c.Statements {
		if _, ok := names[s.ID]; ok {
			names[s.ID] = "statement · " + s.Title
		}
	}
	for _, e := range c.Events {
		if _, ok := names[e.ID]; ok {
			names[e.ID] = "event · " + e.Title
		}
	}
	for _, n := range c.Notes {
		if _, ok := names[n.ID]; ok {
			names[n.ID] = "note · " + casefile.NoteName(n.Body)
		}
	}
	for _, s := range c.Sources {
		if _, ok := names[s.ID]; ok {
			names[s.ID] = "source · " + s.Title
		}
	}
	out := make([]string, len(c.Matrix))
	for i, r := range c.Matrix {
		out[i] = clip(names[r.Item], maxRowText)
	}
	return out
}

// showWeight shows the weight of the row the keyboard is on.
func (m *matrixScreen) showWeight(row int) {
	c := m.u.doc.c
	if row < 0 || row >= len(c.Matrix) {
		m.weightRow = -1
		m.weight.SetText("")
		m.weightHint.SetText("")
		m.weight.Disable()
		m.useGrading.Disable()
		m.removeEv.Disable()
		return
	}
	m.weightRow = row
	r := c.Matrix[row]
	m.weight.SetText(casefile.ScoreText(casefile.Hundredths(c.RowWeight(r))))
	g := c.EvidenceGrading(r.Item)
	from := casefile.ScoreText(casefile.Hundredths(casefile.DefaultWeight(g)))
	code := g.Code()
	if code == "" {
		code = "not graded"
	}
	hint := "its grading, " + code + ", gives " + from
	if r.Weight == nil {
		hint = "from its grading, " + code
	}
	m.weightHint.SetText(hint)
	if m.u.doc.readOnly == "" {
		m.weight.Enable()
		m.removeEv.Enable()
		if r.Weight != nil {
			m.useGrading.Enable()
		} else {
			m.useGrading.Disable()
		}
	}
}

// setWeight gives the row the keyboard is on the weight w, or with nil
// its grading's.
func (m *matrixScreen) setWeight(w *float64) {
	u := m.u
	row := m.weightRow
	if row < 0 || row >= len(u.doc.c.Matrix) || u.refuseReadOnly() {
		return
	}
	item := u.doc.c.Matrix[row].Item
	err := u.doc.apply("", func(c *casefile.Case) error { return c.SetWeight(item, w) })
	if err != nil {
		u.setStatus("Not changed: " + err.Error())
		return
	}
	m.g.Weights[row] = casefile.Hundredths(u.doc.c.RowWeight(u.doc.c.Matrix[row]))
	m.rescore()
	m.showWeight(row)
	u.scheduleSave(autosaveDelay)
}

func (m *matrixScreen) pickEvidence() {
	u := m.u
	if u.refuseReadOnly() {
		return
	}
	rows := map[string]bool{}
	for _, r := range u.doc.c.Matrix {
		rows[r.Item] = true
	}
	m.picker = u.pickEvidence("Add evidence to the matrix", rows, false, func(item string, _ bool) {
		if err := u.edit(func(c *casefile.Case) error { return c.AddEvidence(item) }); err != nil {
			u.showError("Not added", boundedError(err))
			return
		}
		m.grid.moveTo(widget.TableCellID{Row: len(u.doc.c.Matrix) - 1, Col: matrixFixedCols})
	})
}

func (m *matrixScreen) removeRow() {
	u := m.u
	row := m.weightRow
	if row < 0 || row >= len(u.doc.c.Matrix) || u.refuseReadOnly() {
		return
	}
	item := u.doc.c.Matrix[row].Item
	if err := u.edit(func(c *casefile.Case) error { return c.RemoveEvidence(item) }); err != nil {
		u.showError("Not removed", boundedError(err))
	}
}

func (m *matrixScreen) moveHypothesis(delta int) {
	u := m.u
	if m.selectedHyp == "" || u.refuseReadOnly() {
		return
	}
	id := m.selectedHyp
	if err := u.edit(func(c *casefile.Case) error { return c.MoveHypothesis(id, delta) }); err != nil {
		u.showError("Not moved", boundedError(err))
		return
	}
	for i, h := range u.doc.c.Hypotheses {
		if h.ID == id {
			m.hyps.Select(i)
		}
	}
}

func (m *matrixScreen) updateButtons() {
	ro := m.u.doc == nil || m.u.doc.readOnly != ""
	_, picked := m.u.docHypothesis(m.selectedHyp)
	for _, b := range []*widget.Button{m.newHyp, m.addEv} {
		if ro {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	for _, b := range []*widget.Button{m.editHyp, m.delHyp, m.upHyp, m.downHyp} {
		if ro || !picked {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

func (u *UI) docHypothesis(id string) (casefile.Hypothesis, bool) {
	if u.doc == nil || id == "" {
		return casefile.Hypothesis{}, false
	}
	return u.doc.c.Hypothesis(id)
}

// ShowHypothesis switches to the Hypotheses screen and selects one.
func (u *UI) ShowHypothesis(id string) {
	u.tabs.Select(u.tabMatrix)
	for i, h := range u.doc.c.Hypotheses {
		if h.ID == id {
			u.matrix.hyps.Select(i)
			u.matrix.hyps.ScrollTo(i)
		}
	}
}

// editHypothesis opens the hypothesis form; one without an id is a new
// one, added after the others.
func (u *UI) editHypothesis(h casefile.Hypothesis) {
	if u.refuseReadOnly() {
		return
	}
	f := u.newItemForm()
	text := f.textArea("Hypothesis", "text", h.Text, "one of the analyst's competing explanations: “Another state carried out the attack under a false flag.”", 2)
	marking := f.markingRow(h.Marking)
	build := func() (casefile.Hypothesis, error) {
		x := h
		x.Text = strings.TrimSpace(text.text())
		x.Marking = markingValue(marking)
		return x, nil
	}
	showItem(u, f, "hypothesis", h.ID == "", build, nil, (*casefile.Case).AddHypothesis, (*casefile.Case).UpdateHypothesis,
		func(x casefile.Hypothesis) { u.ShowHypothesis(x.ID) })
}

func (u *UI) deleteHypothesis(h casefile.Hypothesis) {
	u.deleteItem(fmt.Sprintf("hypothesis “%s”", firstWords(h.Text, 12)), func(c *casefile.Case, cascade bool) error {
		return c.DeleteHypothesis(h.ID, cascade)
	})
}
