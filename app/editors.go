package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// itemButtons are an item's Edit, Delete and Add note actions.
func (u *UI) itemButtons(edit, del func(), t casefile.Target) fyne.CanvasObject {
	e := button("Edit…", theme.DocumentCreateIcon(), edit)
	d := button("Delete…", theme.DeleteIcon(), del)
	row := container.NewHBox(e, d)
	if t.Kind != "" {
		row.Add(button("Add note", theme.ContentAddIcon(), func() { u.newNoteOn(t) }))
	}
	if u.doc.readOnly != "" {
		for _, o := range row.Objects {
			o.(*widget.Button).Disable()
		}
	}
	return row
}

// refuseReadOnly tells the analyst an edit is not possible, and says so
// when it is refused.
func (u *UI) refuseReadOnly() bool {
	if u.doc == nil {
		return true
	}
	if u.doc.readOnly != "" {
		u.showError("Read-only", errors.New(u.doc.readOnly))
		return true
	}
	return false
}

func actorChoices(c *casefile.Case, except string) (labels, ids []string) {
	for _, a := range c.Actors {
		if a.ID != except {
			labels = append(labels, a.Name)
			ids = append(ids, a.ID)
		}
	}
	return labels, ids
}

func sourceChoices(c *casefile.Case) (labels, ids []string) {
	for _, s := range c.Sources {
		labels = append(labels, s.Title)
		ids = append(ids, s.ID)
	}
	return labels, ids
}

// editStatement opens the statement form; a statement without an id is a
// new one, filled in with what it holds.
func (u *UI) editStatement(st casefile.Statement) {
	if u.refuseReadOnly() {
		return
	}
	c := u.doc.c
	isNew := st.ID == ""
	f := u.newItemForm()
	title := f.entry("Title", "title", st.Title, "a short label: “Rama on proportionality”")
	names, ids := actorChoices(c, "")
	speaker := f.picker("Speaker", "speaker", names, ids, st.Speaker, "")
	quote := f.textArea("Quote", "quote", st.Quote, "verbatim, every character as the source has it", 4)
	context := f.textArea("Context", "context", st.Context, "paraphrase or the circumstances", 2)
	var cited func() string // the source chosen below
	date := f.claimedDateRow("Date", st.Date, st.Dates, c, func() string { return cited() })
	channel := f.entry("Channel", "channel", st.Channel, "statement, press conference, interview…")
	addressees := f.actorsRow("Addressed to", "addressees", c, st.Addressees, "type a name: whom it addresses or concerns")
	var grading *gradingField
	source, locator := f.citationRow(c, st.Source, func(src casefile.Source) {
		if grading != nil {
			grading.followSource(src)
		}
	})
	cited = source.id
	responds := ""
	if r, ok := c.Statement(st.RespondsTo); ok {
		responds = r.Title
	}
	var titles []string
	for _, other := range c.Statements {
		if other.ID != st.ID || isNew {
			titles = append(titles, other.Title)
		}
	}
	respondsTo := f.suggestEntry("Responds to", "responds_to", responds, "the title of the statement this answers", titles)
	grading = f.gradingRow(st.Grading)
	marking := f.markingRow(st.Marking)

	build := func() (casefile.Statement, error) {
		var fp formProblems
		s := st
		s.Title = strings.TrimSpace(title.text())
		s.Speaker = speaker.id()
		s.Quote = quote.text()
		s.Context = strings.TrimSpace(context.text())
		var err error
		s.Date, s.Dates, err = date.values()
		fp.take(err)
		s.Channel = strings.TrimSpace(channel.text())
		s.Addressees, err = addressees.value(u.doc.c)
		fp.take(err)
		s.Source = casefile.Citation{Source: source.id(), Locator: strings.TrimSpace(locator.text())}
		s.RespondsTo = ""
		if t := strings.TrimSpace(respondsTo()); t != "" {
			id, ok := statementTitled(u.doc.c, t)
			if !ok {
				fp.take(fieldError("responds_to", "%q is not the title of a statement in this case", t))
			}
			s.RespondsTo = id
		}
		s.Grading = grading.value()
		s.Marking = markingValue(marking)
		return s, fp.err()
	}
	// Quote marks trimmed, span kept (fromselection.go), as it is saved.
	prepare := func(s casefile.Statement) casefile.Statement { return u.statements.prepare(st, s) }
	showItem(u, f, "statement", isNew, build, prepare, (*casefile.Case).AddStatement, (*casefile.Case).UpdateStatement, func(x casefile.Statement) { u.ShowStatement(x.ID) })
}

