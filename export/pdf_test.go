package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

func TestPDFQuotesExtractVerbatim(t *testing.T) {
	c := testCase()
	path := writeTemp(t, renderPDF(t, c, Options{}))
	if n := pageCount(t, path); n < 5 {
		t.Fatalf("the long quote should run over pages; got %d pages", n)
	}
	text := normalize(bodyText(t, path, A4))
	for _, s := range c.Statements {
		if !strings.Contains(text, normalize(s.Quote)) {
			t.Errorf("quote of %q does not extract verbatim", s.Title)
		}
	}
	for _, want := range []string{"8 Sep 2022 (inferred)", "Source: Reuters report, para. 2 · B2, from a B source", "Reliability: B — usually reliable",
		"Edi Rama leads Albania, from 2013", "Responds to: Rama announces the break"} {
		if !strings.Contains(text, want) {
			t.Errorf("briefing lacks %q", want)
		}
	}
}

func TestPDFEveryPageNumberedAndMarked(t *testing.T) {
	for _, paper := range []Paper{A4, Letter} {
		t.Run(string(paper), func(t *testing.T) {
			path := writeTemp(t, renderPDF(t, testCase(), Options{Paper: paper}))
			n := pageCount(t, path)
			w, h := 595, 842
			if paper == Letter {
				w, h = 612, 792
			}
			for i := 1; i <= n; i++ {
				page := []string{"-f", fmt.Sprint(i), "-l", fmt.Sprint(i)}
				header := pdfText(t, path, append(page, "-x", "0", "-y", "0", "-W", fmt.Sprint(w), "-H", "52")...)
				footer := pdfText(t, path, append(page, "-x", "0", "-y", fmt.Sprint(h-60), "-W", fmt.Sprint(w), "-H", "60")...)
				if !strings.Contains(header, "TLP:AMBER") || !strings.Contains(header, "Albania cuts ties with Iran") {
					t.Errorf("page %d header lacks the marking or the title: %q", i, header)
				}
				if !strings.Contains(footer, "TLP:AMBER") {
					t.Errorf("page %d footer lacks the marking: %q", i, footer)
				}
				if want := fmt.Sprintf("Page %d of %d", i, n); !strings.Contains(footer, want) {
					t.Errorf("page %d footer lacks %q: %q", i, want, footer)
				}
			}
		})
	}
}

