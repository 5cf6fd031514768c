package casefile

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestReleaseWithholdsJudgmentsAndHypothesesAndSaysWhatTheyLost(t *testing.T) {
	c := assessedCase()
	// At GREEN, only what is marked GREEN or lower stays: the AMBER
	// case's unmarked items go.
	c.Statements[2].Marking = TLPGreen // st-mfa
	c.Actors[3].Marking = TLPGreen     // its speaker
	c.Sources[1].Marking = TLPGreen    // src-wh
	c.Judgments[0].Marking = TLPGreen  // kj-iran: its evidence partly withheld
	r, _ := Release(c, TLPGreen)
	mustValid(t, r)
	if got := ids(r.Judgments); len(got) != 2 {
		t.Fatalf("judgments released: %q, want both (each GREEN)", got)
	}
	kj := r.Judgments[0]
	if len(kj.Evidence) != 1 || kj.Evidence[0].Item != "st-mfa" || kj.WithheldEvidence != 2 {
		t.Errorf("kj-iran released with %v, %d withheld; want only st-mfa, 2 withheld", kj.Evidence, kj.WithheldEvidence)
	}
	plan := r.Judgments[1]
	if len(plan.Evidence) != 1 || plan.Evidence[0].Item != "src-wh" || plan.WithheldEvidence != 1 {
		t.Errorf("kj-plan released with %v, %d withheld", plan.Evidence, plan.WithheldEvidence)
	}
	// The AMBER hypothesis goes, with its ratings; the rows of withheld
	// evidence go.
	if got := ids(r.Hypotheses); len(got) != 1 || got[0] != "h-other" {
		t.Errorf("hypotheses released: %q, want only the GREEN one", got)
	}
	if len(r.Matrix) != 1 || r.Matrix[0].Item != "st-mfa" || len(r.Matrix[0].Ratings) != 1 || r.Matrix[0].Ratings["h-other"] != Consistent {
		t.Errorf("matrix released: %+v", r.Matrix)
	}
	if r.Release.Count("hypotheses") != 1 || r.Release.Count("judgments") != 0 {
		t.Errorf("withheld: %v", r.Release.Withheld)
	}
	if s := r.Release.Sentence(); !strings.Contains(s, "1 hypothesis") {
		t.Errorf("Sentence() = %q, want it to count the hypothesis", s)
	}
	// The original is untouched: the release shares no map it changed.
	if !reflect.DeepEqual(c.Matrix[0].Ratings, map[string]Rating{"h-iran": Consistent, "h-other": Inconsistent}) || len(c.Judgments[0].Evidence) != 3 {
		t.Errorf("the release changed the case: %v, %v", c.Matrix[0].Ratings, c.Judgments[0].Evidence)
	}

	// At CLEAR everything of the assessment goes, and is counted.
	r, _ = Release(c, TLPClear)
	mustValid(t, r)
	if len(r.Judgments)+len(r.Hypotheses)+len(r.Matrix) != 0 || r.Release.Count("judgments") != 2 || r.Release.Count("hypotheses") != 2 {
		t.Errorf("release at CLEAR: %d judgments, %d hypotheses, %d rows; withheld %v", len(r.Judgments), len(r.Hypotheses), len(r.Matrix), r.Release.Withheld)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, r); err != nil {
		t.Fatal(err)
	}
	for _, word := range []string{"Iranian state actors", "Someone else", "h-iran", "kj-plan"} {
		if strings.Contains(buf.String(), word) {
			t.Errorf("the CLEAR release holds %q", word)
		}
	}

	// Released again lower, the counts add up; a judgment whose evidence
	// is all withheld says so.
	c.Judgments[1].Marking = TLPClear
	r1, _ := Release(c, TLPGreen)
	r2, _ := Release(r1, TLPClear)
	mustValid(t, r2)
	if len(r2.Judgments) != 1 || r2.Judgments[0].WithheldEvidence != 2 || len(r2.Judgments[0].Evidence) != 0 {
		t.Fatalf("judgments released twice: %+v", r2.Judgments)
	}
	if f := r2.Flags(r2.Judgments[0]); len(f) != 1 || f[0] != EvidenceWithheld {
		t.Errorf("flags %q, want that its evidence is withheld", f)
	}
	if r2.Release.Count("judgments") != 1 {
		t.Errorf("released twice, withheld %v", r2.Release.Withheld)
	}
}

func TestLoadPlacesMatrixAndJudgmentProblems(t *testing.T) {
	c := assessedCase()
	var buf bytes.Buffer
	if err := Encode(&buf, c); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	bad := strings.Replace(text, `"likelihood": "very likely"`, `"likelihood": "probably"`, 1)
	bad = strings.Replace(bad, `"h-other": "inconsistent"`, `"h-gone": "inconsistent"`, 1)
	_, err := Decode([]byte(bad))
	wantErr(t, err, `judgment "The break was very likely decided before the…": likelihood "probably" is not one of`, "(line ",
		`case: matrix row 1 ("st-rama"): hypothesis "h-gone" does not exist`)

	unknown := strings.Replace(text, `"supports": false`, `"supports": false, "strength": 3`, 1)
	_, err = Decode([]byte(unknown))
	wantErr(t, err, `case.judgments[0].evidence[2] has an unknown field "strength"`)

	wrong := strings.Replace(text, `"weight": 1.5`, `"weight": "heavy"`, 1)
	_, err = Decode([]byte(wrong))
	wantErr(t, err, `case: matrix[1].weight holds text where a number belongs`)
}
