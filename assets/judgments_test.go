package assets_test

import (
	"strings"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// The default case's key judgments are the analyst's own, say so, rest
// on the statements and events they cite, and say that the article offers
// claims and no technical evidence; its matrix rates the evidence against
// hypotheses of the analyst's, and shows what a reader should see.
func TestDefaultCaseJudgmentsAreTheAnalysts(t *testing.T) {
	c := defaultCase(t)
	if n := len(c.Judgments); n < 2 || n > 3 {
		t.Fatalf("the default case has %d key judgments, want two or three", n)
	}
	article := string(assets.DefaultCaseArticle)
	for _, j := range c.Judgments {
		item := "judgment " + j.Text
		if !strings.HasPrefix(j.Basis, "The analyst’s judgment") {
			t.Errorf("%s: its basis does not open by saying it is the analyst's judgment: %q", item, j.Basis)
		}
		if !strings.Contains(j.Basis, "claims") || !strings.Contains(j.Basis, "no technical evidence") && !strings.Contains(j.Basis, "no evidence") {
			t.Errorf("%s: its basis does not say the article offers claims and no technical evidence: %q", item, j.Basis)
		}
		if strings.Contains(article, j.Text) {
			t.Errorf("%s is the article's sentence, not the analyst's", item)
		}
		kinds := map[casefile.EvidenceKind]int{}
		for _, l := range j.Evidence {
			kinds[l.Kind]++
		}
		if kinds[casefile.EvidenceStatement]+kinds[casefile.EvidenceEvent] == 0 {
			t.Errorf("%s cites no statement or event", item)
		}
		if !strings.Contains(j.Text, string(j.Likelihood)) {
			t.Errorf("%s: its sentence does not use its likelihood's words, %q", item, j.Likelihood)
		}
	}
	if c.Judgments[0].Confidence != casefile.LowConfidence {
		t.Errorf("the attribution is held with %s confidence; the article offers claims and no technical evidence", c.Judgments[0].Confidence)
	}
	if len(c.Hypotheses) < 2 || len(c.Matrix) == 0 {
		t.Fatalf("%d hypotheses, %d matrix rows", len(c.Hypotheses), len(c.Matrix))
	}
	s := casefile.Score(c.Grid())
	if s.Leader != 0 || s.Tied {
		t.Errorf("the matrix's leader is hypothesis %d (tied %v), want the first", s.Leader, s.Tied)
	}
	dimmed := 0
	for _, d := range s.Diagnostic {
		if !d {
			dimmed++
		}
	}
	if dimmed == 0 || len(s.Sensitive) == 0 {
		t.Errorf("the matrix shows %d non-diagnostic rows and %d sensitive ones; it should show both", dimmed, len(s.Sensitive))
	}
}
