package casefile

import (
	"bytes"
	"testing"
)

func TestSynthetic(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 25, 1000} {
		c := Synthetic(n, 42)
		mustValid(t, c)
		tenth := max(n/10, 1)
		if len(c.Statements) != n || len(c.Actors) != tenth || len(c.Events) != tenth || len(c.Notes) != tenth {
			t.Errorf("Synthetic(%d): %d statements, %d actors, %d events, %d notes; want %d and %d of the others",
				n, len(c.Statements), len(c.Actors), len(c.Events), len(c.Notes), n, tenth)
		}
		if len(c.Sources) == 0 || len(c.Sources) > 10 {
			t.Errorf("Synthetic(%d): %d sources, want a few", n, len(c.Sources))
		}
	}
}

func TestSyntheticIsDeterministic(t *testing.T) {
	a, b := encode(t, Synthetic(500, 7)), encode(t, Synthetic(500, 7))
	if !bytes.Equal(a, b) {
		t.Errorf("the same n and seed gave different cases")
	}
	if bytes.Equal(a, encode(t, Synthetic(500, 8))) {
		t.Errorf("different seeds gave the same case")
	}
}

func TestSyntheticUsesEveryReference(t *testing.T) {
	// Benchmarks are only honest if the checker has references to follow.
	c := Synthetic(100, 1)
	var responds, affiliated, onStatements, inferred, precisions int
	seen := map[Precision]bool{}
	for _, s := range c.Statements {
		if s.RespondsTo != "" {
			responds++
		}
		if s.Date.Inferred {
			inferred++
		}
		seen[s.Date.Precision()] = true
	}
	for _, a := range c.Actors {
		if a.Affiliation != "" {
			affiliated++
		}
	}
	for _, n := range c.Notes {
		if n.Target.Kind == OnStatement {
			onStatements++
		}
	}
	precisions = len(seen)
	if responds == 0 || affiliated == 0 || onStatements == 0 || inferred == 0 || precisions < 3 || len(c.Relations) == 0 {
		t.Errorf("responds %d, affiliated %d, notes on statements %d, inferred dates %d, precisions %d, relations %d: want all used",
			responds, affiliated, onStatements, inferred, precisions, len(c.Relations))
	}
}
