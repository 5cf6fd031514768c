package sourcetext_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/sourcetext"
	"github.com/jung-kurt/gofpdf"
)

var fixedTime = time.Date(2022, 9, 7, 12, 0, 0, 0, time.UTC)

// Every paragraph comes out whole, as its own paragraph and in order, with
// its quotes, accents and spaces; the running head and the page numbers
// are gone; a paragraph cut by a page break is whole again.
func TestPDFGovernmentStatement(t *testing.T) {
	b, parts := govPDF(t, 4)
	got := mustRead(t, "statement.pdf", b)
	if got.Format != sourcetext.FormatPDF || got.Pages < 3 || got.Title != statementTitle {
		t.Errorf("format %q, %d pages, title %q; want pdf, 3 pages or more, %q", got.Format, got.Pages, got.Title, statementTitle)
	}
	ps := paragraphs(got.Text)
	want := []string{statementTitle}
	for c := 1; c <= parts; c++ {
		want = append(want, fmt.Sprintf("Part %d", c))
		want = append(want, statement...)
	}
	if strings.Join(ps, "\n\n") != strings.Join(want, "\n\n") {
		t.Errorf("text differs from the statement:\n%s\n\nwant:\n%s", got.Text, strings.Join(want, "\n\n"))
	}
	for _, running := range []string{"REPUBLIC OF ALBANIA", "Page "} {
		if strings.Contains(got.Text, running) {
			t.Errorf("the running head or foot %q is in the text", running)
		}
	}
}

// A core font in WinAnsiEncoding: curly quotes and accents from the
// encoding's table rather than from a ToUnicode map.
func TestPDFCoreFontWinAnsi(t *testing.T) {
	ps := statement[:4]
	ps[1] = strings.ReplaceAll(ps[1], "Ł", "L") // not in Windows-1252
	got := mustRead(t, "core.pdf", corePDF(t, ps))
	if g := paragraphs(got.Text); strings.Join(g, "\n\n") != strings.Join(ps, "\n\n") {
		t.Errorf("got\n%s\nwant\n%s", got.Text, strings.Join(ps, "\n\n"))
	}
}

func TestPDFWithoutTextLayerIsRefused(t *testing.T) {
	got, err := read(t, "scan.pdf", scanPDF(t))
	if !errors.Is(err, sourcetext.ErrNoTextLayer) || got != (sourcetext.Text{}) {
		t.Fatalf("got %+v, %v; want nothing and ErrNoTextLayer", got, err)
	}
	if want := "scan.pdf: this PDF has no text layer: run OCR on it first"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}

// A damaged PDF never panics and never gives part of its text: truncated
// anywhere, it is refused as damaged; with bytes overwritten, it is read
// or refused, but Read returns.
func TestPDFDamaged(t *testing.T) {
	good, _ := govPDF(t, 2)
	for _, at := range []int{10, 100, len(good) / 4, len(good) / 2, len(good) - 200, len(good) - 10} {
		got, err := read(t, "cut.pdf", good[:at])
		if !errors.Is(err, sourcetext.ErrDamaged) || got.Text != "" {
			t.Errorf("cut at %d of %d: got %d bytes of text, error %v; want none and ErrDamaged", at, len(good), len(got.Text), err)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 40 {
		bad := append([]byte(nil), good...)
		for range 16 {
			bad[len(bad)/20+rng.IntN(len(bad)*9/10)] = byte(rng.IntN(256))
		}
		got, err := read(t, "bad.pdf", bad)
		if err == nil && got.Text == "" {
			t.Errorf("variant %d: no error and no text", i)
		}
		if err != nil && got != (sourcetext.Text{}) {
			t.Errorf("variant %d: an error (%v) with text", i, err)
		}
	}
}

// Progress is told page by page; cancelling stops the reading at once
// with ctx.Err() and nothing else.
func TestPDF200PagesProgressAndCancel(t *testing.T) {
	pages := 200
	if testing.Short() {
		pages = 40 // under the race detector
	}
	b, _ := govPDF(t, pages)
	var calls, lastDone, total int
	got, err := sourcetext.Read(context.Background(), "long.pdf", bytes.NewReader(b), int64(len(b)), func(done, n int) {
		calls++
		if done != lastDone+1 || (total != 0 && n != total) {
			t.Fatalf("progress %d of %d after %d of %d", done, n, lastDone, total)
		}
		lastDone, total = done, n
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.Pages < pages || calls != got.Pages || lastDone != total || total != got.Pages {
		t.Errorf("%d pages, %d progress calls, last %d of %d", got.Pages, calls, lastDone, total)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	seen := 0
	got, err = sourcetext.Read(ctx, "long.pdf", bytes.NewReader(b), int64(len(b)), func(done, n int) {
		seen = done
		if done == 10 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || err.Error() != context.Canceled.Error() || got != (sourcetext.Text{}) {
		t.Errorf("cancelled: got %d bytes, %v; want nothing and context.Canceled", len(got.Text), err)
	}
	if seen != 10 {
		t.Errorf("went on to page %d after cancel at page 10", seen)
	}
}

func TestPDFPasswordProtected(t *testing.T) {
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetProtection(gofpdf.CnProtectPrint, "secret", "owner")
	pdf.AddPage()
	pdf.SetFont("Helvetica", "", 12)
	pdf.MultiCell(0, 5, "Embargoed until further notice: the ministry said it would respond.", "", "L", false)
	_, err := read(t, "locked.pdf", output(t, pdf))
	if !errors.Is(err, sourcetext.ErrEncrypted) {
		t.Errorf("got %v, want ErrEncrypted", err)
	}
}

// The content decides: a PDF named .txt is read as a PDF, and a file
// named .pdf that is not one is refused as such.
func TestPDFByContentNotName(t *testing.T) {
	b, _ := govPDF(t, 1)
	got := mustRead(t, "statement.txt", b)
	if got.Format != sourcetext.FormatPDF {
		t.Errorf("format %q, want pdf", got.Format)
	}
	_, err := read(t, "report.pdf", []byte("<!DOCTYPE html><html><body><p>404 Not Found</p></body></html>"))
	if !errors.Is(err, sourcetext.ErrBinary) || !strings.Contains(err.Error(), "not a PDF") || !strings.Contains(err.Error(), "HTML page") {
		t.Errorf("got %v", err)
	}
}
