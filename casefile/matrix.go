package casefile

import (
	"cmp"
	"math"
	"slices"
	"strconv"
)

// Scoring the hypotheses matrix as Heuer's analysis of competing
// hypotheses does: the hypothesis with the least weighted inconsistency
// leads; evidence rated alike against every hypothesis is not diagnostic;
// and the ranking is sensitive to the items whose removal alone would
// change the leader.

// Grid is the matrix laid out for scoring: a row per piece of evidence, a
// column per hypothesis, each cell a rating's code. Weights are counted in
// hundredths, so that scores add up exactly and a tie is a tie.
type Grid struct {
	Hypotheses int
	Weights    []int64 // a row's weight in hundredths
	Cells      []Cell  // row by row: Cells[row*Hypotheses+h]
}

// Cell is a rating as the grid holds it: 0 for not rated.
type Cell uint8

// cellOf is a rating's cell code.
func cellOf(r Rating) Cell {
	if i := slices.Index(RatingValues, r); i >= 0 {
		return Cell(i + 1)
	}
	return 0
}

// Rating is the cell's rating, or "" when not rated.
func (c Cell) Rating() Rating {
	if c == 0 || int(c) > len(RatingValues) {
		return ""
	}
	return RatingValues[c-1]
}

// inconsistency is what a cell counts against its hypothesis: 1 for
// inconsistent, 2 for very inconsistent, else nothing (Heuer's weighted
// inconsistency score counts only the evidence against a hypothesis).
func (c Cell) inconsistency() int64 { return cellInconsistency[c&7] }

// cellInconsistency is inconsistency by cell code (RatingValues' order,
// after 0 for not rated).
var cellInconsistency = [8]int64{0, 0, 0, 0, 1, 2, 0, 0}

// Rows is the number of rows.
func (g *Grid) Rows() int { return len(g.Weights) }

// Row is the row's cells, one per hypothesis.
func (g *Grid) Row(row int) []Cell { return g.Cells[row*g.Hypotheses : (row+1)*g.Hypotheses] }

// Set rates the row's evidence against hypothesis h.
func (g *Grid) Set(row, h int, r Rating) { g.Cells[row*g.Hypotheses+h] = cellOf(r) }

// Hundredths is a weight in hundredths, as the grid counts it.
func Hundredths(w float64) int64 { return int64(math.Round(w * 100)) }

// AddRow adds a row of the given weight and ratings (one per hypothesis,
// "" for not rated).
func (g *Grid) AddRow(weight float64, ratings ...Rating) {
	g.Weights = append(g.Weights, Hundredths(weight))
	for h := range g.Hypotheses {
		var c Cell
		if h < len(ratings) {
			c = cellOf(ratings[h])
		}
		g.Cells = append(g.Cells, c)
	}
}

// Grid lays the case's matrix out for scoring: its rows in order, its
// hypotheses in order, each row's weight the analyst's or its grading's.
func (c *Case) Grid() *Grid {
	hs := len(c.Hypotheses)
	g := &Grid{Hypotheses: hs, Weights: make([]int64, len(c.Matrix)), Cells: make([]Cell, len(c.Matrix)*hs)}
	for i, r := range c.Matrix {
		g.Weights[i] = Hundredths(c.RowWeight(r))
		if len(r.Ratings) == 0 {
			continue
		}
		row := g.Row(i)
		for h, hyp := range c.Hypotheses {
			row[h] = cellOf(r.Ratings[hyp.ID])
		}
	}
	return g
}

// Scores is what Score finds.
type Scores struct {
	// Inconsistency is each hypothesis's weighted inconsistency, in
	// hundredths: the sum over the rows of weight × 1 for inconsistent,
	// × 2 for very inconsistent.
	Inconsistency []int64
	// Ranking is the hypotheses from the least inconsistent to the most;
	// equal scores keep the hypotheses' order.
	Ranking []int
	// Leader is the least inconsistent hypothesis (Ranking[0]), -1 when
	// there are none; Tied says the next has the same score: the lead is
	// shared.
	Leader int
	Tied   bool
	// Diagnostic says of each row whether its ratings differ between the
	// hypotheses; a row rated alike for all (or not rated) cannot tell
	// them apart.
	Diagnostic []bool
	// Sensitive is the rows whose removal alone would change the lead:
	// another hypothesis would then score less than the leader, or as
	// little, or one tied with it would fall behind. The most decisive
	// come first: those after whose removal the new lead is furthest
	// ahead of the old leader. The ranking rests on them.
	Sensitive []int
}

