package app

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// newTestUI opens a copy of the default case in a fresh test app.
func newTestUI(t *testing.T) (*UI, string) {
	t.Helper()
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "albania.casefile")
	if err := os.WriteFile(path, assets.DefaultCase, 0o644); err != nil {
		t.Fatal(err)
	}
	u := NewUI(fyne.CurrentApp(), "test")
	t.Cleanup(func() { u.closeCase() })
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

// waitFor polls until cond holds or three seconds pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after 3 s, still not %s", what)
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
