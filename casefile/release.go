package casefile

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// ReleaseInfo is what a releasable copy says about itself: the limit it was
// released at and how many portions above it were withheld, by kind. It
// never names or quotes what was withheld.
type ReleaseInfo struct {
	Limit Marking `json:"limit"`
	// Withheld counts the items withheld, by the plural of their kind
	// ("statements": 7); kinds with none are left out.
	Withheld map[string]int `json:"withheld,omitempty"`
	Title    bool           `json:"title_withheld,omitempty"`   // the title line was replaced
	Summary  bool           `json:"summary_withheld,omitempty"` // the summary was replaced
}

// Count is how many items of a kind ("statements") were withheld.
func (r *ReleaseInfo) Count(plural string) int {
	if r == nil {
		return 0
	}
	return r.Withheld[plural]
}

// Nothing reports that the release withheld nothing.
func (r *ReleaseInfo) Nothing() bool {
	return r == nil || len(r.Withheld) == 0 && !r.Title && !r.Summary
}

// Sentence says what was withheld in counts only: "7 statements, 9 events
// and the bottom line are withheld above TLP:CLEAR." It is "Nothing is
// withheld above TLP:CLEAR." when nothing was, and "" for no release.
func (r *ReleaseInfo) Sentence() string {
	if r == nil {
		return ""
	}
	if r.Nothing() {
		return "Nothing is withheld above " + string(r.Limit) + "."
	}
	var parts []string
	total := 0
	for _, k := range itemKinds {
		if n := r.Withheld[k.plural]; n > 0 {
			total += n
			parts = append(parts, Count(n, k.name, k.plural))
		}
	}
	if r.Title {
		total++
		parts = append(parts, "the title")
	}
	if r.Summary {
		total++
		parts = append(parts, "the bottom line")
	}
	verb := "are"
	if total == 1 {
		verb = "is"
	}
	return fmt.Sprintf("%s %s withheld above %s.", upperFirst(JoinAnd(parts)), verb, r.Limit)
}

// Missing is what a list of the items of a kind (by its plural,
// "statements") says, before the items, about those it does not show,
// given how many it shows: empty when the case has none at all, how many a
// release withheld when it withheld some ("7 statements are withheld above
// TLP:CLEAR.", "2 of 9 events are withheld above TLP:GREEN."), else "".
func (r *ReleaseInfo) Missing(plural string, shown int, empty string) string {
	n := r.Count(plural)
	k := kindPlural(plural)
	switch {
	case n == 0 && shown == 0:
		return empty
	case n == 0 || k == nil:
		return ""
	case shown > 0:
		return fmt.Sprintf("%d of %d %s are withheld above %s.", n, n+shown, k.plural, r.Limit)
	case n == 1:
		return "1 " + k.name + " is withheld above " + string(r.Limit) + "."
	}
	return fmt.Sprintf("%d %s are withheld above %s.", n, k.plural, r.Limit)
}

// Count is "1 statement", "7 statements".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// JoinAnd joins words as a sentence lists them: "a", "a and b", "a, b and c".
func JoinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// WithheldTitle and WithheldSummary replace a title and a summary marked
// above a release's limit.
func WithheldTitle(limit Marking) string { return "Title withheld above " + string(limit) }

// WithheldSummary is the line that replaces a withheld summary.
func WithheldSummary(limit Marking) string {
	return "The bottom line is withheld above " + string(limit) + "."
}

// Release returns the copy of c that may be released at limit, and the
// highest marking it actually includes, which becomes the copy's own. The
// rules, which every export format shares (docs/case-format.md,
// "Releases"):
//
//   - A portion takes its own marking, or the case's when it has none.
//   - A relation is never less restricted than the actors it joins, a
//     statement than its speaker, and a note than the actor, statement or
//     event it annotates: each is lifted to the highest of those.
//   - A portion lifted above limit is left out whole and counted, never
//     named. References to what was left out are removed: an actor's
//     affiliation, a statement's addressees, the statement it responds to
//     and its source, an event's actors, and every citation of a withheld
//     source and every date it claims (a claim left alone keeps its
//     source: "20 Aug 2022 per N1"); a judgment's links to withheld
//     evidence, which it counts (WithheldEvidence); the matrix rows of
//     withheld evidence and the ratings of withheld hypotheses. The
//     references are those itemKinds lists.
//   - A title line or summary above limit is replaced by a plain withheld
//     line.
//   - Every portion kept carries its marking explicitly, and the copy's
//     marking is the highest of them, so no banner reads lower than
//     anything it covers. A withheld line is marked TLP:CLEAR: it says
//     nothing of the case.
func Release(c *Case, limit Marking) (*Case, Marking) {
	r := c.Clone()
	lifted := liftedMarkings(c)
	info := &ReleaseInfo{Limit: limit}
	withheld := map[string]bool{}
	var highest Marking
	for _, k := range itemKinds {
		n := 0
		k.keep(r, func(i int) bool {
			id := k.id(r, i)
			m := lifted[id]
			if m.Rank() > limit.Rank() {
				withheld[id] = true
				n++
				return false
			}
			*k.marking(r, i) = m
			highest = highest.Max(m)
			return true
		})
		if n > 0 {
			if info.Withheld == nil {
				info.Withheld = map[string]int{}
			}
			info.Withheld[k.plural] = n
		}
	}
	dropWithheldRefs(r, withheld)

	title := c.EffectiveMarking(c.TitleMarking)
	if title.Rank() > limit.Rank() {
		// The line that replaces it says nothing of the case: CLEAR.
		r.Title, r.Tags, r.TitleMarking, info.Title = WithheldTitle(limit), nil, TLPClear, true
	} else {
		r.TitleMarking = title
	}
	highest = highest.Max(r.TitleMarking)
	summary := c.EffectiveMarking(c.SummaryMarking)
	switch {
	case strings.TrimSpace(c.Summary) == "":
		r.SummaryMarking = ""
	case summary.Rank() > limit.Rank():
		r.Summary, r.SummaryMarking, info.Summary = WithheldSummary(limit), TLPClear, true
	default:
		r.SummaryMarking = summary
		highest = highest.Max(summary)
	}
	r.Marking = highest
	if prev := c.Release; prev != nil {
		// A release released again: what the first withheld is withheld.
		for plural, n := range prev.Withheld {
			if info.Withheld == nil {
				info.Withheld = map[string]int{}
			}
			info.Withheld[plural] += n
		}
		info.Title = info.Title || prev.Title
		info.Summary = info.Summary || prev.Summary
		if prev.Limit.Rank() < info.Limit.Rank() {
			info.Limit = prev.Limit
		}
	}
	r.Release = info
	// Kept STIX objects go as their own markings and references say, and
	// may raise the copy's marking (kept.go).
	ReleaseKept(c, r)
	return r, r.Marking
}