// citationRow adds the choice of the source a statement cites, with where
// in it on the same row; chosen follows the choice of a source.
func (f *itemForm) citationRow(c *casefile.Case, ct casefile.Citation, chosen func(casefile.Source)) (*picker, *pagedEditor) {
	snames, sids := sourceChoices(c)
	source := f.newPicker(snames, sids, ct.Source, "")
	f.Choices["source"] = &source.sel.Select
	source.sel.OnChanged = func(string) {
		if src, ok := f.u.doc.c.Source(source.id()); ok {
			chosen(src)
		}
		f.changed()
	}
	locator, view := f.pagedField("locator", ct.Locator, "where: para. 3, p. 12", 0)
	row := container.NewBorder(nil, nil, nil, fixedWidth(220, view), source.sel)
	f.addRow("Source", []string{"source", "locator"}, row)
	return source, locator
}

// saveItem adds x to the case when it is new, or else replaces the item
// with x's id, as one undoable edit, and returns the item as stored.
func saveItem[T any](u *UI, isNew bool, x T, add func(*casefile.Case, T) (T, error), update func(*casefile.Case, T) error) (T, error) {
	err := u.edit(func(c *casefile.Case) error {
		if !isNew {
			return update(c, x)
		}
		added, err := add(c, x)
		if err == nil {
			x = added
		}
		return err
	})
	return x, err
}

func statementTitled(c *casefile.Case, title string) (string, bool) {
	for _, s := range c.Statements {
		if strings.EqualFold(strings.TrimSpace(s.Title), title) {
			return s.ID, true
		}
	}
	return "", false
}

// editActor opens the actor form.
func (u *UI) editActor(a casefile.Actor) {
	if u.refuseReadOnly() {
		return
	}
	c := u.doc.c
	isNew := a.ID == ""
	f := u.newItemForm()
	name := f.entry("Name", "name", a.Name, "as the sources name them")
	var kinds []string
	for _, k := range casefile.ActorKinds {
		kinds = append(kinds, string(k))
	}
	kind := f.choose(kinds, string(a.Kind), nil)
	f.add("Kind", "kind", kind)
	role := f.entry("Role", "role", a.Role, "Prime Minister of Albania")
	names, ids := actorChoices(c, a.ID)
	aff := f.picker("Affiliation", "affiliation", names, ids, a.Affiliation, "none")
	aliases := f.entry("Also known as", "aliases", strings.Join(a.Aliases, ", "), "other names, separated by commas")
	desc := f.textArea("Description", "description", a.Description, "", 3)
	sources := f.sourcesRow("Sources", "sources", c, a.Sources)
	marking := f.markingRow(a.Marking)
	build := func() (casefile.Actor, error) {
		x := a
		x.Name = strings.TrimSpace(name.text())
		x.Kind = casefile.ActorKind(kind.Selected)
		x.Role = strings.TrimSpace(role.text())
		x.Affiliation = aff.id()
		x.Aliases = splitList(aliases.text())
		x.Description = strings.TrimSpace(desc.text())
		x.Sources = sources.value()
		x.Marking = markingValue(marking)
		return x, nil
	}
	showItem(u, f, "actor", isNew, build, nil, (*casefile.Case).AddActor, (*casefile.Case).UpdateActor, func(x casefile.Actor) { u.ShowActor(x.ID) })
}

// editRelation opens the relation form.
func (u *UI) editRelation(r casefile.Relation) {
	if u.refuseReadOnly() {
		return
	}
	c := u.doc.c
	isNew := r.ID == ""
	f := u.newItemForm()
	names, ids := actorChoices(c, "")
	from := f.picker("From", "from", names, ids, r.From, "")
	var types []string
	for _, t := range casefile.RelationTypes {
		types = append(types, string(t))
	}
	typ := f.choiceEntry("Relation", "type", string(r.Type), "leads, member of, accuses… or your own words", types)
	to := f.picker("To", "to", names, ids, r.To, "")
	start := f.dateRow("Start", "start", r.Start, false)
	end := f.dateRow("End", "end", r.End, false)
	inferred := newTick("the analyst's inference, not stated by the sources", func(bool) { f.changed() })
	inferred.Checked = r.Inferred
	f.add("Inferred", "inferred", inferred)
	desc := f.textArea("Description", "description", r.Description, "", 2)
	sources := f.sourcesRow("Sources", "sources", c, r.Sources)
	marking := f.markingRow(r.Marking)
	build := func() (casefile.Relation, error) {
		var fp formProblems
		x := r
		x.From, x.To = from.id(), to.id()
		x.Type = casefile.RelationType(strings.TrimSpace(typ()))
		var err error
		x.Start, err = start.value()
		fp.take(err)
		x.End, err = end.value()
		fp.take(err)
		x.Inferred = inferred.Checked
		x.Description = strings.TrimSpace(desc.text())
		x.Sources = sources.value()
		x.Marking = markingValue(marking)
		return x, fp.err()
	}
	showItem(u, f, "relation", isNew, build, nil, (*casefile.Case).AddRelation, (*casefile.Case).UpdateRelation, nil)
}

