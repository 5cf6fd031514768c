package quotes

import (
	"path/filepath"
	"testing"

	"github.com/casefile/casefile/quotes/internal/corpus"
)

// A corpus case is an article in testdata/corpus/NAME.txt and the
// quotations it holds in NAME.want; see testdata/corpus/README.md for
// the format.
type corpusCase struct {
	corpus.Case
	text  string
	known []Actor
}

func loadCorpus(t testing.TB) []corpusCase {
	t.Helper()
	dir := filepath.Join("testdata", "corpus")
	cs, err := corpus.Load(dir)
	if err != nil {
		t.Fatalf("%v: run the test from the quotes directory", err)
	}
	var cases []corpusCase
	for _, c := range cs {
		cases = append(cases, corpusCase{Case: c, text: c.Text, known: knownActors(c.Known)})
	}
	return cases
}

// knownActors turns a corpus's known actors into Find's.
func knownActors(in []corpus.Actor) []Actor {
	var out []Actor
	for _, a := range in {
		out = append(out, Actor{ID: a.ID, Names: a.Names, Kind: a.Kind})
	}
	return out
}

// measure runs Find on c and compares with what it should find, logging
// each difference.
func measure(t *testing.T, c corpusCase) corpus.Score {
	var got []corpus.Found
	for _, q := range Find(c.text, c.known) {
		got = append(got, corpus.Found{Kind: q.Kind.String(), Speaker: q.Speaker, ActorID: q.ActorID, Text: q.Text})
	}
	return c.Measure(got, t.Logf)
}

// TestCorpus measures Find over the whole corpus: at least 95% of its
// quotations found, at least 90% of those with the right speaker, and
// fewer than 1 in 10 statements offered that are not quotations.
// go run ./quotes/internal/heldout DIR measures other articles.
func TestCorpus(t *testing.T) {
	cases := loadCorpus(t)
	var total corpus.Score
	patterns := 0
	for _, c := range cases {
		total.Add(measure(t, c))
		patterns += len(c.Want)
	}
	if len(cases) < 40 {
		t.Errorf("the corpus has %d articles, want at least 40", len(cases))
	}
	t.Logf("corpus: %d articles, %d quotations (%d statements, %d scare)", len(cases), patterns, total.Wanted, total.Scares)
	t.Logf("%v, kind right %.1f%%, scare quotes kept apart %d/%d",
		total, corpus.Pct(total.RightKind, total.Found), total.ScaresFound, total.Scares)
	if r := total.Recall(); r < 95 {
		t.Errorf("recall %.1f%% is under 95%%", r)
	}
	if a := total.Accuracy(); a < 90 {
		t.Errorf("speaker accuracy %.1f%% is under 90%%", a)
	}
	if fp := total.FalsePositives(); fp >= 10 {
		t.Errorf("%.1f%% of the statements offered are not quotations: want under 10%%", fp)
	}
}
