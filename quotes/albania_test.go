package quotes

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/casefile/casefile/assets"
)

// defaultCase is the part of the default case file this test needs.
type defaultCase struct {
	Case struct {
		Actors []struct {
			ID      string   `json:"id"`
			Name    string   `json:"name"`
			Kind    string   `json:"kind"`
			Aliases []string `json:"aliases"`
		} `json:"actors"`
		Statements []struct {
			Quote   string `json:"quote"`
			Speaker string `json:"speaker"`
		} `json:"statements"`
	} `json:"case"`
}

// TestAlbaniaArticle finds the default case's 12 quotations in the
// article it was drawn from, given the case's actors, with the right
// speaker for at least 11.
func TestAlbaniaArticle(t *testing.T) {
	var c defaultCase
	if err := json.Unmarshal(assets.DefaultCase, &c); err != nil {
		t.Fatalf("cannot read the default case: %v", err)
	}
	var known []Actor
	names := map[string]string{}
	aliases := map[string][]string{}
	for _, a := range c.Case.Actors {
		known = append(known, Actor{ID: a.ID, Names: append([]string{a.Name}, a.Aliases...), Kind: a.Kind})
		names[a.ID] = a.Name
		aliases[a.ID] = append([]string{a.Name}, a.Aliases...)
	}
	got := Find(string(assets.DefaultCaseArticle), known)
	for _, q := range got {
		t.Logf("%-7s p%-2d %-28q %-14q role=%q id=%s verb=%q chan=%q date=%q  %.60q", q.Kind, q.Paragraph, q.Speaker,
			names[q.ActorID], q.Role, shortID(q.ActorID), q.Verb, q.Channel, q.DateWords, q.Text)
	}
	found, right := 0, 0
	for _, st := range c.Case.Statements {
		q, ok := findText(got, st.Quote)
		switch {
		case !ok:
			t.Errorf("not found: %q (%s)", st.Quote, names[st.Speaker])
		case q.ActorID != st.Speaker:
			found++
			t.Logf("wrong speaker for %.50q: got %q (%s), want %s", st.Quote, q.Speaker, names[q.ActorID], names[st.Speaker])
		default:
			found++
			right++
		}
	}
	statements := 0
	for _, q := range got {
		if q.IsStatement() {
			statements++
		}
	}
	want := len(c.Case.Statements)
	t.Logf("Albania article: %d/%d found, %d right speaker, %d statements offered", found, want, right, statements)
	if found < want || right < want-1 {
		t.Errorf("found %d of %d quotations, %d with the right speaker: want all found and at least %d right", found, want, right, want-1)
	}
	if statements > want {
		t.Errorf("%d statements offered, want %d: the extra ones are not quotations", statements, want)
	}

	// Without the case's actors, as on importing the article into an
	// empty case, the speakers must still be named as the case names them.
	bare := Find(string(assets.DefaultCaseArticle), nil)
	named := 0
	for _, st := range c.Case.Statements {
		q, ok := findText(bare, st.Quote)
		if ok && nameOf(q.Speaker, aliases[st.Speaker]) {
			named++
		} else {
			t.Logf("with no known actors: %.50q: speaker %q, want one of %q", st.Quote, q.Speaker, aliases[st.Speaker])
		}
	}
	t.Logf("Albania article, no known actors: %d/%d speakers named right", named, want)
	if named < want-1 {
		t.Errorf("with no known actors, %d of %d speakers named right: want at least %d", named, want, want-1)
	}
}

// nameOf reports whether speaker is one of names, case and a leading
// "the" aside.
func nameOf(speaker string, names []string) bool {
	for _, n := range names {
		if strings.EqualFold(stripThe(n), stripThe(speaker)) {
			return true
		}
	}
	return false
}

// findText returns the found quotation whose text is s, whitespace aside.
func findText(qs []Quote, s string) (Quote, bool) {
	s = strings.Join(strings.Fields(s), " ")
	for _, q := range qs {
		if strings.Join(strings.Fields(q.Text), " ") == s && q.IsStatement() {
			return q, true
		}
	}
	return Quote{}, false
}

func shortID(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}
