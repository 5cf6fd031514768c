//go:build !nochart

package export

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/internal/gvlayout"
	"github.com/casefile/casefile/picture"
)

// The briefing's chart is laid out in-process in tests, with the engine
// the layout helper runs (picture's own tests go through the helper).
func init() { picture.SetEngine(&gvlayout.Engine{}) }

// chartPageText is the text of the briefing's chart page.
func chartPageText(t *testing.T, path string) string {
	t.Helper()
	for p := 1; p <= pageCount(t, path); p++ {
		text := pdfText(t, path, "-f", strconv.Itoa(p), "-l", strconv.Itoa(p))
		if strings.Contains(text, "Link chart\n") && strings.Contains(text, "affiliation") {
			return text
		}
	}
	t.Fatal("no chart page")
	return ""
}

func defaultBriefingCase(t *testing.T) *casefile.Case {
	t.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The chart is a page after Key actors whose every label is text a reader
// can search and copy, with its legend, in a PDF qpdf finds sound.
func TestPDFChartPage(t *testing.T) {
	c := defaultBriefingCase(t)
	path := writeTemp(t, renderPDF(t, c, Options{}))
	runTool(t, "qpdf", "--check", path)
	text := normalize(chartPageText(t, path))
	for _, a := range c.Actors {
		if !strings.Contains(text, a.Name) && !strings.Contains(text, strings.Fields(a.Name)[0]) {
			t.Errorf("the chart page lacks %q", a.Name)
		}
	}
	for _, want := range []string{"cut ties with", "designates as terrorist", "spokesperson for", "affiliated with",
		"state", "government body", "person", "organisation", "group", "hostile", "supportive", "structural", "inferred"} {
		if !strings.Contains(text, want) {
			t.Errorf("the chart page lacks %q", want)
		}
	}
	if strings.Contains(text, "more actors") || strings.Contains(text, "ring") {
		t.Errorf("the default case's chart says it is incomplete: %s", text)
	}
	all := normalize(pdfText(t, path))
	if i, j := strings.Index(all, "Key actors Name Kind"), strings.Index(all, "Link chart Maryam"); i < 0 || j >= 0 && j < i {
		t.Errorf("the chart does not follow Key actors")
	}
}

// A case with more actors than a page holds readably shows the most
// connected and says how many more the case has.
func TestPDFChartMostConnected(t *testing.T) {
	c := casefile.Synthetic(600, 1) // 60 actors
	path := writeTemp(t, renderPDF(t, c, Options{Sections: []Section{SectionChart}}))
	text := normalize(chartPageText(t, path))
	want := fmt.Sprintf("The %d most connected actors are shown; %d more actors in the case.", ChartMaxActors, len(c.Actors)-ChartMaxActors)
	if !strings.Contains(text, want) {
		t.Errorf("the chart page does not say %q:\n%s", want, text)
	}
}

// A releasable briefing's chart holds nothing above the limit: not the
// withheld actor, its relations, nor a TLP label above the limit.
func TestReleasableChartLeavesOutWithheld(t *testing.T) {
	c := defaultBriefingCase(t)
	c.Marking = casefile.TLPAmber
	for i := range c.Actors {
		c.Actors[i].Marking = casefile.TLPGreen
		if c.Actors[i].Name == "Mike Pompeo" {
			c.Actors[i].Marking = casefile.TLPAmber
		}
	}
	for i := range c.Relations {
		c.Relations[i].Marking = casefile.TLPGreen // lifted to AMBER for Pompeo's
	}
	full := normalize(chartPageText(t, writeTemp(t, renderPDF(t, c, Options{}))))
	for _, want := range []string{"Mike Pompeo", "met with", "TLP:GREEN"} {
		if !strings.Contains(full, want) {
			t.Fatalf("the full chart lacks %q", want)
		}
	}
	path := writeTemp(t, renderPDF(t, c, Options{MaxMarking: casefile.TLPGreen}))
	text := normalize(chartPageText(t, path))
	for _, gone := range []string{"Mike Pompeo", "met with", "AMBER"} {
		if strings.Contains(text, gone) {
			t.Errorf("the releasable chart shows %q", gone)
		}
	}
	if !strings.Contains(text, "Maryam Rajavi") || !strings.Contains(text, "1 of 21 actors are withheld above TLP:GREEN") {
		t.Errorf("the releasable chart page:\n%s", text)
	}
	var md bytes.Buffer
	if err := Markdown(&md, c, Options{MaxMarking: casefile.TLPGreen}); err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(md.String(), "## Link chart")
	section, _, _ = strings.Cut(section, "\n## ")
	if strings.Contains(section, "Pompeo") || !strings.Contains(section, "Rajavi") {
		t.Errorf("the releasable Markdown chart section:\n%s", section)
	}
}

// The Markdown briefing says the chart is in the PDF and lists its links
// by family.
func TestMarkdownChartSection(t *testing.T) {
	var md bytes.Buffer
	if err := Markdown(&md, defaultBriefingCase(t), Options{}); err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(md.String(), "## Link chart\n")
	if !ok {
		t.Fatal("no chart section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	for _, want := range []string{"drawn in the PDF briefing: 21 actors and 31 links", "- **Hostile** (", "Albania cut ties with Iran",
		"- **Supportive** (", "- **Structural** (", "White House part of United States (inferred)", "- **Affiliation** ("} {
		if !strings.Contains(section, want) {
			t.Errorf("the chart section lacks %q:\n%s", want, section)
		}
	}
	if i := strings.Index(md.String(), "## Key actors"); i < 0 || i > strings.Index(md.String(), "## Link chart") {
		t.Error("the chart section does not follow Key actors")
	}
}
