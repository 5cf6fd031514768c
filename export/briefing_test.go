package export

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// The briefing as the reader gets it (issue 10): page one's judgments,
// the chart by page two, nine pages at most for the default case, the
// contents sharing a page, the defaults said once, each statement's
// grading beside its source's reliability, the unsourced flagged, the
// case's id in the metadata and the cover's footer.

// pageBody is a page's text without its header and footer.
func pageBody(t *testing.T, path string, page int, paper Paper) string {
	t.Helper()
	n := strconv.Itoa(page)
	w, h := 595, 842
	if paper == Letter {
		w, h = 612, 792
	}
	return pdfText(t, path, "-f", n, "-l", n, "-x", "0", "-y", "55", "-W", strconv.Itoa(w), "-H", strconv.Itoa(h-55-60))
}

// The default case's briefing takes nine A4 pages at most, opening with
// the bottom line and the key judgments, the chart by page two.
func TestDefaultBriefingFitsNinePages(t *testing.T) {
	c := defaultCase(t)
	path := writeTemp(t, renderPDF(t, c, Options{}))
	if n := pageCount(t, path); n > 9 {
		t.Errorf("the default case's briefing takes %d pages, more than 9", n)
	}
	one := pageBody(t, path, 1, A4)
	for _, want := range []string{"Bottom line up front\n", "Key judgments\n", c.Judgments[len(c.Judgments)-1].Text[:40]} {
		if !strings.Contains(one, want) {
			t.Errorf("page one lacks %q", want)
		}
	}
	if two := pdfText(t, path, "-f", "1", "-l", "2"); chartDrawn && !regexp.MustCompile(`(?m)^Link chart$`).MatchString(two) {
		t.Error("the chart is not on the first two pages")
	}
}

// The contents is never a page of its own: the page it is on holds a
// section's heading or text besides, and it lists the relations.
func TestContentsSharesAPage(t *testing.T) {
	for _, tc := range []struct {
		c     *casefile.Case
		paper Paper
	}{{defaultCase(t), A4}, {defaultCase(t), Letter}, {testCase(), A4}} {
		path := writeTemp(t, renderPDF(t, tc.c, Options{Paper: tc.paper}))
		found, page := contentsStrip(t, path)
		if _, ok := found[relationsHeading]; !ok {
			t.Errorf("%s, %s: the contents does not list the relations: %v", tc.c.Title, tc.paper, found)
		}
		body := pageBody(t, path, page, tc.paper)
		headings := 0
		for _, e := range sectionTable {
			if e.heading != "" && e.section != SectionContents && regexp.MustCompile(`(?m)^`+regexp.QuoteMeta(e.heading)+`$`).MatchString(body) {
				headings++
			}
		}
		if headings == 0 {
			t.Errorf("%s, %s: the contents is alone on page %d:\n%s", tc.c.Title, tc.paper, page, body)
		}
	}
}

// itemsText is the text of every page without headers and footers, and
// with the cover's lines before the first section left out: what the
// items say of themselves.
func itemsText(t *testing.T, path string) string {
	t.Helper()
	all := bodyText(t, path, A4)
	_, rest, _ := strings.Cut(all, "Bottom line up front\n")
	return normalize(rest)
}

// What most items share, the case's marking and "not graded", is said
// once in the legend and on no item; an item marked otherwise, or graded,
// shows its own.
func TestLegendSaysTheDefaultsOnce(t *testing.T) {
	c := testCase() // TLP:AMBER; s3 and s4 ungraded, s2 and e1 GREEN, s4 CLEAR
	path := writeTemp(t, renderPDF(t, c, Options{}))
	all := normalize(bodyText(t, path, A4))
	legend := "Items are TLP:AMBER and not graded unless marked otherwise."
	if n := strings.Count(all, legend); n != 1 {
		t.Errorf("the legend %q is printed %d times", legend, n)
	}
	items := itemsText(t, path)
	for _, label := range []string{"TLP:AMBER", "not graded", "Grading:"} {
		if strings.Contains(items, label) {
			t.Errorf("an item repeats the default %q:\n%s", label, items)
		}
	}
	for _, want := range []string{"TLP:GREEN", "TLP:CLEAR", "B2, from a B source", "B3, from a B source"} {
		if !strings.Contains(items, want) {
			t.Errorf("no item shows its own %q", want)
		}
	}
	md := renderMarkdown(t, c, Options{})
	if n := strings.Count(md, legend); n != 1 {
		t.Errorf("the Markdown prints the legend %d times", n)
	}
	_, mdItems, _ := strings.Cut(md, "## Bottom line up front")
	mdItems, _, _ = strings.Cut(mdItems, "<!-- casefile export")
	mdItems = strings.TrimSuffix(strings.TrimSpace(mdItems), "**TLP:AMBER**")
	for _, label := range []string{"TLP:AMBER", "not graded", "Grading:"} {
		if strings.Contains(mdItems, label) {
			t.Errorf("a Markdown item repeats the default %q", label)
		}
	}
}

// A statement shows its grading beside its source's reliability, "A1,
// from a C source"; an ungraded one graded source's alone; the grading
// key says what the codes used mean.
func TestStatementGradedBesideItsSource(t *testing.T) {
	c := testCase()
	c.Sources[0].Reliability = "C"
	c.Statements[0].Grading = casefile.Grading{Reliability: "A", Credibility: 1}
	c.Statements[3].Grading = casefile.Grading{}
	text := normalize(pdfText(t, writeTemp(t, renderPDF(t, c, Options{}))))
	md := renderMarkdown(t, c, Options{})
	for format, text := range map[string]string{"pdf": text, "md": md} {
		for _, want := range []string{"A1, from a C source", "Source: Reuters report · from a C source",
			"Gradings are Admiralty codes", "A completely reliable", "C fairly reliable", "1 confirmed by other sources"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s lacks %q", format, want)
			}
		}
	}
}

