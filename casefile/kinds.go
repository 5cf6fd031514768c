package casefile

import (
	"slices"
	"strings"
)

// The kinds of item a case holds, and the references between them, in one
// table: validation, cascading deletes, releases, search, cloning, counts
// and lookups all walk it, so that a kind added later is added here, once
// (kindtable.go lists the kinds themselves).
//
// A refHolder is a list of things that hold references: the items of a
// kind, or the rows of the hypotheses matrix, which are not items (they have no
// id or marking of their own) but refer to the evidence they rate and the
// hypotheses they rate it against.
type refHolder struct {
	name  string // "statement", "matrix row"
	count func(c *Case) int
	// title is what a list of ids calls the element cheaply: a source's
	// or event's title, an actor's name; "" for kinds named by their
	// content (a relation, a note).
	title func(c *Case, i int) string
	// named is the element's name in messages: the title, or a
	// relation's words ("Edi Rama leads Albania"), a note's first words.
	named func(c *Case, i int) string
	// keep filters the list in place, keeping the elements keep says to,
	// in order.
	keep func(c *Case, keep func(i int) bool)
	// clone gives d, a shallow copy of a case, its own copy of the list
	// and of what its elements hold; copyList its own copy of the list,
	// the elements shared.
	clone, copyList func(d *Case)
	refs            []ref
}

// ref is a field whose value names other items by id.
type ref struct {
	field string
	to    []string // the kinds of item it may name
	// owner: the element cannot be without what it names. Deleting that
	// deletes the element too (a statement goes with its speaker), and in
	// a release an element that is no item (a matrix row) goes with it.
	owner bool
	// lifts: a release lifts the item's marking to that of what it names,
	// which must be of a kind earlier in itemKinds (a relation to its
	// actors').
	lifts bool
	ids   func(c *Case, i int, yield func(id string))
	// drop removes the element's references to the items gone names,
	// when they are deleted; release, when they are withheld (nil: as
	// drop does).
	drop, release func(c *Case, i int, gone func(id string) bool)
}

// itemKind is the refHolder of a kind of item, whose elements are items: each has an id, unique
// across the case, and a marking.
type itemKind struct {
	refHolder
	plural  string
	id      func(c *Case, i int) string
	marking func(c *Case, i int) *Marking
	check   func(k *checker, i int)
	// search gives the item's hit and the text to search it by; nil: the
	// kind is not searched.
	search func(c *Case, i int, x *indexing) (Hit, []string)
	hit    HitKind
}

// refOf is a ref of an element of type T, before kind turns it into one
// over a case and an index.
type refOf[T any] struct {
	field         string
	to            []string
	owner, lifts  bool
	ids           func(x *T, yield func(id string))
	drop, release func(x *T, gone func(id string) bool)
	// check checks the reference of one element; nil: each id must name
	// an existing item of the kind to[0].
	check func(k *checker, x *T)
}

// listOf describes a list of elements of type T in a case.
type listOf[T any] struct {
	name  string
	list  func(c *Case) *[]T
	title func(x *T) string          // nil: ""
	label func(c *Case, x *T) string // nil: title
	refs  []refOf[T]
	// deep copies what a copy of x still shares with x (its lists); nil:
	// nothing.
	deep func(x *T)
	// makeEmpty: Clone makes an empty list of a case without any (as it
	// long has for actors, relations, statements and events).
	makeEmpty bool
}

// itemOf describes a kind of item of type T.
type itemOf[T identified] struct {
	listOf[T]
	plural  string
	marking func(x *T) *Marking
	check   func(k *checker, x *T)
	search  func(c *Case, x *T, ix *indexing) (Hit, []string)
	hit     HitKind
}

// typedRefs keeps each holder's refs as its elements' type has them, by
// the holder's name, for the checks of one element (itemRefs).
var typedRefs = map[string]any{}

// itemRefs are the refs of the holder of the name, of elements of type T.
func itemRefs[T any](name string) []refOf[T] {
	refs, _ := typedRefs[name].([]refOf[T])
	return refs
}

