package app

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// statementsScreen lists what the actors said, in date order, and shows
// one statement in full.
type statementsScreen struct {
	u       *UI
	content fyne.CanvasObject
	list    *widget.List
	count   *widget.Label
	detail  *detailPane

	order    []int             // indexes into Case.Statements, chronological
	names    map[string]string // actor id -> name, for the rows
	selected string
	notices  map[string]string // statement id -> what its last save changed, shown once
}

func newStatementsScreen(u *UI) *statementsScreen {
	s := &statementsScreen{u: u, detail: newDetailPane("Select a statement to read it in full."), notices: map[string]string{}}
	s.list = widget.NewList(
		func() int { return len(s.order) },
		func() fyne.CanvasObject { return newTwoLineRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { s.updateRow(id, o.(*twoLineRow)) },
	)
	s.list.OnSelected = func(id widget.ListItemID) { s.show(s.statementAt(id).ID) }
	s.count = muted("")
	add := button("New statement", theme.ContentAddIcon(), func() { u.editStatement(casefile.Statement{}) })
	left := container.NewBorder(container.NewVBox(toolbar(add), s.count), nil, nil, nil, s.list)
	split := container.NewHSplit(left, s.detail.scroll)
	split.Offset = 0.38
	s.content = split
	return s
}

func (s *statementsScreen) statementAt(row int) *casefile.Statement {
	return &s.u.doc.c.Statements[s.order[row]]
}

func (s *statementsScreen) updateRow(row int, r *twoLineRow) {
	if row >= len(s.order) {
		return
	}
	st := s.statementAt(row)
	r.set(st.Title, joinDot(s.names[st.Speaker], listDate(s.u.doc.c, st.Date, st.Dates), firstWords(st.Quote, 14)))
	r.setMarking(s.u.doc.c.StatementMarking(*st))
}

// refresh re-reads the statements after the case changed.
func (s *statementsScreen) refresh() {
	c := s.u.doc.c
	s.names = actorNames(c)
	s.order = chronological(len(c.Statements), func(i int) casefile.Date { return c.Statements[i].OrderDate() })
	s.count.SetText(casefile.Count(len(c.Statements), "statement", "statements") + ", earliest first")
	s.list.UnselectAll()
	s.list.Refresh()
	if _, ok := c.Statement(s.selected); ok {
		s.selectID(s.selected)
	} else {
		s.selected = ""
		s.detail.show(mutedWrap("Select a statement to read it in full."))
	}
}

// selectID selects a statement in the list and shows it.
func (s *statementsScreen) selectID(id string) bool {
	return selectRow(s.list, len(s.order), func(row int) string { return s.u.doc.c.Statements[s.order[row]].ID }, id)
}

func (s *statementsScreen) show(id string) {
	u := s.u
	c := u.doc.c
	st, ok := c.Statement(id)
	if !ok {
		return
	}
	s.selected = id
	speaker := st.Speaker
	objs := []fyne.CanvasObject{
		markedHeading(st.Title, c.StatementMarking(st)),
		container.NewHBox(link(c.ActorName(st.Speaker), func() { u.ShowActor(speaker) }), muted(st.DateText(c))),
	}
	if n := s.notices[id]; n != "" {
		objs = append(objs, noticeLabel(n))
		delete(s.notices, id)
	}
	objs = append(objs, u.longText("Quote: "+st.Title, st.Quote, quoteText))
	objs = append(objs, u.quoteStatusRow(st)...)
	if st.Context != "" {
		objs = append(objs, u.longText("Context: "+st.Title, st.Context, plainText))
	}
	src := ""
	if sc, ok := c.Source(st.Source.Source); ok {
		src = sc.Title
		if sc.Publisher != "" {
			src += " (" + sc.Publisher + ")"
		}
	}
	if st.Source.Locator != "" {
		src += ", " + st.Source.Locator
	}
	var addressees []string
	for _, a := range st.Addressees {
		addressees = append(addressees, c.ActorName(a))
	}
	objs = append(objs, fieldRows(
		"Date", st.DateText(c),
		"Precision", datesPrecision(c, st.Date, st.Dates),
		"Channel", st.Channel,
		"Addressed to", strings.Join(addressees, ", "),
		"Source", src,
		"Grading", st.Grading.String(),
	))
	if st.RespondsTo != "" {
		to := st.RespondsTo
		if r, ok := c.Statement(to); ok {
			objs = append(objs, container.NewHBox(muted("Responds to"), link(r.Title+" ("+c.ActorName(r.Speaker)+")", func() { u.ShowStatement(to) })))
		}
	}
	for _, o := range c.Statements {
		if o.RespondsTo == id {
			oid := o.ID
			objs = append(objs, container.NewHBox(muted("Answered by"), link(o.Title+" ("+c.ActorName(o.Speaker)+")", func() { u.ShowStatement(oid) })))
		}
	}
	objs = append(objs, u.judgmentsCiting(id)...)
	objs = append(objs, u.itemButtons(
		func() { u.editStatement(st) },
		func() { u.deleteStatement(st) },
		casefile.Target{Kind: casefile.OnStatement, ID: id}))
	objs = append(objs, u.notesSection(casefile.Target{Kind: casefile.OnStatement, ID: id})...)
	s.detail.show(objs...)
}

// ShowStatement switches to the statements screen and opens one.
func (u *UI) ShowStatement(id string) {
	u.tabs.Select(u.tabStatements)
	u.statements.selectID(id)
}

// chronological returns 0..n-1 ordered as Date.Compare orders their
// dates: undated last, ties in case order. It sorts packed keys
// (Date.OrderKey) rather than calling Compare, as it runs on every edit of
// 10,000 statements.
func chronological(n int, date func(int) casefile.Date) []int {
	const indexBits = 20 // up to 1M items beside a key of 44 bits
	order := make([]int, n)
	if n > 1<<indexBits {
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return date(a).Compare(date(b)) })
		return order
	}
	keys := make([]uint64, n)
	for i := range keys {
		keys[i] = date(i).OrderKey()<<indexBits | uint64(i)
	}
	slices.Sort(keys)
	for i, k := range keys {
		order[i] = int(k & (1<<indexBits - 1))
	}
	return order
}

func actorNames(c *casefile.Case) map[string]string {
	m := make(map[string]string, len(c.Actors))
	for _, a := range c.Actors {
		m[a.ID] = a.Name
	}
	return m
}

func joinDot(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}

// firstWords returns up to n words of s, with "…" when cut, for a list
// row. It reads s only as far as those words, as s may be a megabyte.
func firstWords(s string, n int) string {
	words := make([]string, 0, n)
	for rest := s; ; {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		switch {
		case rest == "":
			return strings.Join(words, " ")
		case len(words) == n:
			return strings.Join(words, " ") + " …"
		}
		end := strings.IndexFunc(rest[:min(len(rest), maxRowText+1)], unicode.IsSpace)
		if end < 0 {
			if len(rest) > maxRowText { // a word longer than a row
				return strings.Join(append(words, clip(rest, maxRowText)), " ")
			}
			end = len(rest)
		}
		words = append(words, rest[:end])
		rest = rest[end:]
	}
}

// maxRowText is the most of a text, in bytes, that a list row is given: a
// row shows one line, and its label measures all it holds.
const maxRowText = 300

// clip cuts s to at most n bytes, at the start of a rune, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + " …"
}
