package casefile

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// randomGrid is a grid of up to 8 hypotheses and 40 rows, with weights
// from 0 to 3 in hundredths and cells of every rating and none.
func randomGrid(r *rand.Rand) *Grid {
	g := &Grid{Hypotheses: 1 + r.IntN(8)}
	for range r.IntN(41) {
		g.addRandomRow(r)
	}
	return g
}

func (g *Grid) addRandomRow(r *rand.Rand) {
	g.Weights = append(g.Weights, int64(r.IntN(301)))
	for range g.Hypotheses {
		g.Cells = append(g.Cells, Cell(r.IntN(len(RatingValues)+1)))
	}
}

// without is g without the row.
func (g *Grid) without(row int) *Grid {
	h := g.Hypotheses
	return &Grid{Hypotheses: h, Weights: slices.Delete(slices.Clone(g.Weights), row, row+1),
		Cells: slices.Delete(slices.Clone(g.Cells), row*h, (row+1)*h)}
}

func TestScoreIsWeightedInconsistency(t *testing.T) {
	g := &Grid{Hypotheses: 3}
	g.AddRow(1, Consistent, Inconsistent, VeryInconsistent)
	g.AddRow(0.4, VeryConsistent, NotApplicable, Inconsistent)
	g.AddRow(2, Neutral, Neutral, Neutral)
	g.AddRow(0.25, Inconsistent) // the rest not rated
	s := Score(g)
	if want := []int64{25, 100, 240}; !slices.Equal(s.Inconsistency, want) {
		t.Errorf("scores %v, want %v", s.Inconsistency, want)
	}
	if s.Leader != 0 || s.Tied || !slices.Equal(s.Ranking, []int{0, 1, 2}) {
		t.Errorf("leader %d (tied %v), ranking %v", s.Leader, s.Tied, s.Ranking)
	}
	if want := []bool{true, true, false, true}; !slices.Equal(s.Diagnostic, want) {
		t.Errorf("diagnostic %v, want %v", s.Diagnostic, want)
	}
	// Without row 0, H2 (100 → 0) overtakes H1 (25): the lead rests on
	// it. Without row 3, H1 only leads by more.
	if !slices.Equal(s.Sensitive, []int{0}) {
		t.Errorf("sensitive rows %v, want [0]", s.Sensitive)
	}
	g.AddRow(1, VeryInconsistent, Consistent, Consistent) // H1 225, H2 100
	s = Score(g)
	if s.Leader != 1 || !slices.Equal(s.Sensitive, []int{4}) {
		t.Errorf("after a row against H1: leader %d, sensitive %v", s.Leader, s.Sensitive)
	}
	if ScoreText(s.Inconsistency[0]) != "2.25" || ScoreText(100) != "1" || ScoreText(40) != "0.4" {
		t.Errorf("ScoreText: %s, %s, %s", ScoreText(s.Inconsistency[0]), ScoreText(100), ScoreText(40))
	}
}

func TestScoreTiesGoToTheFirstHypothesis(t *testing.T) {
	g := &Grid{Hypotheses: 2}
	g.AddRow(1, Inconsistent, Inconsistent)
	s := Score(g)
	if s.Leader != 0 || !s.Tied || len(s.Sensitive) != 0 || s.Diagnostic[0] {
		t.Errorf("a tie: %+v", s)
	}
	// A row that alone keeps a hypothesis behind is one the lead rests
	// on, even when removing it leaves a tie the order breaks.
	g.AddRow(0.5, Consistent, Inconsistent)
	if s := Score(g); s.Leader != 0 || s.Tied || !slices.Equal(s.Sensitive, []int{1}) {
		t.Errorf("a lead of one row: %+v", s)
	}
	if s := Score(&Grid{}); s.Leader != -1 || len(s.Ranking) != 0 {
		t.Errorf("no hypotheses: %+v", s)
	}
}

// Adding a row rated alike for every hypothesis never changes the
// ranking, whatever its rating and weight.
func TestPropertyNonDiagnosticRowsNeverChangeTheRanking(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		g := randomGrid(r)
		before := Score(g)
		c := Cell(r.IntN(len(RatingValues) + 1))
		g.Weights = append(g.Weights, int64(r.IntN(1001)))
		for range g.Hypotheses {
			g.Cells = append(g.Cells, c)
		}
		after := Score(g)
		if !slices.Equal(after.Ranking, before.Ranking) || after.Diagnostic[len(after.Diagnostic)-1] {
			t.Fatalf("a row of %q changed the ranking %v to %v (diagnostic %v)", c.Rating(), before.Ranking, after.Ranking, after.Diagnostic)
		}
	}
}

