package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// waitForLoad waits for a case opened through openOrOffer to finish
// loading off the UI thread.
func waitForLoad(t *testing.T, u *UI) {
	t.Helper()
	waitFor(t, "the case to load", func() bool { return u.loading == nil })
}

func TestOpeningShowsProgressThenTheCase(t *testing.T) {
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "albania.casefile")
	if err := os.WriteFile(path, assets.DefaultCase, 0o644); err != nil {
		t.Fatal(err)
	}
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.openOrOffer(path)
	// Nothing has run on the UI thread yet: the window shows the loading
	// view with its progress bar, and no case.
	if u.Case() != nil {
		t.Fatal("the case was installed before its load reached the UI thread")
	}
	if len(find(u.body, func(*widget.ProgressBarInfinite) bool { return true })) != 1 {
		t.Error("no progress bar while the case loads")
	}
	labels := find(u.body, func(l *widget.Label) bool { return strings.HasPrefix(l.Text, "Opening albania.casefile (") })
	if len(labels) != 1 {
		t.Error("the loading view does not name the file and its size")
	}
	waitForLoad(t, u)
	if u.Path() != path || u.body.Objects[0] != u.tabs {
		t.Fatalf("after loading the window shows %q, want the case", u.Path())
	}
}

func TestOpeningAnotherCaseWhileOneLoadsSupersedesIt(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	first, second := filepath.Join(dir, "first.casefile"), filepath.Join(dir, "second.casefile")
	for _, p := range []string{first, second} {
		if err := os.WriteFile(p, assets.DefaultCase, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.openOrOffer(first)
	u.openOrOffer(second)
	waitForLoad(t, u)
	drainUI() // the first load's result, if it came last
	if u.Path() != second {
		t.Fatalf("the window shows %q, want the case opened last", u.Path())
	}
	if _, err := os.Stat(filepath.Join(dir, ".first.casefile.lock")); err == nil {
		t.Error("the superseded case was locked")
	}
}

func TestManyProblemsScrollGroupedByItemAndCopyAsText(t *testing.T) {
	test.NewTempApp(t)
	c := casefile.Synthetic(40, 1)
	for i := range 28 { // 14 statements with two problems each
		st := &c.Statements[i/2]
		if i%2 == 0 {
			st.Speaker = "nobody"
		} else {
			st.Quote = ""
		}
	}
	path := filepath.Join(t.TempDir(), "broken.casefile")
	var buf bytes.Buffer
	if err := casefile.Encode(&buf, c); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, loadErr := casefile.Load(path)
	var ps casefile.Problems
	if !errors.As(loadErr, &ps) || len(ps) < 28 {
		t.Fatalf("the broken file loads with %v, want 28 problems", loadErr)
	}
	u := NewUI(fyne.CurrentApp(), "test")
	u.win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.openOrOffer(path)
	waitForLoad(t, u)
	p := u.problems
	if p == nil {
		t.Fatalf("no problems dialog; showing %q", u.message)
	}
	if win, sz := u.win.Canvas().Size(), p.d.MinSize(); sz.Height > win.Height || sz.Width > win.Width {
		t.Errorf("the problems dialog needs %v in a %v window", sz, win)
	}
	if len(find(u.win.Canvas().Overlays().Top(), func(*container.Scroll) bool { return true })) == 0 {
		t.Error("the problems do not scroll")
	}
	// One heading per statement, naming its two problems.
	groups := groupProblems(ps)
	if len(groups) != 14 {
		t.Errorf("%d groups, want one for each of the 14 broken statements", len(groups))
	}
	test.Tap(buttonIn(t, u.win.Canvas().Overlays().Top(), "Copy as text"))
	copied := u.app.Clipboard().Content()
	for _, pr := range ps {
		if !strings.Contains(copied, pr.Message) {
			t.Fatalf("the copied text lacks %q", pr.Message)
		}
	}
	if u.Case() != nil {
		t.Error("a case with problems was opened")
	}
}

func TestTruncateKeepsShortTextAndCutsLongAtARune(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"  Albania  ", 10, "Albania"},
		{"Shqipëri", 8, "Shqipëri"},
		{"Shqipërië", 8, "Shqipër …"},
		{"ایران ایران", 6, "ایران …"},
	} {
		if got := truncate(tc.in, tc.n); got != tc.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}
