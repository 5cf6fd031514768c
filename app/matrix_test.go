package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// openMatrix opens the default case on the Hypotheses screen with the
// keyboard in the matrix.
func openMatrix(t *testing.T) (*UI, string, *matrixScreen) {
	t.Helper()
	u, path := newTestUI(t)
	u.win.Resize(fyne.NewSize(1200, 800))
	u.tabs.Select(u.tabMatrix)
	m := u.matrix
	u.win.Canvas().Focus(m.grid)
	return u, path, m
}

// The matrix shows the default case's scores: the leader, the row the
// lead rests on and the rows that are not diagnostic, dimmed.
func TestMatrixShowsLeaderSensitivityAndDiagnosticity(t *testing.T) {
	_, _, m := openMatrix(t)
	for _, want := range []string{"H1 leads, with the least weighted inconsistency (0).",
		"The lead rests on “White House condemns the attack” (marked !).", "3 of 7 rows are not diagnostic (grey)."} {
		if !strings.Contains(m.summary.Text, want) {
			t.Errorf("the summary %q lacks %q", m.summary.Text, want)
		}
	}
	cell := func(row, col int) *widget.Label {
		l := m.createCell().(*widget.Label)
		m.updateCell(widget.TableCellID{Row: row, Col: col}, l)
		return l
	}
	if l := cell(0, 2); l.Text != "C" || l.Importance != widget.LowImportance {
		t.Errorf("the attack, rated C for all, shows %q with importance %v; want it dimmed", l.Text, l.Importance)
	}
	if l := cell(1, 3); l.Text != "I" || l.Importance != widget.DangerImportance {
		t.Errorf("Rama's break against H2 shows %q (%v)", l.Text, l.Importance)
	}
	if l := cell(3, 0); !strings.HasPrefix(l.Text, "! statement · White House") || !l.TextStyle.Bold {
		t.Errorf("the row the lead rests on reads %q (bold %v)", l.Text, l.TextStyle.Bold)
	}
	head := widget.NewLabel("")
	m.updateHeader(widget.TableCellID{Row: -1, Col: 2}, head)
	if head.Text != "H1 leads" {
		t.Errorf("H1's header reads %q", head.Text)
	}
}

// Arrows move, a letter rates and moves on to the next hypothesis, Delete
// clears; each rating is an edit (undone by Undo) that the autosave puts
// on disk, and the scores follow at once.
func TestMatrixKeyboardRatesAndAutosaves(t *testing.T) {
	u, path, m := openMatrix(t)
	g := m.grid
	g.moveTo(widget.TableCellID{Row: 0, Col: 2})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) // Iran calls the break ill-considered, H1
	if g.at != (widget.TableCellID{Row: 4, Col: 2}) {
		t.Fatalf("after four Downs the keyboard is on %+v", g.at)
	}
	c := u.Case()
	item, h1, h2 := c.Matrix[4].Item, c.Hypotheses[0].ID, c.Hypotheses[1].ID
	test.Type(g, "w")
	if r := u.Case().Matrix[4].Ratings[h1]; r != casefile.VeryInconsistent {
		t.Fatalf("W rated %q", r)
	}
	if g.at != (widget.TableCellID{Row: 4, Col: 3}) {
		t.Errorf("after rating, the keyboard is on %+v, want the next hypothesis", g.at)
	}
	// H1 now scores 0.8 (twice 0.4) and H3 leads with 0.4.
	if !strings.HasPrefix(m.summary.Text, "H3 leads, with the least weighted inconsistency (0.4).") {
		t.Errorf("the summary after rating reads %q", m.summary.Text)
	}
	test.Type(g, "C")
	if r := u.Case().Matrix[4].Ratings[h2]; r != casefile.Consistent {
		t.Errorf("C (upper case) rated %q", r)
	}
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // back on H1
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if _, ok := u.Case().Matrix[4].Ratings[h1]; ok {
		t.Errorf("Delete left the rating")
	}
	test.Type(g, "x")
	waitFor(t, "the rating saved", func() bool {
		r := loadFile(t, path).Matrix[4]
		return r.Item == item && r.Ratings[h1] == casefile.NotApplicable && r.Ratings[h2] == casefile.Consistent
	})
	// Undo takes back the row's ratings, made one after the other, as
	// one step, as it does the typing in a note; the grid follows.
	u.win.Canvas().Focus(nil)
	u.Undo()
	for _, h := range c.Hypotheses {
		if r := u.Case().Matrix[4].Ratings[h.ID]; r != casefile.Neutral {
			t.Errorf("after Undo the row rates %s %q, want neutral as before", h.ID, r)
		}
	}
	if m.g.Row(4)[0].Rating() != casefile.Neutral || !strings.HasPrefix(m.summary.Text, "H1 leads") {
		t.Errorf("after Undo the grid holds %q and the summary reads %q", m.g.Row(4)[0].Rating(), m.summary.Text)
	}
	// A letter on the evidence or weight column rates nothing.
	g.moveTo(widget.TableCellID{Row: 0, Col: 0})
	before := u.doc.gen
	test.Type(g, "i")
	if u.doc.gen != before {
		t.Errorf("a letter on the evidence column changed the case")
	}
}

