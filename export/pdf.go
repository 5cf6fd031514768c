package export

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/casefile/casefile/casefile"
	"github.com/jung-kurt/gofpdf"
)

// PDF writes the briefing. progress (may be nil) is called now and then with
// work done and total; ctx cancellation stops the export and returns
// ctx.Err(). c must not change during the export: to go on editing while
// it runs, pass c.Clone().
func PDF(ctx context.Context, w io.Writer, c *casefile.Case, opt Options, progress func(done, total int)) (err error) {
	defer func() {
		// gofpdf panics on a few malformed inputs; a briefing that cannot be
		// made must not take the application down with it.
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot lay out the briefing: %v", r)
		}
	}()
	b, err := layOut(ctx, c, opt, progress)
	if err != nil {
		return err
	}
	if err := b.pdf.Output(w); err != nil {
		return fmt.Errorf("cannot write the briefing: %w", err)
	}
	return nil
}

// layOut lays the briefing of c out, ready to write.
func layOut(ctx context.Context, c *casefile.Case, opt Options, progress func(done, total int)) (*briefing, error) {
	opt, err := opt.Normalized()
	if err != nil {
		return nil, err
	}
	opt.from = provenanceOf(c, opt)
	unsourced := unsourcedItems(c)
	c, marking := Releasable(c, opt.MaxMarking)
	b := newBriefing(ctx, c, opt, marking, progress)
	b.ix.unsourced = unsourced
	return b, b.render()
}

// briefing is one PDF being laid out.
type briefing struct {
	page
	ctx      context.Context
	c        *casefile.Case
	ix       *caseIndex
	opt      Options
	plan     briefingPlan
	marking  casefile.Marking
	notes    notePlan
	progress func(done, total int)
	done     int
	total    int
	toc      map[string]tocEntry // by heading: where each section the contents lists starts
	tocPage  int                 // the page the contents is on, 0 if none
	tocY     float64             // where on it its entries go
	cover1   bool                // page one is the cover, whose footer names the case
	leg      legendState         // what the briefing says once rather than on every item
	floats   []float             // pictures waiting for the next page's head
	current  string              // the heading drawn last, "" until the section's is
	floatErr error               // the first error a waiting picture met
	refs     *evidenceRefs       // the references by which the assessment cites evidence ("S4")
	anch     anchors             // where the items referred to are, and the links to them
}

// tocEntry is where a heading the contents lists was printed.
type tocEntry struct {
	page int
	link int
}

func newBriefing(ctx context.Context, c *casefile.Case, opt Options, marking casefile.Marking, progress func(done, total int)) *briefing {
	pdf := gofpdf.New("P", "mm", string(opt.Paper), "")
	b := &briefing{ctx: ctx, c: c, ix: newCaseIndex(c), opt: opt, marking: marking, progress: progress, notes: planNotes(c, opt),
		refs: newEvidenceRefs(c, opt), toc: map[string]tocEntry{}}
	b.ix.refs = b.refs
	b.plan = briefingPlan{c: c, opt: opt, notes: b.notes}
	b.leg = legendState{legend: legendOf(c)}
	b.pdf = pdf
	b.atPageTop = b.placeFloats
	b.forgetColor()
	b.width, b.height = pdf.GetPageSize()
	b.left, b.right = 20, b.width-20
	b.top, b.bottom = 24, b.height-22
	b.total = len(c.Actors) + len(c.Relations) + len(c.Statements) + len(c.Events) + len(c.Notes) + len(c.Sources) + len(c.Judgments) + 1

	b.loadFont("")
	b.loadFont("B")
	pdf.SetMargins(b.left, b.top, b.width-b.right)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0)
	pdf.SetHeaderFuncMode(b.header, false)
	pdf.SetFooterFunc(b.footer)

	pdf.SetTitle(c.Title, true)
	pdf.SetAuthor(c.Analyst, true)
	// The case's id is for the machine and the curious: in the metadata
	// and the cover's footer, not the cover's text.
	pdf.SetSubject(fmt.Sprintf("Briefing, %s, %s, case %s", marking, briefingDate(c), c.ID), true)
	pdf.SetKeywords(strings.Join(c.Tags, ", "), true)
	pdf.SetCreator("Casefile", true)
	created := c.Created
	if created.IsZero() {
		created = c.Modified
	}
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(c.Modified)
	pdf.SetCatalogSort(true)
	pdf.SetXmpMetadata(opt.from.xmp()) // which case, which content: `casefile verify` reads it
	pdf.SetFont(fontFamily, "", 10)
	return b
}

// tick counts a piece of work done, reporting progress and checking for
// cancellation every so often.
func (b *briefing) tick() error {
	b.done++
	if b.done%32 != 0 {
		return nil
	}
	if b.progress != nil {
		b.progress(b.done, b.total)
	}
	return b.ctx.Err()
}

