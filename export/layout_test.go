package export

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/internal/casegen"
)

// layOutForTest lays out c's briefing for the tests that read how its
// pages begin and end.
func layOutForTest(t *testing.T, c *casefile.Case, opt Options) *briefing {
	t.Helper()
	b, err := layOut(context.Background(), c, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkPageEnds asserts the keep rules on every page of b: no page but
// the last ends with a heading or what introduces an item; a paragraph
// split over pages leaves two lines at least at the foot and takes two
// at least to the head; and no page is left more than half empty unless
// a picture, waiting for a whole page, starts the next.
func checkPageEnds(t *testing.T, what string, b *briefing) {
	t.Helper()
	ends := b.ends
	if n := b.pdf.PageCount(); len(ends) != n {
		t.Errorf("%s: %d pages, %d of them hold anything", what, n, len(ends))
		return
	}
	half := (b.bottom - b.top) / 2
	for i, e := range ends {
		page := fmt.Sprintf("%s, page %d of %d", what, i+1, len(ends))
		if !e.set {
			t.Errorf("%s is empty", page)
			continue
		}
		last, first := e.last, e.first
		if i < len(ends)-1 {
			if last.kind == markHeading || last.kind == markLabel {
				t.Errorf("%s ends with a heading or an item's introduction (%+v)", page, last)
			}
			if b.bottom-e.foot > half && ends[i+1].first.kind != markPicture {
				t.Errorf("%s is left %.0f mm empty", page, b.bottom-e.foot)
			}
		}
		if last.kind == markLine && last.line < last.lines-1 && (last.line+1 < 2 || last.lines-last.line-1 < 2) {
			t.Errorf("%s ends with line %d of a paragraph of %d", page, last.line+1, last.lines)
		}
		if first.kind == markLine && first.line > 0 && (first.line < 2 || first.lines-first.line < 2) {
			t.Errorf("%s starts with line %d of a paragraph of %d", page, first.line+1, first.lines)
		}
	}
}

// lengthen gives a random case texts of random lengths, so that its
// page breaks fall at every kind of place: in quotes, contexts,
// descriptions and notes, between items and under headings.
func lengthen(c *casefile.Case, r *rand.Rand) {
	words := func(s string) string {
		var b strings.Builder
		b.WriteString(s)
		for range r.IntN(3) * r.IntN(40) {
			b.WriteString(" word")
		}
		return b.String()
	}
	for i := range c.Statements {
		s := &c.Statements[i]
		s.Quote, s.Context, s.Title = words(s.Quote), words(s.Context), words(s.Title)
	}
	for i := range c.Events {
		c.Events[i].Description = words(c.Events[i].Description)
	}
	for i := range c.Relations {
		c.Relations[i].Description = words(c.Relations[i].Description)
	}
	for i := range c.Notes {
		c.Notes[i].Body = words(c.Notes[i].Body) + "\n\n## A heading\n\n" + words("More.")
	}
	c.Summary = words(c.Summary)
}

// The keep rules hold on every page of random cases, laid out in every
// arrangement: by date and by speaker, notes beside their items and
// collected, A4 and Letter, and with the default case's assessment.
func TestLayoutKeepsWhatBelongsTogether(t *testing.T) {
	n := uint64(60)
	if testing.Short() {
		n = 12
	}
	for seed := range n {
		r := rand.New(rand.NewPCG(seed, 11))
		var c *casefile.Case
		switch seed % 3 {
		case 0:
			c, _ = casegen.Case(seed)
			// Several copies of each item, that the pages break often.
			for range 3 {
				more, _ := casegen.Case(seed + 1000)
				c.Statements = append(c.Statements, renamed(more.Statements, len(c.Statements))...)
			}
		case 1:
			c = casefile.Synthetic(40+int(seed), seed)
		default:
			c = defaultCase(t)
		}
		lengthen(c, r)
		opt := Options{Paper: []Paper{A4, Letter}[seed%2], Notes: []NotePlacement{NotesInline, NotesCollected}[seed/2%2],
			StatementOrder: []StatementOrder{Chronological, BySpeaker}[seed/4%2]}
		checkPageEnds(t, fmt.Sprintf("seed %d (%s, %s, %s)", seed, opt.Paper, opt.Notes, opt.StatementOrder), layOutForTest(t, c, opt))
	}
}

// renamed is statements with fresh ids, from n on, that cite no
// statement of another case.
func renamed(ss []casefile.Statement, n int) []casefile.Statement {
	out := make([]casefile.Statement, len(ss))
	for i, s := range ss {
		s.ID, s.RespondsTo = fmt.Sprintf("st-copy-%d", n+i), ""
		out[i] = s
	}
	return out
}

// The default case's briefing keeps the rules too, as it is.
func TestDefaultBriefingKeepsWhatBelongsTogether(t *testing.T) {
	for _, paper := range []Paper{A4, Letter} {
		for _, order := range []StatementOrder{Chronological, BySpeaker} {
			checkPageEnds(t, fmt.Sprintf("default case, %s, %s", paper, order), layOutForTest(t, defaultCase(t), Options{Paper: paper, StatementOrder: order}))
		}
	}
}

func TestLinesHere(t *testing.T) {
	for _, tc := range []struct {
		rest, room, tailRoom int
		empty                bool
		want                 int
	}{
		{5, 10, 10, false, 5}, // all fit with what follows
		{5, 10, 4, false, 3},  // they fit, what follows not: two go over with it
		{3, 10, 2, false, 0},  // three cannot part: all go over
		{5, 4, 4, false, 3},   // as many as fit, two short
		{6, 4, 4, false, 4},   // as many as fit
		{5, 1, 1, false, 0},   // one alone at the foot: none
		{1, 0, 0, false, 0},   // none fit
		{5, 1, 1, true, 1},    // an empty page takes what it can
		{3, 2, 2, true, 2},    // however few
	} {
		if got := linesHere(tc.rest, tc.room, tc.tailRoom, tc.empty); got != tc.want {
			t.Errorf("linesHere(%d, %d, %d, %v) = %d, want %d", tc.rest, tc.room, tc.tailRoom, tc.empty, got, tc.want)
		}
	}
}

// A list in columns takes its items in order, a column no taller than
// the room unless one item is, balanced where it ends, and never leaves
// one item alone for the next page when it can help it.
func TestColumnChunk(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		items := make([]columnItem, 1+r.IntN(30))
		total := 0.0
		for i := range items {
			items[i].h = float64(1+r.IntN(4)) * 4.5
			total += items[i].h
		}
		avail := 10 + r.Float64()*200
		split, end, h := columnChunk(items, avail)
		what := fmt.Sprintf("%d items, %.0f mm tall, in %.0f mm: split %d, end %d, %.1f mm", len(items), total, avail, split, end, h)
		switch {
		case end < 1 || split > end || end > len(items):
			t.Fatalf("%s: out of range", what)
		case end > 1 && h > avail+0.01:
			t.Errorf("%s: taller than the room", what)
		case sumHeights(items[:split]) > h+0.01 || sumHeights(items[split:end]) > h+0.01:
			t.Errorf("%s: a column taller than its height", what)
		case end == len(items)-1 && end-split >= 2:
			t.Errorf("%s: one item left alone", what)
		case end == len(items) && h > total/2+maxItem(items)+0.01:
			t.Errorf("%s: the columns are not balanced", what)
		}
	}
}

func maxItem(items []columnItem) float64 {
	h := 0.0
	for _, it := range items {
		h = max(h, it.h)
	}
	return h
}
