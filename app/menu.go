package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/casefile/casefile/casefile"
)

func shortcut(key fyne.KeyName, mod fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: mod}
}

const (
	ctrl      = fyne.KeyModifierShortcutDefault
	ctrlShift = fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift
)

// mainMenu builds the menus; the drivers dispatch their shortcuts even
// while a text field has the focus.
func (u *UI) mainMenu() *fyne.MainMenu {
	made := map[*fyne.MenuItem]bool{}
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		m := fyne.NewMenuItem(label, action)
		m.Shortcut = sc
		made[m] = true
		return m
	}
	recent := fyne.NewMenuItem("Open recent", nil)
	var recentItems []*fyne.MenuItem
	for _, p := range u.Recent() {
		path := p
		recentItems = append(recentItems, fyne.NewMenuItem(filepath.Base(path)+" — "+filepath.Dir(path), func() { u.openOrOffer(path) }))
	}
	if len(recentItems) == 0 {
		none := fyne.NewMenuItem("No recent cases", nil)
		none.Disabled = true
		recentItems = append(recentItems, none)
	}
	recent.ChildMenu = fyne.NewMenu("", recentItems...)

	// Encryption: Encrypt acts on a case not encrypted, the other two on
	// an encrypted one; all three need it open for editing.
	encrypt := fyne.NewMenuItem("Encrypt with a passphrase…", u.ShowEncrypt)
	changePassphrase := fyne.NewMenuItem("Change passphrase…", u.ShowChangePassphrase)
	removeEncryption := fyne.NewMenuItem("Remove encryption…", u.ShowRemoveEncryption)
	plain := func() bool { return !u.encrypted() }
	file := fyne.NewMenu("File",
		item("New case…", nil, u.ShowNew),
		item("Open…", shortcut(fyne.KeyO, ctrl), u.ShowOpen),
		recent,
		fyne.NewMenuItemSeparator(),
		item("Save now", shortcut(fyne.KeyS, ctrl), u.SaveNow),
		item("Save as…", shortcut(fyne.KeyS, ctrlShift), u.ShowSaveAs),
		item("Export briefing…", shortcut(fyne.KeyE, ctrl), u.ShowExport),
		item("Import STIX bundle…", nil, u.ShowImportBundle),
		item("Kept from import…", nil, func() { u.ShowKept() }),
		fyne.NewMenuItemSeparator(),
		encrypt, changePassphrase, removeEncryption,
		fyne.NewMenuItemSeparator(),
		item("Reset default case…", nil, u.ResetDefault),
		fyne.NewMenuItemSeparator(),
		item("Close window", shortcut(fyne.KeyW, ctrl), u.closeWindow),
		item("Quit", shortcut(fyne.KeyQ, ctrl), u.quit),
	)
	edit := fyne.NewMenu("Edit",
		item("Undo", &fyne.ShortcutUndo{}, u.Undo),
		item("Redo", shortcut(fyne.KeyZ, ctrlShift), u.Redo),
		fyne.NewMenuItemSeparator(),
		item("New note on selection", shortcut(fyne.KeyN, ctrl), u.NewNote),
		item("Find", shortcut(fyne.KeyF, ctrl), u.FocusSearch),
		fyne.NewMenuItemSeparator(),
		item("New actor…", nil, func() { u.editActor(casefile.Actor{Kind: casefile.KindPerson}) }),
		item("New statement…", nil, func() { u.editStatement(casefile.Statement{}) }),
		item("New event…", nil, func() { u.editEvent(casefile.Event{}) }),
		item("New source…", nil, func() { u.editSource(casefile.Source{}) }),
		item("Import source…", nil, func() { u.askImport("") }),
		item("Paste source…", nil, func() { u.showPaste("") }),
		u.sources.findQuotesItem(),
		item("New relation…", nil, func() { u.editRelation(casefile.Relation{}) }),
		item("Case details…", nil, u.editCaseDetails),
	)
	help := fyne.NewMenu("Help", item("About Casefile", nil, u.about))
	u.caseItems = append(needsOfItems(file, edit, made),
		menuNeed{encrypt, true, plain},
		menuNeed{changePassphrase, true, u.encrypted},
		menuNeed{removeEncryption, true, u.encrypted})
	u.enableMenu()
	return fyne.NewMainMenu(file, edit, help)
}

// menuNeed is a menu item that cannot act without a case open, or
// without one open for editing, or, when when is set, unless it holds.
type menuNeed struct {
	item     *fyne.MenuItem
	editable bool
	when     func() bool
}

// needsOfItems lists the items that need a case: saving and exporting,
// and every item of the Edit menu made here (an item made elsewhere, such
// as Find quotes, keeps its own state). Undo and Redo act on the typing in
// a text field too, and Save as and Find read, so those need a case open,
// the others one open for editing.
func needsOfItems(file, edit *fyne.Menu, made map[*fyne.MenuItem]bool) []menuNeed {
	reads := map[string]bool{"Undo": true, "Redo": true, "Find": true, "Save as…": true, "Export briefing…": true, "Kept from import…": true}
	var needs []menuNeed
	for _, it := range file.Items {
		if it.Label == "Save now" || reads[it.Label] {
			needs = append(needs, menuNeed{it, !reads[it.Label], nil})
		}
	}
	for _, it := range edit.Items {
		if made[it] && !it.IsSeparator {
			needs = append(needs, menuNeed{it, !reads[it.Label], nil})
		}
	}
	return needs
}

// enableMenu disables the items that cannot act on the case open, or
// with none open, and reports whether any item changed.
func (u *UI) enableMenu() bool {
	changed := false
	for _, n := range u.caseItems {
		off := u.doc == nil || n.editable && u.doc.readOnly != "" || n.when != nil && !n.when()
		if n.item.Disabled != off {
			n.item.Disabled = off
			changed = true
		}
	}
	return changed
}

// updateMenu shows the items enabled as the case open allows, after it
// opens or closes.
func (u *UI) updateMenu() {
	if m := u.win.MainMenu(); m != nil && u.enableMenu() {
		m.Refresh()
	}
	if u.sources != nil {
		u.sources.updateMenu() // Find quotes needs a source with text, not only a case
	}
}

// addShortcuts registers the menu shortcuts on the canvas too, for when no
// text field has the focus and for drivers without a native menu.
func (u *UI) addShortcuts() {
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut == nil || it.Action == nil {
				continue
			}
			if _, native := it.Shortcut.(*desktop.CustomShortcut); !native {
				continue
			}
			action := it.Action
			u.win.Canvas().AddShortcut(it.Shortcut, func(fyne.Shortcut) { action() })
		}
	}
	// Ctrl+Y redoes too, as on Windows; a text field with the focus takes
	// it for its own typing.
	u.win.Canvas().AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { u.Redo() })
}

// FocusSearch puts the cursor in the search field (Ctrl+F).
func (u *UI) FocusSearch() {
	u.win.Canvas().Focus(u.search.entry)
}

// quit saves and ends the app.
func (u *UI) quit() {
	if u.closeCaseThen(u.app.Quit) {
		u.app.Quit()
	}
}
