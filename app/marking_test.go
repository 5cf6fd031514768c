package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

// markCaseWithForm sets the case's own marking through the case form.
func markCaseWithForm(t *testing.T, u *UI, m casefile.Marking) {
	t.Helper()
	u.editCaseDetails()
	u.form.Choices["marking"].SetSelected(string(m))
	submitForm(t, u)
	if u.Case().Marking != m {
		t.Fatalf("the case is marked %s, want %s", u.Case().Marking, m)
	}
}

// submitForm saves the form showing and fails when it stays open.
func submitForm(t *testing.T, u *UI) {
	t.Helper()
	f := u.form
	f.Submit()
	if u.form == f {
		t.Fatalf("not saved: %s", f.general.Text)
	}
}

// markingForms opens the edit form of one item of each kind that has one,
// and reads back that item's own marking.
var markingForms = []struct {
	kind string
	open func(u *UI)
	read func(c *casefile.Case) casefile.Marking
}{
	{"source", func(u *UI) { u.editSource(u.Case().Sources[0]) },
		func(c *casefile.Case) casefile.Marking { return c.Sources[0].Marking }},
	{"actor", func(u *UI) { u.editActor(u.Case().Actors[8]) },
		func(c *casefile.Case) casefile.Marking { return c.Actors[8].Marking }},
	{"relation", func(u *UI) { u.editRelation(u.Case().Relations[0]) },
		func(c *casefile.Case) casefile.Marking { return c.Relations[0].Marking }},
	{"statement", func(u *UI) { u.editStatement(u.Case().Statements[1]) },
		func(c *casefile.Case) casefile.Marking { return c.Statements[1].Marking }},
	{"event", func(u *UI) { u.editEvent(u.Case().Events[0]) },
		func(c *casefile.Case) casefile.Marking { return c.Events[0].Marking }},
}

func TestEveryFormSavesTheMarkingChosen(t *testing.T) {
	u, path := newTestUI(t)
	markCaseWithForm(t, u, casefile.TLPAmber)
	for _, mf := range markingForms {
		mf.open(u)
		if got := u.form.Choices["marking"].Selected; got != caseMarking {
			t.Errorf("the %s form opens on marking %q, want %q", mf.kind, got, caseMarking)
		}
		u.form.Choices["marking"].SetSelected(string(casefile.TLPGreen))
		submitForm(t, u)
		if got := mf.read(u.Case()); got != casefile.TLPGreen {
			t.Errorf("the %s form saved marking %q, want TLP:GREEN", mf.kind, got)
		}
		mf.open(u)
		if got := u.form.Choices["marking"].Selected; got != string(casefile.TLPGreen) {
			t.Errorf("the %s form opens on marking %q, want its own TLP:GREEN", mf.kind, got)
		}
		u.form.Choices["marking"].SetSelected(caseMarking)
		submitForm(t, u)
		if got := mf.read(u.Case()); got != "" {
			t.Errorf("“as the case” saved the %s's marking as %q, want none", mf.kind, got)
		}
	}

	u.editCaseDetails()
	u.form.Choices["title_marking"].SetSelected(string(casefile.TLPGreen))
	u.form.Choices["summary_marking"].SetSelected(string(casefile.TLPClear))
	submitForm(t, u)
	c := u.Case()
	if c.TitleMarking != casefile.TLPGreen || c.SummaryMarking != casefile.TLPClear || c.Marking != casefile.TLPAmber {
		t.Errorf("the case form saved title %q, summary %q, case %q; want TLP:GREEN, TLP:CLEAR, TLP:AMBER",
			c.TitleMarking, c.SummaryMarking, c.Marking)
	}
	waitFor(t, "the title's and the summary's markings saved", func() bool {
		c := loadFile(t, path)
		return c.TitleMarking == casefile.TLPGreen && c.SummaryMarking == casefile.TLPClear
	})
	u.editCaseDetails()
	if u.form.Choices["title_marking"].Selected != string(casefile.TLPGreen) || u.form.Choices["summary_marking"].Selected != string(casefile.TLPClear) {
		t.Errorf("the case form opens on title %q and summary %q", u.form.Choices["title_marking"].Selected, u.form.Choices["summary_marking"].Selected)
	}
	u.form.close()
}

