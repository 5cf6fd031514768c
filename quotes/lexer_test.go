package quotes

import (
	"reflect"
	"testing"
)

// TestReadingAheadChangesNothing checks that a long text read ahead of
// the analysis, on another goroutine, gives exactly the quotations it
// gives read a paragraph at a time.
func TestReadingAheadChangesNothing(t *testing.T) {
	text := benchText()
	if len(text) < pipelineMin {
		t.Fatalf("the corpus is %d bytes, want at least %d", len(text), pipelineMin)
	}
	inTurn := newEngine(text, nil)
	inTurn.runWith(false)
	ahead := newEngine(text, nil)
	ahead.runWith(true)
	a, b := inTurn.finish(), ahead.finish()
	if len(a) == 0 || !reflect.DeepEqual(a, b) {
		for i := range min(len(a), len(b)) {
			if !reflect.DeepEqual(a[i], b[i]) {
				t.Fatalf("quotation %d differs:\n in turn %+v\n   ahead %+v", i, a[i], b[i])
			}
		}
		t.Fatalf("%d quotations in turn, %d read ahead", len(a), len(b))
	}
}
