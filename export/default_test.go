package export

import (
	"strings"
	"testing"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// The default case end to end: the briefing passes qpdf's check, embeds
// every font, and every statement's quote extracts verbatim.
func TestDefaultCaseBriefing(t *testing.T) {
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Statements) == 0 {
		t.Fatal("the default case has no statements")
	}
	for _, paper := range []Paper{A4, Letter} {
		for _, notes := range []NotePlacement{NotesInline, NotesCollected} {
			path := writeTemp(t, renderPDF(t, c, Options{Paper: paper, Notes: notes}))
			if out := runTool(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", out)
			}
			fonts := strings.Split(strings.TrimSpace(runTool(t, "pdffonts", path)), "\n")
			if len(fonts) < 3 {
				t.Fatalf("pdffonts lists no fonts:\n%s", strings.Join(fonts, "\n"))
			}
			for _, l := range fonts[2:] {
				f := strings.Fields(l)
				// name type... encoding emb sub uni object ID
				if len(f) < 7 || f[len(f)-5] != "yes" || !strings.HasPrefix(f[0], "utf8notosans") {
					t.Errorf("font not embedded or not Noto Sans: %s", l)
				}
			}
			text := normalize(bodyText(t, path, paper))
			for _, s := range c.Statements {
				if !strings.Contains(text, normalize(s.Quote)) {
					t.Errorf("%s, notes %s: quote of %q does not extract verbatim", paper, notes, s.Title)
				}
			}
		}
	}
}
