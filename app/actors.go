package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// allKinds is the kind filter's "no filter" choice.
const allKinds = "All kinds"

// actorsScreen lists the actors, filterable by kind, and shows one with
// its relations, statements and notes.
type actorsScreen struct {
	u       *UI
	content fyne.CanvasObject
	kind    *widget.Select
	list    *widget.List
	detail  *detailPane

	shown    []int // indexes into Case.Actors passing the filter, by kind then name order
	selected string
}

func newActorsScreen(u *UI) *actorsScreen {
	a := &actorsScreen{u: u, detail: newDetailPane("Select an actor to see who they are, how they relate to others and what they said.")}
	kinds := []string{allKinds}
	for _, k := range casefile.ActorKinds {
		kinds = append(kinds, string(k))
	}
	a.kind = widget.NewSelect(kinds, func(string) { a.refresh() })
	a.kind.Selected = allKinds
	a.list = widget.NewList(
		func() int { return len(a.shown) },
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(a.shown) {
				c := a.u.doc.c
				ac, r := &c.Actors[a.shown[id]], o.(*twoLineRow)
				r.set(ac.Name, joinDot(string(ac.Kind), ac.Role))
				r.setMarking(c.EffectiveMarking(ac.Marking))
			}
		},
	)
	a.list.OnSelected = func(id widget.ListItemID) { a.show(a.u.doc.c.Actors[a.shown[id]].ID) }
	add := button("New actor", theme.ContentAddIcon(), func() { u.editActor(casefile.Actor{Kind: casefile.KindPerson}) })
	rel := button("New relation", theme.ContentAddIcon(), func() { u.editRelation(casefile.Relation{From: a.selected}) })
	left := container.NewBorder(container.NewVBox(toolbar(add, rel), a.kind), nil, nil, nil, a.list)
	split := container.NewHSplit(left, a.detail.scroll)
	split.Offset = 0.32
	a.content = split
	return a
}

func (a *actorsScreen) refresh() {
	if a.u.doc == nil {
		return
	}
	c := a.u.doc.c
	a.shown = a.shown[:0]
	for _, k := range casefile.ActorKinds {
		if a.kind.Selected != allKinds && string(k) != a.kind.Selected {
			continue
		}
		for i := range c.Actors {
			if c.Actors[i].Kind == k {
				a.shown = append(a.shown, i)
			}
		}
	}
	a.list.UnselectAll()
	a.list.Refresh()
	if _, ok := c.Actor(a.selected); ok && a.selectID(a.selected) {
		return
	}
	a.selected = ""
	a.detail.show(mutedWrap("Select an actor to see who they are, how they relate to others and what they said."))
}

func (a *actorsScreen) selectID(id string) bool {
	return selectRow(a.list, len(a.shown), func(row int) string { return a.u.doc.c.Actors[a.shown[row]].ID }, id)
}

// ShowActor switches to the actors screen and opens one, clearing a kind
// filter that hides it.
func (u *UI) ShowActor(id string) {
	u.tabs.Select(u.tabActors)
	if !u.actors.selectID(id) {
		u.actors.kind.SetSelected(allKinds)
		u.actors.selectID(id)
	}
}

func (a *actorsScreen) show(id string) {
	u := a.u
	c := u.doc.c
	ac, ok := c.Actor(id)
	if !ok {
		return
	}
	a.selected = id
	objs := []fyne.CanvasObject{markedHeading(ac.Name, c.EffectiveMarking(ac.Marking)), muted(joinDot(string(ac.Kind), ac.Role))}
	if ac.Affiliation != "" {
		aff := ac.Affiliation
		objs = append(objs, container.NewHBox(muted("Affiliated with"), link(c.ActorName(aff), func() { u.ShowActor(aff) })))
	}
	if ac.Description != "" {
		objs = append(objs, u.longText(ac.Name, ac.Description, plainText))
	}
	objs = append(objs, fieldRows("Also known as", joinComma(ac.OtherNames()), "Sources", u.citations(ac.Sources)))
	objs = append(objs, u.itemButtons(func() { u.editActor(ac) }, func() { u.deleteActor(ac) },
		casefile.Target{Kind: casefile.OnActor, ID: id}))

	objs = append(objs, widget.NewSeparator(), subheading("Relations"))
	rels := c.RelationsOf(id)
	if len(rels) == 0 {
		objs = append(objs, muted("No relations recorded."))
	}
	for _, r := range rels {
		objs = append(objs, u.relationRow(id, r))
	}

	objs = append(objs, widget.NewSeparator(), subheading("Statements"))
	said := c.StatementsBy(id)
	if len(said) == 0 {
		objs = append(objs, muted("No statements recorded."))
	}
	const maxListed = 50
	for i, s := range said {
		if i == maxListed {
			objs = append(objs, muted(fmt.Sprintf("and %d more; search for the name to see them all", len(said)-maxListed)))
			break
		}
		sid := s.ID
		when := markedLabel(portionBadge(c.StatementMarking(s)), muted(listDate(c, s.Date, s.Dates)))
		objs = append(objs, container.NewBorder(nil, nil, when, nil, linkWrap(s.Title, func() { u.ShowStatement(sid) })))
	}
	objs = append(objs, u.notesSection(casefile.Target{Kind: casefile.OnActor, ID: id})...)
	a.detail.show(objs...)
}

// relationRow reads a relation from the shown actor's side, the other
// actor clickable, with edit and delete: "accuses  Iran" for one the
// actor holds, and "White House  part of United States" for one held
// towards it, which reads as a sentence without an arrow the font lacks.
func (u *UI) relationRow(self string, r casefile.Relation) fyne.CanvasObject {
	c := u.doc.c
	when := r.Period()
	if r.Inferred {
		when = joinDot(when, "inferred")
	}
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { u.editRelation(r) })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { u.deleteRelation(r) })
	if u.doc.readOnly != "" {
		edit.Disable()
		del.Disable()
	}
	badge := portionBadge(c.RelationMarking(r))
	right := container.NewHBox(muted(when), edit, del)
	if r.To == self && r.From != self {
		from := r.From
		who := link(c.ActorName(from), func() { u.ShowActor(from) })
		how := mutedWrap(bounded(string(r.Type)) + " " + bounded(c.ActorName(self)))
		return container.NewBorder(nil, nil, container.New(badgeBefore{line: textLine()}, badge, who), right, how)
	}
	how := markedLabel(badge, muted(string(r.Type)))
	return container.NewBorder(nil, nil, how, right,
		linkWrap(c.ActorName(r.To), func() { u.ShowActor(r.To) }))
}

// textLine is the height of a line of body text in a label.
func textLine() float32 {
	return fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.InnerPadding()
}

// citations lists the sources an item cites, by title.
func (u *UI) citations(cs []casefile.Citation) string {
	return casefile.CitationsText(cs, u.doc.c.SourceTitle)
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}