func TestNoteMarkingIsChosenBesideWhatItIsOn(t *testing.T) {
	u, path := newTestUI(t)
	markCaseWithForm(t, u, casefile.TLPAmber)
	id := u.Case().Notes[1].ID
	body := u.Case().Notes[1].Body
	u.OpenNote(id)
	u.win.Canvas().Unfocus() // Undo then undoes the case's last edit
	choice := u.notes.marking.choice
	if choice.Selected != caseMarking || u.notes.marking.badge.text.Text != string(casefile.TLPAmber) {
		t.Fatalf("an unmarked note shows %q and badge %q, want %q and the case's TLP:AMBER",
			choice.Selected, u.notes.marking.badge.text.Text, caseMarking)
	}
	choice.SetSelected(string(casefile.TLPGreen))
	nt, _ := u.Case().Note(id)
	if nt.Marking != casefile.TLPGreen || nt.Body != body {
		t.Fatalf("after choosing TLP:GREEN the note is marked %q (body kept: %v)", nt.Marking, nt.Body == body)
	}
	// The badge shows the marking a release gives the note: GREEN lifted
	// to what it annotates.
	if want := string(u.Case().NoteMarking(nt)); u.notes.marking.badge.text.Text != want || want == "" {
		t.Errorf("the note's badge reads %q after choosing TLP:GREEN, want %q", u.notes.marking.badge.text.Text, want)
	}
	waitFor(t, "the note's marking saved", func() bool {
		nt, _ := loadFile(t, path).Note(id)
		return nt.Marking == casefile.TLPGreen
	})
	u.Undo()
	if nt, _ := u.Case().Note(id); nt.Marking != "" || u.Case().Marking != casefile.TLPAmber {
		t.Errorf("one undo leaves the note marked %q and the case %q; want none and TLP:AMBER", nt.Marking, u.Case().Marking)
	}
	if choice.Selected != caseMarking {
		t.Errorf("after undo the choice reads %q", choice.Selected)
	}

	choice.SetSelected(string(casefile.TLPRed))
	if nt, _ := u.Case().Note(id); nt.Marking != "" {
		t.Errorf("a note was marked %s, above the case's TLP:AMBER", nt.Marking)
	}
	if !strings.Contains(u.message, "above the case's TLP:AMBER") {
		t.Errorf("refusing TLP:RED the dialog says %q", u.message)
	}
	if choice.Selected != caseMarking {
		t.Errorf("after the refusal the choice reads %q, not the note's marking", choice.Selected)
	}
}