// The weight of the row the keyboard is on is edited beside the matrix,
// and goes back to its grading's.
func TestMatrixWeightIsEditable(t *testing.T) {
	u, path, m := openMatrix(t)
	m.grid.moveTo(widget.TableCellID{Row: 3, Col: 2}) // White House, F2: 0.4
	m.showWeight(3)
	if m.weight.Text != "0.4" || !strings.Contains(m.weightHint.Text, "F2") {
		t.Fatalf("weight %q, hint %q", m.weight.Text, m.weightHint.Text)
	}
	m.weight.SetText("2")
	m.weight.OnSubmitted(m.weight.Text)
	if r := u.Case().Matrix[3]; r.Weight == nil || *r.Weight != 2 || m.g.Weights[3] != 200 {
		t.Fatalf("the weight after typing 2: %v, grid %d", r.Weight, m.g.Weights[3])
	}
	waitFor(t, "the weight saved", func() bool {
		w := loadFile(t, path).Matrix[3].Weight
		return w != nil && *w == 2
	})
	m.weight.SetText("eleven")
	m.weight.OnSubmitted(m.weight.Text)
	if !strings.Contains(u.status.Text, "is not a weight") {
		t.Errorf("the status after a bad weight: %q", u.status.Text)
	}
	test.Tap(m.useGrading)
	if r := u.Case().Matrix[3]; r.Weight != nil || m.g.Weights[3] != 40 {
		t.Errorf("after Use the grading's: %v, grid %d", r.Weight, m.g.Weights[3])
	}
}

// Hypotheses and rows are added and removed through the screen, and the
// matrix follows.
func TestMatrixAddsHypothesesAndEvidence(t *testing.T) {
	u, _, m := openMatrix(t)
	test.Tap(m.newHyp)
	u.form.Entries["text"].SetText("Albania's own systems failed, and the government blamed Iran.")
	u.form.Submit()
	c := u.Case()
	if len(c.Hypotheses) != 4 || m.g.Hypotheses != 4 {
		t.Fatalf("%d hypotheses, the grid %d", len(c.Hypotheses), m.g.Hypotheses)
	}
	if rows, cols := m.length(); rows != 7 || cols != matrixFixedCols+4 {
		t.Errorf("the table is %d × %d", rows, cols)
	}
	// Not yet rated against the new hypothesis, a row rated alike for the
	// others is no longer rated alike for all.
	if !m.s.Diagnostic[0] {
		t.Errorf("a row rated C, C, C and not yet against H4 is shown as not diagnostic")
	}
	test.Tap(m.addEv)
	p := m.picker
	test.Type(p.filter, "pompeo")
	if len(p.shown) != 1 {
		t.Fatalf("the picker shows %d items for pompeo", len(p.shown))
	}
	p.list.Select(0)
	if len(u.Case().Matrix) != 8 || m.grid.at.Row != 7 {
		t.Fatalf("after adding: %d rows, the keyboard on row %d", len(u.Case().Matrix), m.grid.at.Row)
	}
	test.Tap(m.removeEv)
	if len(u.Case().Matrix) != 7 {
		t.Errorf("after Remove row: %d rows", len(u.Case().Matrix))
	}
}
