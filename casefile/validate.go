package casefile

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Problem is one thing wrong with a case, naming the item and field.
type Problem struct {
	Item    string // `statement "Rama on proportionality"`, or "case"
	ID      string // the item's id, "" for the case itself
	Field   string // "speaker"
	Message string // `speaker "x" does not exist`
	// Path, Line and Column say where in a file being loaded the problem
	// is: "case.statements[3].speaker", line 120, column 18 (in
	// characters). They are empty when the problem was not found in a
	// file, or its item cannot be told from another with the same id; Line
	// and Column are 0 too when the file was migrated from an older
	// version, since the data checked is then not the file's text.
	Path         string
	Line, Column int
}

func (p Problem) String() string {
	if p.Line == 0 {
		return p.Item + ": " + p.Message
	}
	return fmt.Sprintf("%s: %s (line %d, column %d)", p.Item, p.Message, p.Line, p.Column)
}

// Problems is every problem found in a case. As an error it lists them all,
// one per line.
type Problems []Problem

func (ps Problems) Error() string {
	if len(ps) == 1 {
		return ps[0].String()
	}
	lines := make([]string, 0, len(ps)+1)
	lines = append(lines, fmt.Sprintf("%d problems:", len(ps)))
	for _, p := range ps {
		lines = append(lines, "  "+p.String())
	}
	return strings.Join(lines, "\n")
}

// Err returns ps as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Field returns the message of the first problem with the given field, for
// showing beside a form's entry, or "".
func (ps Problems) Field(field string) string {
	for _, p := range ps {
		if p.Field == field {
			return p.Message
		}
	}
	return ""
}

// checker collects problems about one item at a time.
type checker struct {
	c       *Case
	texts   map[string]string  // the sources' text bodies, by id (textBody)
	textLen map[string]int     // a source's text length in characters, -1 for none (textLength)
	ids     map[string]idKinds // every id in the case -> the kinds of the items with it
	kind    string
	name    string
	id      string
	found   Problems
	// nameOf names the item when that costs work (a relation's name looks
	// up its actors): it is only called once a problem is found.
	nameOf func() string
}

func (k *checker) on(kind, name, id string) {
	k.kind, k.name, k.id, k.nameOf = kind, name, id, nil
}

// item labels the item being checked: `statement "Rama on proportionality"`.
func (k *checker) item() string {
	if k.kind == "case" {
		return "case"
	}
	name := k.name
	if k.nameOf != nil {
		name = k.nameOf()
	}
	if name == "" {
		name = k.id
	}
	return label(k.kind, name)
}

func (k *checker) add(field, format string, args ...any) {
	k.found = append(k.found, Problem{Item: k.item(), ID: k.id, Field: field, Message: field + " " + fmt.Sprintf(format, args...)})
}

func (k *checker) required(field, value string) {
	if strings.TrimSpace(value) == "" {
		k.add(field, "is empty; enter a %s", field)
	}
}

func (k *checker) ref(field, id, kind string) {
	if id == "" {
		return
	}
	if !k.exists(kind, id) {
		k.add(field, "%q does not exist; choose an existing %s", id, kind)
	}
}

// exists reports whether an item of the kind has the id, even when another
// item shares it (duplicates reports that, once). A whole-case check looks
// it up in the map newChecker built; a one-item check (an edit) scans the
// kind's list instead, which costs far less than building the map for the
// one or two references an item has.
func (k *checker) exists(kind, id string) bool {
	if k.ids != nil {
		return k.ids[id].has(kind)
	}
	return k.c.hasItem(kind, id)
}

func (k *checker) date(field string, d Date) {
	if err := d.Check(); err != nil {
		k.add(field, "is not a valid date: %v", err)
	}
}

func (k *checker) marking(m Marking) { k.markingField("marking", m, "this item's") }

// markingField checks a portion's marking: a TLP label, no more restricted
// than the case's.
func (k *checker) markingField(field string, m Marking, whose string) {
	if err := m.Check(); err != nil {
		k.add(field, "%v", err)
		return
	}
	if m.Rank() > k.c.Marking.Rank() && k.c.Marking.Valid() {
		k.add(field, "%s is above the case's %s; raise the case's marking or lower %s", m, k.c.Marking, whose)
	}
}

func (k *checker) grading(g Grading) {
	if err := g.Check(); err != nil {
		k.add("grading", "%v", err)
	}
}

func (k *checker) citations(field string, cs []Citation) {
	for _, ct := range cs {
		if ct.Source == "" {
			k.add(field, "has a citation with no source; choose a source")
			continue
		}
		k.ref(field, ct.Source, "source")
		k.span(field, ct)
	}
}

func (k *checker) text(field, s string) {
	if !utf8.ValidString(s) {
		k.add(field, "is not valid UTF-8 text")
	}
}

func newChecker(c *Case) *checker {
	k := &checker{c: c, ids: make(map[string]idKinds, c.items())}
	// An id two items share keeps both kinds, so that a reference to
	// either is not reported missing on top of the duplicate.
	for b, kind := range itemKinds {
		for i, n := 0, kind.count(c); i < n; i++ {
			k.ids[kind.id(c, i)] |= 1 << b
		}
	}
	return k
}