func TestAMarkingAboveTheCasesIsRefusedOnItsRow(t *testing.T) {
	u, _ := newTestUI(t) // marked TLP:CLEAR
	for _, mf := range markingForms {
		mf.open(u)
		f := u.form
		f.Choices["marking"].SetSelected(string(casefile.TLPAmber))
		f.Submit()
		if u.form != f {
			t.Errorf("the %s form saved TLP:AMBER on a TLP:CLEAR case", mf.kind)
			continue
		}
		if p := f.Problem("marking"); !strings.Contains(p, "above the case's TLP:CLEAR") {
			t.Errorf("the %s form's marking row says %q", mf.kind, p)
		}
		if got := mf.read(u.Case()); got != "" {
			t.Errorf("the refused %s is marked %q", mf.kind, got)
		}
		f.close()
	}

	for _, field := range []string{"title_marking", "summary_marking"} {
		u.editCaseDetails()
		f := u.form
		f.Choices[field].SetSelected(string(casefile.TLPGreen))
		f.Submit()
		if u.form != f {
			t.Fatalf("the case form saved %s TLP:GREEN on a TLP:CLEAR case", field)
		}
		if p := f.Problem(field); !strings.Contains(p, "above the case's TLP:CLEAR") {
			t.Errorf("the case form's %s row says %q", field, p)
		}
		if other := map[string]string{"title_marking": "summary_marking", "summary_marking": "title_marking"}[field]; f.Problem(other) != "" {
			t.Errorf("the %s row says %q", other, f.Problem(other))
		}
		if c := u.Case(); c.TitleMarking != "" || c.SummaryMarking != "" {
			t.Errorf("the refused case form left title %q, summary %q", c.TitleMarking, c.SummaryMarking)
		}
		f.close()
	}

	// Lowering the case below a portion is refused on the row of what
	// would be above it, and names an item that would be.
	markCaseWithForm(t, u, casefile.TLPAmber)
	markingForms[1].open(u) // Edi Rama
	u.form.Choices["marking"].SetSelected(string(casefile.TLPAmber))
	submitForm(t, u)
	u.editCaseDetails()
	f := u.form
	f.Choices["marking"].SetSelected(string(casefile.TLPGreen))
	f.Submit()
	if u.form != f {
		t.Fatal("the case was lowered below an actor's TLP:AMBER")
	}
	if p := f.Problem("marking"); !strings.Contains(p, `Actor "Edi Rama": marking TLP:AMBER`) || !strings.Contains(p, "above the case's TLP:GREEN") {
		t.Errorf("lowering the case below an actor's marking, the marking row says %q", p)
	}
	f.close()
	markingForms[1].open(u)
	u.form.Choices["marking"].SetSelected(caseMarking)
	submitForm(t, u)

	u.editCaseDetails()
	u.form.Choices["title_marking"].SetSelected(string(casefile.TLPAmber))
	submitForm(t, u)
	u.editCaseDetails()
	f = u.form
	f.Choices["marking"].SetSelected(string(casefile.TLPGreen))
	f.Submit()
	if u.form != f {
		t.Fatal("the case was lowered below its title's TLP:AMBER")
	}
	if p := f.Problem("title_marking"); !strings.Contains(p, "above the case's TLP:GREEN") {
		t.Errorf("lowering the case, the title marking row says %q", p)
	}
	if c := u.Case(); c.Marking != casefile.TLPAmber || c.TitleMarking != casefile.TLPAmber {
		t.Errorf("the refused case form left the case %q, its title %q", c.Marking, c.TitleMarking)
	}
	f.close()
}

// rowMarking is the badge of the visible list row titled title.
func rowMarking(t *testing.T, root fyne.CanvasObject, title string) string {
	t.Helper()
	rows := find(root, func(r *twoLineRow) bool { return r.title.Text == title })
	if len(rows) != 1 {
		t.Fatalf("found %d rows %q, want 1", len(rows), title)
	}
	if !rows[0].badge.Visible() {
		t.Fatalf("the row %q shows no marking", title)
	}
	return rows[0].badge.text.Text
}

// badgesIn are the labels of the visible badges under root, in order.
func badgesIn(root fyne.CanvasObject) []string {
	var out []string
	for _, b := range find(root, func(*tlpBadge) bool { return true }) {
		out = append(out, b.text.Text)
	}
	return out
}

