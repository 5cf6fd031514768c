package app

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

const articleName = "albania-iran-2022-article.txt"

// newEmptyTestUI opens a new, empty case in a fresh test app.
func newEmptyTestUI(t *testing.T) (*UI, string) {
	t.Helper()
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "new.casefile")
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() {
		u.closeCase()
		drainUI()
	})
	if err := u.NewCase(path); err != nil {
		t.Fatal(err)
	}
	return u, path
}

// waitImported waits for an import's result to be handled.
func waitImported(t *testing.T, run *importRun) {
	t.Helper()
	waitFor(t, "the import handled", func() bool {
		select {
		case <-run.done:
			return true
		default:
			return false
		}
	})
}

// importFile imports data as the file name into target ("" for a new
// source) and waits for the result.
func importFile(t *testing.T, u *UI, target, name string, data []byte) {
	t.Helper()
	waitImported(t, u.importText(target, name, io.NopCloser(bytes.NewReader(data)), int64(len(data))))
}

// importArticle imports the default case's article into an empty case as
// a new source, and returns it.
func importArticle(t *testing.T, u *UI) casefile.Source {
	t.Helper()
	importFile(t, u, "", articleName, assets.DefaultCaseArticle)
	c := u.Case()
	if len(c.Sources) != 1 {
		t.Fatalf("the case has %d sources after the import, want 1 (dialog: %q)", len(c.Sources), u.message)
	}
	return c.Sources[0]
}

func TestImportingAFileAddsASourceWithItsText(t *testing.T) {
	u, path := newEmptyTestUI(t)
	undos := len(u.doc.undo)
	src := importArticle(t, u)
	article := string(assets.DefaultCaseArticle)
	tx := src.Text
	switch {
	case tx == nil || tx.Body != article:
		t.Fatal("the source does not hold the article's text")
	case src.Title != "albania-iran-2022-article":
		t.Errorf("the source is titled %q, want the file's name", src.Title)
	case tx.Origin != articleName || tx.Format != "txt" || tx.SHA256 != casefile.TextSHA256(article) || tx.Imported.IsZero():
		t.Errorf("the text keeps origin %q, format %q, sha256 %q, imported %v", tx.Origin, tx.Format, tx.SHA256, tx.Imported)
	case len(u.doc.undo) != undos+1:
		t.Errorf("the import took %d undo steps, want 1", len(u.doc.undo)-undos)
	}
	if u.tabs.Selected() != u.tabSources || u.sources.reader == nil || u.sources.reader.srcID != src.ID {
		t.Error("the new source is not shown in the reader")
	}
	waitFor(t, "the imported text saved", func() bool {
		got := loadFile(t, path).Sources
		return len(got) == 1 && got[0].Text != nil && got[0].Text.Body == article
	})
	u.Undo()
	if len(u.Case().Sources) != 0 {
		t.Error("undo leaves the imported source")
	}
}

// articleWithANewFirstParagraph is the article as a later edition might
// print it: a paragraph before it, so every quote has moved.
var articleWithANewFirstParagraph = "Updated with the Iranian reaction.\n\n" + string(assets.DefaultCaseArticle)

func TestImportingIntoASourceAsksAndMovesTheSpans(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	src := c.Sources[0]
	before := c.Clone()
	undos := len(u.doc.undo)
	u.ShowSource(src.ID)
	importFile(t, u, src.ID, "edition-2.txt", []byte(articleWithANewFirstParagraph))
	if _, ok := u.dialog.(*dialog.ConfirmDialog); !ok {
		t.Fatalf("replacing the text asked nothing (showing %T)", u.dialog)
	}
	for _, want := range []string{"3,887 characters from " + articleName, "3,923 characters from edition-2.txt", "12 citations point", "12 statements", "All 12 cited passages are found"} {
		if !strings.Contains(u.message, want) {
			t.Errorf("the confirmation does not say %q:\n%s", want, u.message)
		}
	}
	if got, _ := u.Case().Source(src.ID); got.Text.Body != src.Text.Body {
		t.Fatal("the text was replaced before the analyst agreed")
	}
	confirmDialog(t, u)
	c = u.Case()
	got, _ := c.Source(src.ID)
	if got.Text.Body != articleWithANewFirstParagraph || got.Text.Origin != "edition-2.txt" {
		t.Fatalf("the text is not the new edition (origin %q)", got.Text.Origin)
	}
	shift := len([]rune("Updated with the Iranian reaction.\n\n"))
	for i, st := range c.Statements {
		old := before.Statements[i]
		if st.Source.Span.Start != old.Source.Span.Start+shift || got.Text.Passage(st.Source.Span) != st.Quote {
			t.Errorf("%q: span %+v, want the old one moved by %d to its passage", st.Title, st.Source.Span, shift)
		}
	}
	if v, n := c.QuotesVerified(); v != n || n != 12 {
		t.Errorf("%d of %d quotes verified against the new text", v, n)
	}
	if len(u.doc.undo) != undos+1 {
		t.Errorf("replacing the text took %d undo steps, want 1", len(u.doc.undo)-undos)
	}
	u.Undo()
	if got, _ := u.Case().Source(src.ID); got.Text.Body != src.Text.Body || u.Case().Statements[0].Source.Span != before.Statements[0].Source.Span {
		t.Error("one undo does not bring back the old text and spans")
	}
}