// Validate checks the whole case and returns every problem found, or nil.
func (c *Case) Validate() Problems {
	k := newChecker(c)
	k.on("case", "", "")
	k.required("id", c.ID)
	k.required("title", c.Title)
	if !c.Marking.Valid() {
		k.add("marking", "%q is not one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED", string(c.Marking))
	}
	k.markingField("title_marking", c.TitleMarking, "the title's")
	k.markingField("summary_marking", c.SummaryMarking, "the summary's")
	k.release(c.Release)
	k.duplicates()
	for _, kind := range itemKinds {
		for i, n := 0, kind.count(c); i < n; i++ {
			kind.check(k, i)
		}
	}
	k.matrix()
	k.exports()
	k.found = append(k.found, c.CheckConflicts()...)
	k.found = append(k.found, c.CheckKept()...)
	return k.found
}

func (k *checker) duplicates() {
	c := k.c
	items := c.items()
	// When newChecker registered as many ids as there are items, no id is
	// used twice and only an empty id can be wrong: skip building the map.
	unique := len(k.ids) == items
	type named struct{ kind, name string }
	var seen map[string]named
	if !unique {
		seen = make(map[string]named, items)
	}
	check := func(kind, name, id string) {
		if id == "" {
			k.on(kind, name, id)
			k.add("id", "is empty; every item needs a unique id")
			return
		}
		if unique {
			return
		}
		k.on(kind, name, id)
		if prev, dup := seen[id]; dup {
			k.add("id", "%q is also used by %s; ids must be unique", id, label(prev.kind, prev.name))
			return
		}
		if name == "" {
			name = id
		}
		seen[id] = named{kind, name}
	}
	for _, kind := range itemKinds {
		for i, n := 0, kind.count(c); i < n; i++ {
			check(kind.name, kind.title(c, i), kind.id(c, i))
		}
	}
}

func (k *checker) source(s *Source) {
	k.on("source", s.Title, s.ID)
	k.required("title", s.Title)
	k.date("date", s.Date)
	if !s.Reliability.Valid() {
		k.add("reliability", "%q is not A–F", s.Reliability)
	}
	if s.URL != "" {
		if u, err := url.Parse(s.URL); err != nil || u.Scheme == "" || u.Host == "" && u.Scheme != "file" {
			k.add("url", "%q is not a full address like https://example.org/article", s.URL)
		}
	}
	k.marking(s.Marking)
	k.sourceText(s.Text)
	checkRefs(k, s, itemRefs[Source]("source"))
}

func (k *checker) actor(a *Actor) {
	k.on("actor", a.Name, a.ID)
	k.required("name", a.Name)
	k.text("name", a.Name)
	switch a.Kind {
	case KindState, KindPerson, KindOrganisation, KindGovernmentBody, KindGroup:
	default:
		k.add("kind", "%q is not one of state, person, organisation, government body, group", a.Kind)
	}
	k.marking(a.Marking)
	checkRefs(k, a, itemRefs[Actor]("actor"))
}

func (k *checker) relation(r *Relation) {
	k.on("relation", "", r.ID)
	k.nameOf = func() string { return k.c.relationName(r) }
	k.required("from", r.From)
	k.required("to", r.To)
	if r.From != "" && r.From == r.To {
		k.add("to", "is the same actor as from")
	}
	k.required("type", string(r.Type))
	k.date("start", r.Start)
	k.date("end", r.End)
	if r.End.Qualifier == Since {
		k.add("end", "cannot be since a date; give the start as since it, and leave the end empty while the relation holds")
	}
	if endsBeforeStart(r.Start, r.End) {
		k.add("end", "%s is before the start, %s", r.End, r.Start)
	}
	k.marking(r.Marking)
	checkRefs(k, r, itemRefs[Relation]("relation"))
}

func (k *checker) statement(s *Statement) {
	k.on("statement", s.Title, s.ID)
	k.required("speaker", s.Speaker)
	k.required("quote", s.Quote)
	k.text("quote", s.Quote)
	k.date("date", s.Date)
	k.grading(s.Grading)
	k.marking(s.Marking)
	checkRefs(k, s, itemRefs[Statement]("statement"))
}

// statementSource checks the citation a statement's quote comes from.
func (k *checker) statementSource(s *Statement) {
	if s.Source.Source == "" {
		// A release leaves out the sources it withholds, and so the
		// citations of them.
		if k.c.Release == nil {
			k.add("source", "is empty; cite the source the quote comes from")
		}
	} else {
		k.ref("source", s.Source.Source, "source")
		k.span("source", s.Source)
	}
}

func (k *checker) event(e *Event) {
	k.on("event", e.Title, e.ID)
	k.required("title", e.Title)
	k.date("date", e.Date)
	k.grading(e.Grading)
	k.marking(e.Marking)
	checkRefs(k, e, itemRefs[Event]("event"))
}

func (k *checker) note(n *Note) {
	k.on("note", "", n.ID)
	k.nameOf = func() string { return firstWords(n.Body, 6) }
	k.text("body", n.Body)
	k.marking(n.Marking)
	checkRefs(k, n, itemRefs[Note]("note"))
}

// noteTarget checks what a note annotates.
func (k *checker) noteTarget(n *Note) {
	switch n.Target.Kind {
	case OnCase:
		if n.Target.ID != "" && n.Target.ID != k.c.ID {
			k.add("target", "names case %q, not this case", n.Target.ID)
		}
	case OnActor, OnStatement, OnEvent:
		if n.Target.ID == "" {
			k.add("target", "names no %s; choose one", n.Target.Kind)
		}
		k.ref("target", n.Target.ID, string(n.Target.Kind))
	default:
		k.add("target", "kind %q is not one of case, actor, statement, event", n.Target.Kind)
	}
}

// firstWords returns up to n words of s, with "…" when it was cut.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + "…"
}