func TestBadgesShowEachPortionsEffectiveMarking(t *testing.T) {
	u, _ := newTestUI(t)
	markCaseWithForm(t, u, casefile.TLPAmber)
	c := u.Case()
	albania := actorID(t, c, "Albania")
	if err := u.edit(func(c *casefile.Case) error {
		c.Sources[0].Marking = casefile.TLPGreen
		c.TitleMarking = casefile.TLPClear
		for i := range c.Relations {
			if c.Relations[i].From == albania {
				c.Relations[i].Marking = casefile.TLPGreen
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	amber, green, clear, red := string(casefile.TLPAmber), string(casefile.TLPGreen), string(casefile.TLPClear), string(casefile.TLPRed)

	u.ShowActor(albania)
	if got := rowMarking(t, u.actors.content, "Albania"); got != amber {
		t.Errorf("an unmarked actor's row shows %q, want the case's %s", got, amber)
	}
	head := badgesIn(u.actors.detail.box)
	if len(head) == 0 || head[0] != amber {
		t.Errorf("the actor's detail starts with badges %q, want %s first", head, amber)
	}
	rels := c.RelationsOf(albania)
	if len(rels) < 2 || rels[0].From == rels[len(rels)-1].From {
		t.Fatalf("Albania has %d relations, not both ways", len(rels))
	}
	// Marked GREEN or not, a relation of the AMBER Albania shows AMBER:
	// a release lifts it to its actors' marking, and the badge says so.
	for _, r := range rels {
		want := amber
		if got := badgesIn(u.relationRow(albania, r)); len(got) != 1 || got[0] != want {
			t.Errorf("the relation %s shows %q, want %s", c.RelationName(r), got, want)
		}
	}

	u.ShowSource(c.Sources[0].ID)
	if got := rowMarking(t, u.sources.content, bounded(c.Sources[0].Title)); got != green {
		t.Errorf("the source marked TLP:GREEN shows %q in its row", got)
	}
	if got := badgesIn(u.sources.detail.box); len(got) != 1 || got[0] != green {
		t.Errorf("the source's detail shows badges %q", got)
	}
	u.ShowStatement(statementID(t, c, "Rama on proportionality"))
	if got := rowMarking(t, u.statements.content, "Rama on proportionality"); got != amber {
		t.Errorf("an unmarked statement's row shows %q", got)
	}
	if got := badgesIn(u.statements.detail.box); len(got) == 0 || got[0] != amber {
		t.Errorf("the statement's detail shows badges %q", got)
	}
	u.tabs.Select(u.tabNotes)
	u.notes.list.Select(0)
	if got := badgesIn(u.notes.list); len(got) != 2 || got[0] != amber || got[1] != amber {
		t.Errorf("the notes list shows badges %q, want two of %s", got, amber)
	}

	u.tabs.Select(u.tabOverview)
	if u.overview.titleMarking.text.Text != clear || u.overview.summaryMarking.text.Text != amber {
		t.Errorf("the overview marks the title %q and the bottom line %q, want %s and %s",
			u.overview.titleMarking.text.Text, u.overview.summaryMarking.text.Text, clear, amber)
	}

	// Unmarked portions follow the case's marking; marked ones keep theirs.
	markCaseWithForm(t, u, casefile.TLPRed)
	if u.overview.titleMarking.text.Text != clear || u.overview.summaryMarking.text.Text != red {
		t.Errorf("after marking the case TLP:RED the overview marks the title %q and the bottom line %q",
			u.overview.titleMarking.text.Text, u.overview.summaryMarking.text.Text)
	}
	u.ShowActor(albania)
	if got := rowMarking(t, u.actors.content, "Albania"); got != red {
		t.Errorf("after marking the case TLP:RED the actor's row shows %q", got)
	}
	u.ShowSource(c.Sources[0].ID)
	if got := rowMarking(t, u.sources.content, bounded(c.Sources[0].Title)); got != green {
		t.Errorf("after marking the case TLP:RED the source marked TLP:GREEN shows %q", got)
	}
	u.tabs.Select(u.tabBackground)
	u.background.list.Select(0)
	if got := badgesIn(u.background.detail.box); len(got) == 0 || got[0] != red {
		t.Errorf("an unmarked event's detail shows badges %q after the case became TLP:RED", got)
	}
}

// A release from the export dialog says in the status bar what it
// withheld, in counts and never by title; an export without a limit says
// only where it went.
func TestReleasableExportSaysWhatItWithheld(t *testing.T) {
	u, _ := newTestUI(t)
	markCaseWithForm(t, u, casefile.TLPAmber)
	withheld := []string{"Khamenei on Muslim unity", "Khamenei on the West’s collapse"}
	if err := u.edit(func(c *casefile.Case) error {
		c.TitleMarking = casefile.TLPGreen // the summary stays unmarked: the case's TLP:AMBER
		green := func(m *casefile.Marking) { *m = casefile.TLPGreen }
		for i := range c.Sources {
			green(&c.Sources[i].Marking)
		}
		for i := range c.Actors {
			green(&c.Actors[i].Marking)
		}
		for i := range c.Relations {
			green(&c.Relations[i].Marking)
		}
		for i := range c.Events {
			green(&c.Events[i].Marking)
		}
		for i := range c.Notes {
			green(&c.Notes[i].Marking)
		}
		for i := range c.Judgments {
			green(&c.Judgments[i].Marking)
		}
		for i := range c.Hypotheses {
			green(&c.Hypotheses[i].Marking)
		}
		for i := range c.Statements {
			if s := &c.Statements[i]; !strings.HasPrefix(s.Title, "Khamenei on") {
				green(&s.Marking)
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}

	u.ShowExport()
	u.exportForm.marking.SetSelected(string(casefile.TLPGreen))
	opt := u.exportForm.options()
	u.dialog.Hide()
	path := filepath.Join(t.TempDir(), "briefing.pdf")
	if err := <-u.Export(path, opt).done; err != nil {
		t.Fatal(err)
	}
	drainUI()
	want := "Exported the briefing to " + path + ", marked TLP:GREEN. 2 statements and the bottom line are withheld above TLP:GREEN."
	if u.status.Text != want {
		t.Errorf("after a release the status reads\n%q\nwant\n%q", u.status.Text, want)
	}
	for _, title := range append(withheld, u.Case().Summary[:40]) {
		if strings.Contains(u.status.Text, title) {
			t.Errorf("the status names what was withheld: %q", title)
		}
	}
	// An autosave that finishes a moment later leaves the report to be
	// read; once the notice has been up for its while, saves report again.
	u.saved(u.doc)(nil, time.Now())
	drainUI()
	if u.status.Text != want {
		t.Errorf("a save finishing after the release replaced its report with %q", u.status.Text)
	}
	u.noticeUntil = time.Now().Add(-time.Second)
	u.saved(u.doc)(nil, time.Now())
	drainUI()
	if !strings.HasPrefix(u.status.Text, "Saved ") {
		t.Errorf("once the notice had been read, a save reported %q", u.status.Text)
	}

	if err := <-u.Export(path, unlimitedExport(t, u)).done; err != nil {
		t.Fatal(err)
	}
	drainUI()
	if want := "Exported the briefing to " + path; u.status.Text != want {
		t.Errorf("after an export without a limit the status reads %q, want %q", u.status.Text, want)
	}
}

// unlimitedExport is the export dialog's options as it opens.
func unlimitedExport(t *testing.T, u *UI) export.Options {
	t.Helper()
	u.ShowExport()
	defer u.dialog.Hide()
	if u.exportForm.marking.Selected != noMarkingLimit {
		t.Fatalf("the export dialog opens releasing up to %q", u.exportForm.marking.Selected)
	}
	return u.exportForm.options()
}

// A read-only case offers no marking to choose for a note.
func TestNoteMarkingIsDisabledOnAReadOnlyCase(t *testing.T) {
	u, path := newTestUI(t)
	u.closeCase()
	other, err := casefile.AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Release()
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	if u.ReadOnly() == "" {
		t.Fatal("the case opened elsewhere is editable")
	}
	u.OpenNote(u.Case().Notes[0].ID)
	if !u.notes.marking.choice.Disabled() {
		t.Error("a note's marking can be chosen on a read-only case")
	}
}
