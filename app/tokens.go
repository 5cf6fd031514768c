package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/casefile/casefile/casefile"
)

// A token picker chooses several items (the actors of an event, those a
// statement addresses) as tokens: typing filters the items, Enter or a
// click adds the one lit, each token has a button that removes it, and
// an item chosen is never offered again. Typing names separated by
// commas still works: each name before a comma that is an item's name or
// alias becomes a token.

// maxOffers is how many items the picker lists at once; typing narrows.
const maxOffers = 6

// tokenItem is an item a picker offers.
type tokenItem struct {
	id, label string
	names     []string // its name and aliases as typed
	folded    []string // the same, folded for matching
}

type tokenPicker struct {
	items  []tokenItem
	chosen []string // ids, in the order chosen
	what   string   // "actor", for what it says

	entry     *tokenEntry
	flow      *fyne.Container // the tokens, then the entry
	removes   []*widget.Button
	offers    *fyne.Container // the items offered, while typing or browsing
	offered   []string        // their ids, in order
	buttons   []*widget.Button
	more      *widget.Label // how many more match, or that none does
	lit       int           // the offer that Enter adds
	open      bool          // offers shown
	shownRows int           // rows the offers took when last laid out
	browse    bool          // offers shown with nothing typed
	view      fyne.CanvasObject

	changed  func() // after any change, for the form
	relayout func() // after the picker's height changes
}

// actorTokens are the case's actors as a picker offers them.
func actorTokens(c *casefile.Case) []tokenItem {
	items := make([]tokenItem, 0, len(c.Actors))
	seen := map[string]bool{}
	for _, a := range c.Actors {
		l := bounded(a.Name)
		for n := 2; seen[l]; n++ {
			l = fmt.Sprintf("%s (%d)", bounded(a.Name), n)
		}
		seen[l] = true
		it := tokenItem{id: a.ID, label: l, names: append([]string{a.Name}, a.Aliases...)}
		for _, n := range it.names {
			it.folded = append(it.folded, casefile.Fold(n))
		}
		items = append(items, it)
	}
	return items
}

func newTokenPicker(items []tokenItem, chosen []string, placeholder, what string) *tokenPicker {
	p := &tokenPicker{items: items, what: what, more: muted("")}
	for _, id := range chosen {
		if !slices.Contains(p.chosen, id) {
			p.chosen = append(p.chosen, id)
		}
	}
	p.entry = newTokenEntry(p)
	p.entry.SetPlaceHolder(placeholder)
	p.entry.OnChanged = p.typed
	// The field is never so narrow that its placeholder is cut off.
	th := theme.Current()
	room := fyne.MeasureText(placeholder, th.Size(theme.SizeNameText), fyne.TextStyle{}).Width +
		2*th.Size(theme.SizeNameInnerPadding) + 2*th.Size(theme.SizeNameInputBorder) + p.entry.ActionItem.MinSize().Width + th.Size(theme.SizeNamePadding)
	p.flow = container.New(&tokenFlow{entryMin: max(minEntry, room)})
	p.offers = container.NewVBox()
	p.offers.Hide()
	p.view = container.NewVBox(p.flow, p.offers)
	p.showTokens()
	return p
}

func (p *tokenPicker) item(id string) (tokenItem, bool) {
	i := slices.IndexFunc(p.items, func(it tokenItem) bool { return it.id == id })
	if i < 0 {
		return tokenItem{}, false
	}
	return p.items[i], true
}

// showTokens lays out a token for each item chosen, then the entry.
func (p *tokenPicker) showTokens() {
	p.removes = p.removes[:0]
	objs := make([]fyne.CanvasObject, 0, len(p.chosen)+1)
	for _, id := range p.chosen {
		label := id
		if it, ok := p.item(id); ok {
			label = it.label
		}
		t, remove := token(label, func() { p.remove(id) })
		p.removes = append(p.removes, remove)
		objs = append(objs, t)
	}
	p.flow.Objects = append(objs, p.entry)
	p.flow.Refresh()
}

// Tokens is the names of the items chosen, for tests.
func (p *tokenPicker) Tokens() []string {
	var out []string
	for _, id := range p.chosen {
		if it, ok := p.item(id); ok {
			out = append(out, it.label)
		}
	}
	return out
}

// Offered is the names of the items offered now, for tests.
func (p *tokenPicker) Offered() []string {
	if !p.open {
		return nil
	}
	var out []string
	for _, b := range p.buttons {
		out = append(out, b.Text)
	}
	return out
}

func (p *tokenPicker) add(id string) {
	if !slices.Contains(p.chosen, id) {
		p.chosen = append(p.chosen, id)
		p.showTokens()
	}
	p.browse = false
	p.entry.SetText("") // closes the offers and tells the form
	if c := fyne.CurrentApp().Driver().CanvasForObject(p.entry); c != nil {
		c.Focus(p.entry) // a click on an offer took the focus
	}
	p.heightChanged()
}

func (p *tokenPicker) remove(id string) {
	p.chosen = slices.DeleteFunc(p.chosen, func(x string) bool { return x == id })
	p.showTokens()
	p.filter()
	p.heightChanged()
	p.notify()
}

func (p *tokenPicker) notify() {
	if p.changed != nil {
		p.changed()
	}
}

func (p *tokenPicker) heightChanged() {
	if p.relayout != nil {
		p.relayout()
	}
}

