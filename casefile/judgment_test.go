package casefile

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// assessedCase is sampleCase with key judgments, two hypotheses and a
// matrix that cite every kind of evidence.
func assessedCase() *Case {
	c := sampleCase()
	c.Judgments = []Judgment{
		{ID: "kj-iran", Text: "Iranian state actors likely carried out the July attack.", Likelihood: Likely, Confidence: LowConfidence,
			Basis: "Only the governments' claims; no technical evidence.",
			Evidence: []EvidenceLink{
				{Item: "st-rama", Kind: EvidenceStatement, Supports: true},
				{Item: "ev-attack", Kind: EvidenceEvent, Supports: true},
				{Item: "st-mfa", Kind: EvidenceStatement, Supports: false},
			}},
		{ID: "kj-plan", Text: "The break was very likely decided before the US statement.", Likelihood: VeryLikely,
			Confidence: ModerateConfidence, Marking: TLPGreen,
			Evidence: []EvidenceLink{{Item: "n-us", Kind: EvidenceNote, Supports: true}, {Item: "src-wh", Kind: EvidenceSource, Supports: true}}},
	}
	w := 1.5
	c.Hypotheses = []Hypothesis{
		{ID: "h-iran", Text: "Iranian state actors carried out the attack."},
		{ID: "h-other", Text: "Someone else carried it out and Iran is blamed.", Marking: TLPGreen},
	}
	c.Matrix = []MatrixRow{
		{Item: "st-rama", Ratings: map[string]Rating{"h-iran": Consistent, "h-other": Inconsistent}},
		{Item: "st-mfa", Weight: &w, Ratings: map[string]Rating{"h-iran": Inconsistent, "h-other": Consistent}},
		{Item: "ev-attack", Ratings: map[string]Rating{"h-iran": Consistent, "h-other": Consistent}},
	}
	return c
}

