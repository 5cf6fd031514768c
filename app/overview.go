package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// latestEvents is how many of the most recent events the overview lists.
const latestEvents = 5

// overviewScreen is the case at a glance: marking, title, bottom line,
// counts, the latest events and the analyst's notes on the case.
type overviewScreen struct {
	u       *UI
	content fyne.CanvasObject
	banner  *tlpBadge
	title   *widget.Label
	meta    *widget.Label
	box     *fyne.Container
	summary fyne.CanvasObject // replaced in box on each refresh
	counts  *widget.Label
	events  *fyne.Container
	notes   *fyne.Container
	edit    *widget.Button
	scroll  *container.Scroll

	// The title line and the bottom line are portions of their own, each
	// with its marking.
	titleMarking, summaryMarking *tlpBadge
}

func newOverviewScreen(u *UI) *overviewScreen {
	o := &overviewScreen{u: u, banner: newTLPBanner(), title: heading(""), meta: mutedWrap(""), summary: para(""),
		counts: widget.NewLabel(""), events: container.NewVBox(), notes: container.NewVBox(),
		titleMarking: portionBadge(""), summaryMarking: portionBadge("")}
	o.edit = button("Edit case details…", theme.DocumentCreateIcon(), u.editCaseDetails)
	o.box = container.NewVBox(
		o.banner, markedLabel(o.titleMarking, o.title), o.meta,
		markedLabel(o.summaryMarking, subheading("Bottom line")), o.summary,
		o.counts, toolbar(o.edit),
		widget.NewSeparator(), subheading("Latest events"), o.events,
		widget.NewSeparator(), o.notes,
	)
	o.scroll = container.NewVScroll(container.NewPadded(o.box))
	o.content = o.scroll
	return o
}

// showSummary puts the bottom line's widget where the last one was.
func (o *overviewScreen) showSummary(w fyne.CanvasObject) {
	o.box.Objects[slices.Index(o.box.Objects, o.summary)] = w
	o.summary = w
	o.box.Refresh()
}

func (o *overviewScreen) refresh() {
	u := o.u
	c := u.doc.c
	o.banner.set(c.Marking)
	o.title.SetText(bounded(c.Title))
	o.titleMarking.set(c.EffectiveMarking(c.TitleMarking))
	o.summaryMarking.set(c.EffectiveMarking(c.SummaryMarking))
	meta := "Analyst: " + c.Analyst
	if c.Analyst == "" {
		meta = "No analyst named"
	}
	meta = joinDot(meta, "Modified "+c.Modified.Local().Format("2 Jan 2006 15:04"), joinComma(c.Tags))
	o.meta.SetText(bounded(meta))
	summary := c.Summary
	if summary == "" {
		summary = "No summary yet: use Edit case details… to write the bottom line."
	}
	o.showSummary(u.longText("Bottom line", summary, plainText))
	o.counts.SetText(strings.Join(c.Counts(), " · "))
	if u.doc.readOnly != "" {
		o.edit.Disable()
	} else {
		o.edit.Enable()
	}

	order := chronological(len(c.Events), func(i int) casefile.Date { return c.Events[i].OrderDate() })
	order = slices.DeleteFunc(order, func(i int) bool { return c.Events[i].OrderDate().IsZero() })
	slices.Reverse(order)
	o.events.RemoveAll()
	if len(order) == 0 {
		o.events.Add(muted("No dated events yet."))
	}
	for _, i := range order[:min(latestEvents, len(order))] {
		e := c.Events[i]
		when := markedLabel(portionBadge(c.EffectiveMarking(e.Marking)), muted(listDate(c, e.Date, e.Dates)))
		o.events.Add(container.NewBorder(nil, nil, when, nil, linkWrap(eventLine(&e), func() { u.ShowEvent(e.ID) })))
	}
	o.notes.Objects = u.notesSection(casefile.Target{Kind: casefile.OnCase})[1:]
	o.notes.Objects[0].(*widget.Label).SetText("Notes on the case")
	o.notes.Refresh()
	o.scroll.Refresh() // again, now that wrapped text knows its width
}
