package app

import (
	"slices"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

// recordExport adds the record of an export to the case's exports log and
// saves it, so that `casefile verify` can tell the file later. It is not
// an edit to undo: the log says what left the desk, and undoing an edit
// made before the export must not take its record away, so every undo
// and redo snapshot gets it too.
func (u *UI) recordExport(r casefile.ExportRecord) {
	d := u.doc
	if d == nil || d.readOnly != "" {
		return
	}
	add := func(c *casefile.Case) { c.Exports = append(slices.Clip(c.Exports), r) }
	add(d.c)
	for _, s := range d.undo {
		add(s)
	}
	for _, s := range d.redo {
		add(s)
	}
	d.gen++
	u.scheduleSave(autosaveDelay)
}

// exportRecord is the record of an export of snap just written to path,
// or ok false when the file cannot be read back (the export stands; only
// its record is missing).
func exportRecord(path string, format export.Format, snap *casefile.Case, opt export.Options) (casefile.ExportRecord, bool) {
	r, err := export.Record(path, format, snap, opt)
	return r, err == nil
}
