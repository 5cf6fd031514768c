package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// datedArticle imports the article into an empty case and gives the
// source the date and reliability the default case gives it.
func datedArticle(t *testing.T, u *UI) (casefile.Source, *sourceReader) {
	t.Helper()
	src := importArticle(t, u)
	src.Date = casefile.Date{Year: 2022, Month: 9, Day: 8}
	src.Reliability = "F"
	if err := u.edit(func(c *casefile.Case) error { return c.UpdateSource(src) }); err != nil {
		t.Fatal(err)
	}
	u.ShowSource(src.ID)
	return src, u.sources.reader
}

// selectText selects, as a drag does, the first passage of the reader's
// page that reads text.
func selectText(t *testing.T, r *sourceReader, text string) casefile.Span {
	t.Helper()
	page := r.view.text()
	i := strings.Index(page, text)
	if i < 0 {
		t.Fatalf("the page does not hold %q", text)
	}
	start := len([]rune(page[:i]))
	r.view.selectRange(start, start+len([]rune(text)))
	r.view.selected()
	return casefile.Span{Start: start, End: start + len([]rune(text))}
}

// defaultStatement is the default case's statement whose quote is quote.
func defaultStatement(t *testing.T, quote string) casefile.Statement {
	t.Helper()
	c, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range c.Statements {
		if strings.HasPrefix(st.Quote, quote) {
			return st
		}
	}
	t.Fatalf("the default case quotes no %q", quote)
	return casefile.Statement{}
}

func TestNewStatementFromASelectionInFourActions(t *testing.T) {
	u, _ := newEmptyTestUI(t)
	src, r := datedArticle(t, u)
	want := defaultStatement(t, "The United States strongly condemns")

	// 1. Select the quotation, its marks with it.
	selectText(t, r, "“"+want.Quote+"”")
	// 2. New statement from selection.
	test.Tap(r.newStatement)
	// 3. Confirm the speaker: the text names one the case lacks.
	if u.sources.offer == nil || !strings.Contains(u.message, "Adrienne Watson, National Security Council spokesperson") {
		t.Fatalf("no offer of the speaker as a new actor (%q)", u.message)
	}
	test.Tap(buttonIn(t, u.win.Canvas().Overlays().Top(), "Add Adrienne Watson"))
	c := u.Case()
	if len(c.Actors) != 1 || c.Actors[0].Name != "Adrienne Watson" || c.Actors[0].Role != "National Security Council spokesperson" || c.Actors[0].Kind != casefile.KindPerson {
		t.Fatalf("the new actor is %+v", c.Actors)
	}
	if u.form == nil {
		t.Fatal("no statement form opened")
	}
	if got := u.form.Entries["quote"].Text; got != want.Quote {
		t.Errorf("the form's quote is %q, want %q", got, want.Quote)
	}
	// 4. Save.
	u.form.Submit()
	if u.form != nil {
		t.Fatalf("the form did not save: %q", u.form.general.Text)
	}
	c = u.Case()
	if len(c.Statements) != 1 {
		t.Fatalf("%d statements, want 1", len(c.Statements))
	}
	st := c.Statements[0]
	wantDate := casefile.Date{Year: 2022, Month: 9, Day: 7, Inferred: true, AsStated: "on Wednesday"}
	switch {
	case st.Quote != want.Quote:
		t.Errorf("quote %q, want %q", st.Quote, want.Quote)
	case st.Source != casefile.Citation{Source: src.ID, Locator: "para. 4", Span: want.Source.Span}:
		t.Errorf("source %+v, want para. 4 at %+v", st.Source, want.Source.Span)
	case st.Speaker != c.Actors[0].ID:
		t.Errorf("speaker %q, want the new actor", c.ActorName(st.Speaker))
	case st.Date != wantDate:
		t.Errorf("date %+v, want %+v", st.Date, wantDate)
	case st.Channel != "White House statement":
		t.Errorf("channel %q", st.Channel)
	case st.Grading.Reliability != "F":
		t.Errorf("grading %v, want the source's reliability", st.Grading)
	}
	if ch := quoteCheck(c, st); ch.Status != casefile.Verified {
		t.Errorf("the new statement's quote is %v", ch.Status)
	}
}

