package app

import (
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// matrixCase is the 10,000-statement case with 50 hypotheses and every
// statement a row of the matrix, rated through every rating in turn.
func matrixCase(hyps int) *casefile.Case {
	c := casefile.Synthetic(10000, 1)
	for i := range hyps {
		c.Hypotheses = append(c.Hypotheses, casefile.Hypothesis{ID: fmt.Sprintf("h-%02d", i), Text: fmt.Sprintf("Hypothesis %d", i+1)})
	}
	c.Matrix = make([]casefile.MatrixRow, len(c.Statements))
	for r, s := range c.Statements {
		ratings := make(map[string]casefile.Rating, hyps)
		for i, h := range c.Hypotheses {
			ratings[h.ID] = casefile.RatingValues[(r*7+i*3)%len(casefile.RatingValues)]
		}
		c.Matrix[r] = casefile.MatrixRow{Item: s.ID, Ratings: ratings}
	}
	return c
}

// BenchmarkMatrixRating is what the UI thread does when the analyst rates
// one cell of a matrix of 50 hypotheses with the 10,000 statements as
// evidence: the edit (its undo snapshot and the rating), the grid's cell,
// the scores (leader, diagnosticity, sensitivity) and the cells in view.
// The target is under 16 ms (a frame).
func BenchmarkMatrixRating(b *testing.B) {
	path := filepath.Join(b.TempDir(), "matrix.casefile")
	if err := casefile.Save(path, matrixCase(50)); err != nil {
		b.Fatal(err)
	}
	test.NewTempApp(b)
	u := NewUI(fyne.CurrentApp(), "bench")
	if err := u.Open(path); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { u.closeCase(); drainUI() })
	u.win.Resize(fyne.NewSize(1200, 800))
	u.tabs.Select(u.tabMatrix)
	m := u.matrix
	// The cells rated are in view, as the analyst's are: the work is the
	// rating's, not scrolling's.
	ratings := []casefile.Rating{casefile.Inconsistent, casefile.VeryConsistent}
	// The thread's own CPU time says what the rating costs the UI
	// thread, apart from the other programs of a busy machine and the
	// autosaves it starts, which run on other threads.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu time.Duration
	i := 0
	for b.Loop() {
		cell := widget.TableCellID{Row: i % 8, Col: matrixFixedCols + (i/8)%4}
		m.grid.at = cell
		start := threadCPU()
		m.rate(cell, ratings[(i/32)%2])
		cpu += threadCPU() - start
		i++
	}
	b.ReportMetric(float64(cpu)/1e6/float64(b.N), "ui-cpu-ms/op")
}
