package export

import (
	"fmt"
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

// The reproduction from issue 7: the default case marked TLP:AMBER
// throughout, released at TLP:CLEAR. The briefing is marked CLEAR, holds no word of the
// case's portions (each title, quote and name longer than a common word is
// looked for), says in counts what it withheld, and never that the case
// holds no statements.
func TestAmberCaseReleasedAtClearLeaksNothing(t *testing.T) {
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	c.Marking = casefile.TLPAmber
	for i := range c.Statements {
		c.Statements[i].Marking = ""
	}
	for i := range c.Events {
		c.Events[i].Marking = ""
	}
	for i := range c.Notes {
		c.Notes[i].Marking = ""
	}
	path := writeTemp(t, renderPDF(t, c, Options{MaxMarking: casefile.TLPClear}))
	text := normalize(pdfText(t, path))
	var md strings.Builder
	if err := Markdown(&md, c, Options{MaxMarking: casefile.TLPClear}); err != nil {
		t.Fatal(err)
	}
	for format, text := range map[string]string{"pdf": text, "md": normalize(md.String())} {
		if strings.Contains(text, "TLP:AMBER") || strings.Contains(text, "holds no statements") {
			t.Errorf("%s: shows TLP:AMBER or says it holds no statements", format)
		}
		secrets := []string{c.Title, c.Summary}
		for _, s := range c.Statements {
			secrets = append(secrets, s.Title, s.Quote)
		}
		for _, a := range c.Actors {
			secrets = append(secrets, a.Name)
		}
		for _, s := range c.Sources {
			secrets = append(secrets, s.Title)
		}
		for _, s := range secrets {
			if s = normalize(s); len(s) > 12 && strings.Contains(text, s) {
				t.Errorf("%s: holds %q", format, s)
			}
		}
		want := fmt.Sprintf("%d statements", len(c.Statements))
		if !strings.Contains(text, want) || !strings.Contains(text, "withheld above TLP:CLEAR") || !strings.Contains(text, "the bottom line") {
			t.Errorf("%s: does not say that %s and the bottom line are withheld:\n%.600s", format, want, text)
		}
	}
	header := pdfText(t, path, "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "595", "-H", "52")
	if !strings.Contains(header, "TLP:CLEAR") {
		t.Errorf("the header reads %q", header)
	}
}

// The cover says how many quotes were verified against the article the
// case holds, and a quote changed since is marked where it is quoted.
func TestBriefingSaysWhichQuotesAreVerified(t *testing.T) {
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	var md strings.Builder
	if err := Markdown(&md, c, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "**Quotes:** 12 of 12 verified in their sources") || strings.Contains(md.String(), "NOT FOUND") {
		t.Errorf("the default case's briefing does not say all 12 quotes are verified")
	}
	c.Statements[3].Quote = strings.Replace(c.Statements[3].Quote, " ", "  x ", 1)
	path := writeTemp(t, renderPDF(t, c, Options{}))
	text := normalize(pdfText(t, path))
	if !strings.Contains(text, "11 of 12 verified in their sources; 1 not found") || strings.Count(text, "NOT FOUND in the source's text") != 1 {
		t.Errorf("a changed quote is not marked:\n%.800s", text)
	}
}