func TestAssessedCaseIsValidAndRoundTrips(t *testing.T) {
	c := assessedCase()
	mustValid(t, c)
	var buf bytes.Buffer
	if err := Encode(&buf, c); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"judgments": [`, `"likelihood": "likely"`, `"supports": false`, `"hypotheses": [`,
		`"matrix": [`, `"item": "st-mfa"`, `"weight": 1.5`, `"h-other": "inconsistent"`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the file lacks %s", want)
		}
	}
	d, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d.Judgments, c.Judgments) || !reflect.DeepEqual(d.Hypotheses, c.Hypotheses) || !reflect.DeepEqual(d.Matrix, c.Matrix) {
		t.Errorf("decoded:\n%+v\n%+v\n%+v", d.Judgments, d.Hypotheses, d.Matrix)
	}
	// A case without them writes none of the new fields: older files
	// and their encodings are unchanged.
	buf.Reset()
	if err := Encode(&buf, sampleCase()); err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"judgments", "hypotheses", "matrix"} {
		if strings.Contains(buf.String(), `"`+field+`"`) {
			t.Errorf("a case without %s writes the field", field)
		}
	}
}

func TestValidateJudgmentsNameTheField(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(c *Case)
		want  string
	}{
		{"text", func(c *Case) { c.Judgments[0].Text = " " }, `judgment "kj-iran": text is empty`},
		{"likelihood missing", func(c *Case) { c.Judgments[0].Likelihood = "" }, "likelihood is empty; choose one of almost no chance, very unlikely"},
		{"likelihood off the scale", func(c *Case) { c.Judgments[0].Likelihood = "probable" }, `likelihood "probable" is not one of almost no chance`},
		{"confidence", func(c *Case) { c.Judgments[1].Confidence = "medium" }, `confidence "medium" is not low, moderate or high`},
		{"evidence missing", func(c *Case) { c.Judgments[0].Evidence[1].Item = "ev-gone" },
			`evidence link 2: event "ev-gone" does not exist; choose an existing event`},
		{"evidence of the wrong kind", func(c *Case) { c.Judgments[0].Evidence[0].Kind = EvidenceEvent },
			`evidence link 1: event "st-rama" does not exist`},
		{"evidence kind", func(c *Case) { c.Judgments[0].Evidence[0].Kind = "actor" }, `kind "actor" is not one of statement, event, note, source`},
		{"evidence twice", func(c *Case) { c.Judgments[0].Evidence[2] = c.Judgments[0].Evidence[0] }, `evidence link 3 cites statement "st-rama" again`},
		{"withheld outside a release", func(c *Case) { c.Judgments[0].WithheldEvidence = 2 }, "withheld_evidence is only for a releasable copy"},
		{"marking", func(c *Case) { c.Judgments[1].Marking = TLPRed }, `judgment "The break was very likely decided before the…": marking TLP:RED is above the case's`},
		{"hypothesis text", func(c *Case) { c.Hypotheses[1].Text = "" }, `hypothesis "h-other": text is empty`},
		{"hypothesis marking", func(c *Case) { c.Hypotheses[0].Marking = "TLP:WHITE" }, `marking "TLP:WHITE" is not one of`},
		{"matrix item", func(c *Case) { c.Matrix[0].Item = "rama" }, `case: matrix row 1: "rama" is no statement, event, note or source`},
		{"matrix twice", func(c *Case) { c.Matrix[2].Item = "st-rama" }, `matrix row 3 is of "st-rama", as row 1 is`},
		{"matrix hypothesis", func(c *Case) { c.Matrix[0].Ratings = map[string]Rating{"h-gone": Neutral} }, `matrix row 1 ("st-rama"): hypothesis "h-gone" does not exist`},
		{"matrix rating", func(c *Case) { c.Matrix[0].Ratings = map[string]Rating{"h-iran": "CC"} }, `rating "CC" is not one of very consistent`},
		{"matrix weight", func(c *Case) { w := -1.0; c.Matrix[0].Weight = &w }, `matrix row 1 ("st-rama"): weight -1 is not from 0 to 10`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := assessedCase()
			tt.spoil(c)
			ps := c.Validate()
			if !strings.Contains(ps.Error(), tt.want) {
				t.Errorf("problems:\n%v\nwant one containing %q", ps, tt.want)
			}
		})
	}
	// A duplicate id across the new kinds is caught too.
	c := assessedCase()
	c.Hypotheses[0].ID = "kj-iran"
	wantErr(t, c.Validate(), `hypothesis "Iranian state actors carried out the attack.": id "kj-iran" is also used by judgment`)
}

func TestJudgmentFlags(t *testing.T) {
	c := assessedCase()
	if f := c.Flags(c.Judgments[0]); f != nil {
		t.Errorf("a judgment supported by B1 and B2 items is flagged %q", f)
	}
	none := Judgment{Text: "x"}
	if f := c.Flags(none); !slices.Equal(f, []JudgmentFlag{CitesNothing}) {
		t.Errorf("a judgment citing nothing: %q", f)
	}
	// Support graded E or F, or 5 or 6, is weak; undercutting evidence
	// does not count as support either way.
	c.Statements[0].Grading = Grading{"F", 2}
	c.Events[0].Grading = Grading{"B", 5}
	if f := c.Flags(c.Judgments[0]); !slices.Equal(f, []JudgmentFlag{OnlyWeakSupport}) {
		t.Errorf("support F2 and B5: %q", f)
	}
	c.Events[0].Grading = Grading{"C", 3}
	if f := c.Flags(c.Judgments[0]); f != nil {
		t.Errorf("support F2 and C3: %q", f)
	}
	// A note is ungraded: it is not weak support, nor is a source graded A.
	if f := c.Flags(c.Judgments[1]); f != nil {
		t.Errorf("support by a note and an A source: %q", f)
	}
	released := Judgment{Text: "x", WithheldEvidence: 2}
	if f := c.Flags(released); !slices.Equal(f, []JudgmentFlag{EvidenceWithheld}) {
		t.Errorf("a released judgment whose evidence is all withheld: %q", f)
	}
}

func TestLikelihoodWords(t *testing.T) {
	if got := Likely.Words(); got != "likely (55–80%)" {
		t.Errorf("Likely.Words() = %q", got)
	}
	want := [][2]int{{1, 5}, {5, 20}, {20, 45}, {45, 55}, {55, 80}, {80, 95}, {95, 99}}
	for i, l := range Likelihoods {
		if lo, hi := l.Range(); lo != want[i][0] || hi != want[i][1] {
			t.Errorf("%s: %d–%d%%, want ICD 203's %d–%d%%", l, lo, hi, want[i][0], want[i][1])
		}
	}
}

func TestJudgmentEditsAndOrder(t *testing.T) {
	fixClock(t, later)
	c := assessedCase()
	j, err := c.AddJudgment(Judgment{Text: "A third judgment.", Likelihood: Unlikely, Confidence: HighConfidence})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.AddJudgment(Judgment{Text: "No likelihood."}); err == nil || !strings.Contains(err.Error(), "likelihood is empty") {
		t.Errorf("adding a judgment without a likelihood: %v", err)
	}
	if err := c.MoveJudgment(j.ID, -5); err != nil {
		t.Fatal(err)
	}
	if got := ids(c.Judgments); !slices.Equal(got, []string{j.ID, "kj-iran", "kj-plan"}) {
		t.Errorf("after moving the new judgment to the top: %q", got)
	}
	if err := c.MoveJudgment("kj-iran", 1); err != nil {
		t.Fatal(err)
	}
	if got := ids(c.Judgments); !slices.Equal(got, []string{j.ID, "kj-plan", "kj-iran"}) {
		t.Errorf("after moving kj-iran down: %q", got)
	}
	j.Evidence = []EvidenceLink{{Item: "nobody", Kind: EvidenceNote}}
	if err := c.UpdateJudgment(j); err == nil {
		t.Errorf("a judgment citing a missing note was accepted")
	}
	if err := c.DeleteJudgment(j.ID); err != nil {
		t.Fatal(err)
	}
	if got := c.JudgmentsCiting("st-rama"); len(got) != 1 || got[0].ID != "kj-iran" {
		t.Errorf("JudgmentsCiting(st-rama) = %v", got)
	}
	mustValid(t, c)
}

func TestDeletingEvidenceAsksThenDropsLinksAndRows(t *testing.T) {
	c := assessedCase()
	before := c.Clone()
	err := c.DeleteEvent("ev-attack", false)
	refusedInUse(t, err, c, before, `event "Cyberattack on Albanian government services"`,
		`note "Services were down for days."`, `judgment "Iranian state actors likely carried out the July…"`,
		`matrix row "Cyberattack on Albanian government services"`)
	if err := c.DeleteEvent("ev-attack", true); err != nil {
		t.Fatal(err)
	}
	if got := c.Judgments[0].Evidence; len(got) != 2 || slices.ContainsFunc(got, func(l EvidenceLink) bool { return l.Item == "ev-attack" }) {
		t.Errorf("judgment's evidence after deleting the event: %v", got)
	}
	if c.MatrixRowOf("ev-attack") >= 0 || len(c.Matrix) != 2 {
		t.Errorf("the event's matrix row survived: %v", c.Matrix)
	}
	mustValid(t, c)

	// Deleting an actor takes its statements, and with them their rows
	// and the links to them.
	if err := c.DeleteActor("rama", true); err != nil {
		t.Fatal(err)
	}
	if c.MatrixRowOf("st-rama") >= 0 || slices.ContainsFunc(c.Judgments[0].Evidence, func(l EvidenceLink) bool { return l.Item == "st-rama" }) {
		t.Errorf("Rama's statement is still cited: %v, %v", c.Judgments[0].Evidence, c.Matrix)
	}
	mustValid(t, c)

	// A note goes without asking, and its links with it.
	if err := c.DeleteNote("n-us"); err != nil {
		t.Fatal(err)
	}
	if got := c.Judgments[1].Evidence; len(got) != 1 || got[0].Item != "src-wh" {
		t.Errorf("after deleting the note: %v", got)
	}
	mustValid(t, c)
}

func TestDeletingAHypothesisTakesItsRatings(t *testing.T) {
	c := assessedCase()
	before := c.Clone()
	err := c.DeleteHypothesis("h-other", false)
	refusedInUse(t, err, c, before, `hypothesis "Someone else carried it out and Iran is…"`,
		`matrix row "Rama on proportionality"`, `matrix row "Iran rejects the accusation"`,
		`matrix row "Cyberattack on Albanian government services"`)
	shared := c.Matrix[0].Ratings
	snapshot := c.Clone()
	if err := c.DeleteHypothesis("h-other", true); err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Matrix {
		if _, ok := r.Ratings["h-other"]; ok || len(r.Ratings) != 1 {
			t.Errorf("row %s: %v", r.Item, r.Ratings)
		}
	}
	if len(shared) != 2 || len(snapshot.Matrix[0].Ratings) != 2 {
		t.Errorf("the delete changed a ratings map an undo snapshot shares: %v", shared)
	}
	mustValid(t, c)
}

func TestSetRatingNeverChangesASharedMap(t *testing.T) {
	c := assessedCase()
	snap := c.Clone()
	if err := c.SetRating("st-rama", "h-iran", VeryConsistent); err != nil {
		t.Fatal(err)
	}
	if snap.Matrix[0].Ratings["h-iran"] != Consistent || c.Matrix[0].Ratings["h-iran"] != VeryConsistent {
		t.Errorf("snapshot %v, case %v", snap.Matrix[0].Ratings, c.Matrix[0].Ratings)
	}
	if err := c.SetRating("st-rama", "h-iran", ""); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Matrix[0].Ratings["h-iran"]; ok {
		t.Errorf("clearing a rating left it")
	}
	if err := c.SetRating("st-rama", "h-gone", Neutral); err == nil {
		t.Errorf("rated a missing hypothesis")
	}
	if err := c.SetRating("st-rama", "h-iran", "maybe"); err == nil {
		t.Errorf("accepted rating %q", "maybe")
	}
	if err := c.AddEvidence("rama"); err == nil {
		t.Errorf("added an actor as evidence")
	}
	if err := c.AddEvidence("n-case"); err != nil {
		t.Fatal(err)
	}
	w := 11.0
	if err := c.SetWeight("n-case", &w); err == nil {
		t.Errorf("accepted weight 11")
	}
	w = 2
	if err := c.SetWeight("n-case", &w); err != nil || c.RowWeight(c.Matrix[3]) != 2 {
		t.Errorf("SetWeight 2: %v, weight %v", err, c.RowWeight(c.Matrix[3]))
	}
	if err := c.SetWeight("n-case", nil); err != nil || c.RowWeight(c.Matrix[3]) != 0.25 {
		t.Errorf("back to the grading's weight: %v, %v", err, c.RowWeight(c.Matrix[3]))
	}
	if err := c.RemoveEvidence("n-case"); err != nil || len(c.Matrix) != 3 {
		t.Errorf("RemoveEvidence: %v, %d rows", err, len(c.Matrix))
	}
	mustValid(t, c)
}

func TestDefaultWeightFollowsTheGrading(t *testing.T) {
	for _, tt := range []struct {
		g    Grading
		want float64
	}{
		{Grading{"A", 1}, 1}, {Grading{"B", 2}, 0.64}, {Grading{"F", 2}, 0.4}, {Grading{"E", 5}, 0.04},
		{Grading{"C", 0}, 0.3}, {Grading{}, 0.25}, {Grading{"F", 6}, 0.25}, {Grading{"D", 3}, 0.24},
	} {
		if got := DefaultWeight(tt.g); got != tt.want {
			t.Errorf("DefaultWeight(%s) = %v, want %v", tt.g.Code(), got, tt.want)
		}
	}
	c := assessedCase()
	if got := c.RowWeight(c.Matrix[0]); got != 0.8 { // B1
		t.Errorf("weight of a B1 statement = %v", got)
	}
	if got := c.RowWeight(c.Matrix[1]); got != 1.5 {
		t.Errorf("the analyst's weight = %v, want 1.5", got)
	}
}
