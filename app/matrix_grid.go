package app

import (
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// matrixGrid is the hypotheses matrix as a table the keyboard works: the
// arrows move from cell to cell (the table's own), a letter rates the
// cell (ratingKeys), Delete or Backspace clears it. The first two columns
// are the evidence and its weight; one column per hypothesis follows.
type matrixGrid struct {
	widget.Table
	at   widget.TableCellID // the cell the keyboard is on
	rate func(cell widget.TableCellID, r casefile.Rating)
}

// matrixFixedCols are the columns before the hypotheses': the evidence and
// its weight.
const matrixFixedCols = 2

// ratingKeys are the letters that rate a cell.
var ratingKeys = map[rune]casefile.Rating{
	'c': casefile.Consistent, 'v': casefile.VeryConsistent, 'n': casefile.Neutral,
	'i': casefile.Inconsistent, 'w': casefile.VeryInconsistent, 'x': casefile.NotApplicable,
}

// ratingLegend says what the keys and the codes are.
const ratingLegend = "Keys: arrows move; C consistent, V very consistent (CC), N neutral, I inconsistent, " +
	"W very inconsistent (II), X not applicable (NA), Delete clears. Grey rows are not diagnostic (rated alike " +
	"for every hypothesis); rows marked ! are those the lead rests on."

func newMatrixGrid(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject),
	rate func(widget.TableCellID, casefile.Rating)) *matrixGrid {
	g := &matrixGrid{rate: rate}
	g.Length, g.CreateCell, g.UpdateCell = length, create, update
	g.OnHighlighted = func(id widget.TableCellID) { g.at = id }
	g.OnSelected = func(id widget.TableCellID) { g.at = id }
	g.ExtendBaseWidget(g)
	return g
}

// TypedRune rates the cell the keyboard is on.
func (g *matrixGrid) TypedRune(r rune) {
	if rating, ok := ratingKeys[unicode.ToLower(r)]; ok {
		g.rateHere(rating)
	}
}

// TypedKey moves with the arrows, clears with Delete or Backspace and
// passes Escape on.
func (g *matrixGrid) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		g.rateHere("")
	case fyne.KeyEscape:
		passEscape(g)
	default:
		g.Table.TypedKey(k)
	}
}

func (g *matrixGrid) rateHere(r casefile.Rating) {
	if g.at.Col >= matrixFixedCols && g.rate != nil {
		g.rate(g.at, r)
	}
}

// moveTo puts the keyboard on a cell and shows it.
func (g *matrixGrid) moveTo(id widget.TableCellID) {
	g.at = id
	g.Highlight(id)
	g.ScrollTo(id)
}