func (l listOf[T]) refHolder() refHolder {
	typedRefs[l.name] = l.refs
	at := func(c *Case, i int) *T { return &(*l.list(c))[i] }
	h := refHolder{
		name:  l.name,
		count: func(c *Case) int { return len(*l.list(c)) },
		title: func(c *Case, i int) string {
			if l.title == nil {
				return ""
			}
			return l.title(at(c, i))
		},
		keep: func(c *Case, keep func(i int) bool) {
			p := l.list(c)
			out := (*p)[:0]
			for i := range *p {
				if keep(i) {
					out = append(out, (*p)[i])
				}
			}
			clear((*p)[len(out):])
			if len(out) == 0 {
				out = nil // as Clone makes an empty list
			}
			*p = out
		},
		copyList: func(d *Case) {
			p := l.list(d)
			*p = slices.Clone(*p)
		},
		clone: func(d *Case) {
			p := l.list(d)
			var out []T
			if l.makeEmpty || len(*p) > 0 {
				out = make([]T, len(*p))
				copy(out, *p)
			}
			if l.deep != nil {
				for i := range out {
					l.deep(&out[i])
				}
			}
			*p = out
		},
	}
	h.named = func(c *Case, i int) string {
		if l.label != nil {
			return l.label(c, at(c, i))
		}
		return h.title(c, i)
	}
	for _, r := range l.refs {
		h.refs = append(h.refs, ref{
			field: r.field, to: r.to, owner: r.owner, lifts: r.lifts,
			ids: func(c *Case, i int, yield func(string)) { r.ids(at(c, i), yield) },
			drop: func(c *Case, i int, gone func(string) bool) {
				r.drop(at(c, i), gone)
			},
			release: func(c *Case, i int, gone func(string) bool) {
				if r.release != nil {
					r.release(at(c, i), gone)
				} else {
					r.drop(at(c, i), gone)
				}
			},
		})
	}
	return h
}

func (k itemOf[T]) kind() itemKind {
	at := func(c *Case, i int) *T { return &(*k.list(c))[i] }
	ik := itemKind{
		refHolder: k.refHolder(),
		plural:    k.plural,
		id:        func(c *Case, i int) string { return (*at(c, i)).itemID() },
		marking:   func(c *Case, i int) *Marking { return k.marking(at(c, i)) },
		hit:       k.hit,
	}
	if k.check != nil {
		ik.check = func(kc *checker, i int) { k.check(kc, at(kc.c, i)) }
	}
	if k.search != nil {
		ik.search = func(c *Case, i int, ix *indexing) (Hit, []string) { return k.search(c, at(c, i), ix) }
	}
	return ik
}

// checkRefs checks an element's references as refs describe them.
func checkRefs[T any](k *checker, x *T, refs []refOf[T]) {
	for _, r := range refs {
		if r.check != nil {
			r.check(k, x)
			continue
		}
		r.ids(x, func(id string) { k.ref(r.field, id, r.to[0]) })
	}
}

// Helpers for the common shapes of reference.

// oneID is a ref's ids and drop for a field holding one id.
func oneID[T any](field func(x *T) *string) (func(*T, func(string)), func(*T, func(string) bool)) {
	return func(x *T, yield func(string)) {
			if id := *field(x); id != "" {
				yield(id)
			}
		}, func(x *T, gone func(string) bool) {
			if p := field(x); gone(*p) {
				*p = ""
			}
		}
}

// manyIDs is a ref's ids and drop for a field holding a list of ids.
func manyIDs[T any](field func(x *T) *[]string) (func(*T, func(string)), func(*T, func(string) bool)) {
	return func(x *T, yield func(string)) {
			for _, id := range *field(x) {
				yield(id)
			}
		}, func(x *T, gone func(string) bool) {
			p := field(x)
			if slices.ContainsFunc(*p, gone) {
				*p = slices.DeleteFunc(slices.Clone(*p), gone)
				if len(*p) == 0 {
					*p = nil
				}
			}
		}
}

