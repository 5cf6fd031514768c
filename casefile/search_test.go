package casefile

import (
	"slices"
	"testing"
)

// hitIDs returns "kind:id" for each hit, in order.
func hitIDs(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = string(h.Kind) + ":" + h.ID
	}
	return out
}

func searchCase() *Case {
	c := sampleCase()
	c.Actors = append(c.Actors, Actor{ID: "pm-office", Name: "Kryeministria e Shqipërisë", Kind: KindGovernmentBody,
		Description: "Office of the Prime Minister in Tiranë"})
	c.Statements[2].Context = "Iran’s “firm” reply"
	return c
}

func TestSearch(t *testing.T) {
	ix := NewIndex(searchCase())
	tests := []struct {
		query string
		want  []string
	}{
		{"shqiperise", []string{"actor:pm-office"}},
		{"SHQIPËRISË", []string{"actor:pm-office"}},
		{"tirane", []string{"actor:pm-office"}},
		{"RAMA", []string{"actor:rama", "statement:st-rama"}}, // the statement by its title and speaker
		{"rama", []string{"actor:rama", "statement:st-rama"}},
		{"proportionate", []string{"statement:st-rama", "note:n-st"}},
		// Every word must match, in any order.
		{"condemns iran", []string{"statement:st-us", "statement:st-mfa"}},
		{"iran condemns", []string{"statement:st-us", "statement:st-mfa"}},
		{"condemns rejects", []string{"statement:st-mfa"}},
		{"condemns nothing-like-this", nil},
		// Curly quotes and apostrophes fold to straight ones, both ways.
		{`iran's "firm"`, []string{"statement:st-mfa"}},
		{"iran’s “firm”", []string{"statement:st-mfa"}},
		{"iran’s cyberattack", []string{"statement:st-us"}},
		// Grouped by kind in HitKinds order, whatever order the case has.
		{"albania", []string{"actor:alb", "actor:rama", "statement:st-us", "event:ev-attack", "event:ev-mek"}}, // Rama by his role
		{"kryeministria", []string{"actor:pm-office", "source:src-pm"}},
		{"services", []string{"event:ev-attack", "note:n-ev"}},
		{"government body", []string{"actor:mfa", "actor:pm-office"}}, // the actor's kind
		{"", nil},
		{"   ", nil},
	}
	for _, tt := range tests {
		if got := hitIDs(ix.Search(tt.query, 0)); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestSearchLimit(t *testing.T) {
	ix := NewIndex(searchCase())
	all := ix.Search("albania", 0)
	if len(all) < 4 {
		t.Fatalf("want at least 4 hits to test the limit, got %d", len(all))
	}
	for _, limit := range []int{1, 2, 3} {
		if got := ix.Search("albania", limit); !slices.Equal(got, all[:limit]) {
			t.Errorf("limit %d: got %q, want the first %d of %q", limit, hitIDs(got), limit, hitIDs(all))
		}
	}
	if got := ix.Search("albania", 100); len(got) != len(all) {
		t.Errorf("a generous limit returned %d, want %d", len(got), len(all))
	}
	if got := ix.Search("albania", -1); len(got) != len(all) {
		t.Errorf("a negative limit returned %d, want all %d", len(got), len(all))
	}
}

func TestSearchHitDetails(t *testing.T) {
	c := searchCase()
	hits := NewIndex(c).Search("proportionality", 0)
	if len(hits) != 1 {
		t.Fatalf("hits = %q", hitIDs(hits))
	}
	h := hits[0]
	if h.Title != "Rama on proportionality" || h.Detail != "Edi Rama · 7 Sep 2022 · This extreme response … is fully proportionate to the gravity and risk…" {
		t.Errorf("hit = %+v", h)
	}
	n := NewIndex(c).Search("word proportionate", 0)
	if len(n) != 1 || n[0].Detail != `on statement Rama on proportionality` {
		t.Errorf("note hit = %+v", n)
	}
}

func TestSearchIsASnapshot(t *testing.T) {
	c := searchCase()
	ix := NewIndex(c)
	if err := c.DeleteActor("pm-office", false); err != nil {
		t.Fatal(err)
	}
	if got := ix.Search("tirane", 0); len(got) != 1 {
		t.Errorf("the index changed with the case: %q", hitIDs(got))
	}
	if got := NewIndex(c).Search("tirane", 0); len(got) != 0 {
		t.Errorf("a new index still finds the deleted actor")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Shqipëri":        "shqiperi",
		"SHQIPERI":        "shqiperi",
		"Tiranë":          "tirane",
		"Ça va, Éire":     "ca va, eire",
		"“quoted” ‘text’": `"quoted" 'text'`,
		"2014–2022 — now": "2014-2022 - now",
		"Shqipe\u0308ri":  "shqiperi", // already decomposed
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOtherNamesLeavesOutMereVariantsOfTheName(t *testing.T) {
	a := Actor{Name: "the Islamic nation", Aliases: []string{"Islamic nation", "The ISLAMIC Nation", "the Ummah"}}
	if got := a.OtherNames(); len(got) != 1 || got[0] != "the Ummah" {
		t.Errorf("OtherNames = %q, want only the Ummah", got)
	}
	b := Actor{Name: "Mujahedin-e-Khalq", Aliases: []string{"MEK", "People's Mujahedin"}}
	if got := b.OtherNames(); len(got) != 2 {
		t.Errorf("OtherNames = %q, want both aliases", got)
	}
}

func TestCitationsTextNamesEachSourceOnce(t *testing.T) {
	c := &Case{Sources: []Source{{ID: "a", Title: "News article"}, {ID: "b", Title: "Reuters"}}}
	cs := []Citation{{Source: "a", Locator: "para. 13"}, {Source: "b"}, {Source: "a", Locator: "para. 14"}, {Source: "gone", Locator: "p. 1"}}
	want := "News article, para. 13, para. 14; Reuters; gone, p. 1"
	if got := CitationsText(cs, c.SourceTitle); got != want {
		t.Errorf("CitationsText = %q, want %q", got, want)
	}
	if got := CitationsText(nil, c.SourceTitle); got != "" {
		t.Errorf("no citations read %q", got)
	}
}

// Searched, which the search box lists, names exactly the kinds a search
// can find: those HitKinds groups results by.
func TestSearchedNamesTheKindsASearchFinds(t *testing.T) {
	searched := Searched()
	var names []string
	for _, k := range itemKinds {
		if slices.Contains(searched, k.plural) {
			names = append(names, k.name)
		}
	}
	var hitKinds []string
	for _, h := range HitKinds {
		hitKinds = append(hitKinds, string(h))
	}
	slices.Sort(names)
	slices.Sort(hitKinds)
	if !slices.Equal(names, hitKinds) {
		t.Errorf("Searched() = %q, kinds %q; a search finds %q", searched, names, hitKinds)
	}
}
