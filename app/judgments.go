package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// judgmentsScreen lists the key judgments in their order of importance
// and shows one: its likelihood, confidence and basis, the flags on its
// support, and the evidence it rests on, each item saying whether it
// supports or undercuts it. Alt+Up and Alt+Down (or the buttons) move the
// selected judgment; Add evidence… links an item.
type judgmentsScreen struct {
	u        *UI
	content  fyne.CanvasObject
	list     *widget.List
	count    *widget.Label
	detail   *detailPane
	add      *widget.Button
	up, down *widget.Button
	selected string
	picker   *evidencePicker // the picker last shown, for tests
}

func newJudgmentsScreen(u *UI) *judgmentsScreen {
	j := &judgmentsScreen{u: u, count: muted(""), detail: newDetailPane("Select a key judgment, or write one with New judgment.")}
	j.list = widget.NewList(
		func() int {
			if u.doc == nil {
				return 0
			}
			return len(u.doc.c.Judgments)
		},
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { j.updateRow(id, o.(*twoLineRow)) },
	)
	j.list.OnSelected = func(id widget.ListItemID) {
		if c := u.doc.c; id < len(c.Judgments) {
			j.show(c.Judgments[id].ID)
		}
	}
	j.add = button("New judgment", theme.ContentAddIcon(), func() { u.editJudgment(casefile.Judgment{}) })
	j.up = button("Up", theme.MoveUpIcon(), func() { j.move(-1) })
	j.down = button("Down", theme.MoveDownIcon(), func() { j.move(1) })
	left := container.NewBorder(container.NewVBox(toolbar(j.add, j.up, j.down), j.count), nil, nil, nil, j.list)
	split := container.NewHSplit(left, j.detail.scroll)
	split.Offset = 0.38
	j.content = split
	for _, k := range []struct {
		key   fyne.KeyName
		delta int
	}{{fyne.KeyUp, -1}, {fyne.KeyDown, 1}} {
		delta := k.delta
		u.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: k.key, Modifier: fyne.KeyModifierAlt}, func(fyne.Shortcut) {
			if u.tabs.Selected() == u.tabJudgments {
				j.move(delta)
			}
		})
	}
	return j
}

func (j *judgmentsScreen) updateRow(row int, r *twoLineRow) {
	c := j.u.doc.c
	if row >= len(c.Judgments) {
		return
	}
	jd := c.Judgments[row]
	r.set(strconv.Itoa(row+1)+". "+firstWords(jd.Text, 24), joinDot(judgmentWords(jd), flagText(c, jd)))
	r.setMarking(c.EffectiveMarking(jd.Marking))
}

// judgmentWords are a judgment's likelihood and confidence: "likely
// (55–80%) · low confidence".
func judgmentWords(j casefile.Judgment) string {
	return joinDot(j.Likelihood.Words(), j.Confidence.Words())
}

// flagText is what is flagged about a judgment's support, or "".
func flagText(c *casefile.Case, j casefile.Judgment) string {
	var words []string
	for _, f := range c.Flags(j) {
		words = append(words, "flagged: "+string(f))
	}
	return strings.Join(words, "; ")
}

func (j *judgmentsScreen) refresh() {
	c := j.u.doc.c
	j.count.SetText(casefile.Count(len(c.Judgments), "key judgment", "key judgments") + ", the most important first; Alt+Up and Alt+Down move one")
	j.list.Refresh()
	if i := indexOfJudgment(c, j.selected); i >= 0 {
		j.list.Select(i)
		j.show(j.selected)
	} else {
		j.selected = ""
		j.list.UnselectAll()
		j.detail.show(mutedWrap("Select a key judgment, or write one with New judgment."))
	}
	j.updateButtons()
}

