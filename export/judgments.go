package export

import (
	"strconv"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// What the PDF and the Markdown briefing share of the analyst's
// assessment: its two sections, and the references ("S4", "E2") by which
// a key judgment or a matrix row cites the evidence the briefing prints.

// The assessment's sections: the key judgments on page one, after the
// bottom line, and the competing hypotheses after the pictures.
const (
	SectionJudgments  Section = "judgments"
	SectionHypotheses Section = "hypotheses"
)

// assessmentShown says whether an assessment section has anything to
// show: items, or a release's count of those it withheld. A case without
// them prints neither section, so its briefing is as it was.
func assessmentShown(c *casefile.Case, s Section) bool {
	switch s {
	case SectionJudgments:
		return len(c.Judgments) > 0 || c.Release.Count("judgments") > 0
	case SectionHypotheses:
		return len(c.Hypotheses) > 0 || c.Release.Count("hypotheses") > 0
	}
	return true
}

// evidenceRefs labels the items a judgment or matrix row may cite as
// the briefing prints them: S1, S2, … for the statements in the order the
// statements section prints them, E1, … for the events of the background,
// N1, … for the notes and R1, … for the sources in case order.
type evidenceRefs struct {
	label map[string]string // item id -> "S4"
	on    bool              // the briefing prints the labels: it has an assessment
}

// refLegend says what the labels stand for.
const refLegend = "References: S statement, E event, N analyst’s note, R source."

func newEvidenceRefs(c *casefile.Case, opt Options) *evidenceRefs {
	r := &evidenceRefs{label: map[string]string{}}
	r.on = opt.Has(SectionJudgments) && assessmentShown(c, SectionJudgments) ||
		opt.Has(SectionHypotheses) && assessmentShown(c, SectionHypotheses)
	if !r.on {
		return r
	}
	n := 0
	for _, g := range orderedStatements(c, opt.StatementOrder) {
		for _, s := range g.statements {
			n++
			r.label[s.ID] = "S" + strconv.Itoa(n)
		}
	}
	for i, e := range orderedEvents(c) {
		r.label[e.ID] = "E" + strconv.Itoa(i+1)
	}
	for i, nt := range c.Notes {
		r.label[nt.ID] = "N" + strconv.Itoa(i+1)
	}
	for i, s := range c.Sources {
		r.label[s.ID] = "R" + strconv.Itoa(i+1)
	}
	return r
}

// of is the item's label, or "" when the briefing prints none.
func (r *evidenceRefs) of(id string) string {
	if r == nil || !r.on {
		return ""
	}
	return r.label[id]
}

// supportSplit is a judgment's evidence, the items that support it and
// those that undercut it, each in the order cited.
func supportSplit(j casefile.Judgment) (supports, undercuts []string) {
	for _, l := range j.Evidence {
		if l.Supports {
			supports = append(supports, l.Item)
		} else {
			undercuts = append(undercuts, l.Item)
		}
	}
	return supports, undercuts
}

// judgmentMeta is the line under a judgment: "Likely (55–80%) · low
// confidence", with its marking when it is not the case's and what the
// GUI flags about it.
func judgmentMeta(c *casefile.Case, j casefile.Judgment) string {
	parts := withMarking(c, []string{upper(j.Likelihood.Words()), j.Confidence.Words()}, j.Marking)
	if f := flagWords(c, j); f != "" {
		parts = append(parts, f)
	}
	return strings.Join(parts, " · ")
}

// judgmentsLead says that page one holds the key judgments, under the
// bottom line: the cover is then compact, and the notes on the case go
// with the other notes.
func judgmentsLead(c *casefile.Case, opt Options) bool {
	return opt.Has(SectionJudgments) && assessmentShown(c, SectionJudgments)
}

// withheldEvidence says what a release left out of a judgment's evidence,
// or "": "The evidence it rests on is withheld above TLP:CLEAR.", "2 more
// items it cites are withheld above TLP:CLEAR."
func withheldEvidence(c *casefile.Case, j casefile.Judgment) string {
	if j.WithheldEvidence == 0 || c.Release == nil {
		return ""
	}
	above := " withheld above " + string(c.Release.Limit) + "."
	if len(j.Evidence) == 0 {
		return "The evidence it rests on is" + above
	}
	if j.WithheldEvidence == 1 {
		return "1 more item it cites is" + above
	}
	return strconv.Itoa(j.WithheldEvidence) + " more items it cites are" + above
}

// flagWords says what the GUI flags about a judgment, for the reader, or "".
func flagWords(c *casefile.Case, j casefile.Judgment) string {
	for _, f := range c.Flags(j) {
		switch f {
		case casefile.CitesNothing:
			return "flagged: it cites no evidence"
		case casefile.OnlyWeakSupport:
			return "flagged: its only support is graded E or F, or 5 or 6"
		}
	}
	return ""
}

func upper(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// hypothesisText is a hypothesis as its table row words it, with its
// marking when it is not the case's.
func hypothesisText(c *casefile.Case, h casefile.Hypothesis) string {
	if m := markingWord(c, h.Marking); m != "" {
		return h.Text + " (" + m + ")"
	}
	return h.Text
}

// hypothesisLabel is a hypothesis's column label: "H1".
func hypothesisLabel(i int) string { return "H" + strconv.Itoa(i+1) }

// matrixScores scores the briefing's matrix: the case's, or a release's,
// which holds only what it released.
func matrixScores(c *casefile.Case) (*casefile.Grid, casefile.Scores) {
	g := c.Grid()
	return g, casefile.Score(g)
}
