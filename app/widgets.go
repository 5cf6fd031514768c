package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// maxShownName is the most of a title, name, role, alias, address or
// citation, in bytes, that a heading, link, muted line or field row is
// given: a few lines say what it is, and a megabyte would freeze the
// label (pageSize). The edit form holds and pages the whole text.
const maxShownName = 400

// bounded is s as a heading, link or field row shows it: at most
// maxShownName bytes, cut at the start of a rune and marked when cut. It
// reads no more of s than it keeps.
func bounded(s string) string { return clip(s, maxShownName) }

// heading is a screen's or item's title.
func heading(s string) *widget.Label {
	l := widget.NewLabel(bounded(s))
	l.SizeName = theme.SizeNameHeadingText
	l.TextStyle.Bold = true
	l.Wrapping = fyne.TextWrapWord
	return l
}

// subheading starts a section of a detail view.
func subheading(s string) *widget.Label {
	l := widget.NewLabel(bounded(s))
	l.SizeName = theme.SizeNameSubHeadingText
	l.TextStyle.Bold = true
	return l
}

// para is wrapped body text.
func para(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	l.Selectable = true
	return l
}

// muted is secondary text on one line: dates, kinds, counts, in the
// theme's grey for it (casefileTheme).
func muted(s string) *widget.Label {
	l := widget.NewLabel(bounded(s))
	l.Importance = widget.LowImportance
	return l
}

// mutedWrap is secondary text that may run to several lines.
func mutedWrap(s string) *widget.Label {
	l := muted(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// fieldRows lays out "label  value" pairs, skipping empty values, each
// value bounded.
func fieldRows(pairs ...string) fyne.CanvasObject {
	form := widget.NewForm()
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			continue
		}
		form.Append(pairs[i], para(bounded(pairs[i+1])))
	}
	return form
}

// link is a button styled as a link that opens another item, on one line.
func link(label string, open func()) *widget.Hyperlink {
	h := widget.NewHyperlink(bounded(label), nil)
	h.OnTapped = open
	return h
}

// linkWrap is a link that wraps, for the stretching part of a row.
func linkWrap(label string, open func()) *widget.Hyperlink {
	h := link(label, open)
	h.Wrapping = fyne.TextWrapWord
	return h
}

// markdown renders a note's Markdown.
func markdown(s string) *widget.RichText {
	rt := widget.NewRichTextFromMarkdown(s)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// quotation typesets a verbatim quote as a block quotation. The text is
// not parsed as Markdown: every character is shown as the source has it.
// The first part of a longer quote ends in "…" instead of a closing mark.
func quotation(q string, cut bool) *widget.RichText {
	end := "”"
	if cut {
		end = " …"
	}
	seg := &widget.TextSegment{Text: "“" + q + end, Style: widget.RichTextStyleBlockquote}
	seg.Style.TextStyle.Italic = true
	rt := widget.NewRichText(seg)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// detailPane is the scrolling right-hand side of a list screen, rebuilt
// for each selected item.
type detailPane struct {
	box    *fyne.Container
	scroll *container.Scroll
}

func newDetailPane(placeholder string) *detailPane {
	d := &detailPane{box: container.NewVBox()}
	d.scroll = container.NewVScroll(container.NewPadded(d.box))
	d.show(mutedWrap(placeholder))
	return d
}

func (d *detailPane) show(objs ...fyne.CanvasObject) {
	d.box.Objects = objs
	d.box.Refresh()
	// Wrapped text knows its height only once it has its width: lay out
	// again so nothing overlaps.
	d.scroll.Refresh()
	d.scroll.ScrollToTop()
}

// maxNotesShown is how many notes a detail view typesets.
const maxNotesShown = 10

// notesSection lists the notes on an item, rendered, with a button to add one.
func (u *UI) notesSection(t casefile.Target) []fyne.CanvasObject {
	notes := u.doc.c.NotesOn(t)
	objs := []fyne.CanvasObject{widget.NewSeparator(), subheading("Notes")}
	if len(notes) == 0 {
		objs = append(objs, mutedWrap("No notes yet. Press Ctrl+N to add one."))
	}
	// Newest first, and only so many: each is typeset Markdown.
	slices.Reverse(notes)
	if len(notes) > maxNotesShown {
		objs = append(objs, mutedWrap(fmt.Sprintf("The %d newest of %d notes; the Notes screen has them all.", maxNotesShown, len(notes))))
		notes = notes[:maxNotesShown]
	}
	for _, n := range notes {
		id := n.ID
		objs = append(objs, u.longText("Note", n.Body, markdownText),
			container.NewHBox(markedLabel(portionBadge(u.doc.c.NoteMarking(n)), muted(noteStamp(n))),
				link("Edit note", func() { u.OpenNote(id) })))
	}
	return objs
}

func noteStamp(n casefile.Note) string {
	s := "Modified " + n.Modified.Local().Format("2 Jan 2006 15:04")
	if n.Author != "" {
		s = n.Author + " · " + s
	}
	return s
}

// toolbar is a row of buttons above a list or detail.
func toolbar(objs ...fyne.CanvasObject) *fyne.Container {
	return container.NewHBox(objs...)
}

func button(label string, icon fyne.Resource, tapped func()) *widget.Button {
	return widget.NewButtonWithIcon(label, icon, tapped)
}

// selectRow selects and scrolls to the row of list whose item has the given
// id (idAt gives each row's id) and reports whether any row has it.
func selectRow(list *widget.List, rows int, idAt func(row int) string, id string) bool {
	if id == "" {
		return false
	}
	for row := range rows {
		if idAt(row) == id {
			list.Select(row)
			list.ScrollTo(row)
			return true
		}
	}
	return false
}
