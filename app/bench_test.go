package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// syntheticFile writes a case of n statements for benchmarks.
func syntheticFile(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "synthetic.casefile")
	if err := casefile.Save(path, casefile.Synthetic(n, 1)); err != nil {
		b.Fatal(err)
	}
	return path
}

func openSynthetic(b *testing.B) *UI {
	b.Helper()
	path := syntheticFile(b, 10000)
	test.NewTempApp(b)
	u := NewUI(fyne.CurrentApp(), "bench")
	if err := u.Open(path); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { u.closeCase(); drainUI() })
	return u
}

// BenchmarkOpen10000 is opening a case of 10,000 statements until the
// window is built and laid out: load, validate, build every screen.
func BenchmarkOpen10000(b *testing.B) {
	path := syntheticFile(b, 10000)
	test.NewTempApp(b)
	for b.Loop() {
		u := NewUI(fyne.CurrentApp(), "bench")
		if err := u.Open(path); err != nil {
			b.Fatal(err)
		}
		u.win.Resize(fyne.NewSize(1200, 800))
		b.StopTimer()
		closeWhenIndexed(u)
		b.StartTimer()
	}
}

// BenchmarkSearchKeystroke is one keystroke in the search field on a case
// of 10,000 statements: search the index and refresh the results list.
func BenchmarkSearchKeystroke(b *testing.B) {
	u := openSynthetic(b)
	u.doc.index, u.doc.indexGen = casefile.NewIndex(u.doc.c), u.doc.gen
	queries := []string{"m", "mi", "min", "mini", "minis", "minist", "ministr", "ministry", "ministry s", "ministry sa"}
	i := 0
	for b.Loop() {
		u.search.entry.SetText(queries[i%len(queries)])
		i++
	}
}

// BenchmarkNoteKeystroke is one keystroke in a note on a case of 10,000
// statements: update the note through the model, the preview and the row.
func BenchmarkNoteKeystroke(b *testing.B) {
	u := openSynthetic(b)
	u.newNoteOn(casefile.Target{Kind: casefile.OnCase})
	text := ""
	for b.Loop() {
		text += "a"
		if len(text) > 400 {
			text = "a"
		}
		u.notes.editor.SetText(text)
	}
}

// BenchmarkAutosaveUIThread is the part of an autosave that runs on the UI
// thread for a case of 10,000 statements: the snapshot and the handoff.
// The writing happens on the saver's goroutine.
func BenchmarkAutosaveUIThread(b *testing.B) {
	u := openSynthetic(b)
	for b.Loop() {
		u.scheduleSave(autosaveDelay)
		u.saveNow()
	}
}

// BenchmarkSearchAfterEdit is the UI thread's part of the first search
// keystroke after an edit on a case of 10,000 statements: it searches the
// previous index and hands a snapshot to a goroutine that builds the new
// one (BenchmarkIndexBuild).
func BenchmarkSearchAfterEdit(b *testing.B) {
	u := openSynthetic(b)
	u.doc.index, u.doc.indexGen = casefile.NewIndex(u.doc.c), u.doc.gen
	for b.Loop() {
		u.doc.gen++
		u.search.entry.SetText("ministry")
		b.StopTimer()
		for drainUI(); u.doc.indexing; drainUI() {
			time.Sleep(time.Millisecond)
		}
		u.search.entry.SetText("")
		b.StartTimer()
	}
}

// BenchmarkIndexBuild is building the search index of 10,000 statements,
// which happens off the UI thread.
func BenchmarkIndexBuild(b *testing.B) {
	c := casefile.Synthetic(10000, 1)
	for b.Loop() {
		casefile.NewIndex(c)
	}
}

// BenchmarkEditStatement is applying a form's edit to one statement on a
// case of 10,000 statements and redrawing every screen.
func BenchmarkEditStatement(b *testing.B) {
	u := openSynthetic(b)
	st := u.doc.c.Statements[500]
	u.ShowStatement(st.ID)
	i := 0
	for b.Loop() {
		st.Title = "Edited " + string(rune('a'+i%26))
		i++
		if err := u.edit(func(c *casefile.Case) error { return c.UpdateStatement(st) }); err != nil {
			b.Fatal(err)
		}
	}
}

// longSizes are the field sizes the long-text benchmarks compare: the
// default case's own text, and a megabyte.
var longSizes = []struct {
	name string
	size int
}{{"default", 0}, {"1MB", 1 << 20}}

