package app

import (
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

func init() {
	// Times on screen are local; goldens need one zone.
	time.Local = time.UTC
	runOnUI = uiLoop.post
}

// uiQueue stands in for the desktop driver's event loop: goroutines post
// work for the UI, and the test goroutine runs it (drainUI), so widgets
// are only ever touched from one goroutine, as in the real application.
type uiQueue struct {
	mu  sync.Mutex
	fns []func()
}

var uiLoop uiQueue

func (q *uiQueue) post(fn func()) {
	q.mu.Lock()
	q.fns = append(q.fns, fn)
	q.mu.Unlock()
}

// drainUI runs the work goroutines have posted for the UI, including
// whatever that work posts in turn.
func drainUI() {
	for {
		uiLoop.mu.Lock()
		fns := uiLoop.fns
		uiLoop.fns = nil
		uiLoop.mu.Unlock()
		if len(fns) == 0 {
			return
		}
		for _, fn := range fns {
			fn()
		}
	}
}

// newTestUI opens a copy of the default case in a fresh test app.
func newTestUI(t *testing.T) (*UI, string) {
	t.Helper()
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "albania.casefile")
	if err := os.WriteFile(path, assets.DefaultCase, 0o644); err != nil {
		t.Fatal(err)
	}
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() {
		u.closeCase()
		drainUI() // while this test's app is still the current one
	})
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	return u, path
}

// capture writes the window as a PNG for looking at by eye.
func capture(t *testing.T, u *UI, name string) {
	t.Helper()
	if os.Getenv("CASEFILE_CAPTURE") == "" {
		return
	}
	f, err := os.Create(filepath.Join(os.Getenv("CASEFILE_CAPTURE"), name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, u.win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// waitFor polls until cond holds or ten seconds pass (generous, for
// loaded machines and the race detector; it returns as soon as cond holds).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	waitForWithin(t, 10*time.Second, what, cond)
}

func waitForWithin(t *testing.T, limit time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for drainUI(); !cond(); drainUI() {
		if time.Now().After(deadline) {
			t.Fatalf("after %v, still not %s", limit, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// loadFile reads the case as it is on disk.
func loadFile(t *testing.T, path string) *casefile.Case {
	t.Helper()
	c, err := casefile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// triggerShortcut runs the menu item bound to a shortcut, as the desktop
// driver does for a key press.
func triggerShortcut(t *testing.T, u *UI, sc fyne.Shortcut) {
	t.Helper()
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() {
				it.Action()
				return
			}
		}
	}
	t.Fatalf("no menu item for shortcut %s", sc.ShortcutName())
}

// typeShortcut sends a shortcut to the window's canvas, as the desktop
// driver does for a key press that no menu item and no focused widget
// takes. The test canvas keeps its shortcut handler on the software
// canvas it wraps.
func typeShortcut(t *testing.T, u *UI, sc fyne.Shortcut) {
	t.Helper()
	c := any(u.win.Canvas())
	if _, ok := c.(fyne.Shortcutable); !ok {
		if v := reflect.ValueOf(c); v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
			if f := v.Elem().FieldByName("WindowlessCanvas"); f.IsValid() && f.CanInterface() {
				c = f.Interface()
			}
		}
	}
	s, ok := c.(fyne.Shortcutable)
	if !ok {
		t.Fatalf("the test canvas %T takes no shortcuts", u.win.Canvas())
	}
	s.TypedShortcut(sc)
}

// eachObject calls visit on root and everything under it, containers and
// widgets' rendered objects alike; hidden objects and what they hold are
// passed over unless hidden is true.
func eachObject(root fyne.CanvasObject, hidden bool, visit func(fyne.CanvasObject)) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !hidden && !o.Visible() {
			return
		}
		visit(o)
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(root)
}

// find returns the visible objects under root that match.
func find[T fyne.CanvasObject](root fyne.CanvasObject, match func(T) bool) []T {
	var out []T
	eachObject(root, false, func(o fyne.CanvasObject) {
		if x, ok := o.(T); ok && match(x) {
			out = append(out, x)
		}
	})
	return out
}

// buttonIn returns the one visible button with the label under root.
func buttonIn(t *testing.T, root fyne.CanvasObject, label string) *widget.Button {
	t.Helper()
	bs := find(root, func(b *widget.Button) bool { return b.Text == label })
	if len(bs) != 1 {
		t.Fatalf("found %d buttons %q, want 1", len(bs), label)
	}
	return bs[0]
}

// linkIn returns the one visible link with the text under root.
func linkIn(t *testing.T, root fyne.CanvasObject, text string) *widget.Hyperlink {
	t.Helper()
	ls := find(root, func(h *widget.Hyperlink) bool { return h.Text == text })
	if len(ls) != 1 {
		t.Fatalf("found %d links %q, want 1", len(ls), text)
	}
	return ls[0]
}

// statementID finds a statement of the case by title.
func statementID(t *testing.T, c *casefile.Case, title string) string {
	t.Helper()
	for _, s := range c.Statements {
		if s.Title == title {
			return s.ID
		}
	}
	t.Fatalf("no statement %q", title)
	return ""
}

func actorID(t *testing.T, c *casefile.Case, name string) string {
	t.Helper()
	for _, a := range c.Actors {
		if a.Name == name {
			return a.ID
		}
	}
	t.Fatalf("no actor %q", name)
	return ""
}

// confirmDialog presses the confirm button of the dialog showing.
func confirmDialog(t *testing.T, u *UI) {
	t.Helper()
	d, ok := u.dialog.(*dialog.ConfirmDialog)
	if !ok {
		t.Fatalf("showing %T, want a confirmation", u.dialog)
	}
	d.Confirm()
}

type (
	widgetLabel    = widget.Label
	widgetRichText = widget.RichText
)

// tapLink taps a link on its text, where a hyperlink takes taps.
func tapLink(h *widget.Hyperlink) {
	s := h.MinSize()
	test.TapAt(h, fyne.NewPos(s.Width/2, s.Height/2))
}
