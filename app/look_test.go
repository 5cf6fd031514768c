package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

func TestLook(t *testing.T) {
	u, _ := newTestUI(t)
	fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
	capture(t, u, "overview")
	u.tabs.Select(u.tabStatements)
	u.statements.list.Select(3)
	capture(t, u, "statements")
	u.tabs.Select(u.tabActors)
	u.actors.list.Select(1)
	capture(t, u, "actors")
	u.tabs.Select(u.tabBackground)
	u.background.list.Select(2)
	capture(t, u, "background")
	u.tabs.Select(u.tabNotes)
	u.notes.list.Select(0)
	capture(t, u, "notes")
	u.search.entry.SetText("rama iran")
	capture(t, u, "search")
}
