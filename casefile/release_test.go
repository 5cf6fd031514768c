package casefile_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/internal/casegen"
)

// checkRelease asserts the release rules on one random case at every
// limit: the copy validates, holds no token of a withheld portion and
// every token of a kept one, is marked no lower than anything it keeps
// and no higher than the limit, and counts what it withheld.
func checkRelease(t *testing.T, seed uint64) {
	c, tokens := casegen.Case(seed)
	if ps := c.Validate(); ps != nil {
		t.Fatalf("seed %d: the generated case does not validate: %v", seed, ps)
	}
	for _, limit := range casefile.Markings {
		r, m := casefile.Release(c, limit)
		what := fmt.Sprintf("seed %d, case %s, release at %s", seed, c.Marking, limit)
		if ps := r.Validate(); ps != nil {
			t.Errorf("%s: the copy does not validate: %v", what, ps)
		}
		var buf bytes.Buffer
		if err := casefile.Encode(&buf, r); err != nil {
			t.Fatal(err)
		}
		text := buf.String()
		in, out, highest := casegen.Expect(c, tokens, limit)
		for _, tok := range out {
			if strings.Contains(text, tok) {
				t.Errorf("%s: holds %s of withheld %s", what, tok, tokens[tok].Portion)
			}
		}
		for _, tok := range in {
			if !strings.Contains(text, tok) {
				t.Errorf("%s: lacks %s of kept %s", what, tok, tokens[tok].Portion)
			}
		}
		if m != r.Marking || m.Rank() < highest.Rank() || highest != "" && m.Rank() > limit.Rank() {
			t.Errorf("%s: marked %s (copy %s); it keeps a portion marked %s", what, m, r.Marking, highest)
		}
		kept := casegen.Kept(c, limit)
		for _, k := range []struct {
			plural      string
			before, now int
		}{
			{"sources", len(c.Sources), len(r.Sources)}, {"actors", len(c.Actors), len(r.Actors)},
			{"relations", len(c.Relations), len(r.Relations)}, {"statements", len(c.Statements), len(r.Statements)},
			{"events", len(c.Events), len(r.Events)}, {"notes", len(c.Notes), len(r.Notes)},
		} {
			if got := r.Release.Count(k.plural); got != k.before-k.now {
				t.Errorf("%s: says %d %s withheld; %d of %d are", what, got, k.plural, k.before-k.now, k.before)
			}
		}
		if r.Release.Title != !kept["title"] || r.Release.Summary != (c.Summary != "" && !kept["summary"]) {
			t.Errorf("%s: title withheld %v, summary withheld %v; want %v, %v", what, r.Release.Title, r.Release.Summary, !kept["title"], !kept["summary"])
		}
		if r.Release.Nothing() != strings.HasPrefix(r.Release.Sentence(), "Nothing") {
			t.Errorf("%s: says %q", what, r.Release.Sentence())
		}
		// What the copy keeps is marked as the one-item functions the
		// GUI's badges use say a release marks it.
		for _, s := range r.Statements {
			if orig, _ := c.Statement(s.ID); s.Marking != c.StatementMarking(orig) {
				t.Errorf("%s: statement %s kept as %s; StatementMarking says %s", what, s.ID, s.Marking, c.StatementMarking(orig))
			}
		}
		for _, x := range r.Relations {
			if orig, _ := c.Relation(x.ID); x.Marking != c.RelationMarking(orig) {
				t.Errorf("%s: relation %s kept as %s; RelationMarking says %s", what, x.ID, x.Marking, c.RelationMarking(orig))
			}
		}
		for _, n := range r.Notes {
			if orig, _ := c.Note(n.ID); n.Marking != c.NoteMarking(orig) {
				t.Errorf("%s: note %s kept as %s; NoteMarking says %s", what, n.ID, n.Marking, c.NoteMarking(orig))
			}
		}
		// Released again at the same limit, nothing changes.
		if again, _ := casefile.Release(r, limit); !bytes.Equal(encode(t, again), buf.Bytes()) {
			t.Errorf("%s: releasing the release again changed it", what)
		}
	}
}

func encode(t *testing.T, c *casefile.Case) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := casefile.Encode(&buf, c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReleaseKeepsExactlyWhatTheRulesAllow(t *testing.T) {
	n := uint64(400)
	if testing.Short() {
		n = 60 // under the race detector
	}
	for seed := range n {
		checkRelease(t, seed)
	}
}

func FuzzRelease(f *testing.F) {
	for seed := range uint64(8) {
		f.Add(seed)
	}
	f.Fuzz(checkRelease)
}