// editEvent opens the event form; an event without an id is a new one,
// filled in with what it holds.
func (u *UI) editEvent(e casefile.Event) {
	if u.refuseReadOnly() {
		return
	}
	c := u.doc.c
	isNew := e.ID == ""
	f := u.newItemForm()
	title := f.entry("Title", "title", e.Title, "what happened")
	var sources *sourcesField // below
	date := f.claimedDateRow("Date", e.Date, e.Dates, c, func() string {
		if cs := sources.value(); len(cs) > 0 {
			return cs[0].Source
		}
		return ""
	})
	inferred := newTick("the event itself is the analyst's inference", func(bool) { f.changed() })
	inferred.Checked = e.Inferred
	f.add("Inferred", "inferred", inferred)
	desc := f.textArea("Description", "description", e.Description, "", 3)
	actors := f.actorsRow("Actors", "actors", c, e.Actors, "type a name: the actors involved")
	sources = f.sourcesRow("Sources", "sources", c, e.Sources)
	grading := f.gradingRow(e.Grading)
	// The reliability follows the one source cited, until the analyst
	// sets it; of several sources, the analyst judges.
	sources.chosen = func(cs []casefile.Citation) {
		if len(cs) == 1 {
			if src, ok := u.doc.c.Source(cs[0].Source); ok {
				grading.followSource(src)
			}
		}
	}
	marking := f.markingRow(e.Marking)
	build := func() (casefile.Event, error) {
		var fp formProblems
		x := e
		x.Title = strings.TrimSpace(title.text())
		var err error
		x.Date, x.Dates, err = date.values()
		fp.take(err)
		x.Inferred = inferred.Checked
		x.Description = strings.TrimSpace(desc.text())
		x.Actors, err = actors.value(u.doc.c)
		fp.take(err)
		x.Sources = sources.value()
		x.Grading = grading.value()
		x.Marking = markingValue(marking)
		return x, fp.err()
	}
	showItem(u, f, "event", isNew, build, nil, (*casefile.Case).AddEvent, (*casefile.Case).UpdateEvent, func(x casefile.Event) { u.ShowEvent(x.ID) })
}

// editSource opens the source form.
func (u *UI) editSource(s casefile.Source) {
	if u.refuseReadOnly() {
		return
	}
	isNew := s.ID == ""
	f := u.newItemForm()
	title := f.entry("Title", "title", s.Title, "the document's title")
	publisher := f.entry("Publisher", "publisher", s.Publisher, "")
	date := f.dateRow("Date", "date", s.Date, false)
	url := f.entry("Address", "url", s.URL, "https://…")
	rels := []string{notGraded}
	for _, r := range casefile.Reliabilities {
		rels = append(rels, reliabilityOption(r))
	}
	rel := f.choose(rels, reliabilityOption(s.Reliability), nil)
	f.add("Reliability", "reliability", rel)
	desc := f.textArea("Description", "description", s.Description, "", 3)
	marking := f.markingRow(s.Marking)
	build := func() (casefile.Source, error) {
		var fp formProblems
		x := s
		x.Title = strings.TrimSpace(title.text())
		x.Publisher = strings.TrimSpace(publisher.text())
		d, err := date.value()
		fp.take(err)
		x.Date = d
		x.URL = strings.TrimSpace(url.text())
		x.Reliability = ""
		if rel.Selected != notGraded && rel.Selected != "" {
			x.Reliability = casefile.Reliability(rel.Selected[:1])
		}
		x.Description = strings.TrimSpace(desc.text())
		x.Marking = markingValue(marking)
		return x, fp.err()
	}
	showItem(u, f, "source", isNew, build, nil, (*casefile.Case).AddSource, (*casefile.Case).UpdateSource, func(x casefile.Source) { u.ShowSource(x.ID) })
}

// editCaseDetails opens the form for the case's own fields.
func (u *UI) editCaseDetails() {
	if u.refuseReadOnly() {
		return
	}
	c := u.doc.c
	f := u.newItemForm()
	title := f.entry("Title", "title", c.Title, "")
	summary := f.textArea("Bottom line", "summary", c.Summary, "the bottom line up front", 5)
	analyst := f.entry("Analyst", "analyst", c.Analyst, "")
	var opts []string
	for _, m := range casefile.Markings {
		opts = append(opts, string(m))
	}
	marking := f.choose(opts, string(c.Marking), nil)
	f.Choices["marking"] = &marking.Select
	f.add("Marking", "marking", marking)
	titleMarking := f.markingChoice("Title marking", "title_marking", c.TitleMarking)
	f.hint("the title and the tags; no higher than the case")
	summaryMarking := f.markingChoice("Summary marking", "summary_marking", c.SummaryMarking)
	f.hint("the bottom line; no higher than the case")
	tags := f.entry("Tags", "tags", strings.Join(c.Tags, ", "), "separated by commas")
	details := func() caseDetails {
		return caseDetails{
			title: strings.TrimSpace(title.text()), summary: strings.TrimSpace(summary.text()),
			analyst: strings.TrimSpace(analyst.text()), tags: splitList(tags.text()),
			marking: casefile.Marking(marking.Selected), titleMarking: markingValue(titleMarking),
			summaryMarking: markingValue(summaryMarking),
		}
	}
	f.check = func() error { return nameOtherItems(details().apply(scratch(u.doc.c))) }
	f.show("Case details", func() error { return nameOtherItems(u.edit(details().apply)) })
}

