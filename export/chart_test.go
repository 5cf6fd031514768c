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

// The chart follows page one, every label text a reader can search and
// copy, with its legend, in a PDF qpdf finds sound.
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
	// It follows page one's judgments and the contents, before the
	// evidence, by page two.
	two := pdfText(t, path, "-f", "1", "-l", "2")
	if !strings.Contains(two, "Link chart\n") || !strings.Contains(two, "Contents") {
		t.Errorf("pages one and two do not hold the contents and the chart:\n%s", two)
	}
	if all := pdfText(t, path); strings.Index(all, "\nKey actors\n") < strings.Index(all, "Link chart\n") {
		t.Errorf("the chart does not come before Key actors")
	}
}

// A case with more actors than a page holds readably shows the most
// connected, says how many more the case has, and draws them whole on
// the page (no word cut at its edges) with names no smaller than 5 pt.
func TestPDFChartMostConnected(t *testing.T) {
	for _, statements := range []int{600, 2000} {
		c := casefile.Synthetic(statements, 1)
		path := writeTemp(t, renderPDF(t, c, Options{Sections: []Section{SectionChart}}))
		text := normalize(chartPageText(t, path))
		var shown, more int
		if i := strings.Index(text, "The "); i < 0 {
			t.Fatalf("%d statements: the chart page says nothing of the actors it leaves out:\n%s", statements, text)
		} else if _, err := fmt.Sscanf(text[i:], "The %d most connected actors are shown; %d more actors in the case.", &shown, &more); err != nil {
			t.Fatalf("%d statements: %v:\n%s", statements, err, text)
		}
		if shown+more != len(c.Actors) || shown > ChartMaxActors || shown < chartLeastActors {
			t.Errorf("%d statements: %d shown and %d more of %d actors (at most %d shown)", statements, shown, more, len(c.Actors), ChartMaxActors)
		}
		for _, w := range chartWords(t, path) {
			if w.xMin < leftMargin*mmToPt-0.5 || w.xMax > (pageWidth-rightMargin)*mmToPt+0.5 {
				t.Errorf("%d statements: %q at x %.1f-%.1f pt is outside the page's text box", statements, w.text, w.xMin, w.xMax)
			}
			// The synthetic case's actors are "Actor N".
			if h := w.yMax - w.yMin; w.text == "Actor" && h < 5*pdftotextHeight-0.05 {
				t.Errorf("%d statements: an actor's name is %.1f pt high: smaller than 5 pt type", statements, h)
			}
		}
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
	assertOrder(t, md.String(), []string{"## Contents", "## Link chart", "## Timeline", "## Competing hypotheses", "## Key actors"})
}

// A4's width and the page's side margins, in mm, as newBriefing sets them.
const (
	pageWidth   = 210.0
	leftMargin  = 20.0
	rightMargin = 20.0
	mmToPt      = 72 / 25.4
	// pdftotextHeight is a word's box height in pdftotext -bbox per point
	// of type: Noto Sans's ascent and descent, 1.069 + 0.293 em.
	pdftotextHeight = 1.362
)

// bboxWord is a word on a page as pdftotext -bbox places it, in points.
type bboxWord struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

// chartWords are the words on the chart's page.
func chartWords(t *testing.T, path string) []bboxWord {
	t.Helper()
	for p := 1; p <= pageCount(t, path); p++ {
		if text := pdfText(t, path, "-f", strconv.Itoa(p), "-l", strconv.Itoa(p)); !strings.Contains(text, "Link chart\n") {
			continue
		}
		html := pdfText(t, path, "-bbox", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p))
		var words []bboxWord
		for _, line := range strings.Split(html, "\n") {
			var w bboxWord
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "<word ") {
				continue
			}
			if _, err := fmt.Sscanf(line, `<word xMin="%f" yMin="%f" xMax="%f" yMax="%f">`, &w.xMin, &w.yMin, &w.xMax, &w.yMax); err != nil {
				t.Fatalf("pdftotext -bbox: %q: %v", line, err)
			}
			w.text = line[strings.Index(line, ">")+1 : strings.LastIndex(line, "<")]
			words = append(words, w)
		}
		return words
	}
	t.Fatal("no chart page")
	return nil
}
