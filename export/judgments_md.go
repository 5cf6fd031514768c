package export

import (
	"strings"

	"github.com/casefile/casefile/casefile"
)

// The Markdown briefing's assessment sections, in the PDF's order and
// words. A reference ("S4") links to an anchor the evidence sections set
// before each item they print.

// anchorLine sets the anchor of an item a reference may point to: an
// HTML anchor, which GitHub and most wikis keep.
func (m *mdWriter) anchorLine(id string) {
	if l := m.refs.of(id); l != "" {
		m.linef(`<a id="%s"></a>`, strings.ToLower(l))
		m.blank()
	}
}

// labelled is an item's title with its reference before it.
func (m *mdWriter) labelled(id, title string) string {
	if l := m.refs.of(id); l != "" {
		return l + " · " + title
	}
	return title
}

// refLinks words items as references: "[S4](#s4), [E2](#e2)".
func (m *mdWriter) refLinks(ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		if l := m.refs.of(id); l != "" {
			parts[i] = "[" + l + "](#" + strings.ToLower(l) + ")"
		} else {
			parts[i] = escapeMarkdown(oneLine(m.c.EvidenceName(id)))
		}
	}
	return strings.Join(parts, ", ")
}

func (m *mdWriter) judgments() error {
	c := m.c
	if !assessmentShown(c, SectionJudgments) {
		return nil
	}
	m.section(SectionJudgments)
	m.linef("*The analyst’s own judgments, not the sources’, most important first; likelihoods on the ICD 203 scale. %s*", refLegend)
	m.blank()
	m.missing("judgments", len(c.Judgments), "")
	for i, j := range c.Judgments {
		m.linef("%d. **%s**  ", i+1, escapeMarkdown(oneLine(j.Text)))
		m.linef("   *%s*", judgmentMeta(c, j))
		if j.Basis != "" {
			m.linef("   ")
			m.linef("   %s", escapeMarkdown(oneLine(j.Basis)))
		}
		supports, undercuts := supportSplit(j)
		var refs []string
		if len(supports) > 0 {
			refs = append(refs, "Supported by "+m.refLinks(supports))
		}
		if len(undercuts) > 0 {
			refs = append(refs, "undercut by "+m.refLinks(undercuts))
		}
		if len(refs) > 0 {
			m.linef("   ")
			m.linef("   %s.", strings.Join(refs, "; "))
		}
		if line := withheldEvidence(c, j); line != "" {
			m.linef("   ")
			m.linef("   *%s*", line)
		}
		m.blank()
	}
	return m.err
}

func (m *mdWriter) hypotheses() error {
	c := m.c
	if !assessmentShown(c, SectionHypotheses) {
		return nil
	}
	m.section(SectionHypotheses)
	m.linef("*The analyst’s hypotheses, with the evidence rated against each as in Heuer’s analysis of competing hypotheses: " +
		"the one with the least weighted inconsistency leads. Each item weighs what its grading gives unless the analyst changed it.*")
	m.blank()
	m.missing("hypotheses", len(c.Hypotheses), "")
	if c.Release != nil {
		m.linef("*Scored on the evidence and hypotheses this release holds.*")
		m.blank()
	}
	if len(c.Hypotheses) == 0 {
		return m.err
	}
	g, s := matrixScores(c)
	m.linef("| | Hypothesis | Inconsistency |")
	m.linef("|---|---|---|")
	for i, h := range c.Hypotheses {
		score := casefile.ScoreText(s.Inconsistency[i])
		switch {
		case i == s.Leader && s.Tied:
			score = "**" + score + " · leads, tied**"
		case i == s.Leader:
			score = "**" + score + " · leads**"
		}
		m.linef("| %s | %s | %s |", hypothesisLabel(i), cell(hypothesisText(c, h)), score)
	}
	m.blank()
	if len(c.Matrix) == 0 {
		m.linef("*No evidence is rated against the hypotheses yet.*")
		m.blank()
		return m.err
	}
	m.linef("%s", sensitivityText(c, s, m.refs))
	m.blank()
	head := []string{"Evidence", "Weight"}
	rule := []string{"---", "--:"}
	for h := range c.Hypotheses {
		head = append(head, hypothesisLabel(h))
		rule = append(rule, ":-:")
	}
	m.linef("| %s |", strings.Join(head, " | "))
	m.linef("|%s|", strings.Join(rule, "|"))
	sensitive := map[int]bool{}
	for _, r := range s.Sensitive {
		sensitive[r] = true
	}
	for r, row := range c.Matrix {
		name := cell(c.EvidenceName(row.Item))
		if l := m.refs.of(row.Item); l != "" {
			name = "[" + l + "](#" + strings.ToLower(l) + ") " + name
		}
		switch {
		case sensitive[r]:
			name = "**" + name + "**"
		case !s.Diagnostic[r]:
			name = "*" + name + " (not diagnostic)*"
		}
		cells := []string{name, casefile.ScoreText(g.Weights[r])}
		for _, cl := range g.Row(r) {
			cells = append(cells, cl.Rating().Code())
		}
		m.linef("| %s |", strings.Join(cells, " | "))
	}
	m.blank()
	m.linef("*%s Bold: the lead rests on it.*", ratingLegend)
	m.blank()
	return m.err
}