// typed takes names typed before a comma as tokens, and filters.
func (p *tokenPicker) typed(text string) {
	if head, rest, ok := strings.Cut(text, ","); ok {
		if id, found := p.named(head); found {
			if !slices.Contains(p.chosen, id) {
				p.chosen = append(p.chosen, id)
				p.showTokens()
				p.heightChanged()
			}
			p.entry.SetText(strings.TrimLeft(rest, " "))
			return
		}
	}
	p.filter()
	p.notify()
}

// named finds the item whose name or alias is name, ignoring case and
// accents; a name before an alias.
func (p *tokenPicker) named(name string) (string, bool) {
	f := casefile.Fold(strings.TrimSpace(name))
	if f == "" {
		return "", false
	}
	for pass := range 2 {
		for _, it := range p.items {
			if pass == 0 && it.folded[0] == f || pass == 1 && slices.Contains(it.folded[1:], f) {
				return it.id, true
			}
		}
	}
	return "", false
}

// offer is an item that matches the typing, and the alias it matches by
// when its name does not.
type offer struct {
	tokenItem
	alias string
}

// text is how the offer reads: its name, and the alias it was found by.
func (o offer) text() string {
	if o.alias == "" {
		return o.label
	}
	return o.label + " (" + bounded(o.alias) + ")"
}

// matches lists the items not chosen that match q (folded): a name
// with a word that starts with q first, then an alias that does, then
// those that hold q anywhere; each in the case's order.
func (p *tokenPicker) matches(q string) []offer {
	var ranked [4][]offer
	for _, it := range p.items {
		if slices.Contains(p.chosen, it.id) {
			continue
		}
		rank, by := -1, 0
		for i, f := range it.folded {
			r := -1
			switch at := strings.Index(f, q); {
			case at < 0:
			case at == 0 || wordStart(f, q):
				r = 0
			default:
				r = 2
			}
			if r >= 0 && i > 0 {
				r++ // an alias ranks below the name
			}
			if r >= 0 && (rank < 0 || r < rank) {
				rank, by = r, i
			}
		}
		if rank >= 0 {
			o := offer{tokenItem: it}
			if by > 0 {
				o.alias = it.names[by]
			}
			ranked[rank] = append(ranked[rank], o)
		}
	}
	return slices.Concat(ranked[:]...)
}

// filter offers the items that match the typing, or every item not yet
// chosen while browsing.
func (p *tokenPicker) filter() {
	q := casefile.Fold(strings.TrimSpace(p.entry.Text))
	if q == "" && !p.browse {
		p.close()
		return
	}
	found := p.matches(q)
	p.offered = p.offered[:0]
	p.buttons = p.buttons[:0]
	objs := []fyne.CanvasObject{}
	for _, it := range found[:min(len(found), maxOffers)] {
		id := it.id
		b := widget.NewButton(it.text(), func() { p.add(id) })
		b.Alignment = widget.ButtonAlignLeading
		p.offered = append(p.offered, id)
		p.buttons = append(p.buttons, b)
		objs = append(objs, b)
	}
	switch {
	case len(found) == 0 && q != "":
		p.more.SetText(fmt.Sprintf("No %s is named so; add the %s first.", p.what, p.what))
	case len(found) == 0:
		p.more.SetText(fmt.Sprintf("Every %s is chosen.", p.what))
	case len(found) > maxOffers:
		p.more.SetText(fmt.Sprintf("and %d more; type to narrow", len(found)-maxOffers))
	default:
		p.more.SetText("")
	}
	if p.more.Text != "" {
		objs = append(objs, p.more)
	}
	p.offers.Objects = objs
	p.lit = 0
	p.light()
	wasOpen := p.open
	p.open = true
	p.offers.Show()
	p.offers.Refresh()
	if !wasOpen || len(objs) != p.shownRows {
		p.shownRows = len(objs)
		p.heightChanged()
	}
}

// light shows which offer Enter adds.
func (p *tokenPicker) light() {
	for i, b := range p.buttons {
		b.Importance = widget.LowImportance
		if i == p.lit {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
}

func (p *tokenPicker) close() {
	p.browse = false
	if !p.open {
		return
	}
	p.open = false
	p.offers.Hide()
	p.shownRows = 0
	p.heightChanged()
}

// toggleBrowse shows or hides every item not chosen (the drop-down button).
func (p *tokenPicker) toggleBrowse() {
	if p.open {
		p.close()
		return
	}
	p.browse = true
	p.filter()
}

// enter adds the offer lit; with nothing offered it does nothing.
func (p *tokenPicker) enter() {
	if p.open && p.lit < len(p.offered) {
		p.add(p.offered[p.lit])
	}
}

func (p *tokenPicker) move(by int) {
	if !p.open {
		p.toggleBrowse()
		return
	}
	if n := len(p.buttons); n > 0 {
		p.lit = (p.lit + by + n) % n
		p.light()
	}
}

// value is the ids chosen and, when the typing left in the entry names
// an item, that one too; typing that names none is an error for field.
func (p *tokenPicker) value(field string) ([]string, error) {
	ids := slices.Clone(p.chosen)
	text := strings.TrimSpace(p.entry.Text)
	if text == "" {
		return ids, nil
	}
	id, ok := p.named(text)
	if !ok {
		return ids, fieldError(field, "%q is not the name of an %s in this case; pick one from the list, or add the %s first", text, p.what, p.what)
	}
	if !slices.Contains(ids, id) {
		ids = append(ids, id)
	}
	return ids, nil
}
