package casefile

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// ItemLists finds every list of items by reflection, the kept objects
// among them, and not the conflicts.
func TestItemListsAreFound(t *testing.T) {
	var names []string
	for _, l := range ItemLists() {
		names = append(names, l.Name)
	}
	for _, want := range []string{"sources", "actors", "relations", "statements", "events", "notes", "kept"} {
		if !slices.Contains(names, want) {
			t.Errorf("ItemLists has no %q: %v", want, names)
		}
	}
	if slices.Contains(names, "conflicts") || slices.Contains(names, "tags") {
		t.Errorf("ItemLists holds what is not a list of items: %v", names)
	}
	if !IsCaseField("title") || !IsCaseField("summary") || IsCaseField("statements") || IsCaseField("conflicts") {
		t.Error("IsCaseField is wrong about the case's own fields")
	}
}

func TestCheckConflicts(t *testing.T) {
	c := Synthetic(10, 1)
	st := c.Statements[3].ID
	q := func(s string) json.RawMessage { v, _ := json.Marshal(s); return v }
	good := []Conflict{
		{Kind: "statements", ID: st, Field: "quote", Base: q("b"), Ours: q("o"), Theirs: q("t")},
		{Kind: CaseKind, Field: "title", Ours: q("o"), Theirs: q("t")},
		{Kind: "events", ID: "gone", Theirs: json.RawMessage(`{"id":"gone"}`)}, // deleted by ours, kept out
		{Kind: "notes", ID: c.Notes[0].ID, Field: "body", Ours: q("o"), Theirs: q("t"), Both: true},
	}
	c.Conflicts = good
	if ps := c.CheckConflicts(); ps != nil {
		t.Fatalf("valid conflicts refused: %v", ps)
	}
	for _, tc := range []struct {
		x    Conflict
		want string
	}{
		{Conflict{Kind: "nonsense", ID: st, Field: "quote", Ours: q("o")}, `"nonsense" is neither`},
		{Conflict{Kind: "statements", ID: "missing", Field: "quote", Ours: q("o")}, `"missing" is not in the case's statements`},
		{Conflict{Kind: "statements", ID: st, Field: "colour", Ours: q("o")}, `"colour" is not a field`},
		{Conflict{Kind: "statements", ID: st, Field: "title", Ours: q("same"), Theirs: q("same")}, "same version on both sides"},
		{Conflict{Kind: CaseKind, ID: "x", Field: "title", Ours: q("o")}, "a conflict on the case has no id"},
		{Conflict{Kind: CaseKind, Field: "statements", Ours: q("o")}, "not one of the case's own fields"},
		{Conflict{Kind: "statements", ID: st}, "neither side's version"},
		{Conflict{Kind: "statements", ID: st, Field: "grading", Ours: json.RawMessage(`{}`), Theirs: q("t"), Both: true}, "not two texts"},
		{good[0], "second conflict"},
	} {
		c.Conflicts = append(slices.Clone(good), tc.x)
		ps := c.CheckConflicts()
		if len(ps) != 1 || !strings.Contains(ps[0].Message, tc.want) {
			t.Errorf("%+v: problems %v, want one saying %q", tc.x, ps, tc.want)
		}
	}
}

// A case with conflicts may not be released; one without may.
func TestReleaseBlockedByConflicts(t *testing.T) {
	c := Synthetic(10, 1)
	if err := c.ReleaseBlocked(); err != nil {
		t.Fatal(err)
	}
	c.Conflicts = []Conflict{{Kind: CaseKind, Field: "title", Ours: json.RawMessage(`"a"`), Theirs: json.RawMessage(`"b"`)}}
	if err := c.ReleaseBlocked(); err == nil || !strings.Contains(err.Error(), "1 unresolved conflict from a merge; resolve it") {
		t.Errorf("ReleaseBlocked: %v", err)
	}
}
