package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/merge"
)

// editConflict resolves conflict i by editing: it opens the item's form
// (the case details form for the case's own fields) with the conflict's
// field holding value, and saving the form resolves the conflict, in the
// same edit. A note's body is set to value at once, resolving the
// conflict, and the note opens in its editor. What has no form is edited
// as text (or JSON) in a dialog of its own.
func (u *UI) editConflict(i int, value json.RawMessage) {
	x := u.doc.c.Conflicts[i]
	if x.Field == "" && len(value) == 0 {
		u.showError("Nothing to edit", errors.New("that version does not have the item; use its Keep button to delete it"))
		return
	}
	text, isText := jsonText(value)
	if x.Kind == "notes" && x.Field == "body" && isText {
		err := u.edit(func(c *casefile.Case) error { return merge.Resolve(c, i, value) })
		if err != nil {
			u.showError("Not resolved", boundedError(err))
			return
		}
		u.resolvedStatus("The note holds the text chosen; edit it here")
		u.OpenNote(x.ID)
		return
	}
	before := u.form
	if x.Kind == casefile.CaseKind {
		if isText && slices.Contains([]string{"title", "summary", "analyst"}, x.Field) {
			u.editCaseDetails()
			if f := u.form; f != nil && f != before {
				if p := f.Pages[x.Field]; p != nil {
					p.open(text, 0, true)
				}
				u.resolveOnSave(f, x)
				return
			}
		}
		u.editVersion(x, value)
		return
	}
	item, ok, err := merge.Item(u.doc.c, x, value)
	if err != nil {
		u.showError("Cannot edit that version", boundedError(err))
		return
	}
	if ok {
		switch v := item.(type) {
		case casefile.Statement:
			u.editStatement(v)
		case casefile.Actor:
			u.editActor(v)
		case casefile.Relation:
			u.editRelation(v)
		case casefile.Event:
			u.editEvent(v)
		case casefile.Source:
			u.editSource(v)
		}
		if f := u.form; f != nil && f != before {
			u.resolveOnSave(f, x)
			return
		}
	}
	u.editVersion(x, value)
}

// resolveOnSave makes the form's Save resolve the conflict too: once the
// form's edit is made, the conflict goes, in the same undoable edit (the
// snapshot it took holds the conflict).
func (u *UI) resolveOnSave(f *itemForm, x casefile.Conflict) {
	save := f.save
	f.save = func() error {
		gen := u.doc.gen
		if err := save(); err != nil {
			return err
		}
		if u.doc.gen != gen {
			u.dropConflict(x)
		}
		return nil
	}
}

// dropConflict removes the conflict on x's item and field from the case,
// making a new list so that the undo snapshots keep theirs.
func (u *UI) dropConflict(x casefile.Conflict) {
	c := u.doc.c
	rest := slices.DeleteFunc(slices.Clone(c.Conflicts), func(y casefile.Conflict) bool {
		return y.Kind == x.Kind && y.ID == x.ID && y.Field == x.Field
	})
	if len(rest) == 0 {
		rest = nil
	}
	c.Conflicts = rest
	u.refreshAll()
	u.resolvedStatus("Saved the edit, which resolves the conflict")
}

// editVersion edits a version of what has no form as text: the text
// itself, or the JSON of any other value, in a dialog whose Save resolves
// the conflict with it.
func (u *UI) editVersion(x casefile.Conflict, value json.RawMessage) {
	text, isText := jsonText(value)
	if !isText {
		var b bytes.Buffer
		if json.Indent(&b, value, "", "  ") == nil {
			text = b.String()
		} else {
			text = string(value)
		}
	}
	p := newPagedEditor(u, "the version", true)
	p.editor.SetMinRowsVisible(8)
	p.open(text, 0, true)
	what := "the case's " + x.Field
	if x.Kind != casefile.CaseKind {
		what = u.conflicts.labelOf(u.conflicts.indexOf(casefile.Conflict{Kind: x.Kind, ID: x.ID, Field: x.Field}))
		if x.Field != "" {
			what += ": " + x.Field
		}
	}
	hint := "Edit the text; Save resolves the conflict with it."
	if !isText {
		hint = "Edit the JSON; Save resolves the conflict with it."
	}
	body := container.NewVBox(wrapped(bounded(what)), mutedWrap(hint), p.view)
	d := dialog.NewCustomConfirm("Edit version", "Save", "Cancel", body, func(ok bool) {
		if !ok {
			return
		}
		v, err := versionValue(p.text(), isText)
		if err == nil {
			i := u.conflicts.indexOf(casefile.Conflict{Kind: x.Kind, ID: x.ID, Field: x.Field})
			err = u.edit(func(c *casefile.Case) error { return merge.Resolve(c, i, v) })
		}
		if err != nil {
			u.showError("Not resolved", boundedError(err))
			return
		}
		u.resolvedStatus("Saved the version edited")
	}, u.win)
	d.Resize(fyne.NewSize(formWidth, 480))
	u.dialog = d
	u.conflicts.versionEditor = p
	u.present(d, d.Dismiss)
}

// versionValue is the JSON of a version edited as text or as JSON.
func versionValue(s string, isText bool) (json.RawMessage, error) {
	if isText {
		return json.Marshal(s)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	if !json.Valid([]byte(s)) {
		return nil, errors.New("that is not valid JSON; correct it, or Cancel")
	}
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(s)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// jsonText is the text a JSON value is, when it is one.
func jsonText(v json.RawMessage) (string, bool) {
	var s string
	if len(v) == 0 || v[0] != '"' || json.Unmarshal(v, &s) != nil {
		return "", false
	}
	return s, true
}
