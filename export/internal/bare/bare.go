// Package bare lays out a case's briefing text with bare gofpdf calls: one
// UTF-8 font, MultiCell per quote, a header and a footer. It is the baseline
// the briefing's speed and memory are measured against.
package bare

import (
	"fmt"
	"io"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
	"github.com/jung-kurt/gofpdf"
)

// Write lays out the text of the case's actors, statements, events, notes
// and sources and writes the PDF.
func Write(w io.Writer, c *casefile.Case) error {
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("NotoSans", "", assets.FontRegular)
	pdf.SetMargins(20, 24, 20)
	pdf.SetAutoPageBreak(true, 22)
	pdf.AliasNbPages("{nb}")
	pdf.SetHeaderFunc(func() {
		pdf.SetFont("NotoSans", "", 9)
		pdf.CellFormat(130, 7, c.Title, "", 0, "L", false, 0, "")
		pdf.CellFormat(40, 7, string(c.Marking), "", 1, "R", false, 0, "")
		pdf.Ln(5)
	})
	pdf.SetFooterFunc(func() {
		pdf.SetY(-16)
		pdf.SetFont("NotoSans", "", 9)
		pdf.CellFormat(130, 7, fmt.Sprintf("Page %d of {nb}", pdf.PageNo()), "", 0, "L", false, 0, "")
		pdf.CellFormat(40, 7, string(c.Marking), "", 0, "R", false, 0, "")
	})
	pdf.AddPage()
	para := func(size float64, s string) {
		if s == "" {
			return
		}
		pdf.SetFont("NotoSans", "", size)
		pdf.MultiCell(0, size*0.48, s, "", "L", false)
	}
	para(11.5, c.Summary)
	for _, a := range c.Actors {
		para(9.5, a.Name+" "+string(a.Kind)+" "+a.Role+" "+a.Affiliation)
	}
	for _, r := range c.Relations {
		para(10, c.RelationName(r)+" from "+r.Start.String())
	}
	for _, s := range c.Statements {
		pdf.Ln(4)
		para(11, s.Title)
		para(10, c.ActorName(s.Speaker))
		para(9, s.Date.String()+" · "+s.Channel+" · "+string(c.EffectiveMarking(s.Marking)))
		para(9.5, s.Context)
		para(10.5, s.Quote)
		para(9, "Source: "+s.Source.Source+" · Grading: "+s.Grading.String())
	}
	for _, e := range c.Events {
		para(10, e.Date.String()+" "+e.Title)
		para(10, e.Description)
	}
	for _, n := range c.Notes {
		para(9.5, n.Body)
	}
	for _, s := range c.Sources {
		para(10.5, s.Title)
		para(9, s.Publisher+" · "+s.Date.String())
	}
	return pdf.Output(w)
}