// citations is the ref of a field holding a list of citations.
func citations[T any](field func(x *T) *[]Citation) refOf[T] {
	return refOf[T]{
		field: "sources", to: []string{"source"},
		ids: func(x *T, yield func(string)) {
			for _, ct := range *field(x) {
				yield(ct.Source)
			}
		},
		drop: func(x *T, gone func(string) bool) {
			p := field(x)
			*p = slices.DeleteFunc(*p, func(ct Citation) bool { return gone(ct.Source) })
		},
		release: func(x *T, gone func(string) bool) {
			var out []Citation
			for _, ct := range *field(x) {
				if !gone(ct.Source) {
					out = append(out, ct)
				}
			}
			*field(x) = out
		},
		check: func(k *checker, x *T) { k.citations("sources", *field(x)) },
	}
}

// claimedDates is the ref of an item's dates its sources claim, of which
// it keeps its date in date.
func claimedDates[T any](date func(x *T) *Date, claims func(x *T) *[]DateClaim) refOf[T] {
	return refOf[T]{
		field: "dates", to: []string{"source"},
		ids: func(x *T, yield func(string)) {
			for _, cl := range *claims(x) {
				yield(cl.Source)
			}
		},
		// Deleting a source drops the dates it claims; one claim left
		// becomes the date.
		drop: func(x *T, gone func(string) bool) {
			d, cs := date(x), claims(x)
			for _, cl := range *cs {
				if gone(cl.Source) {
					*d, *cs = withoutClaimsOf(*d, *cs, cl.Source)
					break
				}
			}
		},
		// A release drops them too, but a claim left alone stays a claim
		// and still reads "per" its source.
		release: func(x *T, gone func(string) bool) {
			cs := claims(x)
			if len(*cs) == 0 {
				return
			}
			var out []DateClaim
			for _, cl := range *cs {
				if !gone(cl.Source) {
					out = append(out, cl)
				}
			}
			*cs = out
		},
		check: func(k *checker, x *T) { k.claims(*date(x), *claims(x)) },
	}
}

// items counts the items of every kind.
func (c *Case) items() int {
	n := 0
	for _, k := range itemKinds {
		n += k.count(c)
	}
	return n
}

// Counts is how many items of each kind the case holds, a phrase a kind
// in the table's order, none left out for having none: "1 source", "19
// actors", "0 notes", … Whatever lists a case's contents (the CLI's
// validate, the Overview) walks it, so a kind added to the table is
// counted everywhere.
func (c *Case) Counts() []string {
	counts := make([]string, len(itemKinds))
	for i, k := range itemKinds {
		counts[i] = Count(k.count(c), k.name, k.plural)
	}
	return counts
}

// holders is every refHolder: the item kinds', then the matrix rows'.
func holders() []*refHolder {
	hs := make([]*refHolder, 0, len(itemKinds)+1)
	for i := range itemKinds {
		hs = append(hs, &itemKinds[i].refHolder)
	}
	return append(hs, &matrixRows)
}

// kindNamed is the entry for a kind ("statement"), or nil.
func kindNamed(name string) *itemKind {
	for i := range itemKinds {
		if itemKinds[i].name == name {
			return &itemKinds[i]
		}
	}
	return nil
}

// kindPlural is the entry for a kind's plural ("statements"), or nil.
func kindPlural(plural string) *itemKind {
	for i := range itemKinds {
		if itemKinds[i].plural == plural {
			return &itemKinds[i]
		}
	}
	return nil
}

// pluralList is the plurals of every kind, as a sentence lists them, the
// last joined by word: "sources, actors, … or hypotheses".
func pluralList(word string) string {
	names := make([]string, len(itemKinds))
	for i, k := range itemKinds {
		names[i] = k.plural
	}
	last := len(names) - 1
	return strings.Join(names[:last], ", ") + " " + word + " " + names[last]
}

// label names element i in messages: `statement "Rama on
// proportionality"`, `relation "Edi Rama leads Albania"`.
func (h *refHolder) label(c *Case, i int) string { return label(h.name, h.named(c, i)) }