func (j *judgmentsScreen) updateButtons() {
	ro := j.u.doc == nil || j.u.doc.readOnly != ""
	for _, b := range []*widget.Button{j.add, j.up, j.down} {
		if ro {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if i := indexOfJudgment(j.u.doc.c, j.selected); i < 0 || ro {
		j.up.Disable()
		j.down.Disable()
	} else {
		if i == 0 {
			j.up.Disable()
		}
		if i == len(j.u.doc.c.Judgments)-1 {
			j.down.Disable()
		}
	}
}

func indexOfJudgment(c *casefile.Case, id string) int {
	for i, x := range c.Judgments {
		if x.ID == id && id != "" {
			return i
		}
	}
	return -1
}

// move moves the selected judgment up (delta -1) or down in the order.
func (j *judgmentsScreen) move(delta int) {
	u := j.u
	if j.selected == "" || u.refuseReadOnly() {
		return
	}
	id := j.selected
	if err := u.edit(func(c *casefile.Case) error { return c.MoveJudgment(id, delta) }); err != nil {
		u.showError("Not moved", boundedError(err))
	}
}

// ShowJudgment switches to the Judgments screen and opens one.
func (u *UI) ShowJudgment(id string) {
	u.tabs.Select(u.tabJudgments)
	if i := indexOfJudgment(u.doc.c, id); i >= 0 {
		u.judgments.list.Select(i)
		u.judgments.list.ScrollTo(i)
	}
}

func (j *judgmentsScreen) show(id string) {
	u := j.u
	c := u.doc.c
	i := indexOfJudgment(c, id)
	if i < 0 {
		return
	}
	jd := c.Judgments[i]
	j.selected = id
	j.updateButtons()
	text := widget.NewLabel(bounded(jd.Text))
	text.Wrapping = fyne.TextWrapWord
	text.TextStyle.Bold = true
	objs := []fyne.CanvasObject{
		markedHeading(fmt.Sprintf("Key judgment %d of %d", i+1, len(c.Judgments)), c.EffectiveMarking(jd.Marking)),
		muted("The analyst's own judgment, not the sources'"),
		text,
		fieldRows("Likelihood", jd.Likelihood.Words(), "Confidence", jd.Confidence.Words()),
	}
	if jd.Basis != "" {
		objs = append(objs, u.longText("Basis", jd.Basis, plainText))
	}
	for _, f := range c.Flags(jd) {
		l := widget.NewLabel("Flagged: " + string(f) + ".")
		l.Importance = widget.WarningImportance
		l.Wrapping = fyne.TextWrapWord
		objs = append(objs, l)
	}
	objs = append(objs, widget.NewSeparator(), subheading("Evidence"))
	if len(jd.Evidence) == 0 {
		objs = append(objs, mutedWrap("It cites nothing yet: add the statements, events, notes and sources it rests on."))
	}
	for n, l := range jd.Evidence {
		objs = append(objs, j.evidenceRow(jd, n, l))
	}
	if jd.WithheldEvidence > 0 {
		objs = append(objs, mutedWrap(casefile.Count(jd.WithheldEvidence, "item it cites is", "items it cites are")+" withheld in this releasable copy."))
	}
	addEv := button("Add evidence…", theme.ContentAddIcon(), func() { j.pickEvidence(id) })
	edit := button("Edit…", theme.DocumentCreateIcon(), func() { u.editJudgment(jd) })
	del := button("Delete…", theme.DeleteIcon(), func() { u.deleteJudgment(jd) })
	row := container.NewHBox(addEv, edit, del)
	if u.doc.readOnly != "" {
		for _, o := range row.Objects {
			o.(*widget.Button).Disable()
		}
	}
	objs = append(objs, row)
	j.detail.show(objs...)
}

// supportChoices are the two ways a cited item bears on a judgment.
var supportChoices = []string{"supports", "undercuts"}

// evidenceRow is one item a judgment cites: whether it supports or
// undercuts it (a choice), the item (a link that opens it) and Remove.
func (j *judgmentsScreen) evidenceRow(jd casefile.Judgment, n int, l casefile.EvidenceLink) fyne.CanvasObject {
	u := j.u
	c := u.doc.c
	way := supportChoices[1]
	if l.Supports {
		way = supportChoices[0]
	}
	sel := newChoice(supportChoices, nil)
	sel.Selected = way
	sel.OnChanged = func(s string) {
		if s == way {
			return
		}
		j.setLink(jd.ID, l.Item, func(x *casefile.EvidenceLink) { x.Supports = s == supportChoices[0] })
	}
	item := l.Item
	open := link(string(l.Kind)+" “"+c.EvidenceName(item)+"”", func() { u.showEvidence(item) })
	grading := muted(c.EvidenceGrading(item).Code())
	remove := button("Remove", theme.ContentRemoveIcon(), func() { j.setLink(jd.ID, item, nil) })
	if u.doc.readOnly != "" {
		sel.Disable()
		remove.Disable()
	}
	return container.NewBorder(nil, nil, fixedWidth(130, sel), container.NewHBox(grading, remove), open)
}

// setLink changes the judgment's link to the item with change, or removes
// it when change is nil.
func (j *judgmentsScreen) setLink(id, item string, change func(*casefile.EvidenceLink)) {
	u := j.u
	err := u.edit(func(c *casefile.Case) error {
		jd, ok := c.Judgment(id)
		if !ok {
			return &casefile.NotFoundError{Kind: "judgment", ID: id}
		}
		var links []casefile.EvidenceLink
		for _, l := range jd.Evidence {
			if l.Item != item {
				links = append(links, l)
			} else if change != nil {
				change(&l)
				links = append(links, l)
			}
		}
		jd.Evidence = links
		return c.UpdateJudgment(jd)
	})
	if err != nil {
		u.showError("Not changed", boundedError(err))
	}
}

// pickEvidence lets the analyst choose an item for the judgment to cite.
func (j *judgmentsScreen) pickEvidence(id string) {
	u := j.u
	if u.refuseReadOnly() {
		return
	}
	jd, ok := u.doc.c.Judgment(id)
	if !ok {
		return
	}
	cited := map[string]bool{}
	for _, l := range jd.Evidence {
		cited[l.Item] = true
	}
	j.picker = u.pickEvidence("Add evidence to the judgment", cited, true, func(item string, supports bool) {
		kind := u.doc.c.EvidenceKindOf(item)
		err := u.edit(func(c *casefile.Case) error {
			x, ok := c.Judgment(id)
			if !ok {
				return &casefile.NotFoundError{Kind: "judgment", ID: id}
			}
			x.Evidence = append(append([]casefile.EvidenceLink(nil), x.Evidence...), casefile.EvidenceLink{Item: item, Kind: kind, Supports: supports})
			return c.UpdateJudgment(x)
		})
		if err != nil {
			u.showError("Not added", boundedError(err))
		}
	})
}

// showEvidence opens an item a judgment or the matrix cites.
func (u *UI) showEvidence(id string) {
	switch u.doc.c.EvidenceKindOf(id) {
	case casefile.EvidenceStatement:
		u.ShowStatement(id)
	case casefile.EvidenceEvent:
		u.ShowEvent(id)
	case casefile.EvidenceNote:
		u.OpenNote(id)
	case casefile.EvidenceSource:
		u.ShowSource(id)
	}
}

// judgmentsCiting is what an item's detail view shows of the key
// judgments that cite it: a link to each, saying which way it bears, or
// nothing when none does.
func (u *UI) judgmentsCiting(id string) []fyne.CanvasObject {
	c := u.doc.c
	citing := c.JudgmentsCiting(id)
	if len(citing) == 0 {
		return nil
	}
	objs := []fyne.CanvasObject{widget.NewSeparator(), subheading("Key judgments citing it")}
	for _, jd := range citing {
		way := "undercuts"
		for _, l := range jd.Evidence {
			if l.Item == id && l.Supports {
				way = "supports"
			}
		}
		jid := jd.ID
		n := indexOfJudgment(c, jid) + 1
		objs = append(objs, container.NewBorder(nil, nil, muted(fmt.Sprintf("It %s judgment %d:", way, n)), nil,
			linkWrap(firstWords(jd.Text, 24), func() { u.ShowJudgment(jid) })))
	}
	return objs
}

// editJudgment opens the judgment form; one without an id is a new one,
// added after the others.
func (u *UI) editJudgment(jd casefile.Judgment) {
	if u.refuseReadOnly() {
		return
	}
	isNew := jd.ID == ""
	f := u.newItemForm()
	text := f.textArea("Judgment", "text", jd.Text, "the analyst's judgment, in a sentence: “Iranian state actors likely carried out the attack.”", 2)
	likelihood := f.choose(likelihoodOptions(), likelihoodOption(jd.Likelihood), nil)
	f.Choices["likelihood"] = &likelihood.Select
	f.add("Likelihood", "likelihood", likelihood)
	f.hint("the estimative scale of US ICD 203")
	confidence := f.choose(confidenceOptions(), string(jd.Confidence), nil)
	f.Choices["confidence"] = &confidence.Select
	f.add("Confidence", "confidence", confidence)
	basis := f.textArea("Basis", "basis", jd.Basis, "why that confidence: what the evidence is, and what it lacks", 3)
	marking := f.markingRow(jd.Marking)
	build := func() (casefile.Judgment, error) {
		x := jd
		x.Text = strings.TrimSpace(text.text())
		x.Likelihood = likelihoodOf(likelihood.Selected)
		x.Confidence = casefile.Confidence(confidence.Selected)
		x.Basis = strings.TrimSpace(basis.text())
		x.Marking = markingValue(marking)
		return x, nil
	}
	showItem(u, f, "key judgment", isNew, build, nil, (*casefile.Case).AddJudgment, (*casefile.Case).UpdateJudgment,
		func(x casefile.Judgment) { u.ShowJudgment(x.ID) })
}

// likelihoodOptions are the ICD 203 terms with their ranges.
func likelihoodOptions() []string {
	opts := make([]string, len(casefile.Likelihoods))
	for i, l := range casefile.Likelihoods {
		opts[i] = l.Words()
	}
	return opts
}

func likelihoodOption(l casefile.Likelihood) string {
	if l.Valid() {
		return l.Words()
	}
	return ""
}

func likelihoodOf(option string) casefile.Likelihood {
	for _, l := range casefile.Likelihoods {
		if l.Words() == option {
			return l
		}
	}
	return ""
}

func confidenceOptions() []string {
	opts := make([]string, len(casefile.Confidences))
	for i, c := range casefile.Confidences {
		opts[i] = string(c)
	}
	return opts
}

func (u *UI) deleteJudgment(jd casefile.Judgment) {
	u.deleteItem(fmt.Sprintf("key judgment “%s”", firstWords(jd.Text, 12)), func(c *casefile.Case, _ bool) error {
		return c.DeleteJudgment(jd.ID)
	})
}
