package sourcetext_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"strings"
	"testing"

	"github.com/casefile/casefile/sourcetext"
	"github.com/jung-kurt/gofpdf"
)

// read is Read of b under name, with no progress.
func read(t testing.TB, name string, b []byte) (sourcetext.Text, error) {
	t.Helper()
	return sourcetext.Read(context.Background(), name, bytes.NewReader(b), int64(len(b)), nil)
}

// mustRead is read that fails the test on an error.
func mustRead(t testing.TB, name string, b []byte) sourcetext.Text {
	t.Helper()
	got, err := read(t, name, b)
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return got
}

// The paragraphs of a government press statement, with what PDFs of them
// get wrong most: curly quotes, accented and Polish names, an ellipsis,
// dashes, a hyphenated name, a section sign.
var statement = []string{
	"Minister for Europe and Foreign Affairs Olta Xhaçka told the Assembly in Tiranë that the “decision was not taken lightly” and that the Government had consulted its allies “at every step.”",
	"The Director-General, Zoë Müller-Łukasiewicz, noted that the incident response team led by José Núñez and Ferit Hoxha had restored the e-Albania portal within 72 hours; “we owe them our thanks,” she said.",
	"Albanian Prime Minister Edi Rama announced in a statement on Wednesday that his country is cutting diplomatic relations with Iran “with immediate effect,” in direct response to Iran’s July 15 cyberattack on Albania.",
	"“This extreme response … is fully proportionate to the gravity and risk of the cyberattack that threatened to paralyze public services, erase digital systems and hack into state records, steal government intranet electronic communication, and stir up chaos and insecurity in the country,” Rama said. “The said attack failed its purpose.”",
	"Ambassador Yuri Kim said the United States ‘stands shoulder to shoulder’ with Albania — a partner that has “never wavered” — and confirmed that FBI and CISA personnel had been on the ground since mid-July.",
	"Annex A lists the affected systems: the Total Information Management System (TIMS), the e-Albania services platform, and the State Police’s border-control database. Each is described in § 4.2 below.",
}

const statementTitle = "Press statement on the severance of diplomatic relations"

var fonts = map[string][]byte{}

func font(t testing.TB, name string) []byte {
	t.Helper()
	if b, ok := fonts[name]; ok {
		return b
	}
	// The repository's own font, read as a file so that this package
	// imports nothing of the repository.
	b, err := os.ReadFile("../assets/fonts/" + name)
	if err != nil {
		t.Fatalf("read font: %v", err)
	}
	fonts[name] = b
	return b
}

// govPDF lays out the statement, in parts, over at least the given number
// of pages, in the style of a ministry's press release: a running head and
// "Page X of Y" at the foot of every page, in an embedded UTF-8 TrueType
// font, as this repository's briefings are made. It returns the number of
// parts with the PDF.
func govPDF(t testing.TB, pages int) ([]byte, int) {
	t.Helper()
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("Noto", "", font(t, "NotoSans-Regular.ttf"))
	pdf.AddUTF8FontFromBytes("Noto", "B", font(t, "NotoSans-Bold.ttf"))
	pdf.SetTitle(statementTitle, true)
	pdf.SetCreationDate(fixedTime)
	pdf.AliasNbPages("")
	pdf.SetHeaderFunc(func() {
		pdf.SetFont("Noto", "", 8)
		pdf.CellFormat(0, 6, "REPUBLIC OF ALBANIA — MINISTRY FOR EUROPE AND FOREIGN AFFAIRS", "", 1, "C", false, 0, "")
		pdf.Ln(4)
	})
	pdf.SetFooterFunc(func() {
		pdf.SetY(-15)
		pdf.SetFont("Noto", "", 8)
		pdf.CellFormat(0, 8, fmt.Sprintf("Page %d of {nb}", pdf.PageNo()), "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	pdf.SetFont("Noto", "B", 16)
	pdf.MultiCell(0, 8, statementTitle, "", "L", false)
	pdf.Ln(4)
	parts := 0
	for c := 1; pdf.PageNo() < pages; c++ {
		parts = c
		pdf.SetFont("Noto", "B", 12)
		pdf.MultiCell(0, 7, fmt.Sprintf("Part %d", c), "", "L", false)
		pdf.SetFont("Noto", "", 11)
		for _, p := range statement {
			pdf.MultiCell(0, 5.5, p, "", "J", false)
			pdf.Ln(3)
		}
	}
	return output(t, pdf), parts
}

// scanPDF holds pages that are only an image, as a scanner makes them.
func scanPDF(t testing.TB) []byte {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, 425, 550))
	for y := range 550 {
		for x := range 425 {
			c := uint8(240)
			if y%20 < 3 && x > 40 && x < 385 && (x/12)%5 != 0 {
				c = 20 // lines of "print"
			}
			img.SetGray(x, y, color.Gray{Y: c})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	pdf := gofpdf.New("P", "mm", "A4", "")
	opt := gofpdf.ImageOptions{ImageType: "PNG"}
	pdf.RegisterImageOptionsReader("scan", opt, &buf)
	for range 2 {
		pdf.AddPage()
		pdf.ImageOptions("scan", 0, 0, 210, 297, false, opt, 0, "")
	}
	return output(t, pdf)
}

// corePDF writes text in a core font with the Windows-1252 encoding, as
// older producers do, rather than an embedded Unicode font.
func corePDF(t testing.TB, paragraphs []string) []byte {
	t.Helper()
	pdf := gofpdf.New("P", "mm", "Letter", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("cp1252")
	pdf.AddPage()
	pdf.SetFont("Times", "", 12)
	for _, p := range paragraphs {
		pdf.MultiCell(0, 5, tr(p), "", "L", false)
		pdf.Ln(3)
	}
	return output(t, pdf)
}

func output(t testing.TB, pdf *gofpdf.Fpdf) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatalf("make PDF: %v", err)
	}
	return buf.Bytes()
}

func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
