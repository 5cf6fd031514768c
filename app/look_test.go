package app

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestLook renders the main screens to PNG files in $CASEFILE_CAPTURE, for
// looking at by eye; without it the test only drives the screens.
func TestLook(t *testing.T) {
	u, _ := newTestUI(t)
	fyne.CurrentApp().Settings().SetTheme(forcedVariant{theme.DefaultTheme(), theme.VariantLight})
	capture(t, u, "overview")
	u.tabs.Select(u.tabStatements)
	u.statements.list.Select(3)
	capture(t, u, "statements")
	u.tabs.Select(u.tabActors)
	u.actors.list.Select(8)
	capture(t, u, "actors")
	u.tabs.Select(u.tabBackground)
	u.background.list.Select(2)
	capture(t, u, "background")
	u.tabs.Select(u.tabSources)
	u.sources.list.Select(0)
	capture(t, u, "sources")
	u.tabs.Select(u.tabNotes)
	u.notes.list.Select(0)
	capture(t, u, "notes")
	u.search.entry.SetText("rama iran")
	capture(t, u, "search")
	u.search.entry.SetText("")
	st := u.Case().Statements[1]
	u.editStatement(st)
	u.form.Entries["quote"].SetText("")
	u.form.Submit()
	capture(t, u, "form")
	u.form.close()
	u.ShowExport()
	capture(t, u, "export")
	u.dialog.Hide()
	fyne.CurrentApp().Settings().SetTheme(forcedVariant{theme.DefaultTheme(), theme.VariantDark})
	u.tabs.Select(u.tabOverview)
	capture(t, u, "overview-dark")
}

// forcedVariant shows the default theme in one variant, as the system's
// light or dark setting would.
type forcedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t forcedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}