func TestAReplacementThatLosesPassagesSaysSo(t *testing.T) {
	u, _ := newTestUI(t)
	src := u.Case().Sources[0]
	importFile(t, u, src.ID, "other.txt", []byte("A different article, with “other words” in it."))
	if !strings.Contains(u.message, "None of the 12 cited passages is in the new text") {
		t.Fatalf("the confirmation does not say the spans go:\n%s", u.message)
	}
	u.dialog.(*dialog.ConfirmDialog).Dismiss()
	if got, _ := u.Case().Source(src.ID); got.Text.Body != src.Text.Body {
		t.Error("cancelling the confirmation replaced the text")
	}
	importFile(t, u, src.ID, "other.txt", []byte("A different article, with “other words” in it."))
	confirmDialog(t, u)
	c := u.Case()
	for _, st := range c.Statements {
		if !st.Source.Span.IsZero() || st.Source.Locator == "" {
			t.Fatalf("%q keeps span %+v and locator %q, want no span and its locator", st.Title, st.Source.Span, st.Source.Locator)
		}
	}
	if ps := c.Validate(); ps != nil {
		t.Errorf("the case no longer validates: %v", ps)
	}
}

func TestPastingTextMakesOrReplacesASource(t *testing.T) {
	u, _ := newEmptyTestUI(t)
	u.showPaste("")
	p := u.sources.pasting
	p.text.editor.SetText("Rama said: “We cut ties.”\n\nThe end.")
	p.origin.editor.SetText("https://example.org/news/1")
	test.Tap(p.ok)
	waitFor(t, "the paste taken", func() bool { return len(u.Case().Sources) == 1 })
	src := u.Case().Sources[0]
	if src.Title != "Rama said: “We cut ties.”" || src.URL != "https://example.org/news/1" ||
		src.Text.Format != "paste" || src.Text.Origin != "https://example.org/news/1" || src.Text.Body != "Rama said: “We cut ties.”\n\nThe end." {
		t.Fatalf("the pasted source is %+v with text %+v", src, src.Text)
	}

	// An empty paste is refused in the dialog, which stays open.
	u.showPaste(src.ID)
	p = u.sources.pasting
	test.Tap(p.ok)
	waitFor(t, "the empty paste refused", func() bool { return p.errMsg.Visible() })
	if !strings.Contains(p.errMsg.Text, "nothing was pasted") {
		t.Errorf("an empty paste says %q", p.errMsg.Text)
	}
	p.text.editor.SetText("A new text.")
	test.Tap(p.ok)
	waitFor(t, "the replacement asked", func() bool { return strings.Contains(u.message, "is replaced") })
	confirmDialog(t, u)
	if got, _ := u.Case().Source(src.ID); got.Text.Body != "A new text." || got.Title != src.Title {
		t.Errorf("the replaced source is %q with text %q", got.Title, got.Text.Body)
	}
}

func TestABadFileIsRefusedInFullAndAddsNothing(t *testing.T) {
	u, _ := newEmptyTestUI(t)
	undos := len(u.doc.undo)
	importFile(t, u, "", "photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"))
	if len(u.Case().Sources) != 0 || len(u.doc.undo) != undos {
		t.Fatal("a binary file added a source")
	}
	for _, want := range []string{"photo.txt", "not a text, Markdown, HTML or PDF file", "Nothing was added or changed"} {
		if !strings.Contains(u.message, want) {
			t.Errorf("the error does not say %q:\n%s", want, u.message)
		}
	}
	importFile(t, u, "", "empty.txt", []byte("  \n"))
	if len(u.Case().Sources) != 0 || !strings.Contains(u.message, "the file is empty") {
		t.Errorf("an empty file: %d sources, message %q", len(u.Case().Sources), u.message)
	}
}

type widgetProgressBar = widget.ProgressBar

// blockingReader is a file whose reading never returns until it is closed,
// as a stalled network folder behaves.
type blockingReader struct {
	started, closed chan struct{}
}

func (b *blockingReader) Read([]byte) (int, error) {
	close(b.started)
	<-b.closed
	return 0, errors.New("read on a closed file")
}

func (b *blockingReader) Close() error {
	close(b.closed)
	return nil
}

func TestCancellingASlowImportStopsItAtOnce(t *testing.T) {
	u, _ := newEmptyTestUI(t)
	r := &blockingReader{started: make(chan struct{}), closed: make(chan struct{})}
	run := u.importText("", "report.pdf", r, 200<<20>>4)
	<-r.started
	top := u.win.Canvas().Overlays().Top()
	if top == nil || len(find(top, func(*widgetProgressBar) bool { return true })) != 1 {
		t.Fatal("the import shows no progress")
	}
	test.Tap(buttonIn(t, top, "Cancel"))
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("Cancel leaves the progress showing")
	}
	waitImported(t, run)
	if len(u.Case().Sources) != 0 {
		t.Error("a cancelled import added a source")
	}
	if !strings.Contains(u.status.Text, "cancelled; nothing was added") {
		t.Errorf("the status says %q", u.status.Text)
	}

	// Escape cancels as Cancel does.
	r = &blockingReader{started: make(chan struct{}), closed: make(chan struct{})}
	run = u.importText("", "report.pdf", r, -1)
	<-r.started
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	waitImported(t, run)
	if !run.cancelled || u.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape leaves the import running")
	}
}
