package export

import (
	"testing"

	"github.com/casefile/casefile/casefile"
)

func TestReleasable(t *testing.T) {
	c := testCase()
	// The case is AMBER; s1 (unmarked, so AMBER) and s3 (AMBER) go at GREEN,
	// and with them the notes on them and s2's reply link to s1.
	r, m := Releasable(c, casefile.TLPGreen)
	if m != casefile.TLPGreen || r.Marking != casefile.TLPGreen {
		t.Errorf("marking %s, copy's %s; want TLP:GREEN", m, r.Marking)
	}
	ids := func(n int, id func(int) string) map[string]bool {
		out := map[string]bool{}
		for i := range n {
			out[id(i)] = true
		}
		return out
	}
	st := ids(len(r.Statements), func(i int) string { return r.Statements[i].ID })
	if len(st) != 2 || !st["s2"] || !st["s4"] {
		t.Errorf("statements kept: %v; want s2 and s4", st)
	}
	ev := ids(len(r.Events), func(i int) string { return r.Events[i].ID })
	if len(ev) != 1 || !ev["e1"] {
		t.Errorf("events kept: %v; want e1", ev)
	}
	nt := ids(len(r.Notes), func(i int) string { return r.Notes[i].ID })
	if len(nt) != 1 || !nt["n3"] {
		t.Errorf("notes kept: %v; want n3 (n1 is on a dropped statement, n2 is AMBER)", nt)
	}
	s2, _ := r.Statement("s2")
	if s2.RespondsTo != "" {
		t.Errorf("s2 still responds to dropped %q", s2.RespondsTo)
	}
	if ps := r.Validate(); ps != nil {
		t.Errorf("releasable copy does not validate: %v", ps)
	}
	if len(r.Actors) != len(c.Actors) || len(r.Sources) != len(c.Sources) || len(r.Relations) != len(c.Relations) {
		t.Error("actors, sources or relations were dropped")
	}
	// The original is untouched.
	if len(c.Statements) != 4 || c.Statements[1].RespondsTo != "s1" || c.Marking != casefile.TLPAmber {
		t.Error("Releasable changed the case it was given")
	}
}

func TestReleasableMarkingIsHighestIncluded(t *testing.T) {
	c := testCase()
	for _, tc := range []struct {
		max, want casefile.Marking
		kept      int
	}{
		{casefile.TLPRed, casefile.TLPAmber, 4},   // everything, and the case is AMBER
		{casefile.TLPAmber, casefile.TLPAmber, 4}, // nothing above AMBER
		{casefile.TLPClear, casefile.TLPClear, 1}, // only s4 and n3
	} {
		r, m := Releasable(c, tc.max)
		if m != tc.want || len(r.Statements) != tc.kept {
			t.Errorf("max %s: marking %s with %d statements; want %s with %d", tc.max, m, len(r.Statements), tc.want, tc.kept)
		}
		if ps := r.Validate(); ps != nil {
			t.Errorf("max %s: copy does not validate: %v", tc.max, ps)
		}
	}
	// A case whose items are all marked lower than the case shows the
	// highest item marking, not the case's.
	low := testCase()
	for i := range low.Statements {
		low.Statements[i].Marking = casefile.TLPClear
	}
	for i := range low.Events {
		low.Events[i].Marking = casefile.TLPGreen
	}
	for i := range low.Notes {
		low.Notes[i].Marking = casefile.TLPClear
	}
	if _, m := Releasable(low, casefile.TLPAmber); m != casefile.TLPGreen {
		t.Errorf("all items CLEAR or GREEN: marking %s, want TLP:GREEN", m)
	}
}

func TestReleasableSynthetic(t *testing.T) {
	c := casefile.Synthetic(2000, 3)
	r, m := Releasable(c, casefile.TLPGreen)
	if ps := r.Validate(); ps != nil {
		t.Fatalf("releasable synthetic case does not validate: %v", ps)
	}
	want := 0
	for _, s := range c.Statements {
		if c.EffectiveMarking(s.Marking).Rank() <= casefile.TLPGreen.Rank() {
			want++
		}
	}
	if len(r.Statements) != want || want == 0 || want == len(c.Statements) {
		t.Errorf("kept %d statements, want %d of %d", len(r.Statements), want, len(c.Statements))
	}
	if m.Rank() > casefile.TLPGreen.Rank() {
		t.Errorf("marking %s above the maximum", m)
	}
}