func (b *briefing) render() error {
	if err := b.ctx.Err(); err != nil {
		return err
	}
	err := writeSections(b, b.plan, func() error {
		b.need(0) // what a section holds at its end stays with it
		if err := b.pdf.Error(); err != nil {
			return fmt.Errorf("cannot lay out the briefing: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if b.pdf.PageCount() == 0 {
		b.newPage()
		b.text("This briefing has no sections; choose at least one.", "I", 11, colorMuted)
	}
	b.need(0) // a heading with nothing after it, at the very end
	for len(b.floats) > 0 {
		b.newPage() // the pictures still waiting
	}
	if b.floatErr != nil {
		return b.floatErr
	}
	b.fillContents()
	b.settleLinks()
	b.numberPages()
	if b.progress != nil {
		b.progress(b.total, b.total)
	}
	if err := b.ctx.Err(); err != nil {
		return err
	}
	if err := b.pdf.Error(); err != nil {
		return fmt.Errorf("cannot lay out the briefing: %w", err)
	}
	return nil
}

// header draws the case title and the TLP label on every page.
func (b *briefing) header() {
	pdf := b.pdf
	labelW := b.label(9)
	pdf.SetFont(fontFamily, "", 9)
	pdf.SetTextColor(colorMuted[0], colorMuted[1], colorMuted[2])
	title := b.truncate(b.c.Title, "", 9, b.contentWidth()-labelW-6)
	pdf.Text(b.left, 14.2, title)
	pdf.SetDrawColor(colorRule[0], colorRule[1], colorRule[2])
	pdf.SetLineWidth(0.2)
	pdf.Line(b.left, 17.5, b.right, 17.5)
}

// footer draws the rule and the TLP label on every page; the page numbers
// are written once the page count is known (numberPages).
func (b *briefing) footer() {
	pdf := b.pdf
	y := b.height - 16
	pdf.SetDrawColor(colorRule[0], colorRule[1], colorRule[2])
	pdf.SetLineWidth(0.2)
	pdf.Line(b.left, y-2.5, b.right, y-2.5)
	b.label(y)
}

// numberPages writes "Page i of N" in every footer. gofpdf could put N in
// through an alias (AliasNbPages), but it replaces the alias by copying
// every page's content twice at output; returning to each page is cheaper
// and leaves nothing to replace.
func (b *briefing) numberPages() {
	pdf := b.pdf
	n := pdf.PageCount()
	for i := 1; i <= n; i++ {
		pdf.SetPage(i)
		b.resetState()
		b.color(colorMuted)
		b.font("", 9)
		num := "Page " + strconv.Itoa(i) + " of " + strconv.Itoa(n)
		pdf.Text(b.left, b.height-16+5.2, num)
		if i == 1 && b.cover1 {
			b.font("", 7)
			pdf.Text(b.left+b.textWidth("", 9, num)+6, b.height-16+5.2, "Case "+pdfSafe(b.c.ID))
		}
	}
	b.resetState()
}

// resetState makes the next font and colour calls write themselves into
// the current page, after returning to a page whose content stream ended
// in some other state.
func (b *briefing) resetState() {
	b.pdf.SetFont(fontFamily, "B", 1)
	b.style, b.size = "?", 0
	b.forgetColor()
}

// label draws the TLP label right-aligned at y as FIRST prescribes: the
// label in capitals, in its colour, on black, at 12 pt. It returns its width.
func (b *briefing) label(y float64) float64 {
	pdf := b.pdf
	text := strings.ToUpper(string(b.marking))
	pdf.SetFont(fontFamily, "B", 12)
	w := pdf.GetStringWidth(text) + 5
	bg, fg := b.marking.Background(), b.marking.Color()
	pdf.SetFillColor(int(bg.R), int(bg.G), int(bg.B))
	pdf.Rect(b.right-w, y, w, 7, "F")
	pdf.SetTextColor(int(fg.R), int(fg.G), int(fg.B))
	pdf.Text(b.right-w+2.5, y+5.1, text)
	b.style = "?"
	return w
}

// startSection begins a section with its heading, its bookmark and its
// contents entry. Sections run on, one after another: a section starts a
// new page only when less than lowRoom is left, where it would show
// little more than its heading. A picture's section says so (picture):
// it measures what it needs itself.
func (b *briefing) startSection(s Section, picture bool) {
	b.current = ""
	b.placeFloats() // a waiting picture that fits before it
	if b.pdf.PageCount() == 0 || !picture && b.y > b.top+0.01 && b.bottom-b.y < b.lowRoom() {
		b.newPage()
	}
	b.gap(5)
	b.holdHeading(heading(s), 16, 0)
	b.gap(2.5)
	if l := b.leg.at(s); l != "" {
		b.intro(l)
		b.gap(1.5)
	}
}

// lowRoom is the least room left in which a section starts: a fifth of
// the page, some ten lines of text under its heading.
func (b *briefing) lowRoom() float64 { return (b.bottom - b.top) / 5 }

// holdHeading holds a heading (see hold) with its bookmark at level
// (0 a section) and, for a heading the contents lists, the page and link
// the contents gives it, all set where it lands.
func (b *briefing) holdHeading(title string, size float64, level int) {
	b.atNext(func() {
		link := b.pdf.AddLink()
		b.pdf.SetLink(link, b.y, -1)
		b.pdf.Bookmark(title, level, b.y)
		b.toc[title] = tocEntry{page: b.pdf.PageNo(), link: link}
		b.current = title
	})
	b.holdText(title, "B", size, colorBody, b.left, b.contentWidth(), markHeading)
}

// heading is a heading inside a section, kept with what follows it.
func (b *briefing) heading(s string, size float64) {
	b.gap(size * 0.35)
	b.holdText(s, "B", size, colorBody, b.left, b.contentWidth(), markHeading)
	b.gap(1)
}
