package app

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

func judgmentIDs(c *casefile.Case) []string {
	var out []string
	for _, j := range c.Judgments {
		out = append(out, j.ID)
	}
	return out
}

// The Judgments screen lists the default case's key judgments in order,
// shows each with its flags and evidence, and writes, reorders and links
// them through the case, every change on disk within the autosave.
func TestJudgmentsScreenWritesReordersAndLinks(t *testing.T) {
	u, path := newTestUI(t)
	c := u.Case()
	u.tabs.Select(u.tabJudgments)
	j := u.judgments
	if n := j.list.Length(); n != 3 {
		t.Fatalf("the list shows %d judgments, want the default case's 3", n)
	}
	first := c.Judgments[0]
	j.list.Select(0)
	detail := labelTexts(j.detail.box)
	for _, want := range []string{first.Text, "likely (55–80%)", "low confidence", "Flagged: its only support is graded E or F, or 5 or 6.",
		"The analyst's own judgment, not the sources'"} {
		if !strings.Contains(detail, want) {
			t.Errorf("the judgment's page lacks %q:\n%s", want, detail)
		}
	}
	if n := len(find(j.detail.box, func(h *widget.Hyperlink) bool { return strings.HasPrefix(h.Text, "statement “") })); n != 3 {
		t.Errorf("the page links %d statements; the judgment cites 3", n)
	}

	// Alt+Down moves the selected judgment down; Up goes back up.
	before := judgmentIDs(c)
	typeShortcut(t, u, &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt})
	if got := judgmentIDs(u.Case()); got[1] != before[0] || got[0] != before[1] {
		t.Fatalf("after Alt+Down the order is %q, want the first second", got)
	}
	if j.selected != first.ID || j.list.Length() != 3 {
		t.Errorf("the moved judgment is no longer selected")
	}
	waitFor(t, "the new order saved", func() bool { return slices.Equal(judgmentIDs(loadFile(t, path)), judgmentIDs(u.Case())) })
	test.Tap(j.up)
	if got := judgmentIDs(u.Case()); !slices.Equal(got, before) {
		t.Errorf("after Up the order is %q, want %q", got, before)
	}

	// The first link's choice turns support into undercutting; Remove
	// drops the link.
	sels := find(j.detail.box, func(s *choice) bool { return true })
	sels[0].SetSelected("undercuts")
	if l := u.Case().Judgments[0].Evidence[0]; l.Supports {
		t.Errorf("the first link still supports after choosing undercuts")
	}
	n := len(u.Case().Judgments[0].Evidence)
	test.Tap(find(j.detail.box, func(b *widget.Button) bool { return b.Text == "Remove" })[n-1])
	if got := len(u.Case().Judgments[0].Evidence); got != n-1 {
		t.Errorf("after Remove the judgment cites %d items, want %d", got, n-1)
	}

	// Add evidence… picks from the statements, events, notes and sources.
	test.Tap(buttonIn(t, j.detail.box, "Add evidence…"))
	p := j.picker
	test.Type(p.filter, "khamenei unity")
	if len(p.shown) != 2 { // the statement and the event
		t.Fatalf("the picker narrowed to %d items, want 2", len(p.shown))
	}
	p.way.SetSelected("undercuts")
	p.list.Select(0)
	got := u.Case().Judgments[0].Evidence
	last := got[len(got)-1]
	if last.Kind != casefile.EvidenceStatement || last.Supports || !strings.HasPrefix(u.Case().EvidenceName(last.Item), "Khamenei") {
		t.Errorf("the link added is %+v", last)
	}

	// New judgment writes one through the form, after the others.
	test.Tap(j.add)
	f := u.form
	f.Entries["text"].SetText("The MEK's presence in Albania will very likely keep relations with Iran strained.")
	f.Choices["likelihood"].SetSelected(casefile.VeryLikely.Words())
	f.Choices["confidence"].SetSelected("moderate")
	f.Submit()
	if u.form != nil {
		t.Fatalf("the form did not save: %q", f.general.Text)
	}
	c = u.Case()
	if len(c.Judgments) != 4 || c.Judgments[3].Likelihood != casefile.VeryLikely || j.selected != c.Judgments[3].ID {
		t.Fatalf("judgments after New: %+v", c.Judgments)
	}
	if !strings.Contains(labelTexts(j.detail.box), "Flagged: cites no evidence.") {
		t.Errorf("a new judgment citing nothing is not flagged")
	}

	// A form without a likelihood says so under the field.
	u.editJudgment(casefile.Judgment{})
	u.form.Entries["text"].SetText("No likelihood")
	u.form.Submit()
	if p := u.form.Problem("likelihood"); !strings.Contains(p, "is empty; choose one of") {
		t.Errorf("likelihood problem %q", p)
	}
	u.form.close()

	// Saved, reloaded: the same judgments.
	waitFor(t, "the judgments saved", func() bool {
		return slices.EqualFunc(loadFile(t, path).Judgments, u.Case().Judgments, func(a, b casefile.Judgment) bool {
			return a.ID == b.ID && a.Text == b.Text && slices.Equal(a.Evidence, b.Evidence)
		})
	})
}

