package export

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

// longQuote is long enough to run across a page break.
var longQuote = strings.Repeat("We will not accept – under any circumstances – that “critical infrastructure” is attacked… "+
	"The façade of deniability is gone; Tiranë’s response is proportionate and lawful — and it is final. ", 40)

// testCase is a small case whose quotes hold the characters that go wrong:
// curly quotes, ellipses, ë, ç and dashes, and one quote longer than a page.
func testCase() *casefile.Case {
	t := time.Date(2022, 9, 8, 10, 30, 0, 0, time.UTC)
	c := &casefile.Case{
		ID: "case-test", Title: "Albania cuts ties with Iran", Summary: "Albania expelled Iran’s diplomats after the July cyberattack.\n\nNATO backed the decision.",
		Analyst: "A. Analyst", Created: t.Add(-48 * time.Hour), Modified: t, Marking: casefile.TLPAmber, TitleMarking: casefile.TLPClear, Tags: []string{"albania", "iran"},
		Sources: []casefile.Source{{ID: "src", Title: "Reuters report", Publisher: "Reuters", Date: casefile.Day(2022, 9, 7), Reliability: "B", URL: "https://example.org/a", Marking: casefile.TLPClear}},
		Actors: []casefile.Actor{
			{ID: "rama", Name: "Edi Rama", Kind: casefile.KindPerson, Role: "Prime Minister of Albania", Affiliation: "alb", Marking: casefile.TLPClear},
			{ID: "alb", Name: "Albania", Kind: casefile.KindState, Marking: casefile.TLPClear},
			{ID: "iran", Name: "Iran", Kind: casefile.KindState, Marking: casefile.TLPGreen},
			{ID: "kanani", Name: "Nasser Kanani", Kind: casefile.KindPerson, Role: "Spokesman of Iran’s foreign ministry", Affiliation: "iran", Marking: casefile.TLPGreen},
		},
		Relations: []casefile.Relation{{ID: "r1", From: "rama", To: "alb", Type: casefile.RelLeads, Start: casefile.Year(2013)},
			{ID: "r2", From: "alb", To: "iran", Type: casefile.RelCutTiesWith, Start: casefile.Day(2022, 9, 7), Marking: casefile.TLPGreen}},
		Statements: []casefile.Statement{
			{ID: "s1", Title: "Rama announces the break", Speaker: "rama", Date: casefile.Day(2022, 9, 7), Channel: "video statement",
				Quote:  "The government has decided, with immediate effect, to end diplomatic relations with the Islamic Republic of Iran… This extreme response — fully proportionate — is “unwelcome” but necessary. Façade, Shqipëri, përgjigje.",
				Source: casefile.Citation{Source: "src", Locator: "para. 2"}, Grading: casefile.Grading{Reliability: "B", Credibility: 2}},
			{ID: "s2", Title: "Iran rejects the accusation", Speaker: "kanani", Date: casefile.Date{Year: 2022, Month: 9, Day: 8, Inferred: true}, Channel: "statement",
				Quote: "Iran condemns the decision as ‘short-sighted’ – it rejects the baseless claims.", RespondsTo: "s1",
				Source: casefile.Citation{Source: "src"}, Grading: casefile.Grading{Reliability: "B", Credibility: 3}, Marking: casefile.TLPGreen},
			{ID: "s3", Title: "Rama’s long speech", Speaker: "rama", Date: casefile.Month(2022, 7), Quote: longQuote,
				Source: casefile.Citation{Source: "src"}, Marking: casefile.TLPAmber},
			{ID: "s4", Title: "A cleared remark", Speaker: "rama", Date: casefile.Year(2021), Quote: "Nothing secret here.",
				Source: casefile.Citation{Source: "src"}, Marking: casefile.TLPClear},
		},
		Events: []casefile.Event{
			{ID: "e1", Title: "Cyberattack on government services", Date: casefile.Date{Year: 2022, Month: 7, Day: 15}, Actors: []string{"iran"},
				Sources: []casefile.Citation{{Source: "src"}}, Marking: casefile.TLPGreen},
			{ID: "e2", Title: "Attribution", Date: casefile.Date{Year: 2022, Month: 8, Inferred: true}, Inferred: true, Marking: casefile.TLPAmber},
		},
		Notes: []casefile.Note{
			{ID: "n1", Target: casefile.Target{Kind: casefile.OnStatement, ID: "s1"}, Author: "A. Analyst", Created: t, Modified: t,
				Body: "## First break\n\nA **first** for NATO, *not* the last.\n\n- point one\n- point two\n\n1. step\n2. step\n\n> quoted line\n\nSee [the report](https://example.org/a) and `code`.", Marking: casefile.TLPGreen},
			{ID: "n2", Target: casefile.Target{Kind: casefile.OnStatement, ID: "s3"}, Body: "Note on the long speech.", Marking: casefile.TLPAmber},
			{ID: "n3", Target: casefile.Target{Kind: casefile.OnCase}, Body: "Case-level assessment.", Marking: casefile.TLPClear},
			{ID: "n4", Target: casefile.Target{Kind: casefile.OnActor, ID: "iran"}, Body: "Iran’s denials follow a pattern.", Marking: casefile.TLPAmber},
		},
	}
	if ps := c.Validate(); ps != nil {
		panic(ps)
	}
	return c
}

func renderPDF(t testing.TB, c *casefile.Case, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := PDF(context.Background(), &buf, c, opt, nil); err != nil {
		t.Fatalf("PDF: %v", err)
	}
	return buf.Bytes()
}

// tool returns the path of a PDF tool, failing the test (not skipping it)
// when it is missing.
func tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed; install poppler-utils and qpdf (apt-get install poppler-utils qpdf) to run the export tests", name)
	}
	return p
}

func writeTemp(t testing.TB, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "briefing.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfText extracts text with pdftotext; extra arguments choose pages or an
// area.
func pdfText(t testing.TB, path string, args ...string) string {
	t.Helper()
	cmd := exec.Command(tool(t, "pdftotext"), append(append([]string{"-enc", "UTF-8"}, args...), path, "-")...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func pageCount(t testing.TB, path string) int {
	t.Helper()
	out, err := exec.Command(tool(t, "pdfinfo"), path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, out)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if rest, ok := strings.CutPrefix(l, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(rest))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("pdfinfo gave no page count:\n%s", out)
	return 0
}

// bodyText extracts the text of every page without its header and footer
// (which would otherwise interrupt text running over a page break).
func bodyText(t testing.TB, path string, paper Paper) string {
	t.Helper()
	w, h := 595, 842
	if paper == Letter {
		w, h = 612, 792
	}
	return pdfText(t, path, "-x", "0", "-y", "55", "-W", strconv.Itoa(w), "-H", strconv.Itoa(h-55-60))
}

func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

func runTool(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool(t, name), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}
