package casefile

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Now is the clock edits use for modified times; tests replace it.
var Now = func() time.Time { return time.Now().UTC().Truncate(time.Second) }

// NewID returns a new random item id.
func NewID() string { return uuid.NewString() }

// New returns an empty case with a fresh id, the given title and analyst,
// marked TLP:CLEAR.
func New(title, analyst string) *Case {
	t := Now()
	return &Case{ID: NewID(), Title: title, Analyst: analyst, Created: t, Modified: t, Marking: TLPClear}
}

// InUseError refuses a delete because other items still refer to the item.
type InUseError struct {
	Item  string   // `actor "Edi Rama"`
	Users []string // `statement "Rama on proportionality"`, …
}

func (e *InUseError) Error() string {
	users := e.Users
	if len(users) > 6 {
		users = append(slices.Clip(users[:5]), fmt.Sprintf("%d more", len(e.Users)-5))
	}
	return fmt.Sprintf("%s is still used by %s; change or delete those first, or delete with everything that depends on it",
		e.Item, strings.Join(users, ", "))
}

func (c *Case) touch() { c.Modified = Now() }

// NotFoundError reports an update or delete of an item that does not exist.
type NotFoundError struct{ Kind, ID string }

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("%s %q does not exist in this case; it may have been deleted", e.Kind, e.ID)
}

// addItem appends x to list if it checks out, else leaves the case as it was.
func addItem[T identified](c *Case, kind string, list *[]T, x T, check func(*checker, *T)) error {
	k := &checker{c: c}
	if prev := c.kindOf(x.itemID()); prev != "" {
		article := "a"
		if strings.ContainsRune("aeiou", rune(prev[0])) {
			article = "an"
		}
		return fmt.Errorf("%s id %q is already used by %s %s; leave the id empty to get a new one", kind, x.itemID(), article, prev)
	}
	*list = append(*list, x)
	check(k, &(*list)[len(*list)-1])
	if k.found != nil {
		var zero T
		(*list)[len(*list)-1] = zero
		*list = (*list)[:len(*list)-1]
		return k.found
	}
	c.touch()
	return nil
}

// updateItem replaces the item with x's id if x checks out.
func updateItem[T identified](c *Case, kind string, list []T, x T, check func(*checker, *T)) error {
	i := indexOf(list, x.itemID())
	if i < 0 {
		return &NotFoundError{kind, x.itemID()}
	}
	old := list[i]
	list[i] = x
	k := &checker{c: c}
	check(k, &list[i])
	if k.found != nil {
		list[i] = old
		return k.found
	}
	c.touch()
	return nil
}

func newID(id string) string {
	if id == "" {
		return NewID()
	}
	return id
}

// AddSource adds a source, giving it an id when it has none.
func (c *Case) AddSource(s Source) (Source, error) {
	s.ID = newID(s.ID)
	return s, addItem(c, "source", &c.Sources, s, (*checker).source)
}

// AddActor adds an actor, giving it an id when it has none.
func (c *Case) AddActor(a Actor) (Actor, error) {
	a.ID = newID(a.ID)
	return a, addItem(c, "actor", &c.Actors, a, (*checker).actor)
}

// AddRelation adds a relation, giving it an id when it has none.
func (c *Case) AddRelation(r Relation) (Relation, error) {
	r.ID = newID(r.ID)
	return r, addItem(c, "relation", &c.Relations, r, (*checker).relation)
}

// AddStatement adds a statement, giving it an id when it has none.
func (c *Case) AddStatement(s Statement) (Statement, error) {
	s.ID = newID(s.ID)
	return s, addItem(c, "statement", &c.Statements, s, (*checker).statement)
}

// AddEvent adds an event, giving it an id when it has none.
func (c *Case) AddEvent(e Event) (Event, error) {
	e.ID = newID(e.ID)
	return e, addItem(c, "event", &c.Events, e, (*checker).event)
}

// AddNote adds a note, giving it an id and created/modified times when it
// has none.
func (c *Case) AddNote(n Note) (Note, error) {
	n.ID = newID(n.ID)
	if n.Created.IsZero() {
		n.Created = Now()
	}
	n.Modified = n.Created
	return n, addItem(c, "note", &c.Notes, n, (*checker).note)
}

// UpdateSource replaces the source that has s's id.
func (c *Case) UpdateSource(s Source) error {
	return updateItem(c, "source", c.Sources, s, (*checker).source)
}

// UpdateActor replaces the actor that has a's id.
func (c *Case) UpdateActor(a Actor) error {
	return updateItem(c, "actor", c.Actors, a, (*checker).actor)
}

// UpdateRelation replaces the relation that has r's id.
func (c *Case) UpdateRelation(r Relation) error {
	return updateItem(c, "relation", c.Relations, r, (*checker).relation)
}

// UpdateStatement replaces the statement that has s's id.
func (c *Case) UpdateStatement(s Statement) error {
	return updateItem(c, "statement", c.Statements, s, (*checker).statement)
}

// UpdateEvent replaces the event that has e's id.
func (c *Case) UpdateEvent(e Event) error {
	return updateItem(c, "event", c.Events, e, (*checker).event)
}

// UpdateNote replaces the note that has n's id and sets its modified time.
func (c *Case) UpdateNote(n Note) error {
	n.Modified = Now()
	return updateItem(c, "note", c.Notes, n, (*checker).note)
}

// SetCaseDetails changes the case's own fields (title, summary, analyst,
// marking, tags), refusing a change that leaves the case invalid.
func (c *Case) SetCaseDetails(title, summary, analyst string, marking Marking, tags []string) error {
	old := *c
	c.Title, c.Summary, c.Analyst, c.Marking, c.Tags = title, summary, analyst, marking, tags
	if ps := c.Validate(); ps != nil {
		var own Problems
		for _, p := range ps {
			if p.Item == "case" || p.Field == "marking" {
				own = append(own, p)
			}
		}
		if own != nil {
			*c = old
			return own
		}
	}
	c.touch()
	return nil
}