// Score scores the grid. It is a pure function of the grid, and costs one
// pass over the cells for the scores and diagnosticity and one more for
// the sensitivity.
func Score(g *Grid) Scores {
	hs, rows := g.Hypotheses, g.Rows()
	s := Scores{Inconsistency: make([]int64, hs), Diagnostic: make([]bool, rows), Leader: -1}
	inc := s.Inconsistency
	for r := range rows {
		row := g.Row(r)
		inc := inc[:len(row)]
		w := g.Weights[r]
		diag := false
		for h, c := range row {
			inc[h] += w * cellInconsistency[c&7]
			diag = diag || c != row[0]
		}
		s.Diagnostic[r] = diag
	}
	return s.ranked(g)
}

// Rescore is Score of g after one cell changed, given the scores before
// and what the cell held: it adjusts the cell's hypothesis and row rather
// than adding every cell up again, and works the lead and its
// sensitivity out afresh. It gives what Score gives.
func Rescore(g *Grid, before Scores, row, h int, was Cell) Scores {
	s := Scores{Inconsistency: slices.Clone(before.Inconsistency), Diagnostic: before.Diagnostic, Leader: -1}
	s.Inconsistency[h] += g.Weights[row] * (g.Row(row)[h].inconsistency() - was.inconsistency())
	cells := g.Row(row)
	diag := false
	for _, c := range cells {
		diag = diag || c != cells[0]
	}
	if diag != s.Diagnostic[row] {
		s.Diagnostic = slices.Clone(s.Diagnostic)
		s.Diagnostic[row] = diag
	}
	return s.ranked(g)
}

// ranked works out the ranking, the lead and its sensitivity from the
// scores.
func (s Scores) ranked(g *Grid) Scores {
	s.Ranking = rank(s.Inconsistency)
	if g.Hypotheses == 0 {
		return s
	}
	s.Leader = s.Ranking[0]
	s.Tied = g.Hypotheses > 1 && s.Inconsistency[s.Ranking[1]] == s.Inconsistency[s.Leader]
	s.Sensitive = sensitive(g, s)
	return s
}

// rank orders hypotheses by score, least first, ties in order.
func rank(scores []int64) []int {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(scores[a], scores[b]) })
	return order
}

// sensitive finds the rows whose removal alone changes which hypotheses
// lead: those that score least, one or several tied. Removing a row only
// lowers scores, by what it counts against each hypothesis; the lead
// changes when another hypothesis then scores less than a leader, or
// catches up with it, or a leader falls behind.
func sensitive(g *Grid, s Scores) []int {
	type hit struct {
		row    int
		margin int64 // how far the new lead would be ahead of the old leader
	}
	var hits []hit
	least := s.Inconsistency[s.Leader]
	if g.Hypotheses < 2 {
		return nil // one hypothesis always leads
	}
	// A row counts at most twice its weight against a hypothesis, so
	// when one hypothesis leads alone by more than that, removing the row
	// leaves it leading: most rows need no more look than this.
	gap := int64(-1)
	if !s.Tied {
		gap = s.Inconsistency[s.Ranking[1]] - least
	}
	after := make([]int64, g.Hypotheses) // the scores without the row
	for r := range g.Rows() {
		w := g.Weights[r]
		if w == 0 || 2*w < gap {
			continue
		}
		row := g.Row(r)
		after := after[:len(row)]
		inc := s.Inconsistency[:len(row)]
		newLeast := inc[s.Leader]
		for h, c := range row {
			v := inc[h] - w*cellInconsistency[c&7]
			after[h] = v
			newLeast = min(newLeast, v)
		}
		// The lead changes when the hypotheses with the least score are
		// no longer those that had it.
		for h := range after {
			if (after[h] == newLeast) != (s.Inconsistency[h] == least) {
				hits = append(hits, hit{r, after[s.Leader] - newLeast})
				break
			}
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Compare(b.margin, a.margin) })
	out := make([]int, len(hits))
	for i, h := range hits {
		out[i] = h.row
	}
	return out
}

// ScoreText words a score or weight in hundredths as weights are given:
// "1.2", "0.45", "3".
func ScoreText(v int64) string { return strconv.FormatFloat(float64(v)/100, 'f', -1, 64) }