func TestAKnownSpeakerNeedsNoQuestion(t *testing.T) {
	u, _ := newTestUI(t)
	_, r := defaultSource(t, u)
	want := defaultStatement(t, "The said attack failed")
	selectText(t, r, " “"+want.Quote+"”\n") // white space and marks come off
	before := len(u.Case().Actors)
	test.Tap(r.newStatement)
	if u.form == nil {
		t.Fatalf("no form opened (dialog: %q)", u.message)
	}
	u.form.Submit()
	c := u.Case()
	st := c.Statements[len(c.Statements)-1]
	if len(c.Actors) != before || st.Speaker != want.Speaker || st.Source != want.Source || st.Quote != want.Quote {
		t.Errorf("saved %q by %q at %+v, want %q's statement at %+v", st.Quote, c.ActorName(st.Speaker), st.Source, c.ActorName(want.Speaker), want.Source)
	}
	// "Rama said" gives no date; the date is Rama's statement of "on Wednesday".
	if st.Date.Day != 7 || !st.Date.Inferred || st.Date.AsStated != "on Wednesday" || st.Channel != "statement" {
		t.Errorf("date %+v and channel %q, want those of Rama's statement on Wednesday", st.Date, st.Channel)
	}
}

func TestNewEventFromASelection(t *testing.T) {
	u, _ := newTestUI(t)
	src, r := defaultSource(t, u)
	para := "In May 2022, former U.S. Secretary of State Mike Pompeo met with Rajavi in Albania, where he praised her work against the Iranian regime."
	sp := selectText(t, r, para)
	test.Tap(r.newEvent)
	if u.form == nil {
		t.Fatal("no event form opened")
	}
	u.form.Submit()
	if u.form != nil {
		t.Fatalf("the form did not save: %q", u.form.general.Text)
	}
	c := u.Case()
	e := c.Events[len(c.Events)-1]
	if e.Description != para || e.Date != (casefile.Date{Year: 2022, Month: 5, AsStated: "In May 2022"}) {
		t.Errorf("event %q dated %+v", e.Description, e.Date)
	}
	if len(e.Sources) != 1 || e.Sources[0] != (casefile.Citation{Source: src.ID, Locator: "para. 16", Span: sp}) {
		t.Errorf("the event cites %+v, want para. 16 at %+v", e.Sources, sp)
	}
	for _, name := range []string{"Mike Pompeo", "Maryam Rajavi", "Albania"} {
		if !slices.Contains(e.Actors, actorID(t, c, name)) {
			t.Errorf("the event's actors lack %s", name)
		}
	}
	_, r = defaultSource(t, u)
	if m, ok := r.view.markAt(sp.Start); !ok || m.cites[0].kind != "event" {
		t.Error("the event's passage is not highlighted")
	}
}

