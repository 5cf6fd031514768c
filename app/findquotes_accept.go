package app

import (
	"fmt"
	"strings"

	"github.com/casefile/casefile/casefile"
)

// accept adds the statements of the quotations idx as one undoable edit,
// adding each new speaker once as an actor; all or none.
func (f *quoteFinder) accept(idx []int) {
	u := f.u
	if len(idx) == 0 || u.refuseReadOnly() {
		return
	}
	src, ok := u.doc.c.Source(f.srcID)
	if !ok {
		return
	}
	statements, newActors := 0, 0
	err := u.edit(func(c *casefile.Case) error {
		statements, newActors = 0, 0
		nActors, nStatements := len(c.Actors), len(c.Statements)
		actors := indexActors(c)
		undo := func(err error) error { // the API adds one item at a time; take back the ones added
			c.Actors, c.Statements = c.Actors[:nActors], c.Statements[:nStatements]
			return err
		}
		for _, i := range idx {
			p := actors.resolve(f.all[i])
			if !p.acceptable() {
				continue
			}
			if p.speakerID == "" {
				a, err := c.AddActor(p.newActorFor(src))
				if err != nil {
					return undo(fmt.Errorf("the actor %s: %w", bounded(p.speaker), err))
				}
				p.speakerID = a.ID
				actors.add(a) // the speaker's other quotations are theirs
				newActors++
			}
			for _, st := range p.statementsOf(c, src, p.speakerID) {
				if _, err := c.AddStatement(st); err != nil {
					return undo(fmt.Errorf("the quotation “%s”: %w", firstWords(p.quote, 8), err))
				}
				statements++
			}
		}
		return nil
	})
	if err != nil {
		u.showError("Quotations not added", fmt.Errorf("%w\n\nNothing was added", boundedError(err)))
		return
	}
	msg := "Added " + casefile.Count(statements, "statement", "statements")
	if newActors > 0 {
		msg += " and " + casefile.Count(newActors, "new actor", "new actors")
	}
	u.setNotice(msg + "; Edit ▸ Undo takes them back")
	f.added = msg + "."
	f.refilter()
}

// heldSet is what a source's quotations are checked against: the spans
// of the statements citing it, and every statement's quote.
type heldSet struct {
	spans  []casefile.Span
	quotes map[string]bool // white space squeezed
}

func heldQuotes(c *casefile.Case, srcID string) heldSet {
	h := heldSet{quotes: make(map[string]bool, len(c.Statements))}
	for _, st := range c.Statements {
		if st.Source.Source == srcID && !st.Source.Span.IsZero() {
			h.spans = append(h.spans, st.Source.Span)
		}
		h.quotes[squeezeSpace(st.Quote)] = true
	}
	return h
}

// holds reports whether the case holds a quotation: a statement citing the
// source over an overlapping span, or one with the same quote.
func (h heldSet) holds(p quoteProposal) bool {
	if h.quotes[squeezeSpace(p.quote)] {
		return true
	}
	parts := p.parts
	if len(parts) == 0 {
		parts = []casefile.Span{p.span}
	}
	for _, part := range parts {
		for _, sp := range h.spans {
			if part.Start < sp.End && sp.Start < part.End {
				return true
			}
		}
	}
	return false
}

func squeezeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
