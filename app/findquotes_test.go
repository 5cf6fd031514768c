package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/casefile/casefile/assets"
	"github.com/casefile/casefile/casefile"
)

// openFinder runs Find quotes on a source and waits for its dialog.
func openFinder(t *testing.T, u *UI, srcID string) *quoteFinder {
	t.Helper()
	u.sources.finder = nil
	u.findQuotes(srcID)
	waitFor(t, "the quotations found", func() bool { return u.sources.finder != nil })
	return u.sources.finder
}

// foundRowOf is the list's row showing quotation i.
func foundRowOf(t *testing.T, f *quoteFinder, i int) *foundRow {
	t.Helper()
	rows := find(f.u.win.Canvas().Overlays().Top(), func(r *foundRow) bool { return r.index == i })
	if len(rows) != 1 {
		t.Fatalf("%d rows show quotation %d", len(rows), i)
	}
	return rows[0]
}

// squeezedQuotes indexes the finder's quotations by their text.
func (f *quoteFinder) byQuote() map[string]quoteProposal {
	m := map[string]quoteProposal{}
	for _, i := range f.shown {
		m[squeezeSpace(f.all[i].quote)] = f.all[i]
	}
	return m
}

func TestFindQuotesOffersTheArticlesQuotationsWithTheirSpeakers(t *testing.T) {
	u, _ := newEmptyTestUI(t)
	src, r := datedArticle(t, u)
	test.Tap(r.findQuotes)
	waitFor(t, "the quotations found", func() bool { return u.sources.finder != nil })
	f := u.sources.finder
	def, err := casefile.Decode(assets.DefaultCase)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.shown) != len(def.Statements) {
		t.Errorf("%d quotations offered, want the default case's %d", len(f.shown), len(def.Statements))
	}
	found, right := f.byQuote(), 0
	for _, st := range def.Statements {
		p, ok := found[squeezeSpace(st.Quote)]
		switch {
		case !ok:
			t.Errorf("not offered: %q", st.Quote)
		case p.speaker == def.ActorName(st.Speaker) && p.newActor():
			right++
		default:
			t.Logf("%.40q: speaker %q, the default case has %q", st.Quote, p.speaker, def.ActorName(st.Speaker))
		}
	}
	if right < len(def.Statements)-1 {
		t.Errorf("%d of %d with the right speaker, want at least %d", right, len(def.Statements), len(def.Statements)-1)
	}
	watson := found[squeezeSpace(defaultStatement(t, "The United States strongly condemns").Quote)]
	if got := f.detailsOf(watson); !strings.HasPrefix(got, "new actor: Adrienne Watson, National Security Council spokesperson · said · 7 Sep 2022 (inferred) · White House statement · para. 4") {
		t.Errorf("Watson's quotation reads %q", got)
	}
	if len(f.scare) != 0 {
		t.Errorf("%d scare quotes listed apart in an article that has none", len(f.scare))
	}

	// Dismiss the first; accept the rest at once.
	first := f.shown[0]
	test.Tap(foundRowOf(t, f, first).dismiss)
	if len(f.shown) != len(def.Statements)-1 || f.shown[0] == first {
		t.Fatalf("after Dismiss, %d quotations listed", len(f.shown))
	}
	undos := len(u.doc.undo)
	f.selectAll.SetChecked(true)
	if f.acceptSel.Disabled() || f.acceptSel.Text != "Accept selected (11)" {
		t.Fatalf("Select all leaves %q (disabled %v)", f.acceptSel.Text, f.acceptSel.Disabled())
	}
	test.Tap(f.acceptSel)
	c := u.Case()
	if len(c.Statements) != 11 || len(u.doc.undo) != undos+1 {
		t.Fatalf("Accept selected made %d statements in %d undo steps, want 11 in 1", len(c.Statements), len(u.doc.undo)-undos)
	}
	var names []string
	for _, a := range c.Actors {
		names = append(names, a.Name)
	}
	if got := strings.Join(names, ", "); got != "Edi Rama, Adrienne Watson, American Jewish Committee, Iranian Foreign Ministry, Ali Khamenei" {
		t.Errorf("the new actors are %s", got)
	}
	if v, n := c.QuotesVerified(); v != 11 || n != 11 {
		t.Errorf("%d of %d accepted quotes verified in the source", v, n)
	}
	for _, st := range c.Statements {
		if st.Source.Source != src.ID || st.Source.Span.IsZero() || !strings.HasPrefix(st.Source.Locator, "para. ") || st.Grading.Reliability != "F" {
			t.Errorf("%q cites %+v graded %v", st.Title, st.Source, st.Grading)
		}
	}
	if len(f.shown) != 0 || f.count.Text != "Added 11 statements and 5 new actors. Every quotation found is in the case or dismissed." {
		t.Errorf("after accepting, %d listed: %q", len(f.shown), f.count.Text)
	}

	// The dismissed one stays dismissed while the dialog is open, even
	// when an undo takes the others back; a new search offers it again.
	u.Undo()
	if len(f.shown) != len(def.Statements)-1 || f.dismissed[first] != true {
		t.Errorf("after undo, %d listed", len(f.shown))
	}
	for _, i := range f.shown {
		if i == first {
			t.Error("the dismissed quotation is back")
		}
	}
	f.onClose()
	f = openFinder(t, u, src.ID)
	if len(f.shown) != len(def.Statements) {
		t.Errorf("a new search lists %d", len(f.shown))
	}

	// Accept is one action: the statement, and its new speaker.
	test.Tap(foundRowOf(t, f, first).accept)
	c = u.Case()
	if len(c.Statements) != 1 || c.ActorName(c.Statements[0].Speaker) != "Edi Rama" || c.Statements[0].Quote != "with immediate effect," {
		t.Errorf("Accept made %d statements, the first %+v", len(c.Statements), c.Statements)
	}
	if len(f.shown) != len(def.Statements)-1 {
		t.Errorf("the accepted quotation is still listed (%d)", len(f.shown))
	}
}

