package app

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// longSourceFile writes the default case with its source holding size
// bytes of text (the article itself when size is 0), a statement quoting
// a sentence every 2 KB of it: 512 highlights in a megabyte.
func longSourceFile(b *testing.B, size int) (path, srcID string) {
	b.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		b.Fatal(err)
	}
	src := &c.Sources[0]
	if size > 0 {
		body := casefile.SyntheticText(size, 11)
		src.Text = casefile.NewSourceText(body, "long.txt", "txt")
		for i := range c.Statements {
			c.Statements[i].Source.Span = casefile.Span{}
		}
		speaker := c.Statements[0].Speaker
		runes := []rune(body)
		for at := 0; at+200 < len(runes); at += 2048 {
			c.Statements = append(c.Statements, casefile.Statement{ID: fmt.Sprintf("long-%d", at), Title: "Quoted",
				Speaker: speaker, Quote: string(runes[at+50 : at+150]),
				Source: casefile.Citation{Source: src.ID, Span: casefile.Span{Start: at + 50, End: at + 150}}})
		}
	}
	path = filepath.Join(b.TempDir(), "source.casefile")
	if err := casefile.Save(path, c); err != nil {
		b.Fatal(err)
	}
	return path, src.ID
}

// BenchmarkOpenSourceUIThread is what selecting a source on the Sources
// screen costs the UI thread, all of it, since none of it is handed off:
// its detail, its text paged, its cited passages found, and its first page
// laid out and drawn. Beside it, jump-ms is a jump to a passage on the last
// page (Show in source). Compare 1MB with the default article; max-ms is
// the longest single opening, the stall the analyst would feel, and
// first-ms the window's first, which makes the reader's widgets too.
func BenchmarkOpenSourceUIThread(b *testing.B) {
	for _, sz := range longSizes {
		b.Run(sz.name, func(b *testing.B) {
			path, id := longSourceFile(b, sz.size)
			test.NewTempApp(b)
			u := NewUI(fyne.CurrentApp(), "bench")
			if err := u.Open(path); err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { u.closeCase(); drainUI() })
			u.win.Resize(fyne.NewSize(1200, 800))
			last := u.Case().Statements[len(u.Case().Statements)-1].Source.Span
			// The first opening in a window makes the reader's widgets too.
			start := time.Now()
			u.ShowSource(id)
			first := time.Since(start)
			u.sources.list.UnselectAll()
			u.sources.reader.srcID = ""
			var worst, jump time.Duration
			for b.Loop() {
				start := time.Now()
				u.ShowSource(id)
				test.WidgetRenderer(u.sources.reader.view).Refresh()
				worst = max(worst, time.Since(start))
				b.StopTimer()
				start = time.Now()
				u.sources.reader.selectSpan(last)
				jump += time.Since(start)
				u.sources.list.UnselectAll()
				u.sources.reader.srcID = "" // opened afresh, not where the reading was
				b.StartTimer()
			}
			b.ReportMetric(float64(first)/1e6, "first-ms")
			b.ReportMetric(float64(worst)/1e6, "max-ms")
			b.ReportMetric(float64(jump)/1e6/float64(b.N), "jump-ms/op")
		})
	}
}
