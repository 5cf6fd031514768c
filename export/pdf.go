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
	opt, err = opt.Normalized()
	if err != nil {
		return err
	}
	opt.from = provenanceOf(c, opt)
	c, marking := Releasable(c, opt.MaxMarking)
	defer func() {
		// gofpdf panics on a few malformed inputs; a briefing that cannot be
		// made must not take the application down with it.
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot lay out the briefing: %v", r)
		}
	}()
	b := newBriefing(ctx, c, opt, marking, progress)
	if err := b.render(); err != nil {
		return err
	}
	if err := b.pdf.Output(w); err != nil {
		return fmt.Errorf("cannot write the briefing: %w", err)
	}
	return nil
}

// briefing is one PDF being laid out.
type briefing struct {
	page
	ctx      context.Context
	c        *casefile.Case
	ix       *caseIndex
	opt      Options
	marking  casefile.Marking
	notes    notePlan
	progress func(done, total int)
	done     int
	total    int
	toc      []contentsEntry
	tocPage  int           // the page reserved for the contents, 0 if none
	refs     *evidenceRefs // the references by which the assessment cites evidence ("S4")
	anch     anchors       // where the items referred to are, and the links to them
}

type contentsEntry struct {
	title string
	page  int
	link  int
}

func newBriefing(ctx context.Context, c *casefile.Case, opt Options, marking casefile.Marking, progress func(done, total int)) *briefing {
	pdf := gofpdf.New("P", "mm", string(opt.Paper), "")
	b := &briefing{ctx: ctx, c: c, ix: newCaseIndex(c), opt: opt, marking: marking, progress: progress, notes: planNotes(c, opt),
		refs: newEvidenceRefs(c, opt)}
	b.pdf = pdf
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
	pdf.SetSubject(fmt.Sprintf("Briefing, %s, %s", marking, briefingDate(c)), true)
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
	err := writeSections(b, b.opt, func() error {
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
		pdf.Text(b.left, b.height-16+5.2, "Page "+strconv.Itoa(i)+" of "+strconv.Itoa(n))
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

// startSection begins a section on a new page (unless told to continue the
// page), with its heading, its bookmark and its contents entry.
func (b *briefing) startSection(title string, newPage bool) {
	if newPage || b.pdf.PageCount() == 0 {
		b.newPage()
	} else {
		b.gap(6)
		b.need(30)
	}
	link := b.pdf.AddLink()
	b.pdf.SetLink(link, b.y, -1)
	b.font("B", 16)
	b.pdf.Bookmark(title, 0, b.y)
	b.toc = append(b.toc, contentsEntry{title: title, page: b.pdf.PageNo(), link: link})
	b.color(colorBody)
	b.text(title, "B", 16, colorBody)
	b.y += 3
}

// heading is a heading inside a section, kept with what follows it.
func (b *briefing) heading(s string, size float64) {
	b.gap(size * 0.35)
	b.need(lineHeight(size)*float64(len(b.breakLines(b.tokens([]span{{text: s, style: "B"}}, size, b.contentWidth()), size, b.contentWidth()))) + 3*lineHeight(10))
	b.text(s, "B", size, colorBody)
	b.y += 1
}

func (b *briefing) contents() error {
	b.newPage()
	b.tocPage = b.pdf.PageNo()
	b.text(heading(SectionContents), "B", 16, colorBody)
	b.y += 3
	return nil
}

// fillContents writes the contents page reserved earlier, now that every
// section's page is known: gofpdf lets us return to a page, so the briefing
// is laid out once.
func (b *briefing) fillContents() {
	if b.tocPage == 0 {
		return
	}
	last := b.pdf.PageCount()
	pdf := b.pdf
	pdf.SetPage(b.tocPage)
	b.resetState()
	pdf.SetDrawColor(colorRule[0], colorRule[1], colorRule[2])
	b.y = b.top + lineHeight(16) + 3
	size := 11.0
	lh := lineHeight(size) + 1.5
	for _, e := range b.toc {
		if e.title == heading(SectionContents) {
			continue
		}
		num := fmt.Sprint(e.page)
		numW := b.textWidth("", size, num)
		title := b.truncate(e.title, "", size, b.contentWidth()-numW-12)
		b.color(colorLink)
		b.font("", size)
		baseline := b.y + 0.5*lh + 0.3*size*ptToMM
		pdf.Text(b.left, baseline, title)
		pdf.Text(b.right-numW, baseline, num)
		titleW := b.textWidth("", size, title)
		pdf.SetLineWidth(0.15)
		pdf.SetDashPattern([]float64{0.4, 1.2}, 0)
		pdf.Line(b.left+titleW+2, baseline, b.right-numW-2, baseline)
		pdf.SetDashPattern([]float64{}, 0)
		pdf.Link(b.left, b.y, b.contentWidth(), lh, e.link)
		b.y += lh
	}
	pdf.SetPage(last)
	b.resetState()
}
