package app

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/export"
)

// addMontenegroSources adds the two sources that date the Montenegro
// attack differently, and returns their ids.
func addMontenegroSources(t *testing.T, u *UI) (n1, silicon string) {
	t.Helper()
	err := u.edit(func(c *casefile.Case) error {
		a, err := c.AddSource(casefile.Source{Title: "Attack on government servers", Publisher: "N1", Date: casefile.Day(2022, 8, 26)})
		if err != nil {
			return err
		}
		b, err := c.AddSource(casefile.Source{Title: "Montenegro hit by ransomware", Publisher: "silicon.co.uk", Date: casefile.Day(2022, 8, 31)})
		n1, silicon = a.ID, b.ID
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n1, silicon
}

func eventTitled(t *testing.T, c *casefile.Case, title string) casefile.Event {
	t.Helper()
	for _, e := range c.Events {
		if e.Title == title {
			return e
		}
	}
	t.Fatalf("no event %q", title)
	return casefile.Event{}
}

const montenegroText = "20 Aug 2022 per N1; 22 Aug 2022 per silicon.co.uk"

// The Montenegro conflict, typed into the event form as a new user would:
// one source dates the attack 20 Aug 2022, another 22 Aug. It is saved as
// both, shown as both on the timeline and in the briefing, and a problem
// under the dates goes as soon as it is put right.
func TestConflictingDatesEnteredInTheEventForm(t *testing.T) {
	u, path := newTestUI(t)
	n1, silicon := addMontenegroSources(t, u)
	u.editEvent(casefile.Event{})
	f := u.form
	f.Entries["title"].SetText("Cyberattack on Montenegro's government")
	f.Entries["date"].SetText("20 Aug 2022")
	if _, ok := f.Entries["dates.1"]; ok {
		t.Fatal("the form opens with claims for an event of one date")
	}
	test.Tap(buttonIn(t, u.win.Canvas().Overlays().Top(), "Sources differ…"))
	if got := f.Entries["dates.1"].Text; got != "20 Aug 2022" {
		t.Errorf("the first source's date is %q, want the date typed", got)
	}
	if find(u.win.Canvas().Overlays().Top(), func(e *pageEntry) bool { return &e.Entry == f.Entries["date"] }) != nil {
		t.Error("the one date is still shown beside the sources' dates")
	}
	f.Choices["dates.1.source"].SetSelected("Attack on government servers")
	f.Entries["dates.2"].SetText("22 Aug 2022")

	// The second source not chosen yet: not saved, and the problem says so.
	f.Submit()
	if u.form != f {
		t.Fatal("saved a date with no source")
	}
	if msg := f.Problem("dates"); !strings.Contains(msg, "claim 2 (22 Aug 2022) names no source") {
		t.Errorf("the problem under the dates is %q", msg)
	}
	f.Choices["dates.2.source"].SetSelected("Montenegro hit by ransomware")
	if msg := f.Problem("dates"); msg != "" {
		t.Errorf("the problem stays once the source is chosen: %q", msg)
	}
	f.Submit()
	if u.form != nil {
		t.Fatalf("not saved: %q %q", f.general.Text, f.Problem("dates"))
	}

	e := eventTitled(t, u.Case(), "Cyberattack on Montenegro's government")
	want := []casefile.DateClaim{{Date: casefile.Day(2022, 8, 20), Source: n1}, {Date: casefile.Day(2022, 8, 22), Source: silicon}}
	if !reflect.DeepEqual(e.Dates, want) || e.Date != (casefile.Date{}) {
		t.Fatalf("saved as date %v, dates %v; want %v", e.Date, e.Dates, want)
	}
	waitFor(t, "the dates saved to disk", func() bool {
		for _, d := range loadFile(t, path).Events {
			if d.ID == e.ID {
				return reflect.DeepEqual(d.Dates, want)
			}
		}
		return false
	})

	// Shown as both, wherever the date is shown.
	u.ShowEvent(e.ID)
	if !strings.Contains(labelTexts(u.background.detail.box), montenegroText) {
		t.Errorf("the event's page lacks %q", montenegroText)
	}
	if !strings.Contains(labelTexts(u.background.detail.box), "sources differ: to the day per N1; to the day per silicon.co.uk") {
		t.Errorf("the event's page does not say the sources differ")
	}
	row := u.background.list.Length()
	found := false
	for i := range row {
		if u.Case().Events[u.background.order[i]].ID == e.ID {
			r := newTwoLineRow()
			u.background.list.UpdateItem(i, r)
			found = r.title.Text == "20 Aug 2022 or 22 Aug 2022 (sources differ)"
		}
	}
	if !found {
		t.Error("the timeline row does not show both dates")
	}
	var md bytes.Buffer
	if err := export.Markdown(&md, u.Case(), export.Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "- **"+montenegroText+"** — **Cyberattack on Montenegro's government**") {
		t.Errorf("the Markdown briefing lacks the conflict")
	}

	// Opened again, the form shows the sources' dates, and "Use one date"
	// goes back to the first of them.
	u.editEvent(e)
	f = u.form
	if f.Entries["dates.1"].Text != "20 Aug 2022" || f.Entries["dates.2"].Text != "22 Aug 2022" ||
		f.Choices["dates.2.source"].Selected != "Montenegro hit by ransomware" {
		t.Fatalf("the form reopens with %q per %q, %q per %q", f.Entries["dates.1"].Text, f.Choices["dates.1.source"].Selected,
			f.Entries["dates.2"].Text, f.Choices["dates.2.source"].Selected)
	}
	test.Tap(buttonIn(t, u.win.Canvas().Overlays().Top(), "Use one date"))
	if _, ok := f.Entries["dates.1"]; ok || f.Entries["date"].Text != "20 Aug 2022" {
		t.Errorf("after Use one date the date is %q", f.Entries["date"].Text)
	}
	f.Submit()
	if e2 := eventTitled(t, u.Case(), e.Title); e2.Dates != nil || e2.Date != casefile.Day(2022, 8, 20) {
		t.Errorf("saved with one date as %v, %v", e2.Date, e2.Dates)
	}
}

// labelTexts joins the text of every visible label under root.
func labelTexts(root fyne.CanvasObject) string {
	var texts []string
	for _, l := range find(root, func(*widget.Label) bool { return true }) {
		texts = append(texts, l.Text)
	}
	return strings.Join(texts, "\n")
}

func TestConflictingDatesOfAStatement(t *testing.T) {
	u, _ := newTestUI(t)
	_, silicon := addMontenegroSources(t, u)
	id := statementID(t, u.Case(), "Rama on proportionality")
	st, _ := u.Case().Statement(id)
	u.editStatement(st)
	f := u.form
	test.Tap(buttonIn(t, u.win.Canvas().Overlays().Top(), "Sources differ…"))
	// The first claim is the statement's own source's, with its date.
	if got := f.Entries["dates.1"].Text; got != "7 Sep 2022" || f.Choices["dates.1.source"].Selected == "" {
		t.Errorf("the first claim is %q per %q", got, f.Choices["dates.1.source"].Selected)
	}
	test.Tap(buttonIn(t, u.win.Canvas().Overlays().Top(), "Another source's date"))
	u.win.Resize(fyne.NewSize(760, 600)) // the narrowest window the forms fit
	f.fit()
	for _, key := range []string{"dates.1", "dates.2", "dates.3"} {
		if w, room := placeholderRoom(f.Entries[key]); w > room {
			t.Errorf("%s: %q is %.0f wide in a field with room for %.0f", key, f.Entries[key].PlaceHolder, w, room)
		}
	}
	f.Entries["dates.2"].SetText("8 Sep 2022")
	f.Choices["dates.2.source"].SetSelected("Montenegro hit by ransomware")
	f.Entries["dates.3"].SetText("next Tuesday")
	f.Submit()
	if msg := f.Problem("dates"); !strings.Contains(msg, `claim 3: "next Tuesday" is not a date`) {
		t.Errorf("an unreadable claim: %q", msg)
	}
	// Its row removed, the rest saves.
	remove := find(u.win.Canvas().Overlays().Top(), func(b *widget.Button) bool {
		return b.Text == "" && b.Icon != nil && b.Icon.Name() == theme.DeleteIcon().Name()
	})
	if len(remove) != 3 {
		t.Fatalf("%d remove buttons, want one per claim", len(remove))
	}
	test.Tap(remove[2])
	if msg := f.Problem("dates"); msg != "" {
		t.Errorf("the problem of the removed claim stays: %q", msg)
	}
	f.Submit()
	if u.form != nil {
		t.Fatalf("not saved: %q %q", f.general.Text, f.Problem("dates"))
	}
	st, _ = u.Case().Statement(id)
	if len(st.Dates) != 2 || st.Dates[1] != (casefile.DateClaim{Date: casefile.Day(2022, 9, 8), Source: silicon}) || st.Date != (casefile.Date{}) {
		t.Fatalf("saved as %v, %v", st.Date, st.Dates)
	}
	if st.Dates[0].Date.AsStated != "Wednesday" || !st.Dates[0].Date.Inferred {
		t.Errorf("the source's words went: %#v", st.Dates[0].Date)
	}
	u.ShowStatement(id)
	want := "7 Sep 2022 (inferred) per News article: Albania cuts diplomatic relations with Iran over the July 15 cyberattack; 8 Sep 2022 per silicon.co.uk"
	if st.DateText(u.Case()) != want || !strings.Contains(labelTexts(u.statements.detail.box), want) {
		t.Errorf("the statement's page does not show %q", want)
	}
}

// A range and an open end are typed into the one date; a range that ends
// before it starts is refused under the field until it is put right.
func TestRangesAndOpenEndsInTheDateField(t *testing.T) {
	u, _ := newTestUI(t)
	u.editEvent(casefile.Event{})
	f := u.form
	f.Entries["title"].SetText("Outage")
	f.Entries["date"].SetText("22–20 Aug 2022")
	f.Submit()
	if msg := f.Problem("date"); !strings.Contains(msg, "put the earlier date first") {
		t.Errorf("a backward range: %q", msg)
	}
	f.Entries["date"].SetText("20–22 Aug 2022")
	if msg := f.Problem("date"); msg != "" {
		t.Errorf("the problem stays once the range is right: %q", msg)
	}
	f.Submit()
	if e := eventTitled(t, u.Case(), "Outage"); e.Date != casefile.Range(casefile.Day(2022, 8, 20), casefile.Day(2022, 8, 22)) {
		t.Errorf("saved as %#v", e.Date)
	}
	u.editEvent(casefile.Event{})
	f = u.form
	f.Entries["title"].SetText("Campaign")
	f.Entries["date"].SetText("since 2019")
	f.Submit()
	if e := eventTitled(t, u.Case(), "Campaign"); e.Date != (casefile.Date{Year: 2019, Qualifier: casefile.Since}) || e.Date.EndBound() != casefile.BoundOpen {
		t.Errorf("saved as %#v", e.Date)
	}
}