// nameOtherItems names the item of each problem that is not the case's
// own. Lowering the case below an item's marking is refused on the case
// form's Marking row, where "this item's" would name no item in view.
func nameOtherItems(err error) error {
	var ps casefile.Problems
	if !errors.As(err, &ps) {
		return err
	}
	named := make(casefile.Problems, len(ps))
	for i, p := range ps {
		if p.Item != "case" {
			p.Message = p.String()
		}
		named[i] = p
	}
	return named
}

// caseDetails are the case's own fields as the case form has them.
type caseDetails struct {
	title, summary, analyst               string
	tags                                  []string
	marking, titleMarking, summaryMarking casefile.Marking
}

// apply sets the case's fields and the markings of its title line and
// bottom line, all or none. SetCaseDetails checks those markings against
// the case's new one but sets only its own fields, so the markings are
// set before it and put back when it refuses.
func (d caseDetails) apply(c *casefile.Case) error {
	oldTitle, oldSummary := c.TitleMarking, c.SummaryMarking
	c.TitleMarking, c.SummaryMarking = d.titleMarking, d.summaryMarking
	if err := c.SetCaseDetails(d.title, d.summary, d.analyst, d.marking, d.tags); err != nil {
		c.TitleMarking, c.SummaryMarking = oldTitle, oldSummary
		return err
	}
	return nil
}

// deleteItem asks before deleting; when the model refuses because other
// items use this one, it shows the model's message and offers the cascade.
func (u *UI) deleteItem(what string, del func(c *casefile.Case, cascade bool) error) {
	if u.refuseReadOnly() {
		return
	}
	what = bounded(what) // it names the item, whose name may be a megabyte
	u.confirm("Delete "+strings.SplitN(what, " ", 2)[0]+"?",
		fmt.Sprintf("Delete %s? Edit › Undo brings it back.", what), "Delete", func() {
			err := u.edit(func(c *casefile.Case) error { return del(c, false) })
			var inUse *casefile.InUseError
			switch {
			case errors.As(err, &inUse):
				u.confirm("Delete with what depends on it?", boundedError(err).Error(), "Delete all", func() {
					if err := u.edit(func(c *casefile.Case) error { return del(c, true) }); err != nil {
						u.showError("Not deleted", boundedError(err))
					}
				})
			case err != nil:
				u.showError("Not deleted", boundedError(err))
			}
		})
}

// boundedError is err as a dialog shows it: its message names items, and
// a name may be a megabyte.
func boundedError(err error) error { return errors.New(clip(err.Error(), pageSize)) }

func (u *UI) deleteStatement(s casefile.Statement) {
	u.deleteItem(fmt.Sprintf("statement “%s”", s.Title), func(c *casefile.Case, cascade bool) error {
		return c.DeleteStatement(s.ID, cascade)
	})
}

func (u *UI) deleteActor(a casefile.Actor) {
	u.deleteItem(fmt.Sprintf("actor “%s”", a.Name), func(c *casefile.Case, cascade bool) error {
		return c.DeleteActor(a.ID, cascade)
	})
}

func (u *UI) deleteEvent(e casefile.Event) {
	u.deleteItem(fmt.Sprintf("event “%s”", e.Title), func(c *casefile.Case, cascade bool) error {
		return c.DeleteEvent(e.ID, cascade)
	})
}

func (u *UI) deleteSource(s casefile.Source) {
	u.deleteItem(fmt.Sprintf("source “%s”", s.Title), func(c *casefile.Case, cascade bool) error {
		return c.DeleteSource(s.ID, cascade)
	})
}

func (u *UI) deleteRelation(r casefile.Relation) {
	u.deleteItem(fmt.Sprintf("relation “%s”", u.doc.c.RelationName(r)), func(c *casefile.Case, _ bool) error {
		return c.DeleteRelation(r.ID)
	})
}

func (u *UI) deleteNote(n casefile.Note) {
	u.deleteItem(fmt.Sprintf("note “%s”", noteTitle(n.Body)), func(c *casefile.Case, _ bool) error {
		return c.DeleteNote(n.ID)
	})
}
