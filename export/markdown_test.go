package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

func renderMarkdown(t *testing.T, c *casefile.Case, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Markdown(&buf, c, opt); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestMarkdownBriefing(t *testing.T) {
	c := testCase()
	md := renderMarkdown(t, c, Options{})
	lines := strings.Split(strings.TrimRight(md, "\n"), "\n")
	if lines[0] != "**TLP:AMBER**" || lines[len(lines)-1] != "**TLP:AMBER**" {
		t.Errorf("marking not at top and bottom: first %q, last %q", lines[0], lines[len(lines)-1])
	}
	// Every quote is a ">" block holding it verbatim.
	var quoted []string
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(l, "> "); ok {
			quoted = append(quoted, rest)
		}
	}
	all := strings.Join(quoted, "\n")
	for _, s := range c.Statements {
		if !strings.Contains(all, s.Quote) {
			t.Errorf("quote of %q is not a verbatim > block", s.Title)
		}
	}
	assertOrder(t, md, []string{"## Bottom line up front", "## Contents", "## Key actors", "## Statements", "## Background", "## Sources"})
	for _, want := range []string{"| Edi Rama | person | Prime Minister of Albania | Albania |", "8 Sep 2022 (inferred)",
		"Source: Reuters report, para. 2 · B2, from a B source", "[Reuters report](https://example.org/a)", "- [Key actors](#key-actors)",
		"  - [Relations](#relations)"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	// The note's "## First break" sits under a "###" statement: demoted below it.
	if !strings.Contains(md, "\n##### First break\n") || strings.Contains(md, "\n## First break") {
		t.Error("note heading not demoted under its statement")
	}
	if !strings.Contains(md, "A **first** for NATO") {
		t.Error("note Markdown not passed through")
	}
}

func TestMarkdownReleasableAndSections(t *testing.T) {
	md := renderMarkdown(t, testCase(), Options{MaxMarking: casefile.TLPClear, Sections: []Section{SectionStatements}})
	if strings.Contains(md, "TLP:AMBER") || strings.Contains(md, "TLP:GREEN") || !strings.HasPrefix(md, "**TLP:CLEAR**") {
		t.Error("a TLP:CLEAR release shows a higher marking")
	}
	if strings.Contains(md, "## Key actors") || strings.Contains(md, "## Background") || !strings.Contains(md, "A cleared remark") {
		t.Error("sections not as asked")
	}
	if strings.Contains(md, "Rama announces the break") {
		t.Error("an AMBER statement is in a CLEAR release")
	}
}

func TestDemoteHeadings(t *testing.T) {
	got := demoteHeadings("# Top\ntext\n```\n# not a heading\n```\n### Deep", 4)
	want := []string{"#### Top", "text", "```", "# not a heading", "```", "###### Deep"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q", got)
	}
}

func TestParseMarkdown(t *testing.T) {
	blocks := parseMarkdown("# Title\n\nA **bold** and *italic* [link](https://x.org) `code` snake_case.\nSame paragraph.\n\n- one\n  continued\n- two\n\n3) three\n\n> quoted\n> more\n\n```\nraw **kept**\n```")
	type want struct {
		kind   blockKind
		marker string
		text   string
	}
	wants := []want{
		{blockHeading, "", "Title"},
		{blockParagraph, "", "A bold and italic link (https://x.org) code snake_case. Same paragraph."},
		{blockBullet, "•", "one continued"},
		{blockBullet, "•", "two"},
		{blockNumbered, "3.", "three"},
		{blockQuote, "", "quoted more"},
		{blockCode, "", "raw **kept**"},
	}
	if len(blocks) != len(wants) {
		t.Fatalf("got %d blocks: %+v", len(blocks), blocks)
	}
	for i, w := range wants {
		b := blocks[i]
		if b.kind != w.kind || b.marker != w.marker || plainText(b.spans) != w.text {
			t.Errorf("block %d: kind %d marker %q text %q; want %d %q %q", i, b.kind, b.marker, plainText(b.spans), w.kind, w.marker, w.text)
		}
	}
	styles := map[string]string{}
	for _, s := range blocks[1].spans {
		styles[strings.TrimSpace(s.text)] = s.style
	}
	if styles["bold"] != "B" || styles["italic"] != "I" {
		t.Errorf("emphasis styles: %v", styles)
	}
	if got := plainText(parseInline("2 * 3 = 6 and a lone ** here")); got != "2 * 3 = 6 and a lone ** here" {
		t.Errorf("unmatched markers lost: %q", got)
	}
}

func TestEscapeMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"plain “words” — fine…":   "plain “words” — fine…",
		"a *so-called* [deal]_x_": `a \*so-called\* \[deal\]\_x\_`,
		"# not a heading":         `\# not a heading`,
		"- not a list":            `\- not a list`,
		"1. not a list":           `1\. not a list`,
		"> not nested":            `\> not nested`,
		"<b>tags</b> and \\ back": `\<b>tags\</b> and \\ back`,
	} {
		if got := escapeMarkdown(in); got != want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}
