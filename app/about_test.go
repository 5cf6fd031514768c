package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The About box shows the version main gives Run, FyneApp.toml's.
func TestAboutShowsTheVersion(t *testing.T) {
	test.NewTempApp(t)
	u := NewUI(fyne.CurrentApp(), "9.8.7")
	t.Cleanup(func() { u.closeCase(); drainUI() })
	u.about()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("About Casefile showed nothing")
	}
	if got := find(top, func(l *widget.Label) bool { return strings.HasPrefix(l.Text, "Casefile 9.8.7\n") }); len(got) != 1 {
		t.Errorf("the About box has no line \"Casefile 9.8.7\"")
	}
}
