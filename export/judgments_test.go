package export

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

func defaultCase(t testing.TB) *casefile.Case {
	t.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Page one of the default case's briefing holds the title, the marking,
// the date, the bottom line and every key judgment with its likelihood
// words, confidence and references; each reference is the label the
// statements and background sections print before the item, and a link
// to the page the item is on.
func TestDefaultBriefingOpensWithTheKeyJudgments(t *testing.T) {
	for _, paper := range []Paper{A4, Letter} {
		t.Run(string(paper), func(t *testing.T) { briefingOpensWithTheKeyJudgments(t, paper) })
	}
}

func briefingOpensWithTheKeyJudgments(t *testing.T, paper Paper) {
	c := defaultCase(t)
	path := writeTemp(t, renderPDF(t, c, Options{Paper: paper}))
	one := normalize(pdfText(t, path, "-f", "1", "-l", "1"))
	for _, want := range []string{c.Title, "TLP:CLEAR", "8 September 2022", "Bottom line up front", "Key judgments"} {
		if !strings.Contains(one, normalize(want)) {
			t.Errorf("page one lacks %q", want)
		}
	}
	refs := newEvidenceRefs(c, Options{})
	text := normalize(bodyText(t, path, paper))
	for i, j := range c.Judgments {
		for _, want := range []string{j.Text, upper(j.Likelihood.Words()), j.Confidence.Words()} {
			if !strings.Contains(one, normalize(want)) {
				t.Errorf("page one lacks judgment %d's %q", i+1, want)
			}
		}
		for _, l := range j.Evidence {
			label := refs.of(l.Item)
			if label == "" {
				t.Fatalf("judgment %d cites %s, which has no label", i+1, l.Item)
			}
			if !regexp.MustCompile(`\b` + label + `\b`).MatchString(one) {
				t.Errorf("page one lacks judgment %d's reference %s", i+1, label)
			}
			if !strings.Contains(text, label+" "+normalize(c.EvidenceName(l.Item))) && l.Kind != casefile.EvidenceNote {
				t.Errorf("no section prints %s before %q", label, c.EvidenceName(l.Item))
			}
		}
	}
	// Page one's references are links into the briefing, to the pages
	// after it that print the items.
	links := pageLinks(t, path, 1)
	refsOnOne := 0
	for _, j := range c.Judgments {
		refsOnOne += len(j.Evidence)
	}
	if len(links) != refsOnOne {
		t.Errorf("page one has %d links, want one per reference, %d", len(links), refsOnOne)
	}
	for _, p := range links {
		if p <= 1 {
			t.Errorf("a reference on page one links to page %d", p)
		}
	}
}

// pageLinks are the pages the internal links on a page point to.
func pageLinks(t *testing.T, path string, page int) []int {
	t.Helper()
	var doc struct {
		Pages []struct {
			Object string `json:"object"`
		} `json:"pages"`
		Objects map[string]json.RawMessage `json:"objects"`
	}
	if err := json.Unmarshal([]byte(runTool(t, "qpdf", "--json=1", "--json-key=pages", "--json-key=objects", path)), &doc); err != nil {
		t.Fatal(err)
	}
	pageNo := map[string]int{}
	for i, p := range doc.Pages {
		pageNo[p.Object] = i + 1
	}
	var pg struct {
		Annots []struct {
			Subtype string `json:"/Subtype"`
			Dest    []any  `json:"/Dest"`
		} `json:"/Annots"`
	}
	if err := json.Unmarshal(doc.Objects[doc.Pages[page-1].Object], &pg); err != nil {
		t.Fatalf("page %d: %v", page, err)
	}
	var out []int
	for _, a := range pg.Annots {
		if a.Subtype != "/Link" || len(a.Dest) == 0 {
			continue
		}
		ref, _ := a.Dest[0].(string)
		out = append(out, pageNo[ref])
	}
	return out
}

// The sections come in the order: page one's judgments, the
// contents, the pictures and the hypotheses, then the evidence; the
// outline follows the pages, where a picture may land a page later.
func TestAssessmentSectionsInBriefingOrder(t *testing.T) {
	c := defaultCase(t)
	path := writeTemp(t, renderPDF(t, c, Options{}))
	var doc struct {
		Outlines []struct {
			Title string `json:"title"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(runTool(t, "qpdf", "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range doc.Outlines {
		got = append(got, o.Title)
	}
	// The text sections in their order; the pictures where they land.
	order := strings.Join(slices.DeleteFunc(got, func(h string) bool { return h == heading(SectionChart) || h == heading(SectionTimeline) }), " | ")
	if want := "Bottom line up front | Key judgments | Competing hypotheses | Key actors | Statements | Background | Analyst notes | Sources"; order != want {
		t.Errorf("outline %q, want %q", order, want)
	}
	md := renderMarkdown(t, c, Options{})
	assertOrder(t, md, []string{"## Bottom line up front", "## Key judgments", "## Contents", "## Timeline",
		"## Competing hypotheses", "## Key actors", "## Statements", "## Background", "## Analyst notes", "### N1 · On the case", "## Sources"})
	for _, want := range []string{"Supported by [S3](#s3), [S6](#s6), [E6](#e6); undercut by [S11](#s11), [N1](#n1).",
		"- **15 Jul 2022 (inferred) (as stated: “July 15”)** — **Cyberattack on Albania, attributed to Iran** · E6<a id=\"e6\"></a>",
		`<a id="s6"></a>`, "### S6 · White House condemns the attack", "| **[S6](#s6) White House condemns the attack** | 0.4 | C | I | I |",
		"| *[E6](#e6) Cyberattack on Albania, attributed to Iran (not diagnostic)* | 0.4 | C | C | C |", "**0 · leads**",
		"*Likely (55–80%) · low confidence · flagged: its only support is graded E or F, or 5 or 6*"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
	// The hypotheses table, the lead and what it rests on.
	text := normalize(bodyText(t, path, A4))
	for _, want := range []string{"H1 Iranian state actors", "0 · leads", "The lead rests on S6 (White House condemns the attack)",
		"Grey: not diagnostic"} {
		if !strings.Contains(text, want) {
			t.Errorf("the briefing lacks %q", want)
		}
	}
}

// A case without an assessment prints neither section nor any label:
// its briefing is as it was.
func TestNoAssessmentNoSectionsNoLabels(t *testing.T) {
	md := renderMarkdown(t, testCase(), Options{})
	for _, unwanted := range []string{"Key judgments", "Competing hypotheses", "#### S1", "<a id="} {
		if strings.Contains(md, unwanted) {
			t.Errorf("a case without judgments prints %q", unwanted)
		}
	}
}

// Released at TLP:CLEAR, the AMBER case's judgments go, counted; a CLEAR
// judgment whose evidence is all withheld says so instead of showing
// support it no longer has; the matrix holds only what is released.
func TestReleasedAssessment(t *testing.T) {
	c := defaultCase(t)
	c.Marking = casefile.TLPAmber
	for i := range c.Statements {
		c.Statements[i].Marking = casefile.TLPAmber
	}
	c.Judgments[0].Marking = casefile.TLPClear
	c.Hypotheses[0].Marking = casefile.TLPClear
	md := renderMarkdown(t, c, Options{MaxMarking: casefile.TLPClear})
	for _, want := range []string{"2 of 3 judgments are withheld above TLP:CLEAR.", c.Judgments[0].Text,
		"2 of 3 hypotheses are withheld above TLP:CLEAR.", "Scored on the evidence and hypotheses this release holds."} {
		if !strings.Contains(md, want) {
			t.Errorf("the release lacks %q", want)
		}
	}
	c.Events = nil // no event left to cite: the first judgment's evidence is all withheld
	c.Notes = nil
	c.Matrix = nil
	c.Judgments = c.Judgments[:1]
	c.Judgments[0].Evidence = c.Judgments[0].Evidence[:2] // two statements
	md = renderMarkdown(t, c, Options{MaxMarking: casefile.TLPClear})
	if !strings.Contains(md, "The evidence it rests on is withheld above TLP:CLEAR.") || strings.Contains(md, "Supported by") {
		t.Errorf("a judgment whose evidence is withheld:\n%s", md)
	}
	text := normalize(bodyText(t, writeTemp(t, renderPDF(t, c, Options{MaxMarking: casefile.TLPClear})), A4))
	if !strings.Contains(text, "The evidence it rests on is withheld above TLP:CLEAR.") {
		t.Errorf("the PDF does not say the evidence is withheld")
	}
	for _, s := range defaultCase(t).Statements {
		if strings.Contains(text, normalize(s.Quote)) && len(s.Quote) > 20 {
			t.Errorf("the CLEAR release quotes %q", s.Title)
		}
	}
}

// A matrix of 20 hypotheses lays out in columns that fit the page, each
// row one line, and repeats its header on each page.
func TestWideMatrixFits(t *testing.T) {
	c := matrixCase(200, 20, 20)
	path := writeTemp(t, renderPDF(t, c, Options{Sections: []Section{SectionHypotheses}}))
	if out := runTool(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	text := pdfText(t, path, "-layout")
	if n := strings.Count(text, "H20"); n < 3 {
		t.Errorf("the header with H20 appears %d times; the matrix runs over pages and repeats it", n)
	}
	if n := pageCount(t, path); n > 8 {
		t.Errorf("a 20 × 200 matrix takes %d pages; a line per row takes about five", n)
	}
}

// matrixCase is the synthetic case of n statements with h hypotheses and
// rows of its first rows statements, rated in turn through every rating.
func matrixCase(n, h, rows int) *casefile.Case {
	c := casefile.Synthetic(n, 1)
	for i := range h {
		c.Hypotheses = append(c.Hypotheses, casefile.Hypothesis{ID: fmt.Sprintf("h-%02d", i), Text: fmt.Sprintf("Hypothesis %d of the analyst's", i+1)})
	}
	for r := range rows {
		row := casefile.MatrixRow{Item: c.Statements[r].ID, Ratings: map[string]casefile.Rating{}}
		for i, hyp := range c.Hypotheses {
			row.Ratings[hyp.ID] = casefile.RatingValues[(r*7+i*3)%len(casefile.RatingValues)]
		}
		c.Matrix = append(c.Matrix, row)
	}
	if ps := c.Validate(); ps != nil {
		panic(ps)
	}
	return c
}
