package casefile_test

import (
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

func textCase(body string) *casefile.Case {
	c := casefile.New("Case", "A")
	c.Sources = []casefile.Source{{ID: "src", Title: "Article", Text: casefile.NewSourceText(body, "article.txt", "txt")}}
	c.Actors = []casefile.Actor{{ID: "rama", Name: "Edi Rama", Kind: casefile.KindPerson}}
	c.Statements = []casefile.Statement{{ID: "st", Title: "Rama", Speaker: "rama", Quote: "with immediate effect",
		Source: casefile.Citation{Source: "src", Span: casefile.Span{Start: 18, End: 39}}}}
	return c
}

func TestSourceTextAndSpansAreChecked(t *testing.T) {
	body := "Albania cut ties “with immediate effect”, Rama said. Ünïcödé follows."
	c := textCase(body)
	if ps := c.Validate(); ps != nil {
		t.Fatalf("a valid case with a source text: %v", ps)
	}
	if got := c.Sources[0].Text.Passage(c.Statements[0].Source.Span); got != "with immediate effect" {
		t.Errorf("the span reads %q", got)
	}
	// Round trip through the file keeps the text and the span.
	back, err := casefile.Decode(encode(t, c))
	if err != nil || back.Sources[0].Text.Body != body || back.Statements[0].Source.Span != c.Statements[0].Source.Span {
		t.Fatalf("after a round trip: %v", err)
	}
	for _, tt := range []struct {
		name string
		edit func(c *casefile.Case)
		want string
	}{
		{"body changed", func(c *casefile.Case) { c.Sources[0].Text.Body += "!" }, "does not match its sha256"},
		{"no sha256", func(c *casefile.Case) { c.Sources[0].Text.SHA256 = "" }, "has no sha256"},
		{"odd format", func(c *casefile.Case) { c.Sources[0].Text.Format = "docx" }, `format "docx" is not one of`},
		{"span past the end", func(c *casefile.Case) { c.Statements[0].Source.Span.End = 500 }, "runs past the end of the source's text, 69 characters"},
		{"span backwards", func(c *casefile.Case) { c.Statements[0].Source.Span = casefile.Span{Start: 9, End: 3} }, "the end must come after the start"},
		{"span without text", func(c *casefile.Case) { c.Sources[0].Text = nil }, "its source holds no text"},
	} {
		c := textCase(body)
		tt.edit(c)
		if ps := c.Validate(); ps == nil || !strings.Contains(ps.Error(), tt.want) {
			t.Errorf("%s: %v; want %q", tt.name, ps, tt.want)
		}
	}
}
