package stix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/internal/casegen"
)

// A releasable export, made through the shared release function, holds
// nothing above its limit: no word of a portion withheld, no object marked
// above it, no kept object above it or depending on what was withheld.
func TestReleasableExportHoldsNothingAboveTheLimit(t *testing.T) {
	keptIn, keptOut, byGroup := 0, 0, 0
	for seed := range uint64(40) {
		c, tokens := casegen.Case(seed)
		g := &filler{r: rand.New(rand.NewPCG(seed, 1)), c: c}
		// A hostile group kept with its STIX id, whose kept relationship
		// to a kept malware must go when the group does.
		group := casefile.Actor{ID: "intrusion-set--" + uuid5(fmt.Sprint("release", seed)), Name: "Group tk99999q", Kind: casefile.KindGroup, Marking: g.marking()}
		tokens["tk99999q"] = casegen.Token{Portion: group.ID, Shown: true}
		c.Actors = append(c.Actors, group)
		g.kept()
		for _, limit := range casefile.Markings {
			what := fmt.Sprintf("case %d released at %s", seed, limit)
			r, _ := casefile.Release(c, limit) // what export.Releasable does with a case not released

			casefile.ReleaseKept(c, r)
			data, err := Export(r)
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			mustValidate(t, what, data)
			_, out, _ := casegen.Expect(c, tokens, limit)
			for _, tok := range out {
				if bytes.Contains(data, []byte(tok)) {
					t.Errorf("%s: the bundle holds %s, of %s, which is withheld", what, tok, tokens[tok].Portion)
				}
			}
			var b struct{ Objects []json.RawMessage }
			if err := json.Unmarshal(data, &b); err != nil {
				t.Fatal(err)
			}
			for _, raw := range b.Objects {
				o, err := casefile.ParseKept(raw, nil)
				if err != nil {
					t.Fatalf("%s: %v", what, err)
				}
				if !o.IsMarkingDefinition() && o.Type != "extension-definition" && (o.TLP == "" || o.TLP.Rank() > limit.Rank()) {
					t.Errorf("%s: %s is marked %q", what, o.ID, o.TLP)
				}
			}
			defs := c.KeptDefinitions()
			for _, raw := range c.Kept {
				k, _ := casefile.ParseKept(raw, defs)
				m := k.TLP
				if m == "" {
					m = c.Marking
				}
				if !k.IsMarkingDefinition() && m.Rank() > limit.Rank() && bytes.Contains(data, []byte(k.ID)) {
					t.Errorf("%s: the kept %s, marked %s, is in the bundle", what, k.ID, m)
				}
				gone := !casegen.Kept(c, limit)[group.ID]
				in := bytes.Contains(data, []byte(k.ID))
				if gone && contains(k.Refs, group.ID) {
					if in {
						t.Errorf("%s: the kept %s refers to the withheld group and is in the bundle", what, k.ID)
					}
					byGroup++
				}
				if in {
					keptIn++
				} else {
					keptOut++
				}
			}
		}
	}
	if keptIn == 0 || keptOut == 0 || byGroup == 0 {
		t.Errorf("the cases never put kept objects both in and out of a release (%d in, %d out, %d with the group): the test proves nothing", keptIn, keptOut, byGroup)
	}
}