// leaders is the hypotheses that share the least score.
func leaders(s Scores) []int {
	var out []int
	for _, h := range s.Ranking {
		if s.Inconsistency[h] == s.Inconsistency[s.Leader] {
			out = append(out, h)
		}
	}
	slices.Sort(out)
	return out
}

// Removing a row reported sensitive changes the lead (which hypotheses
// score least); removing any other row does not; and the rows come most
// decisive first.
func TestPropertySensitiveRowsAreExactlyThoseThatChangeTheLeader(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	found := 0
	for range 2000 {
		g := randomGrid(r)
		s := Score(g)
		margins := []int64{}
		for row := range g.Rows() {
			after := Score(g.without(row))
			changed := !slices.Equal(leaders(after), leaders(s))
			if changed != slices.Contains(s.Sensitive, row) {
				t.Fatalf("row %d: removing it changes the leader: %v; reported sensitive: %v (sensitive %v)", row, changed, !changed, s.Sensitive)
			}
		}
		for _, row := range s.Sensitive {
			after := Score(g.without(row))
			margins = append(margins, after.Inconsistency[s.Leader]-after.Inconsistency[after.Leader])
			found++
		}
		if !slices.IsSortedFunc(margins, func(a, b int64) int { return int(b - a) }) {
			t.Fatalf("sensitive rows %v not most decisive first: margins %v", s.Sensitive, margins)
		}
	}
	if found == 0 {
		t.Fatal("no random grid had a sensitive row: the property was never tried")
	}
}

// The scores are the sums the definition gives, and a row is diagnostic
// exactly when its cells differ.
func TestPropertyScoresAndDiagnosticity(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 1000 {
		g := randomGrid(r)
		s := Score(g)
		for h := range g.Hypotheses {
			var sum int64
			for row := range g.Rows() {
				switch g.Row(row)[h].Rating() {
				case Inconsistent:
					sum += g.Weights[row]
				case VeryInconsistent:
					sum += 2 * g.Weights[row]
				}
			}
			if s.Inconsistency[h] != sum {
				t.Fatalf("hypothesis %d scores %d, want %d", h, s.Inconsistency[h], sum)
			}
		}
		for row := range g.Rows() {
			cells := g.Row(row)
			alike := !slices.ContainsFunc(cells, func(c Cell) bool { return c != cells[0] })
			if s.Diagnostic[row] == alike {
				t.Fatalf("row %v: diagnostic %v", cells, s.Diagnostic[row])
			}
		}
		for i := 1; i < len(s.Ranking); i++ {
			a, b := s.Ranking[i-1], s.Ranking[i]
			if s.Inconsistency[a] > s.Inconsistency[b] || s.Inconsistency[a] == s.Inconsistency[b] && a > b {
				t.Fatalf("ranking %v of scores %v", s.Ranking, s.Inconsistency)
			}
		}
	}
}

func TestCaseGridFollowsTheMatrix(t *testing.T) {
	c := assessedCase()
	g := c.Grid()
	if g.Hypotheses != 2 || g.Rows() != 3 || !slices.Equal(g.Weights, []int64{80, 150, 64}) {
		t.Fatalf("grid %+v", g)
	}
	if got := g.Row(1); got[0].Rating() != Inconsistent || got[1].Rating() != Consistent {
		t.Errorf("row of st-mfa: %v", got)
	}
	s := Score(g)
	// h-iran: st-mfa, weight 1.5, inconsistent: 150; h-other: st-rama, 0.8: 80.
	if !slices.Equal(s.Inconsistency, []int64{150, 80}) || s.Leader != 1 || !slices.Equal(s.Sensitive, []int{1}) {
		t.Errorf("scores %+v", s)
	}
	if s.Diagnostic[2] || !s.Diagnostic[0] {
		t.Errorf("the attack is rated consistent with both: not diagnostic; got %v", s.Diagnostic)
	}
}

// Rescoring after one cell changes gives what scoring the grid afresh
// gives, over many changes in turn.
func TestPropertyRescoreIsScore(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 300 {
		g := randomGrid(r)
		if g.Rows() == 0 {
			continue
		}
		s := Score(g)
		for range 20 {
			row, h := r.IntN(g.Rows()), r.IntN(g.Hypotheses)
			was := g.Row(row)[h]
			g.Row(row)[h] = Cell(r.IntN(len(RatingValues) + 1))
			s = Rescore(g, s, row, h, was)
			if want := Score(g); !reflect.DeepEqual(s, want) {
				t.Fatalf("rescored %+v\nscored   %+v", s, want)
			}
		}
	}
}
