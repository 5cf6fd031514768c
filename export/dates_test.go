package export

import (
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// datedCase is the test case with the dates the sources differ on, a range
// and an open end: the Montenegro attack, 20 Aug 2022 per N1 and 22 Aug
// 2022 per silicon.co.uk.
func datedCase() *casefile.Case {
	c := testCase()
	c.Sources = append(c.Sources,
		casefile.Source{ID: "src-n1", Title: "Attack on government servers", Publisher: "N1", Date: casefile.Day(2022, 8, 26), Marking: casefile.TLPClear},
		casefile.Source{ID: "silicon", Title: "Montenegro hit by ransomware", Publisher: "silicon.co.uk", Date: casefile.Day(2022, 8, 31), Marking: casefile.TLPGreen})
	c.Events = append(c.Events,
		casefile.Event{ID: "e3", Title: "Montenegro's government servers attacked", Marking: casefile.TLPClear,
			Dates:   []casefile.DateClaim{{Date: casefile.Day(2022, 8, 22), Source: "silicon"}, {Date: casefile.Day(2022, 8, 20), Source: "src-n1"}},
			Sources: []casefile.Citation{{Source: "src-n1"}, {Source: "silicon"}}},
		casefile.Event{ID: "e4", Title: "Ransomware gang active", Date: casefile.Date{Year: 2019, Qualifier: casefile.Since}, Marking: casefile.TLPClear},
		casefile.Event{ID: "e5", Title: "Recovery", Date: casefile.Range(casefile.Day(2022, 8, 20), casefile.Month(2022, 9)), Marking: casefile.TLPClear})
	s := &c.Statements[3] // "A cleared remark"
	s.Date = casefile.Date{}
	s.Dates = []casefile.DateClaim{{Date: casefile.Year(2021), Source: "src"}, {Date: casefile.Range(casefile.Year(2019), casefile.Year(2020)), Source: "src-n1"}}
	if ps := c.Validate(); ps != nil {
		panic(ps)
	}
	return c
}

func TestBriefingShowsEveryDateTheSourcesGive(t *testing.T) {
	c := datedCase()
	text := normalize(bodyText(t, writeTemp(t, renderPDF(t, c, Options{Sections: sectionsWithout(SectionTimeline)})), A4))
	for _, want := range []string{
		"Sources differ: 22 Aug 2022 per silicon.co.uk; 20 Aug 2022 per N1",
		"2021 per Reuters; 2019–2020 per N1", // the statement's, in its line
		"since 2019", "20 Aug – Sep 2022",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the briefing lacks %q", want)
		}
	}
	// The conflict is not collapsed into a vaguer date.
	if strings.Contains(text, "20–22 Aug 2022") {
		t.Error("the briefing collapses the conflict into a range")
	}
	// The event is placed by its earliest claim, 20 Aug 2022: after the
	// attribution (Aug 2022, which starts earlier) and after the recovery,
	// which starts on the same day but lasts longer.
	assertOrder(t, text, []string{"Ransomware gang active", "Cyberattack on government services", "Attribution", "Recovery", "Montenegro's government servers attacked"})
}

func TestMarkdownShowsEveryDateTheSourcesGive(t *testing.T) {
	md := renderMarkdown(t, datedCase(), Options{})
	for _, want := range []string{
		"- **22 Aug 2022 per silicon.co.uk; 20 Aug 2022 per N1** — **Montenegro's government servers attacked**",
		"**Edi Rama, Prime Minister of Albania** · 2021 per Reuters; 2019–2020 per N1 · TLP:CLEAR",
		"- **since 2019** — **Ransomware gang active**",
		"- **20 Aug – Sep 2022** — **Recovery**",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
}

// A release withholding silicon.co.uk withholds the date it gives; the
// date left still reads per its source.
func TestReleaseLeavesTheDatesOfReleasedSources(t *testing.T) {
	md := renderMarkdown(t, datedCase(), Options{MaxMarking: casefile.TLPClear})
	if strings.Contains(md, "22 Aug 2022") || strings.Contains(md, "silicon") {
		t.Error("a TLP:CLEAR release shows the date a GREEN source gives")
	}
	if !strings.Contains(md, "- **20 Aug 2022 per N1** — **Montenegro's government servers attacked**") {
		t.Errorf("the release lacks the date N1 gives:\n%s", md)
	}
	text := normalize(bodyText(t, writeTemp(t, renderPDF(t, datedCase(), Options{MaxMarking: casefile.TLPClear})), A4))
	if strings.Contains(text, "22 Aug 2022") || strings.Contains(text, "Sources differ") || !strings.Contains(text, "20 Aug 2022 per N1 Montenegro's government servers attacked") {
		t.Errorf("the released briefing shows the dates otherwise:\n%s", text)
	}
}
