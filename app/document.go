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

	gen      int             // counts changes to the case
	index    *casefile.Index // search index, possibly of an older generation
	indexGen int             // the generation index was built from
	indexing bool            // an index is being built off the UI thread

	undo, redo []*casefile.Case
	lastEdit   string // key of the last coalescing edit, "" after any other
}

// trackLock makes the lock follow the file a save has just written, which
// is a new file each time, so that a hard link made to it is refused too.
// It may run on the saver's goroutine: the lock is released only after
// the saver has stopped.
func (d *document) trackLock() error {
	if d.lock == nil {
		return nil
	}
	return d.lock.Track(d.path)
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
	d.gen++
	return nil
}

// undoEdit restores the case before the last edit; false when there is none.
func (d *document) undoEdit() bool {
	if d.readOnly != "" || len(d.undo) == 0 {
		return false
	}
	d.step(&d.undo, &d.redo)
	return true
}

// step makes the newest case on from the current one, keeping the current
// one on to: the common half of undo and redo.
func (d *document) step(from, to *[]*casefile.Case) {
	*to = append(*to, d.c)
	d.c = (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	d.lastEdit = ""
	d.gen++
}

// redoEdit reapplies the last undone edit; false when there is none.
func (d *document) redoEdit() bool {
	if d.readOnly != "" || len(d.redo) == 0 {
		return false
	}
	d.step(&d.redo, &d.undo)
	return true
}
