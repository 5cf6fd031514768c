package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// The goldens in testdata/ record each main screen's layout on the default
// case. They were generated and then read to check that each shows what
// it should; regenerate only after reading the difference.
func TestScreensRenderAsRecorded(t *testing.T) {
	u, _ := newTestUI(t)
	u.location.SetText("albania.casefile") // the temporary folder differs per run
	c := u.Case()

	test.AssertRendersToMarkup(t, "overview.xml", u.win.Canvas())

	u.ShowStatement(statementID(t, c, "Rama on proportionality"))
	test.AssertRendersToMarkup(t, "statements.xml", u.win.Canvas())

	u.ShowActor(actorID(t, c, "Edi Rama"))
	test.AssertRendersToMarkup(t, "actors.xml", u.win.Canvas())

	u.tabs.Select(u.tabBackground)
	u.background.list.Select(0)
	test.AssertRendersToMarkup(t, "background.xml", u.win.Canvas())

	u.tabs.Select(u.tabNotes)
	u.notes.list.Select(0)
	test.AssertRendersToMarkup(t, "notes.xml", u.win.Canvas())

	u.search.entry.SetText("rama iran")
	waitFor(t, "the search index built", func() bool { return !u.doc.indexing })
	test.AssertRendersToMarkup(t, "search.xml", u.win.Canvas())
	u.search.entry.SetText("")

	st, _ := c.Statement(statementID(t, c, "Rama on proportionality"))
	u.editStatement(st)
	u.form.Entries["quote"].SetText("")
	u.form.Submit()
	test.AssertRendersToMarkup(t, "statement_form_problem.xml", u.win.Canvas())
}
