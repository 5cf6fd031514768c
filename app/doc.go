// Package app is Casefile's Fyne GUI: one window on one case file, with a
// screen per part of the case (overview, actors, statements, background,
// sources, notes), a search across all of them, forms for editing, notes
// in Markdown, undo, autosave and the briefing export.
//
// The case model lives in package casefile; this package only presents it
// and routes edits through its API. Work off the UI thread (saving,
// exporting) reaches widgets only through fyne.Do (runOnUI).
package app

// Read the locale as Fyne can before Fyne's language package starts.
import _ "github.com/casefile/casefile/app/internal/locale"
