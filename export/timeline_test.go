package export

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// sectionsWithout is every section but those named.
func sectionsWithout(drop ...Section) []Section {
	return slices.DeleteFunc(slices.Clone(Sections), func(s Section) bool { return slices.Contains(drop, s) })
}

// keepPDF writes a briefing where CASEFILE_TIMELINE_OUT says, for
// looking at by eye (the name says which).
func keepPDF(t *testing.T, name string, pdf []byte) {
	if dir := os.Getenv("CASEFILE_TIMELINE_OUT"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// timelineText is the text of the briefing from the Timeline heading on,
// or "" when it has none.
func timelineText(t *testing.T, path string) string {
	t.Helper()
	all := bodyText(t, path, A4)
	loc := regexp.MustCompile(`(?m)^\f?Timeline$`).FindStringIndex(all)
	if loc == nil {
		return ""
	}
	return normalize(all[loc[0]:])
}

// The default case's timeline is a section of its own after the chart,
// before the hypotheses and the evidence, drawn in vectors whose every
// label is text: the lanes, the items' titles and dates, the axis, the
// break and the key; no picture in the PDF is a raster image.
func TestBriefingTimelineFollowsTheChart(t *testing.T) {
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	pdf := renderPDF(t, c, Options{})
	keepPDF(t, "default.pdf", pdf)
	path := writeTemp(t, pdf)
	if out := runTool(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	if images := strings.Split(strings.TrimSpace(runTool(t, "pdfimages", "-list", path)), "\n"); len(images) > 2 {
		t.Errorf("the briefing holds raster images:\n%s", strings.Join(images, "\n"))
	}
	assertOrder(t, renderMarkdown(t, c, Options{}), []string{"## Contents", "## Timeline", "## Competing hypotheses", "## Key actors"})
	text := timelineText(t, path)
	for _, want := range []string{
		"Events", "Edi Rama", "Adrienne Watson", // lanes: the events', and the speakers'
		"Rama cuts ties with immediate effect", "7 Sep 2022 (inferred)", // a statement, in its speaker's lane
		"U.S. holds MEK on its terrorist list until 2012", "until 2012", "c. 2014", "after 7 Sep 2022 (inferred)",
		"2012", "2022", "Jan", "Sep", "7 years", // the axis and its break
		"event on a day", "statement", "about", "until, since", "inferred", "sources differ", // the key
		"Not on the timeline, having no date: E13, E14, E15, E16.", // by their references, the list giving their titles
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the timeline lacks %q", want)
		}
	}
	// It comes before the events' list: the first event's title shows
	// twice, in the picture and then in the list.
	first := "U.S. holds MEK on its terrorist list until 2012"
	if strings.Count(text, first) < 2 || strings.Index(text, "7 years") > strings.LastIndex(text, first) {
		t.Errorf("the timeline does not come before Background")
	}
	// Left out of the sections, it is not drawn.
	path = writeTemp(t, renderPDF(t, c, Options{Sections: sectionsWithout(SectionTimeline)}))
	if text := normalize(pdfText(t, path)); timelineText(t, path) != "" || strings.Contains(text, "7 years") || strings.Contains(text, "event on a day") {
		t.Error("a briefing without the timeline section draws it")
	}
}

// The Montenegro conflict reads as one on the briefing's timeline: the
// bracket's words name both dates and both sources.
func TestBriefingTimelineShowsTheConflict(t *testing.T) {
	pdf := renderPDF(t, datedCase(), Options{})
	keepPDF(t, "montenegro.pdf", pdf)
	if dir := os.Getenv("CASEFILE_TIMELINE_OUT"); dir != "" {
		if err := casefile.Save(filepath.Join(dir, "montenegro.casefile"), datedCase()); err != nil {
			t.Fatal(err)
		}
	}
	path := writeTemp(t, pdf)
	runTool(t, "qpdf", "--check", path)
	text := timelineText(t, path)
	for _, want := range []string{"Montenegro's government servers attacked", "sources differ: 22 Aug 2022 per silicon.co.uk; 20 Aug 2022 per N1", "since 2019", "20 Aug – Sep 2022"} {
		if !strings.Contains(text, want) {
			t.Errorf("the timeline lacks %q:\n%s", want, text)
		}
	}
	// Released at TLP:CLEAR, silicon.co.uk (GREEN) and its date are
	// withheld, and so are the items above CLEAR: neither the picture
	// nor the list shows them.
	c := datedCase()
	var above []string
	for _, e := range c.Events {
		if c.EffectiveMarking(e.Marking).Rank() > casefile.TLPClear.Rank() {
			above = append(above, e.Title)
		}
	}
	for _, s := range c.Statements {
		if c.EffectiveMarking(s.Marking).Rank() > casefile.TLPClear.Rank() {
			above = append(above, s.Title)
		}
	}
	if len(above) == 0 {
		t.Fatal("the test case has nothing above TLP:CLEAR")
	}
	rel := renderPDF(t, c, Options{MaxMarking: casefile.TLPClear})
	keepPDF(t, "montenegro-clear.pdf", rel)
	all := normalize(pdfText(t, writeTemp(t, rel)))
	if strings.Contains(all, "silicon") || strings.Contains(all, "sources differ: 22 Aug") {
		t.Error("the TLP:CLEAR release shows the withheld source's date")
	}
	for _, title := range above {
		if strings.Contains(all, title) {
			t.Errorf("the TLP:CLEAR release shows %q, marked above it", title)
		}
	}
	if !strings.Contains(all, "20 Aug 2022 per N1") {
		t.Error("the release dropped the date the released source gives")
	}
}

// A long timeline is split over pages at whole rows, each with its axis
// and lanes, and a very long one shows its latest items and says so.
func TestBriefingTimelineSplitsOverPages(t *testing.T) {
	c := casefile.Synthetic(200, 2) // 220 dated items
	path := writeTemp(t, renderPDF(t, c, Options{Sections: []Section{SectionTimeline, SectionBackground}}))
	runTool(t, "qpdf", "--check", path)
	text := normalize(pdfText(t, path))
	if n := strings.Count(text, "Timeline, continued"); n < 1 {
		t.Errorf("a 220-item timeline fits one page?\n%s", text[:min(len(text), 2000)])
	}
	if strings.Contains(text, "latest of") {
		t.Error("a timeline under the limit says it leaves items out")
	}
	big := casefile.Synthetic(1000, 2)
	text = normalize(pdfText(t, writeTemp(t, renderPDF(t, big, Options{Sections: []Section{SectionTimeline, SectionBackground}}))))
	if !strings.Contains(text, "The timeline shows the 240 latest of 1100 dated events and statements") {
		t.Errorf("a 1,100-item timeline does not say it shows only the latest")
	}
}

// The Markdown says what the picture draws: where to see it, the dates the
// sources differ on with their sources, and the undated.
func TestMarkdownTimeline(t *testing.T) {
	md := renderMarkdown(t, datedCase(), Options{})
	for _, want := range []string{
		"*The timeline is drawn in the PDF briefing:",
		"Dated differently by their sources:",
		"- **Montenegro's government servers attacked**: 22 Aug 2022 per silicon.co.uk; 20 Aug 2022 per N1",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q:\n%s", want, md)
		}
	}
	if md := renderMarkdown(t, datedCase(), Options{Sections: sectionsWithout(SectionTimeline)}); strings.Contains(md, "timeline is drawn") {
		t.Error("a Markdown briefing without the timeline section speaks of it")
	}
}