func TestFindQuotesOnTheDefaultCaseFindsThemAllHeld(t *testing.T) {
	u, _ := newTestUI(t)
	src, _ := defaultSource(t, u)
	f := openFinder(t, u, src.ID)
	if len(f.all) != 12 || len(f.shown) != 0 {
		t.Errorf("%d found and %d offered in the default case, want 12 found, every one held", len(f.all), len(f.shown))
	}
	// A held quotation is one with an overlapping span or the same words.
	st := u.Case().Statements[0]
	st.Source.Span = casefile.Span{}
	if err := u.edit(func(c *casefile.Case) error { return c.UpdateStatement(st) }); err != nil {
		t.Fatal(err)
	}
	if len(f.shown) != 0 {
		t.Error("a statement without a span but with the same quote does not hold it")
	}
	st.Quote = "with immediate"
	if err := u.edit(func(c *casefile.Case) error { return c.UpdateStatement(st) }); err != nil {
		t.Fatal(err)
	}
	if len(f.shown) != 1 {
		t.Errorf("%d offered once the quote differs and has no span, want 1", len(f.shown))
	}
}

func TestFindQuotesListsScareQuotesApart(t *testing.T) {
	u, _ := newEmptyTestUI(t)
	text := "The group’s so-called “peace plan” was published on Monday.\n\n“We reject it,” the minister said."
	importFile(t, u, "", "scare.txt", []byte(text))
	f := openFinder(t, u, u.Case().Sources[0].ID)
	if len(f.shown) != 1 || f.all[f.shown[0]].quote != "We reject it," {
		t.Errorf("offered %d: %+v", len(f.shown), f.all)
	}
	if len(f.scare) != 1 || f.scare[0].Text != "peace plan" {
		t.Errorf("scare quotes %+v", f.scare)
	}
}

func TestAQuotationSplitByItsAttributionBecomesAStatementPerPart(t *testing.T) {
	u, _ := newEmptyTestUI(t)
	text := "Ministers met on Monday.\n\n“We will not be intimidated,” Prime Minister Jane Roe said, “and we will answer in kind.”"
	importFile(t, u, "", "split.txt", []byte(text))
	f := openFinder(t, u, u.Case().Sources[0].ID)
	if len(f.shown) != 1 || len(f.all[f.shown[0]].parts) != 2 {
		t.Fatalf("offered %d, the first in %d parts", len(f.shown), len(f.all[0].parts))
	}
	test.Tap(foundRowOf(t, f, f.shown[0]).accept)
	c := u.Case()
	if len(c.Statements) != 2 {
		t.Fatalf("%d statements, want one per part", len(c.Statements))
	}
	for i, want := range []string{"We will not be intimidated,", "and we will answer in kind."} {
		st := c.Statements[i]
		if st.Quote != want || st.Source.Locator != "para. 2" || c.ActorName(st.Speaker) != "Jane Roe" || !strings.HasSuffix(st.Title, fmt.Sprintf("(part %d of 2)", i+1)) {
			t.Errorf("part %d: %q by %q at %q titled %q", i+1, st.Quote, c.ActorName(st.Speaker), st.Source.Locator, st.Title)
		}
		if ch := quoteCheck(c, st); ch.Status != casefile.Verified {
			t.Errorf("part %d is %v", i+1, ch.Status)
		}
	}
}
