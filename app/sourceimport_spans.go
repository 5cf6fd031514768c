package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/casefile/casefile/casefile"
)

// citeRef is one citation of a source by span: a statement's source, or
// the index-th source of an event, actor or relation.
type citeRef struct {
	kind  string // "statement", "event", "actor", "relation"
	id    string
	index int
	span  casefile.Span
}

// oldText is what replacing a source's text must carry over: the old
// text and the citations that point into it. Strings are immutable, so
// it is read on the UI thread and planned on another.
type oldText struct {
	target, body string
	refs         []citeRef
	gen          int
}

// textCites collects what replacing target's text affects; nothing for a
// new source.
func (u *UI) textCites(target string) oldText {
	o := oldText{target: target, gen: u.doc.gen}
	src, ok := u.doc.c.Source(target)
	if !ok || src.Text == nil {
		return o
	}
	o.body = src.Text.Body
	c := u.doc.c
	add := func(kind, id string, i int, ct casefile.Citation) {
		if ct.Source == target && !ct.Span.IsZero() {
			o.refs = append(o.refs, citeRef{kind, id, i, ct.Span})
		}
	}
	for _, st := range c.Statements {
		add("statement", st.ID, 0, st.Source)
	}
	for _, e := range c.Events {
		for i, ct := range e.Sources {
			add("event", e.ID, i, ct)
		}
	}
	for _, a := range c.Actors {
		for i, ct := range a.Sources {
			add("actor", a.ID, i, ct)
		}
	}
	for _, r := range c.Relations {
		for i, ct := range r.Sources {
			add("relation", r.ID, i, ct)
		}
	}
	return o
}

// textPlan is where each citation's span goes in a new text: the same
// passage found again, or none (the zero span) when it is not there.
type textPlan struct {
	target string
	gen    int // the case generation it was planned on
	refs   []citeRef
	moved  []casefile.Span
}

// plan finds each cited passage of the old text in the new one.
func (o oldText) plan(newBody string) *textPlan {
	p := &textPlan{target: o.target, gen: o.gen, refs: o.refs, moved: make([]casefile.Span, len(o.refs))}
	for i, ref := range o.refs {
		if o.body == newBody {
			p.moved[i] = ref.span
			continue
		}
		p.moved[i] = findAgain(runeSpanText(o.body, ref.span.Start, ref.span.End), newBody, ref.span.Start)
	}
	return p
}

// maxOccurrences bounds the search for the copy of a passage nearest its
// old place; a passage found that often is a phrase, and the first will do.
const maxOccurrences = 64

// findAgain is the span of passage in text nearest the rune offset near:
// an exact copy, or else one that differs only in white space.
func findAgain(passage, text string, near int) casefile.Span {
	if strings.TrimSpace(passage) == "" {
		return casefile.Span{}
	}
	n := utf8.RuneCountInString(passage)
	best, bestDist := casefile.Span{}, -1
	runes, counted := 0, 0 // runes in text[:counted]
	for from, seen := 0, 0; seen < maxOccurrences; seen++ {
		i := strings.Index(text[from:], passage)
		if i < 0 {
			break
		}
		at := from + i
		runes += utf8.RuneCountInString(text[counted:at])
		counted = at
		if d := abs(runes - near); bestDist < 0 || d < bestDist {
			best, bestDist = casefile.Span{Start: runes, End: runes + n}, d
		}
		from = at + 1
	}
	if bestDist >= 0 {
		return best
	}
	if ch := casefile.VerifyQuote(passage, text); ch.Status == casefile.Verified {
		return casefile.Span{Start: ch.Start, End: ch.End}
	}
	return casefile.Span{}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// freshPlan is p, or a new plan when the case changed since p was made
// (an undo while the text was read).
func (u *UI) freshPlan(p *textPlan, target, newBody string) *textPlan {
	if p != nil && p.gen == u.doc.gen && p.target == target {
		return p
	}
	return u.textCites(target).plan(newBody)
}

// apply sets each citation's new span, or removes a span whose passage is
// gone; the citation keeps its locator ("para. 3").
func (p *textPlan) apply(c *casefile.Case) {
	for i, ref := range p.refs {
		sp := p.moved[i]
		switch ref.kind {
		case "statement":
			if st := statementByID(c, ref.id); st != nil && st.Source.Source == p.target {
				st.Source.Span = sp
			}
		case "event":
			for j := range c.Events {
				if c.Events[j].ID == ref.id {
					setSpan(c.Events[j].Sources, ref.index, p.target, sp)
				}
			}
		case "actor":
			for j := range c.Actors {
				if c.Actors[j].ID == ref.id {
					setSpan(c.Actors[j].Sources, ref.index, p.target, sp)
				}
			}
		case "relation":
			for j := range c.Relations {
				if c.Relations[j].ID == ref.id {
					setSpan(c.Relations[j].Sources, ref.index, p.target, sp)
				}
			}
		}
	}
}

func statementByID(c *casefile.Case, id string) *casefile.Statement {
	for i := range c.Statements {
		if c.Statements[i].ID == id {
			return &c.Statements[i]
		}
	}
	return nil
}

func setSpan(cs []casefile.Citation, i int, source string, sp casefile.Span) {
	if i < len(cs) && cs[i].Source == source {
		cs[i].Span = sp
	}
}

// lost counts the citations whose passage the new text does not hold.
func (p *textPlan) lost() int {
	n := 0
	for _, sp := range p.moved {
		if sp.IsZero() {
			n++
		}
	}
	return n
}

// citers names the kinds of item whose citations point into the text:
// "9 statements, 3 events".
func (p *textPlan) citers() string {
	counts := map[string]int{}
	for _, r := range p.refs {
		counts[r.kind]++
	}
	var parts []string
	for _, k := range []struct{ kind, one, many string }{
		{"statement", "statement", "statements"}, {"event", "event", "events"},
		{"actor", "actor", "actors"}, {"relation", "relation", "relations"},
	} {
		if n := counts[k.kind]; n > 0 {
			parts = append(parts, casefile.Count(n, k.one, k.many))
		}
	}
	return strings.Join(parts, ", ")
}

// outcome says what becomes of the spans.
func (p *textPlan) outcome() string {
	n, lost := len(p.refs), p.lost()
	switch {
	case n == 0:
		return "no citation pointed into the old text"
	case lost == 0 && n == 1:
		return "the cited passage is found in the new text and its span moves with it"
	case lost == 0:
		return fmt.Sprintf("all %d cited passages are found in the new text and their spans move with them", n)
	case lost == n:
		return fmt.Sprintf("none of the %d cited passages is in the new text: their spans are removed, and their locators (“para. 3”) kept", n)
	}
	return fmt.Sprintf("%d cited passages are found in the new text and their spans move with them; %d are not, and their spans are removed, their locators (“para. 3”) kept",
		n-lost, lost)
}
