package casefile

import (
	"fmt"
	"slices"
)

func label(kind, name string) string { return fmt.Sprintf("%s %q", kind, name) }

// deleteItem deletes the item of the kind with the id, walking the
// references of itemKinds. While other items (or matrix rows) refer to it
// the delete is refused with an *InUseError naming them, unless cascade is
// set. Then what cannot be without it (ref.owner: a statement without its
// speaker, a note without what it annotates, a matrix row without its
// item) goes too, and so on, and every other reference to what went is
// dropped.
func (c *Case) deleteItem(kind, id string, cascade bool) error {
	k := kindNamed(kind)
	at := -1
	if id != "" {
		for i, n := 0, k.count(c); i < n; i++ {
			if k.id(c, i) == id {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return &NotFoundError{kind, id}
	}
	if users := c.usersOf(id); len(users) > 0 && !cascade {
		name := k.title(c, at)
		if name == "" {
			name = id
		}
		return &InUseError{Item: label(kind, name), Users: users}
	}
	gone, ids := c.goneWith(id)
	for _, h := range holders() {
		if removed := gone[h.name]; removed != nil {
			h.keep(c, func(i int) bool { return !removed[i] })
		}
	}
	isGone := func(x string) bool { return ids[x] }
	for _, h := range holders() {
		for i, n := 0, h.count(c); i < n; i++ {
			for _, r := range h.refs {
				if !r.owner {
					r.drop(c, i, isGone)
				}
			}
		}
	}
	c.touch()
	return nil
}

// usersOf labels every element that refers to the item with the id, once
// each.
func (c *Case) usersOf(id string) []string {
	var users []string
	for _, h := range holders() {
		for i, n := 0, h.count(c); i < n; i++ {
			if refersTo(c, h, i, func(x string) bool { return x == id }, false) {
				users = append(users, h.label(c, i))
			}
		}
	}
	return users
}

// refersTo reports whether element i of h has a reference that names an
// item in ids (only an owner reference, when owners).
func refersTo(c *Case, h *refHolder, i int, ids func(string) bool, owners bool) bool {
	found := false
	for _, r := range h.refs {
		if owners && !r.owner {
			continue
		}
		r.ids(c, i, func(x string) {
			if ids(x) {
				found = true
			}
		})
		if found {
			return true
		}
	}
	return false
}

// goneWith is what deleting the item with the id takes with it: the
// indexes of the elements to remove, by holder name, and the ids of every
// item that goes.
func (c *Case) goneWith(id string) (map[string]map[int]bool, map[string]bool) {
	gone := map[string]map[int]bool{}
	ids := map[string]bool{id: true}
	for changed := true; changed; {
		changed = false
		for _, h := range holders() {
			k := kindNamed(h.name)
			for i, n := 0, h.count(c); i < n; i++ {
				if gone[h.name][i] {
					continue
				}
				self := ""
				if k != nil {
					self = k.id(c, i)
				}
				if self != id && !refersTo(c, h, i, func(x string) bool { return ids[x] }, true) {
					continue
				}
				if gone[h.name] == nil {
					gone[h.name] = map[int]bool{}
				}
				gone[h.name][i] = true
				if self != "" {
					ids[self] = true
				}
				changed = true
			}
		}
	}
	return gone, ids
}

// DeleteActor deletes an actor. While statements, relations, events, notes
// or other actors refer to it the delete is refused with an *InUseError
// naming them, unless cascade is set: then its statements, its relations
// and the notes on them go too, and other references to it are dropped.
func (c *Case) DeleteActor(id string, cascade bool) error { return c.deleteItem("actor", id, cascade) }

// DeleteStatement deletes a statement. Statements that respond to it,
// notes on it, judgments citing it and its row in the hypotheses matrix
// refuse the delete unless cascade is set: then the responses and the
// judgments lose the link, and the notes and the row go.
func (c *Case) DeleteStatement(id string, cascade bool) error {
	return c.deleteItem("statement", id, cascade)
}

// DeleteEvent deletes an event; notes on it, judgments citing it and its
// matrix row refuse the delete unless cascade is set, which deletes the
// notes and the row and drops the judgments' links.
func (c *Case) DeleteEvent(id string, cascade bool) error { return c.deleteItem("event", id, cascade) }

// DeleteSource deletes a source. Items citing it, or dated by it where
// sources differ, refuse the delete unless cascade is set: then their
// citations of it and the dates it claims are dropped (a date left alone
// becomes the item's date: no other source differs), and statements
// quoted from it are deleted with their notes (a quote needs its source).
func (c *Case) DeleteSource(id string, cascade bool) error {
	return c.deleteItem("source", id, cascade)
}

// DeleteRelation deletes a relation; nothing refers to relations.
func (c *Case) DeleteRelation(id string) error { return c.deleteItem("relation", id, true) }

// DeleteNote deletes a note. Judgments citing it lose the link, and its
// row in the hypotheses matrix goes with it.
func (c *Case) DeleteNote(id string) error { return c.deleteItem("note", id, true) }

// withoutClaimsOf is an item's date and claims without those of the
// source: one claim left becomes the date.
func withoutClaimsOf(d Date, claims []DateClaim, source string) (Date, []DateClaim) {
	if len(claims) == 0 {
		return d, claims
	}
	claims = slices.DeleteFunc(claims, func(cl DateClaim) bool { return cl.Source == source })
	switch len(claims) {
	case 0:
		return Date{}, nil
	case 1:
		return claims[0].Date, nil
	}
	return d, claims
}