// An item that cites no source is flagged "Unsourced"; one whose source
// a release withheld says so instead.
func TestUnsourcedItemsFlagged(t *testing.T) {
	c := testCase()
	// "A cleared remark": a case with problems opens, and its briefing
	// says what it lacks.
	c.Statements[3].Source = casefile.Citation{}
	path := writeTemp(t, renderPDF(t, c, Options{}))
	text := normalize(pdfText(t, path))
	if !regexp.MustCompile(`A cleared remark Unsourced`).MatchString(text) {
		t.Errorf("the unsourced statement is not flagged:\n%s", text)
	}
	// e2, "Attribution", cites no source either: its left column says so.
	if i := strings.Index(text, "Attribution (the analyst's inference)"); i < 0 || !strings.Contains(text[max(0, i-60):i+80], "Unsourced") {
		t.Errorf("the unsourced event is not flagged")
	}
	md := renderMarkdown(t, c, Options{})
	if n := strings.Count(md, "**Unsourced**"); n != 2 {
		t.Errorf("the Markdown flags %d items unsourced, want 2", n)
	}
	// Released at TLP:CLEAR, the GREEN source is withheld: the CLEAR
	// statement citing it was sourced all the same.
	c = testCase()
	c.Sources[0].Marking = casefile.TLPGreen
	rel := normalize(pdfText(t, writeTemp(t, renderPDF(t, c, Options{MaxMarking: casefile.TLPClear}))))
	if !strings.Contains(rel, "Source withheld above TLP:CLEAR") || strings.Contains(rel, "A cleared remark Unsourced") {
		t.Errorf("a release calls a statement whose source it withheld unsourced:\n%s", rel)
	}
}

// The case's id is not on the cover's face: it is in the metadata and in
// small type in the cover's footer.
func TestCaseIDInTheMetadataAndTheCoversFooter(t *testing.T) {
	c := defaultCase(t)
	pdf := renderPDF(t, c, Options{})
	path := writeTemp(t, pdf)
	if one := pageBody(t, path, 1, A4); strings.Contains(one, c.ID) {
		t.Errorf("the cover's text shows the case's id")
	}
	footer := func(page int) string {
		return pdfText(t, path, "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-x", "0", "-y", "782", "-W", "595", "-H", "60")
	}
	if f := footer(1); !strings.Contains(f, "Case "+c.ID) {
		t.Errorf("the cover's footer lacks the case's id: %q", f)
	}
	if f := footer(2); strings.Contains(f, c.ID) {
		t.Errorf("page two's footer shows the case's id: %q", f)
	}
	if info := runTool(t, "pdfinfo", path); !strings.Contains(info, c.ID) {
		t.Errorf("the metadata lacks the case's id:\n%s", info)
	}
	if p, ok := ReadProvenance(pdf); !ok || p.CaseID != c.ID {
		t.Errorf("the XMP provenance is %+v", p)
	}
}

// The Markdown has the PDF's sections in the PDF's order, the order of
// sectionTable; in the PDF a picture may land a page after its turn.
func TestMarkdownFollowsThePDFOrder(t *testing.T) {
	for _, c := range []*casefile.Case{defaultCase(t), testCase()} {
		opt, _ := Options{}.Normalized()
		plan := briefingPlan{c: c, opt: opt, notes: planNotes(c, opt)}
		var want []string
		for _, e := range sectionTable {
			if e.heading != "" && plan.shown(e.section) {
				want = append(want, e.heading)
			}
		}
		var got []string
		for _, l := range strings.Split(renderMarkdown(t, c, Options{}), "\n") {
			if h, ok := strings.CutPrefix(l, "## "); ok {
				got = append(got, h)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: the Markdown's sections are %q, want %q", c.Title, got, want)
		}
		// The PDF's headings, page by page: the same sections, the text
		// ones in the same order, the pictures on their turn's page or
		// the next.
		path := writeTemp(t, renderPDF(t, c, Options{}))
		_, stripPage := contentsStrip(t, path)
		page := map[string]int{heading(SectionContents): stripPage}
		var order []string
		for p := 1; p <= pageCount(t, path); p++ {
			body := pdfText(t, path, "-f", strconv.Itoa(p), "-l", strconv.Itoa(p))
			for _, l := range strings.Split(body, "\n") {
				if _, seen := page[l]; !seen && slices.Contains(want, l) && l != heading(SectionContents) {
					page[l] = p
					order = append(order, l)
				}
			}
		}
		pictures := []string{heading(SectionChart), heading(SectionTimeline)}
		textOnly := func(hs []string) []string {
			return slices.DeleteFunc(slices.Clone(hs), func(h string) bool {
				return slices.Contains(pictures, h) || h == heading(SectionContents)
			})
		}
		if !slices.Equal(textOnly(order), textOnly(want)) {
			t.Errorf("%s: the PDF's sections are %q, want %q", c.Title, order, want)
		}
		turn := 1 // the page the sections before a picture reach
		for _, h := range want {
			if slices.Contains(pictures, h) && page[h] > turn+1 {
				t.Errorf("%s: %s is on page %d, its turn on page %d", c.Title, h, page[h], turn)
			}
			turn = max(turn, page[h])
		}
	}
}
