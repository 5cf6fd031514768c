package casefile

import (
	"reflect"
	"slices"
	"testing"
)

// The table of kinds holds every list of items the Case type has (a list
// of objects with an id and a marking), in the file's order, and its
// references name kinds that exist: a kind added to Case without its
// entry, or a reference to a kind misspelt, fails here.
func TestKindTableCoversTheCaseType(t *testing.T) {
	var lists []itemList
	for _, l := range itemLists {
		if shapeOf(l.elem).byName["marking"] != nil {
			lists = append(lists, l)
		}
	}
	if len(itemKinds) != len(lists) {
		t.Fatalf("itemKinds has %d kinds; Case has %d lists of marked items", len(itemKinds), len(lists))
	}
	for i, l := range lists {
		k := itemKinds[i]
		if k.name != l.kind || k.plural != l.plural {
			t.Errorf("kind %d: table %q/%q, Case %q/%q", i, k.name, k.plural, l.kind, l.plural)
		}
		if k.check == nil {
			t.Errorf("kind %s has no check", k.name)
		}
		if k.search != nil && !slices.Contains(HitKinds, k.hit) {
			t.Errorf("kind %s is searched as %q, which HitKinds does not group", k.name, k.hit)
		}
	}
	if 1<<len(itemKinds) > 1<<16 {
		t.Errorf("%d kinds do not fit idKinds", len(itemKinds))
	}
	for _, h := range holders() {
		for _, r := range h.refs {
			for _, to := range r.to {
				target := kindNamed(to)
				if target == nil {
					t.Errorf("%s.%s names kind %q, which the table lacks", h.name, r.field, to)
					continue
				}
				if r.lifts && slices.IndexFunc(itemKinds, func(k itemKind) bool { return k.name == to }) >=
					slices.IndexFunc(itemKinds, func(k itemKind) bool { return k.name == h.name }) {
					t.Errorf("%s.%s lifts to %s, which does not come earlier in the table", h.name, r.field, to)
				}
			}
		}
	}
}

// Every reference the sample holds is found by walking the table: the
// count of ids walked matches the count written out by hand here.
func TestKindTableWalksEveryReference(t *testing.T) {
	c := assessedCase()
	got := map[string]int{}
	for _, h := range holders() {
		for i, n := 0, h.count(c); i < n; i++ {
			for _, r := range h.refs {
				r.ids(c, i, func(string) { got[h.name+"."+r.field]++ })
			}
		}
	}
	want := map[string]int{
		"actor.affiliation": 2, "actor.sources": 4, "relation.from": 3, "relation.to": 3, "relation.sources": 2,
		"statement.speaker": 3, "statement.addressees": 4, "statement.responds_to": 2, "statement.source": 3,
		"event.actors": 3, "event.sources": 1, "note.target": 4, "judgment.evidence": 5, "matrix row.matrix": 3 + 6,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("references walked:\n%v\nwant\n%v", got, want)
	}
}

func TestCloneCopiesTheAssessment(t *testing.T) {
	c := assessedCase()
	d := c.Clone()
	if !reflect.DeepEqual(c, d) {
		t.Fatal("the clone differs")
	}
	d.Judgments[0].Evidence[0].Supports = false
	d.Hypotheses[0].Text = "x"
	d.Matrix[0].Item = "x"
	if !reflect.DeepEqual(c, assessedCase()) {
		t.Errorf("changing the clone changed the original")
	}
}

func TestSearchFindsJudgmentsAndHypotheses(t *testing.T) {
	ix := NewIndex(assessedCase())
	hits := ix.Search("iranian state", 0)
	var kinds []HitKind
	for _, h := range hits {
		kinds = append(kinds, h.Kind)
	}
	if !slices.Equal(kinds, []HitKind{HitJudgment, HitHypothesis}) {
		t.Errorf("search for %q: %v", "iranian state", hits)
	}
	if hits := ix.Search("governments' claims", 0); len(hits) != 1 || hits[0].ID != "kj-iran" {
		t.Errorf("a judgment's basis is searched: %v", hits)
	}
}