// liftedMarkings is every item's marking for release, by id: its own or the
// case's, lifted to what it depends on (see Release): the items its
// lifting references name, which come earlier in itemKinds and so are
// lifted by then (a note on a statement takes the statement's lifted
// marking).
func liftedMarkings(c *Case) map[string]Marking {
	m := make(map[string]Marking, c.items())
	for _, k := range itemKinds {
		for i, n := 0, k.count(c); i < n; i++ {
			m[k.id(c, i)] = c.EffectiveMarking(*k.marking(c, i))
		}
	}
	for _, k := range itemKinds {
		for _, r := range k.refs {
			if !r.lifts {
				continue
			}
			for i, n := 0, k.count(c); i < n; i++ {
				id := k.id(c, i)
				r.ids(c, i, func(on string) {
					if om, ok := m[on]; ok {
						m[id] = m[id].Max(om)
					}
				})
			}
		}
	}
	return m
}

// dropWithheldRefs removes from r every reference to a withheld item, and
// every element that is no item (a matrix row) whose owner reference names
// one.
func dropWithheldRefs(r *Case, withheld map[string]bool) {
	if len(withheld) == 0 {
		return
	}
	gone := func(id string) bool { return withheld[id] }
	for _, h := range holders() {
		if kindNamed(h.name) == nil {
			h.keep(r, func(i int) bool { return !refersTo(r, h, i, gone, true) })
		}
		for i, n := 0, h.count(r); i < n; i++ {
			for _, ref := range h.refs {
				ref.release(r, i, gone)
			}
		}
	}
}

// release checks a releasable copy's own account of itself.
func (k *checker) release(r *ReleaseInfo) {
	if r == nil {
		return
	}
	if !r.Limit.Valid() {
		k.add("release", "limit %q is not one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED", string(r.Limit))
	}
	for _, plural := range slices.Sorted(maps.Keys(r.Withheld)) {
		n := r.Withheld[plural]
		if n < 0 || kindPlural(plural) == nil {
			k.add("release", "withheld %q: %d is not a count of %s", plural, n, pluralList("or"))
		}
	}
}

// RelationMarking is the marking a release gives a relation: its own or
// the case's, lifted to its actors' (see Release). The GUI shows it, so
// that a relation never looks less restricted than a release treats it.
func (c *Case) RelationMarking(r Relation) Marking {
	m := c.EffectiveMarking(r.Marking)
	for _, id := range []string{r.From, r.To} {
		if a, ok := c.Actor(id); ok {
			m = m.Max(c.EffectiveMarking(a.Marking))
		}
	}
	return m
}

// StatementMarking is the marking a release gives a statement: its own or
// the case's, lifted to its speaker's.
func (c *Case) StatementMarking(s Statement) Marking {
	m := c.EffectiveMarking(s.Marking)
	if a, ok := c.Actor(s.Speaker); ok {
		m = m.Max(c.EffectiveMarking(a.Marking))
	}
	return m
}

// NoteMarking is the marking a release gives a note: its own or the
// case's, lifted to that of the actor, statement or event it annotates.
func (c *Case) NoteMarking(n Note) Marking {
	return c.EffectiveMarking(n.Marking).Max(c.TargetMarking(n.Target))
}

// TargetMarking is the marking a release gives what a note annotates, or
// "" for the case and for an item that does not exist.
func (c *Case) TargetMarking(t Target) Marking {
	switch t.Kind {
	case OnActor:
		if a, ok := c.Actor(t.ID); ok {
			return c.EffectiveMarking(a.Marking)
		}
	case OnStatement:
		if s, ok := c.Statement(t.ID); ok {
			return c.StatementMarking(s)
		}
	case OnEvent:
		if e, ok := c.Event(t.ID); ok {
			return c.EffectiveMarking(e.Marking)
		}
	}
	return ""
}
