package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/jung-kurt/gofpdf"
)

// articleParagraphs are the default case's article, a paragraph a line.
func articleParagraphs() []string {
	var ps []string
	for _, l := range strings.Split(string(assets.DefaultCaseArticle), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			ps = append(ps, l)
		}
	}
	return ps
}

// articleFiles writes the article as a text file, as an HTML page with a
// menu, a script and a footer around it, and as a PDF with a text layer.
func articleFiles(t *testing.T) map[string]string {
	dir := t.TempDir()
	ps := articleParagraphs()
	txt := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(txt, assets.DefaultCaseArticle, 0o644); err != nil {
		t.Fatal(err)
	}
	var page strings.Builder
	page.WriteString(`<!doctype html><html><head><title>Albania cuts ties</title><script>document.write("“Injected,” said nobody.")</script></head><body>`)
	page.WriteString(`<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav><article><h1>Albania cuts ties with Iran</h1>`)
	for _, p := range ps {
		page.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	page.WriteString(`</article><footer>© News Ltd. “Subscribe,” we say.</footer></body></html>`)
	htm := filepath.Join(dir, "article.html")
	if err := os.WriteFile(htm, []byte(page.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("noto", "", assets.FontRegular)
	pdf.SetFont("noto", "", 11)
	pdf.AddPage()
	for _, p := range ps {
		pdf.MultiCell(0, 5.5, strings.ReplaceAll(p, "\u00a0", " "), "", "L", false)
		pdf.Ln(3)
	}
	pdfPath := filepath.Join(dir, "article.pdf")
	if err := pdf.OutputFileAndClose(pdfPath); err != nil {
		t.Fatal(err)
	}
	return map[string]string{"txt": txt, "html": htm, "pdf": pdfPath}
}

// casefile quotes finds the article's quotations, with their speakers, in
// its text, HTML and PDF forms alike, and nothing of the page around it.
func TestE2EQuotesInTextHTMLAndPDF(t *testing.T) {
	c := defaultCase(t)
	for format, path := range articleFiles(t) {
		r := run(t, "quotes", path)
		if r.code != 0 {
			t.Fatalf("%s: exit %d: %s", format, r.code, r.stderr)
		}
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		found := 0
		for _, st := range c.Statements {
			speaker := ""
			for _, a := range c.Actors {
				if a.ID == st.Speaker {
					speaker = a.Name
				}
			}
			want := strings.Join(strings.Fields(strings.ReplaceAll(st.Quote, "\u00a0", " ")), " ")
			for _, l := range lines {
				f := strings.Split(l, "\t")
				if len(f) == 4 && strings.Join(strings.Fields(strings.ReplaceAll(f[0], "\u00a0", " ")), " ") == want {
					found++
					if !strings.Contains(speaker, f[1]) && !strings.Contains(f[1], speaker) {
						t.Logf("%s: %q attributed to %q, not %q", format, want, f[1], speaker)
					}
				}
			}
		}
		if found < len(c.Statements) {
			t.Errorf("%s: %d of the case's %d quotes found:\n%s", format, found, len(c.Statements), r.stdout)
		}
		if strings.Contains(r.stdout, "Injected") || strings.Contains(r.stdout, "Subscribe") {
			t.Errorf("%s: quotes from the page around the article:\n%s", format, r.stdout)
		}
	}
	// JSON gives the same quotations with their spans.
	r := run(t, "quotes", "-format", "json", "-case", "", articleFiles(t)["txt"])
	var got []struct {
		Quote string
		Span  struct{ Start, End int }
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || len(got) < len(c.Statements) {
		t.Fatalf("json: %v, %d quotes: %s %s", err, len(got), r.stdout, r.stderr)
	}
	runes := []rune(string(assets.DefaultCaseArticle))
	for _, q := range got {
		if q.Span.End > len(runes) || !strings.HasPrefix(q.Quote, string(runes[q.Span.Start:min(q.Span.End, q.Span.Start+10)])) {
			t.Errorf("json: %q at %d-%d", q.Quote, q.Span.Start, q.Span.End)
		}
	}
}

func TestE2EQuotesRefusesWhatIsNotAText(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{"empty.txt": "", "binary.txt": "\x00\x01\x02PK\x03\x04"} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(content), 0o644)
		if r := run(t, "quotes", path); r.code != 1 || r.stderr == "" {
			t.Errorf("%s: exit %d, %q", name, r.code, r.stderr)
		}
	}
	if r := run(t, "quotes", "-format", "xml", "x.txt"); r.code != 2 {
		t.Errorf("-format xml: exit %d", r.code)
	}
}