// A statement's, an event's, a source's and a note's views list the key
// judgments that cite them, each a link to the judgment.
func TestItemViewsListTheJudgmentsCitingThem(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	u.ShowStatement(statementID(t, c, "White House condemns the attack"))
	texts := labelTexts(u.statements.detail.box)
	if !strings.Contains(texts, "Key judgments citing it") || !strings.Contains(texts, "It supports judgment 1:") || !strings.Contains(texts, "It undercuts judgment 2:") {
		t.Errorf("the statement's page:\n%s", texts)
	}
	tapLink(find(u.statements.detail.box, func(h *widget.Hyperlink) bool { return strings.HasPrefix(h.Text, "It is unlikely") })[0])
	if u.tabs.Selected() != u.tabJudgments || u.judgments.selected != c.Judgments[1].ID {
		t.Errorf("the link did not open judgment 2")
	}
	ev := c.Judgments[0].Evidence[2].Item // the attack
	u.ShowEvent(ev)
	if !strings.Contains(labelTexts(u.background.detail.box), "It supports judgment 1:") {
		t.Errorf("the event's page does not list the judgment citing it")
	}
	u.ShowStatement(statementID(t, c, "Khamenei on Muslim unity"))
	if strings.Contains(labelTexts(u.statements.detail.box), "Key judgments citing it") {
		t.Errorf("a statement no judgment cites lists judgments")
	}
	note := c.Judgments[1].Evidence[1].Item
	u.OpenNote(note)
	if len(find(u.notes.target, func(h *widget.Hyperlink) bool { return h.Text == "cited by judgment 2" })) != 1 {
		t.Errorf("the note does not say judgment 2 cites it")
	}
}

// Judgments edited in the GUI survive a releasable export: the JSON copy
// at GREEN keeps the GREEN judgment and its released links, and counts
// what it withheld.
func TestEditedJudgmentsSurviveAReleasableExport(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	jd := c.Judgments[2]
	jd.Marking = casefile.TLPClear
	if err := u.edit(func(c *casefile.Case) error {
		c.Marking = casefile.TLPAmber
		// The evidence is CLEAR; the assessment but this judgment AMBER.
		for i := range c.Actors {
			c.Actors[i].Marking = casefile.TLPClear
		}
		for i := range c.Statements {
			c.Statements[i].Marking = casefile.TLPClear
		}
		for i := range c.Events {
			c.Events[i].Marking = casefile.TLPClear
		}
		c.Sources[0].Marking = casefile.TLPClear
		return c.UpdateJudgment(jd)
	}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := export.JSON(&out, u.Case(), export.Options{MaxMarking: casefile.TLPClear}); err != nil {
		t.Fatal(err)
	}
	r, err := casefile.Decode(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Judgments) != 1 || r.Judgments[0].Text != jd.Text || len(r.Judgments[0].Evidence) != len(jd.Evidence) {
		t.Fatalf("released judgments: %+v", r.Judgments)
	}
	if r.Release.Count("judgments") != 2 || r.Release.Count("hypotheses") != 3 {
		t.Errorf("the release withheld %v", r.Release.Withheld)
	}
}
