package app

import (
	"errors"

	"github.com/casefile/casefile/casefile"
)

// errReadOnly refuses an edit to a case opened read-only.
var errReadOnly = errors.New("this case is open read-only; use File ▸ Save as… to keep an editable copy")

// maxUndo bounds the undo history: each step is a full snapshot.
const maxUndo = 100

// document is the open case: the model, where it lives, whether this
// window may write it, and its undo history.
type document struct {
	c        *casefile.Case
	path     string
	readOnly string // why the case is read-only, or "" when editable
	lock     *casefile.Lock

	index *casefile.Index // search index, built lazily; nil after an edit

	undo, redo []*casefile.Case
	lastEdit   string // key of the last coalescing edit, "" after any other
}

// searchIndex returns the index of the case as it is now.
func (d *document) searchIndex() *casefile.Index {
	if d.index == nil {
		d.index = casefile.NewIndex(d.c)
	}
	return d.index
}

// apply runs an edit on the case, keeping a snapshot for undo. Edits with
// the same non-empty key in a row (typing in one note) share one snapshot.
// A failed edit leaves the case and history as they were: the casefile API
// changes nothing when it refuses.
func (d *document) apply(key string, edit func(c *casefile.Case) error) error {
	if d.readOnly != "" {
		return errReadOnly
	}
	coalesce := key != "" && key == d.lastEdit
	var snap *casefile.Case
	if !coalesce {
		snap = d.c.Clone()
	}
	if err := edit(d.c); err != nil {
		return err
	}
	if !coalesce {
		d.undo = append(d.undo, snap)
		if len(d.undo) > maxUndo {
			d.undo = d.undo[1:]
		}
	}
	d.redo = nil
	d.lastEdit = key
	d.index = nil
	return nil
}

// undoEdit restores the case before the last edit; false when there is none.
func (d *document) undoEdit() bool {
	if d.readOnly != "" || len(d.undo) == 0 {
		return false
	}
	d.redo = append(d.redo, d.c)
	d.c = d.undo[len(d.undo)-1]
	d.undo = d.undo[:len(d.undo)-1]
	d.lastEdit, d.index = "", nil
	return true
}

// redoEdit reapplies the last undone edit; false when there is none.
func (d *document) redoEdit() bool {
	if d.readOnly != "" || len(d.redo) == 0 {
		return false
	}
	d.undo = append(d.undo, d.c)
	d.c = d.redo[len(d.redo)-1]
	d.redo = d.redo[:len(d.redo)-1]
	d.lastEdit, d.index = "", nil
	return true
}