// contentsStrip is the contents' entries as the PDF prints them, title
// to page, and the page the strip is on.
func contentsStrip(t *testing.T, path string) (map[string]int, int) {
	t.Helper()
	for p := 1; p <= pageCount(t, path); p++ {
		text := pdfText(t, path, "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), "-layout")
		loc := regexp.MustCompile(`(?m)^\s*Contents\s+`).FindStringIndex(text)
		if loc == nil {
			continue
		}
		strip, _, _ := strings.Cut(text[loc[1]:], "Gradings are")
		found := map[string]int{}
		for _, line := range strings.Split(strings.TrimSpace(strip), "\n") {
			for _, e := range strings.Split(normalize(line), " · ") {
				m := regexp.MustCompile(`^(.*\S) (\d+)$`).FindStringSubmatch(e)
				if m == nil {
					t.Fatalf("contents entry %q has no page number", e)
				}
				n, _ := strconv.Atoi(m[2])
				found[m[1]] = n
			}
		}
		return found, p
	}
	t.Fatal("no contents")
	return nil, 0
}

// The contents' numbers point at the pages the sections start on, and it
// lists the relations.
func TestPDFContentsPageNumbers(t *testing.T) {
	path := writeTemp(t, renderPDF(t, testCase(), Options{Notes: NotesCollected}))
	found, _ := contentsStrip(t, path)
	for _, title := range []string{"Link chart", "Timeline", "Key actors", "Relations", "Statements", "Background", "Analyst notes", "Sources"} {
		if title == heading(SectionChart) && !chartDrawn {
			continue
		}
		n, ok := found[title]
		if !ok {
			t.Fatalf("contents lacks %q: %v", title, found)
		}
		page := pdfText(t, path, "-f", fmt.Sprint(n), "-l", fmt.Sprint(n))
		if !regexp.MustCompile(`(?m)^\f?` + regexp.QuoteMeta(title) + `$`).MatchString(page) {
			t.Errorf("contents puts %q on page %d, but that page has no such heading:\n%s", title, n, page)
		}
	}
}

func TestPDFSectionsOmitted(t *testing.T) {
	opt := Options{Sections: []Section{SectionCover, SectionStatements}}
	text := pdfText(t, writeTemp(t, renderPDF(t, testCase(), opt)))
	for _, absent := range []string{"Key actors", "Background", "Contents", "Bottom line up front", "Cyberattack on government services"} {
		if strings.Contains(text, absent) {
			t.Errorf("briefing with only cover and statements holds %q", absent)
		}
	}
	if !strings.Contains(text, "Rama announces the break") {
		t.Error("briefing lacks the statements")
	}
}

func TestPDFSectionOrder(t *testing.T) {
	// The order of Options.Sections does not reorder the briefing.
	opt := Options{Sections: []Section{SectionSources, SectionBackground, SectionActors}}
	text := pdfText(t, writeTemp(t, renderPDF(t, testCase(), opt)))
	a, b, s := strings.Index(text, "Key actors"), strings.Index(text, "\nBackground\n"), strings.Index(text, "\nSources\n")
	if a < 0 || b < 0 || s < 0 || !(a < b && b < s) {
		t.Errorf("sections out of order: actors at %d, background at %d, sources at %d", a, b, s)
	}
}

// fromHeading is text, normalized, from the line that is heading on.
func fromHeading(t *testing.T, text, heading string) string {
	t.Helper()
	loc := regexp.MustCompile(`(?m)^\f?` + regexp.QuoteMeta(heading) + `$`).FindStringIndex(text)
	if loc == nil {
		t.Fatalf("no heading %q in\n%s", heading, text)
	}
	return normalize(text[loc[0]:])
}

func TestPDFNotePlacement(t *testing.T) {
	c := testCase()
	all := pdfText(t, writeTemp(t, renderPDF(t, c, Options{})))
	collected := normalize(pdfText(t, writeTemp(t, renderPDF(t, c, Options{Notes: NotesCollected}))))
	// Inline, the note follows its statement, before the next statement.
	note := "A first for NATO, not the last."
	inline := fromHeading(t, all, "Statements") // past the timeline, which names the statements too
	i := strings.Index(inline, "Rama announces the break")
	j := strings.Index(inline, note)
	k := strings.Index(inline[i:], "Iran rejects the accusation")
	if i < 0 || j < i || k < 0 || j > i+k && strings.Count(inline, "Iran rejects the accusation") > 1 {
		t.Errorf("inline note not after its statement: statement at %d, note at %d", i, j)
	}
	// A note on an actor follows the actors; one on the case, the summary.
	assertOrder(t, normalize(all), []string{"Bottom line up front", "Case-level assessment.", "Contents"})
	assertOrder(t, fromHeading(t, all, "Key actors"), []string{"Key actors", "Notes on actors", "Iran Analyst’s note", "Iran’s denials follow a pattern."})
	if strings.Contains(inline, "Analyst notes Analyst") {
		t.Error("inline notes got a notes section")
	}
	sec := strings.LastIndex(collected, "Analyst notes")
	if sec < 0 || strings.Index(collected, note) < sec {
		t.Errorf("collected note not in the notes section")
	}
	// The Markdown is rendered, not printed raw.
	for _, raw := range []string{"**first**", "## First break", "[the report]", "`code`"} {
		if strings.Contains(collected, raw) {
			t.Errorf("note Markdown printed raw: %q", raw)
		}
	}
	for _, want := range []string{"First break", "the report (https://example.org/a)", "• point one", "1. step", "quoted line"} {
		if !strings.Contains(collected, want) {
			t.Errorf("rendered note lacks %q", want)
		}
	}
}

func TestPDFStatementOrder(t *testing.T) {
	c := testCase()
	chrono := normalize(pdfText(t, writeTemp(t, renderPDF(t, c, Options{Sections: []Section{SectionStatements}}))))
	// Chronological: 2021, Jul 2022, 7 Sep 2022, 8 Sep 2022.
	order := []string{"A cleared remark", "Rama’s long speech", "Rama announces the break", "Iran rejects the accusation"}
	assertOrder(t, chrono, order)
	bySpeaker := normalize(pdfText(t, writeTemp(t, renderPDF(t, c, Options{Sections: []Section{SectionStatements}, StatementOrder: BySpeaker}))))
	assertOrder(t, bySpeaker, []string{"Edi Rama — Prime Minister of Albania", "A cleared remark", "Rama’s long speech",
		"Rama announces the break", "Nasser Kanani — Spokesman", "Iran rejects the accusation"})
}

func assertOrder(t *testing.T, text string, order []string) {
	t.Helper()
	last := -1
	for _, s := range order {
		i := strings.Index(text, s)
		if i < 0 {
			t.Errorf("%q missing", s)
			continue
		}
		if i < last {
			t.Errorf("%q out of order", s)
		}
		last = i
	}
}

func TestPDFReleasableBanner(t *testing.T) {
	c := testCase()
	path := writeTemp(t, renderPDF(t, c, Options{MaxMarking: casefile.TLPGreen}))
	text := pdfText(t, path)
	if strings.Contains(text, "TLP:AMBER") {
		t.Error("a TLP:GREEN release mentions TLP:AMBER")
	}
	header := pdfText(t, path, "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "595", "-H", "52")
	if !strings.Contains(header, "TLP:GREEN") {
		t.Errorf("header of a TLP:GREEN release shows %q", header)
	}
	if strings.Contains(text, "Rama announces the break") || strings.Contains(normalize(text), normalize(longQuote[:200])) {
		t.Error("items marked above TLP:GREEN are in the release")
	}
	if !strings.Contains(text, "Iran rejects the accusation") {
		t.Error("a TLP:GREEN statement is missing from the release")
	}
}

func TestPDFDeterministic(t *testing.T) {
	c := testCase()
	a, b := renderPDF(t, c, Options{}), renderPDF(t, c.Clone(), Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("the same case exported to different bytes")
	}
	c.Statements[0].Quote += " One more word."
	if bytes.Equal(a, renderPDF(t, c, Options{})) {
		t.Fatal("changing a quote did not change the PDF")
	}
}

func TestPDFMetadata(t *testing.T) {
	path := writeTemp(t, renderPDF(t, testCase(), Options{}))
	out := runTool(t, "pdfinfo", path)
	for _, want := range []string{"Title:           Albania cuts ties with Iran", "Author:          A. Analyst",
		"Keywords:        albania, iran", "Creator:         Casefile", "CreationDate:    Tue Sep  6 10:30:00 2022", "ModDate:         Thu Sep  8 10:30:00 2022"} {
		if !strings.Contains(out, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
}

func TestPDFCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := PDF(ctx, &bytes.Buffer{}, casefile.Synthetic(500, 1), Options{}, func(done, total int) {
		calls++
		if done > total || done <= 0 {
			t.Errorf("progress %d of %d", done, total)
		}
		cancel()
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled export returned %v", err)
	}
	if calls != 1 {
		t.Errorf("export went on after cancellation: %d progress calls", calls)
	}
}

func TestPDFProgressReachesTotal(t *testing.T) {
	var last [2]int
	if err := PDF(context.Background(), &bytes.Buffer{}, casefile.Synthetic(300, 2), Options{}, func(done, total int) {
		if done < last[0] {
			t.Errorf("progress went back from %d to %d", last[0], done)
		}
		last = [2]int{done, total}
	}); err != nil {
		t.Fatal(err)
	}
	if last[0] != last[1] || last[1] == 0 {
		t.Errorf("last progress %d of %d", last[0], last[1])
	}
}

func TestPDFBadOptions(t *testing.T) {
	err := PDF(context.Background(), &bytes.Buffer{}, testCase(), Options{Paper: "A3"}, nil)
	if err == nil || !strings.Contains(err.Error(), "A4 or Letter") {
		t.Errorf("paper A3 gave %v", err)
	}
}

// The bookmarks (outline) have the contents' structure: the same sections,
// the relations under the actors, pointing at the same pages.
func TestPDFOutlineMatchesContents(t *testing.T) {
	path := writeTemp(t, renderPDF(t, testCase(), Options{Notes: NotesCollected}))
	type outline struct {
		Title string    `json:"title"`
		Page  int       `json:"destpageposfrom1"`
		Kids  []outline `json:"kids"`
	}
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(runTool(t, "qpdf", "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	pages := map[string]int{}
	for _, o := range doc.Outlines {
		got = append(got, o.Title)
		pages[o.Title] = o.Page
		for _, k := range o.Kids {
			got = append(got, o.Title+" > "+k.Title)
			pages[k.Title] = k.Page
		}
	}
	want := "Bottom line up front | Link chart | Timeline | Key actors | Key actors > Relations | Statements | Background | Analyst notes | Sources"
	if !chartDrawn {
		want = strings.Replace(want, "Link chart | ", "", 1)
	}
	if strings.Join(got, " | ") != want {
		t.Errorf("outline\n%s\nwant\n%s", strings.Join(got, " | "), want)
	}
	found, _ := contentsStrip(t, path)
	for title, n := range found {
		if pages[title] != n {
			t.Errorf("outline puts %q on page %d; contents says %d", title, pages[title], n)
		}
	}
}

// Characters the font cannot carry (beyond the BMP) are named, not dropped,
// and do not stop the export; a title too long for the header is cut
// with "…" on the header line only.
func TestPDFAwkwardText(t *testing.T) {
	c := testCase()
	c.Statements[0].Quote = "Smile 😀 at\ttabs\r\nand a very long word " + strings.Repeat("x", 300)
	c.Title = strings.Repeat("A very long case title ", 20) + "END"
	path := writeTemp(t, renderPDF(t, c, Options{}))
	if out := runTool(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	text := normalize(pdfText(t, path))
	if !strings.Contains(text, "Smile [U+1F600] at tabs and a very long word") {
		t.Error("the emoji is not named in the quote")
	}
	header := pdfText(t, path, "-f", "2", "-l", "2", "-x", "0", "-y", "0", "-W", "595", "-H", "52")
	if !strings.Contains(header, "…") || strings.Contains(header, "END") || !strings.Contains(header, "TLP:AMBER") {
		t.Errorf("long title not cut in the header: %q", header)
	}
	if !strings.Contains(text, "END") {
		t.Error("the cover lost the end of the long title")
	}
}

func TestPDFActorListNeverLeavesItsLastActorAlone(t *testing.T) {
	// Lists of a growing number of actors put the page break at every
	// actor in turn; the last must never start a page by itself.
	breaks := 0
	for n := 80; n <= 130; n += 2 {
		c := casefile.New("Actor list", "A. Analyst")
		c.Created = time.Date(2022, 9, 8, 10, 30, 0, 0, time.UTC)
		c.Modified = c.Created
		for i := range n {
			if _, err := c.AddActor(casefile.Actor{Name: fmt.Sprintf("Actor Zq%03d", i), Kind: casefile.KindPerson, Role: "Minister"}); err != nil {
				t.Fatal(err)
			}
		}
		path := writeTemp(t, renderPDF(t, c, Options{Sections: []Section{SectionActors}}))
		pages := pageCount(t, path)
		if pages < 2 {
			continue
		}
		breaks++
		last := pdfText(t, path, "-f", strconv.Itoa(pages), "-l", strconv.Itoa(pages))
		if rows := strings.Count(last, "Zq"); rows == 1 {
			t.Errorf("%d actors: the last page holds one actor alone:\n%s", n, last)
		}
	}
	if breaks == 0 {
		t.Fatal("no list ran over a page; the test needs more actors")
	}
}

func TestPDFLongAddressBreaksAfterItsSeparators(t *testing.T) {
	url := "https://www.example.gov.al/lajme/2022/09/07/vendimi-per-nderprerjen-e-marredhenieve-diplomatike-me-republiken-islamike-te-iranit-me-efekt-te-menjehershem/index.html?lang=sq&ref=casefile"
	c := testCase()
	c.Statements[0].Quote = "The decision is at " + url + " in full."
	path := writeTemp(t, renderPDF(t, c, Options{Sections: []Section{SectionStatements}}))
	// -layout keeps a line that ends in a hyphen apart from the next.
	lines := strings.Split(pdfText(t, path, "-layout"), "\n")
	var pieces []string
	for i, l := range lines {
		if j := strings.Index(l, "https://"); j >= 0 {
			rest := url
			for _, l := range append([]string{l[j:]}, lines[i+1:]...) {
				l = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l), "in full."))
				if l == "" || !strings.HasPrefix(rest, l) {
					break
				}
				pieces, rest = append(pieces, l), rest[len(l):]
			}
			break
		}
	}
	if strings.Join(pieces, "") != url {
		t.Fatalf("the address does not extract whole across lines: %q", pieces)
	}
	if len(pieces) < 2 {
		t.Fatalf("the address fits one line (%q); the test needs a longer one", pieces)
	}
	for _, p := range pieces[:len(pieces)-1] {
		if !strings.ContainsAny(p[len(p)-1:], "/-.?&=_") {
			t.Errorf("the address breaks after %q, not after a separator", p)
		}
	}
}
