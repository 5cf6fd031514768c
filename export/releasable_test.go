package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/internal/casegen"
)

// checkFormats renders one random case in the formats asked for at every
// limit and asserts, on what a reader of each gets: no token of a withheld
// portion, every token of a kept one that the format prints, a banner no
// lower than anything kept and no marking above it anywhere, and never "the
// case holds no statements" when it holds some.
func checkFormats(t *testing.T, seed uint64, pdf bool) {
	c, tokens := casegen.Case(seed)
	for _, limit := range casefile.Markings {
		in, out, highest := casegen.Expect(c, tokens, limit)
		opt := Options{MaxMarking: limit, Notes: NotesInline}
		var js, md bytes.Buffer
		if err := JSON(&js, c, opt); err != nil {
			t.Fatal(err)
		}
		if err := Markdown(&md, c, opt); err != nil {
			t.Fatal(err)
		}
		readers := map[string]string{"json": js.String(), "md": md.String()}
		banners := map[string]string{"md": strings.TrimSuffix(strings.TrimPrefix(strings.SplitN(md.String(), "\n", 2)[0], "**"), "**")}
		if r, err := casefile.Decode(js.Bytes()); err != nil {
			t.Errorf("seed %d at %s: the JSON release does not open: %v", seed, limit, err)
		} else {
			banners["json"] = string(r.Marking)
		}
		if pdf {
			path := writeTemp(t, renderPDF(t, c, opt))
			readers["pdf"] = pdfText(t, path) + runTool(t, "pdfinfo", path)
			header := pdfText(t, path, "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "595", "-H", "52")
			banners["pdf"] = string(labelIn(header))
		}
		for format, text := range readers {
			what := fmt.Sprintf("seed %d, case %s, %s at %s", seed, c.Marking, format, limit)
			for _, tok := range out {
				if strings.Contains(text, tok) {
					t.Errorf("%s: holds %s of withheld %s", what, tok, tokens[tok].Portion)
				}
			}
			for _, tok := range in {
				if format == "json" || tokens[tok].Shown {
					if !strings.Contains(text, tok) {
						t.Errorf("%s: lacks %s of kept %s", what, tok, tokens[tok].Portion)
					}
				}
			}
			banner := casefile.Marking(banners[format])
			if banner.Rank() < highest.Rank() || banner.Rank() > limit.Rank() {
				t.Errorf("%s: banner %q; it keeps a portion marked %s", what, banners[format], highest)
			}
			// The limit itself is named where the release says what it
			// withheld above it; no other label above the banner may show.
			said := strings.NewReplacer("above "+string(limit), "", "at "+string(limit), "", `"limit": "`+string(limit), "").Replace(text)
			for _, m := range casefile.Markings[banner.Rank():] {
				if strings.Contains(said, string(m)) {
					t.Errorf("%s: banner %s, yet it shows %s", what, banner, m)
				}
			}
			if len(c.Statements) > 0 && strings.Contains(text, "holds no statements") {
				t.Errorf("%s: says it holds no statements; the case holds %d", what, len(c.Statements))
			}
		}
	}
}

// labelIn is the most restricted TLP label in text, or "".
func labelIn(text string) casefile.Marking {
	var found casefile.Marking
	for _, m := range casefile.Markings {
		if strings.Contains(text, string(m)) {
			found = m
		}
	}
	return found
}

func TestEveryFormatReleasesExactlyWhatTheRulesAllow(t *testing.T) {
	n, pdfs := uint64(300), uint64(24)
	if testing.Short() {
		n, pdfs = 40, 4 // under the race detector
	}
	for seed := range n {
		checkFormats(t, seed, seed < pdfs)
	}
}

func FuzzReleaseFormats(f *testing.F) {
	for seed := range uint64(4) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, seed uint64) { checkFormats(t, seed, true) })
}

func TestReleasable(t *testing.T) {
	c := testCase()
	// At GREEN: s1 (unmarked, so AMBER) and s3 (AMBER) go, and with them
	// n1 and n2 on them, s2's reply link to s1, n4 (AMBER), e2 (AMBER) and
	// r1 (unmarked); the title is CLEAR, the summary (unmarked) AMBER.
	r, m := Releasable(c, casefile.TLPGreen)
	if m != casefile.TLPGreen || r.Marking != casefile.TLPGreen {
		t.Errorf("marking %s, copy's %s; want TLP:GREEN", m, r.Marking)
	}
	got := strings.Join([]string{
		idsOf(r.Statements, func(x casefile.Statement) string { return x.ID }),
		idsOf(r.Events, func(x casefile.Event) string { return x.ID }),
		idsOf(r.Notes, func(x casefile.Note) string { return x.ID }),
		idsOf(r.Relations, func(x casefile.Relation) string { return x.ID }),
		idsOf(r.Actors, func(x casefile.Actor) string { return x.ID }),
	}, " | ")
	if want := "s2 s4 | e1 | n3 | r2 | rama alb iran kanani"; got != want {
		t.Errorf("kept %s, want %s", got, want)
	}
	if s2, _ := r.Statement("s2"); s2.RespondsTo != "" {
		t.Errorf("s2 still responds to withheld %q", s2.RespondsTo)
	}
	if r.Summary != casefile.WithheldSummary(casefile.TLPGreen) || r.Title != c.Title {
		t.Errorf("title %q, summary %q", r.Title, r.Summary)
	}
	if got := r.Release.Sentence(); got != "1 relation, 2 statements, 1 event, 3 notes and the bottom line are withheld above TLP:GREEN." {
		t.Errorf("withheld: %q", got)
	}
	// The original is untouched.
	if len(c.Statements) != 4 || c.Statements[1].RespondsTo != "s1" || c.Marking != casefile.TLPAmber || c.Release != nil {
		t.Error("Releasable changed the case it was given")
	}
	// A release already at or below the limit is what it is.
	if again, _ := Releasable(r, casefile.TLPAmber); again != r {
		t.Error("a GREEN release released at AMBER was released again")
	}
}

func idsOf[T any](items []T, id func(T) string) string {
	out := make([]string, len(items))
	for i, x := range items {
		out[i] = id(x)
	}
	return strings.Join(out, " ")
}