func TestQuoteMarksAroundAQuoteAreRemovedWithANotice(t *testing.T) {
	u, _ := newTestUI(t)
	c := u.Case()
	st, _ := c.Statement(statementID(t, c, "AJC: a red line"))
	u.ShowStatement(st.ID)
	test.Tap(buttonIn(t, u.statements.detail.box, "Edit…"))
	u.form.Entries["quote"].SetText("“" + st.Quote + "”")
	u.form.Submit()
	got, _ := u.Case().Statement(st.ID)
	if got.Quote != st.Quote {
		t.Fatalf("saved %q, want the quote without its marks", got.Quote)
	}
	if got.Source.Span != st.Source.Span {
		t.Errorf("the span went from %+v to %+v", st.Source.Span, got.Source.Span)
	}
	box := u.statements.detail.box
	if n := len(find(box, func(l *widgetLabel) bool { return l.Text == quoteMarksNotice })); n != 1 {
		t.Errorf("the notice shows %d times", n)
	}
	u.ShowStatement(statementID(t, c, "Rama on proportionality"))
	u.ShowStatement(st.ID)
	if n := len(find(u.statements.detail.box, func(l *widgetLabel) bool { return l.Text == quoteMarksNotice })); n != 0 {
		t.Error("the notice stays after the statement is shown again")
	}

	// A new statement too; a quote merely containing marks keeps them.
	u.newStatementFrom(casefile.Statement{Title: "Split", Speaker: st.Speaker, Source: casefile.Citation{Source: st.Source.Source}})
	u.form.Entries["quote"].SetText("“A,” he said, “B.”")
	u.form.Submit()
	c = u.Case()
	if last := c.Statements[len(c.Statements)-1]; last.Quote != "“A,” he said, “B.”" {
		t.Errorf("a quote with inner marks was saved as %q", last.Quote)
	}
}

func TestDateWordsAgainstTheSourcesDate(t *testing.T) {
	src := casefile.Date{Year: 2022, Month: 9, Day: 8}
	for _, c := range []struct {
		words string
		want  casefile.Date
	}{
		{"on Wednesday", casefile.Date{Year: 2022, Month: 9, Day: 7, Inferred: true, AsStated: "on Wednesday"}},
		{"Thursday", casefile.Date{Year: 2022, Month: 9, Day: 8, Inferred: true, AsStated: "Thursday"}},
		{"last Thursday", casefile.Date{Year: 2022, Month: 9, Day: 1, Inferred: true, AsStated: "last Thursday"}},
		{"In July", casefile.Date{Year: 2022, Month: 7, Inferred: true, AsStated: "In July"}},
		{"In May 2022", casefile.Date{Year: 2022, Month: 5, AsStated: "In May 2022"}},
		{"July 15", casefile.Date{Year: 2022, Month: 7, Day: 15, Inferred: true, AsStated: "July 15"}},
		{"until 2012", casefile.Date{Year: 2012, Qualifier: casefile.Until, AsStated: "until 2012"}},
		{"around 2014", casefile.Date{Year: 2014, Qualifier: casefile.About, AsStated: "around 2014"}},
		{"in December", casefile.Date{Year: 2021, Month: 12, Inferred: true, AsStated: "in December"}},
		{"yesterday", casefile.Date{Year: 2022, Month: 9, Day: 7, Inferred: true, AsStated: "yesterday"}},
		{"last week", casefile.Date{AsStated: "last week"}},
		{"", casefile.Date{Year: 2022, Month: 9, Day: 8, Inferred: true}},
	} {
		if got := dateFor(c.words, src); got != c.want {
			t.Errorf("%q: %+v, want %+v", c.words, got, c.want)
		}
	}
	if got := dateFor("on Wednesday", casefile.Date{}); got != (casefile.Date{AsStated: "on Wednesday"}) {
		t.Errorf("a weekday in an undated source: %+v", got)
	}
	if got := dateWordsIn("Damages may be minimal. In May 2022, Pompeo met Rajavi."); got != "In May 2022" {
		t.Errorf("date words %q", got)
	}
}

func TestTextIndexAgreesWithWalkingTheText(t *testing.T) {
	text := casefile.SyntheticText(40000, 5) + "\n\n\nΑλβανία “quoted”\n\nend\n"
	x := newTextIndex(text)
	n := len([]rune(text))
	for r := 0; r <= n; r += 97 {
		if got, want := x.byteAt(r), byteAt(text, r); got != want {
			t.Fatalf("rune %d: byte %d, want %d", r, got, want)
		}
		if r < n {
			if got, want := x.para(r), paragraphAt(text, r); got != want {
				t.Fatalf("rune %d: paragraph %d, want %d", r, got, want)
			}
		}
	}
	if got := x.slice(n-12, n-5); got != "uoted”\n" {
		t.Errorf("slice %q", got)
	}
}