// BenchmarkOpenLongText is opening the default case with one field of
// each size and showing the item it belongs to, until the window is built
// and laid out. Compare each field's 1MB against its default. load-ms/op
// is the part of it that is reading the file (casefile.Load, timed again
// on its own); the rest is the window's.
func BenchmarkOpenLongText(b *testing.B) {
	for _, field := range longFields {
		for _, sz := range longSizes {
			b.Run(field+"/"+sz.name, func(b *testing.B) {
				path, id := longCaseFile(b, field, sz.size)
				test.NewTempApp(b)
				var load time.Duration
				for b.Loop() {
					u := NewUI(fyne.CurrentApp(), "bench")
					if err := u.Open(path); err != nil {
						b.Fatal(err)
					}
					showField(u, field, id)
					u.win.Resize(fyne.NewSize(1200, 800))
					b.StopTimer()
					closeWhenIndexed(u)
					start := time.Now()
					if _, err := casefile.Load(path); err != nil {
						b.Fatal(err)
					}
					load += time.Since(start)
					b.StartTimer()
				}
				b.ReportMetric(float64(load)/1e6/float64(b.N), "load-ms/op")
			})
		}
	}
}

// BenchmarkOpenLongForm is opening each edit form on a field of each size
// (the default case's own text, and a megabyte) and typing one keystroke
// in it; key-ms/op is the keystroke's part. A form's Save reads the whole
// text (TestFormsEditAMegabyteAPageAtATime).
func BenchmarkOpenLongForm(b *testing.B) {
	for _, ff := range formFields {
		for _, sz := range longSizes {
			b.Run(strings.ReplaceAll(ff.name, " ", "_")+"/"+sz.name, func(b *testing.B) {
				c, err := casefile.Decode(assets.DefaultCase)
				if err != nil {
					b.Fatal(err)
				}
				text := *ff.text(c)
				if sz.size > 0 {
					text = ff.validFor(sampleText(sz.size, 7))
				}
				u := openFormOn(b, ff, text)
				u.form.close()
				var key time.Duration
				i := 0
				for b.Loop() {
					ff.open(u)
					e := u.form.Entries[ff.field]
					u.win.Canvas().Focus(e)
					start := time.Now()
					e.TypedRune(rune(" abc"[i%4]))
					key += time.Since(start)
					i++
					b.StopTimer()
					u.form.close()
					b.StartTimer()
				}
				b.ReportMetric(float64(key)/1e6/float64(b.N), "key-ms/op")
			})
		}
	}
}

// openLongNote opens the default case with its note on the case size
// bytes long (its own text when size is 0) in the note editor.
func openLongNote(b *testing.B, size int) *UI {
	b.Helper()
	path, id := longCaseFile(b, "note", size)
	test.NewTempApp(b)
	u := NewUI(fyne.CurrentApp(), "bench")
	if err := u.Open(path); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { u.closeCase(); drainUI() })
	u.OpenNote(id)
	return u
}

// BenchmarkLongNoteKeystroke is one keystroke typed into the note editor
// on the default case's note of each size: the editor, the model and the
// list row. The preview waits for a pause (BenchmarkNotePreview).
func BenchmarkLongNoteKeystroke(b *testing.B) {
	for _, sz := range longSizes {
		b.Run(sz.name, func(b *testing.B) {
			u := openLongNote(b, sz.size)
			u.win.Canvas().Focus(u.notes.editor)
			i := 0
			for b.Loop() {
				u.notes.editor.TypedRune(rune(" abc"[i%4])) // words, not one long one
				i++
			}
		})
	}
}

// BenchmarkNotePreview is rendering the note editor's preview once typing
// pauses, on the default case's note of each size: the page in the editor
// as Markdown, and the whole note's word count for Show all.
func BenchmarkNotePreview(b *testing.B) {
	for _, sz := range longSizes {
		b.Run(sz.name, func(b *testing.B) {
			u := openLongNote(b, sz.size)
			for b.Loop() {
				u.notes.renderPreview()
			}
		})
	}
}

// closeWhenIndexed lets the search index, built off the UI thread, finish
// so that it does not slow the next iteration, then closes the window.
func closeWhenIndexed(u *UI) {
	for drainUI(); u.doc.indexing; drainUI() {
		time.Sleep(time.Millisecond)
	}
	u.closeCase()
	u.win.Close()
}
