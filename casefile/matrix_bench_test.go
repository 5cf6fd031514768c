package casefile

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkScore50x10000 is scoring a matrix of 50 hypotheses with every
// statement of the 10,000-statement case as evidence: what a rating change
// recomputes.
func BenchmarkScore50x10000(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	g := &Grid{Hypotheses: 50}
	for range 10000 {
		g.addRandomRow(r)
	}
	for b.Loop() {
		Score(g)
	}
}

// BenchmarkRescore50x10000 is scoring that matrix again after one cell
// changed, as the matrix screen does on each rating.
func BenchmarkRescore50x10000(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	g := &Grid{Hypotheses: 50}
	for range 10000 {
		g.addRandomRow(r)
	}
	s := Score(g)
	i := 0
	for b.Loop() {
		row, h := (i*37)%10000, i%50
		was := g.Row(row)[h]
		g.Row(row)[h] = Cell(1 + i%6)
		s = Rescore(g, s, row, h, was)
		i++
	}
}
