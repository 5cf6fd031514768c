package merge_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
	"github.com/casefile/casefile/merge"
)

// encoded is a case as a case file holds it.
func encoded(t testing.TB, c *casefile.Case) string {
	t.Helper()
	var b bytes.Buffer
	if err := casefile.Encode(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// loaded is the case read back from its file, as git hands the driver
// files: nothing shared between versions.
func loaded(t testing.TB, c *casefile.Case) *casefile.Case {
	t.Helper()
	d, err := casefile.Decode([]byte(encoded(t, c)))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// edits makes a version of base with n random edits (changed quotes,
// titles, actors, notes; statements added and deleted) to the items
// whose id pick takes, so that two versions can edit disjoint items, and,
// with own, to the case's title and tags. Added items get ids with the
// tag.
func edits(t testing.TB, base *casefile.Case, n int, seed uint64, tag string, pick func(id string) bool, own bool) *casefile.Case {
	t.Helper()
	c := loaded(t, base)
	r := rand.New(rand.NewPCG(seed, 7))
	ids := map[int]func(i int) string{
		0: func(i int) string { return c.Statements[i].ID }, 3: func(i int) string { return c.Actors[i].ID },
		4: func(i int) string { return c.Notes[i].ID },
	}
	var id func(i int) string
	index := func(count int) (int, bool) {
		for range 100 {
			if i := r.IntN(count); pick(id(i)) {
				return i, true
			}
		}
		return 0, false
	}
	for e := 0; e < n; e++ {
		var err error
		op := r.IntN(7)
		switch op {
		case 3, 4:
			id = ids[op]
		default:
			id = ids[0]
		}
		switch op {
		case 0, 1:
			if i, ok := index(len(c.Statements)); ok {
				s := c.Statements[i]
				s.Quote = fmt.Sprintf("%s quote %d of %s", tag, e, s.ID)
				err = c.UpdateStatement(s)
			}
		case 2:
			if i, ok := index(len(c.Statements)); ok {
				s := c.Statements[i]
				s.Title = fmt.Sprintf("%s title %d", tag, e)
				s.Context = ""
				err = c.UpdateStatement(s)
			}
		case 3:
			if i, ok := index(len(c.Actors)); ok {
				a := c.Actors[i]
				a.Name = fmt.Sprintf("%s actor %d", tag, e)
				a.Aliases = append(a.Aliases, tag+" alias")
				err = c.UpdateActor(a)
			}
		case 4:
			if i, ok := index(len(c.Notes)); ok && (c.Notes[i].Target.ID == "" || pick(c.Notes[i].Target.ID)) {
				nt := c.Notes[i]
				nt.Body += "\n\n" + tag + " adds a line"
				err = c.UpdateNote(nt)
			}
		case 5:
			s := c.Statements[0]
			s.ID = fmt.Sprintf("%s-new-%d", tag, e)
			s.Title, s.RespondsTo = tag+" new statement", ""
			_, err = c.AddStatement(s)
		case 6:
			if i, ok := index(len(c.Statements)); ok && i > 0 {
				// Only a statement nothing depends on: a cascade would
				// reach the other side's items.
				if err = c.DeleteStatement(c.Statements[i].ID, false); errors.As(err, new(*casefile.InUseError)) {
					err = nil
				}
			}
		}
		if err != nil {
			t.Fatalf("edit %d: %v", e, err)
		}
	}
	if own {
		c.Title = tag + " title"
		c.Tags = append(c.Tags, tag)
	}
	return c
}

func all(string) bool { return true }

// even takes the items whose id ends in an even number, odd the others.
func even(id string) bool {
	n := 0
	fmt.Sscanf(id[strings.LastIndexByte(id, '-')+1:], "%d", &n)
	return n%2 == 0
}

func odd(id string) bool { return !even(id) }

func mustMerge(t testing.TB, base, ours, theirs *casefile.Case) (*casefile.Case, []casefile.Conflict) {
	t.Helper()
	m, found, err := merge.Merge(base, ours, theirs)
	if err != nil {
		t.Fatal(err)
	}
	if ps := append(m.Validate(), m.CheckConflicts()...); ps != nil {
		t.Fatalf("the merged case is not valid: %v", ps)
	}
	return m, found
}

// A merge with one side unchanged is the other side, whatever it changed.
func TestMergeOneSideUnchanged(t *testing.T) {
	for seed := range uint64(6) {
		base := loaded(t, casefile.Synthetic(200, seed))
		x := edits(t, base, 40, seed, "x", all, true)
		if got, found := mustMerge(t, base, x, loaded(t, base)); encoded(t, got) != encoded(t, x) || len(found) > 0 {
			t.Errorf("seed %d: merge(base, x, base) is not x (%d conflicts)", seed, len(found))
		}
		if got, found := mustMerge(t, base, loaded(t, base), x); encoded(t, got) != encoded(t, x) || len(found) > 0 {
			t.Errorf("seed %d: merge(base, base, y) is not y (%d conflicts)", seed, len(found))
		}
		if got, _ := mustMerge(t, base, x, loaded(t, x)); encoded(t, got) != encoded(t, x) {
			t.Errorf("seed %d: merge(base, x, x) is not x", seed)
		}
	}
}

// Edits to different items merge cleanly, and the merged case has each
// side's.
func TestMergeDisjointEdits(t *testing.T) {
	for seed := range uint64(6) {
		base := loaded(t, casefile.Synthetic(300, seed))
		x := edits(t, base, 40, seed, "x", even, true)
		y := edits(t, base, 40, seed+100, "y", odd, false)
		m, found := mustMerge(t, base, x, y)
		if len(found) > 0 {
			t.Fatalf("seed %d: disjoint edits conflict: %+v", seed, found[0])
		}
		for _, side := range []*casefile.Case{x, y} {
			changes, err := merge.Diff(base, side)
			if err != nil {
				t.Fatal(err)
			}
			mine := map[string]bool{}
			for _, ch := range changes {
				mine[ch.ID] = true
				checkHas(t, m, ch, seed)
			}
		}
		if m.Title != "x title" || !slices.Contains(m.Tags, "x") {
			t.Errorf("seed %d: the case's title and tags are not ours: %q %v", seed, m.Title, m.Tags)
		}
	}
}

// checkHas checks that the merged case holds one side's change: an item
// added or changed as that side has it (but for the fields the other
// side changed too: notes' modified times, lists of text), one removed
// gone.
func checkHas(t *testing.T, m *casefile.Case, ch merge.Change, seed uint64) {
	t.Helper()
	if ch.Kind == casefile.CaseKind {
		return
	}
	got := itemJSON(t, m, ch.Kind, ch.ID)
	switch ch.Op {
	case merge.Removed:
		if got != nil {
			t.Errorf("seed %d: %s %s removed on one side is still there", seed, ch.Kind, ch.ID)
		}
	case merge.Added:
		if !bytes.Equal(got, ch.New) {
			t.Errorf("seed %d: %s %s added on one side is %s, not %s", seed, ch.Kind, ch.ID, got, ch.New)
		}
	case merge.Changed:
		var fs map[string]json.RawMessage
		if err := json.Unmarshal(got, &fs); err != nil {
			t.Fatalf("seed %d: %s %s is gone: %s", seed, ch.Kind, ch.ID, got)
		}
		for _, f := range ch.Fields {
			if f.Field == "modified" || f.Field == "aliases" {
				continue
			}
			if !bytes.Equal(fs[f.Field], f.New) {
				t.Errorf("seed %d: %s %s field %s is %s, not the change %s", seed, ch.Kind, ch.ID, f.Field, fs[f.Field], f.New)
			}
		}
	}
}

// itemJSON is an item of c as JSON, or nil.
func itemJSON(t testing.TB, c *casefile.Case, kind, id string) json.RawMessage {
	t.Helper()
	changes, err := merge.Diff(nil, c)
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range changes {
		if ch.Kind == kind && ch.ID == id {
			return ch.New
		}
	}
	return nil
}

// The same field changed both ways is one conflict, which keeps both
// texts: the item holds ours, the conflict ours, theirs and the base.
func TestMergeSameFieldBothWays(t *testing.T) {
	base := loaded(t, casefile.Synthetic(100, 3))
	x, y := loaded(t, base), loaded(t, base)
	st := base.Statements[17]
	sx, sy := st, st
	sx.Quote, sy.Quote = "ours’ quote, as typed", "theirs’ quote, as typed"
	sy.Channel = "press conference" // another field, changed on one side only
	if err := x.UpdateStatement(sx); err != nil {
		t.Fatal(err)
	}
	if err := y.UpdateStatement(sy); err != nil {
		t.Fatal(err)
	}
	m, found := mustMerge(t, base, x, y)
	if len(found) != 1 || len(m.Conflicts) != 1 {
		t.Fatalf("%d conflicts found, %d in the case; want one: %+v", len(found), len(m.Conflicts), found)
	}
	c := m.Conflicts[0]
	if c.Kind != "statements" || c.ID != st.ID || c.Field != "quote" {
		t.Errorf("the conflict is on %s %s %s, not the statement's quote", c.Kind, c.ID, c.Field)
	}
	if merge.Text(c.Ours) != sx.Quote || merge.Text(c.Theirs) != sy.Quote || merge.Text(c.Base) != st.Quote {
		t.Errorf("the conflict does not keep both texts and the base: %s / %s / %s", c.Ours, c.Theirs, c.Base)
	}
	got, _ := m.Statement(st.ID)
	if got.Quote != sx.Quote || got.Channel != "press conference" {
		t.Errorf("the statement holds %q, %q; want ours' quote and theirs' channel", got.Quote, got.Channel)
	}
	// The merged file loads, conflicts and all.
	back := loaded(t, m)
	if len(back.Conflicts) != 1 || merge.Text(back.Conflicts[0].Theirs) != sy.Quote {
		t.Errorf("the conflict did not survive a save and load: %+v", back.Conflicts)
	}
}

// A note both analysts typed into holds both texts, marked, and is a
// conflict: nothing either typed is lost, or out of sight.
func TestMergeNoteBothWays(t *testing.T) {
	base := loaded(t, casefile.Synthetic(50, 1))
	x, y := loaded(t, base), loaded(t, base)
	n := base.Notes[2]
	nx, ny := n, n
	nx.Body += "\n\nOurs: the attribution is solid."
	ny.Body += "\n\nTheirs: check the second source."
	if err := x.UpdateNote(nx); err != nil {
		t.Fatal(err)
	}
	if err := y.UpdateNote(ny); err != nil {
		t.Fatal(err)
	}
	m, found := mustMerge(t, base, x, y)
	if len(found) != 1 || found[0].Field != "body" || !found[0].Both {
		t.Fatalf("want one conflict on the note's body, both kept: %+v", found)
	}
	got := m.Notes[2].Body
	if !strings.Contains(got, "Ours: the attribution is solid.") || !strings.Contains(got, "Theirs: check the second source.") ||
		!strings.Contains(got, merge.BothMarker) {
		t.Errorf("the note does not hold both texts, marked:\n%s", got)
	}
}

// An item deleted on one side and changed on the other is a conflict on
// the whole item, and stays, as changed.
func TestMergeDeletedAndChanged(t *testing.T) {
	base := loaded(t, casefile.Synthetic(50, 2))
	x, y := loaded(t, base), loaded(t, base)
	id := base.Statements[30].ID
	if err := x.DeleteStatement(id, true); err != nil {
		t.Fatal(err)
	}
	s := base.Statements[30]
	s.Quote = "changed by theirs"
	if err := y.UpdateStatement(s); err != nil {
		t.Fatal(err)
	}
	m, found := mustMerge(t, base, x, y)
	var on *casefile.Conflict
	for i := range found {
		if found[i].ID == id {
			on = &found[i]
		}
	}
	if on == nil || on.Field != "" || on.Ours != nil || merge.Text(on.Theirs) == "(none)" {
		t.Fatalf("want a conflict on the whole statement, deleted by ours: %+v", found)
	}
	if got, ok := m.Statement(id); !ok || got.Quote != "changed by theirs" {
		t.Errorf("the statement changed by theirs is not kept as changed: %+v", got)
	}
}

// An item one side deleted stays when the other side's new items refer to
// it, so that the merged case is valid.
func TestMergeKeepsWhatTheOtherSideNeeds(t *testing.T) {
	base := loaded(t, casefile.Synthetic(50, 4))
	x, y := loaded(t, base), loaded(t, base)
	actor := base.Actors[3].ID
	if err := x.DeleteActor(actor, true); err != nil {
		t.Fatal(err)
	}
	s := base.Statements[0]
	s.ID, s.Speaker, s.RespondsTo, s.Title = "theirs-new", actor, "", "Theirs, new"
	if _, err := y.AddStatement(s); err != nil {
		t.Fatal(err)
	}
	m, found := mustMerge(t, base, x, y)
	if _, ok := m.Actor(actor); !ok {
		t.Fatal("the actor theirs' new statement needs is gone")
	}
	if _, ok := m.Statement("theirs-new"); !ok {
		t.Fatal("theirs' new statement is gone")
	}
	if !slices.ContainsFunc(found, func(c casefile.Conflict) bool { return c.ID == actor && c.Field == "" && c.Ours == nil }) {
		t.Errorf("no conflict says ours deleted the actor: %+v", found)
	}
}

// A change of theirs that would leave the merged case invalid is not
// made: a statement marked above the case marking ours lowered.
func TestMergeStaysValid(t *testing.T) {
	base := loaded(t, casefile.Synthetic(20, 5))
	for i := range base.Statements {
		base.Statements[i].Marking = casefile.TLPClear
	}
	for i := range base.Events {
		base.Events[i].Marking = casefile.TLPClear
	}
	base.Marking = casefile.TLPAmber
	base = loaded(t, base)
	x, y := loaded(t, base), loaded(t, base)
	x.Marking = casefile.TLPGreen
	s := base.Statements[4]
	s.Marking = casefile.TLPAmber
	if err := y.UpdateStatement(s); err != nil {
		t.Fatal(err)
	}
	m, found := mustMerge(t, base, x, y)
	got, _ := m.Statement(s.ID)
	if got.Marking == casefile.TLPAmber {
		t.Error("the statement is marked above the case")
	}
	if !slices.ContainsFunc(found, func(c casefile.Conflict) bool { return c.ID == s.ID && c.Field == "" }) {
		t.Errorf("no conflict keeps theirs' statement: %+v", found)
	}
}

// Items added on both sides keep ours' order, theirs' after the item
// before them in theirs.
func TestMergeOrder(t *testing.T) {
	base := loaded(t, casefile.Synthetic(10, 6))
	x, y := loaded(t, base), loaded(t, base)
	add := func(c *casefile.Case, id string, at int) {
		s := base.Statements[0]
		s.ID, s.RespondsTo = id, ""
		c.Statements = slices.Insert(c.Statements, at, s)
	}
	add(x, "x1", 3)
	add(y, "y1", 5)
	add(y, "y2", 6)
	add(y, "y0", 0)
	m, _ := mustMerge(t, base, x, y)
	var ids []string
	for _, s := range m.Statements {
		ids = append(ids, strings.TrimPrefix(s.ID, "statement-0000"))
	}
	want := "y0 00 01 02 x1 03 04 y1 y2 05 06 07 08 09"
	if strings.Join(ids, " ") != want {
		t.Errorf("order\n%s, want\n%s", strings.Join(ids, " "), want)
	}
}

// Tags and aliases added on both sides are both kept; a "modified" time
// both sides set takes the later.
func TestMergeListsAndTimes(t *testing.T) {
	base := loaded(t, casefile.Synthetic(10, 7))
	x, y := loaded(t, base), loaded(t, base)
	x.Tags = append(x.Tags, "ours")
	y.Tags = append(y.Tags[1:], "theirs") // removes "synthetic"
	x.Modified = base.Modified.Add(1e9)
	y.Modified = base.Modified.Add(2e9)
	m, found := mustMerge(t, base, x, y)
	if len(found) > 0 || strings.Join(m.Tags, ",") != "ours,theirs" || !m.Modified.Equal(y.Modified) {
		t.Errorf("tags %v, modified %v, conflicts %+v", m.Tags, m.Modified, found)
	}
}

// Resolve sets the chosen version and removes the conflict, or, when the
// case would not be valid, changes nothing.
func TestResolve(t *testing.T) {
	base := loaded(t, casefile.Synthetic(30, 8))
	x, y := loaded(t, base), loaded(t, base)
	s := base.Statements[5]
	sx, sy := s, s
	sx.Quote, sy.Quote = "ours", "theirs"
	x.Title, y.Title = "Ours title", "Theirs title"
	if err := x.UpdateStatement(sx); err != nil {
		t.Fatal(err)
	}
	if err := y.UpdateStatement(sy); err != nil {
		t.Fatal(err)
	}
	m, found := mustMerge(t, base, x, y)
	if len(found) != 2 {
		t.Fatalf("want 2 conflicts, got %+v", found)
	}
	snap := m.Clone()
	before := encoded(t, m)
	if err := merge.Resolve(m, 0, json.RawMessage(`""`)); err == nil { // a blank title
		t.Fatal("a resolution leaving the case invalid was made")
	}
	if encoded(t, m) != before {
		t.Fatal("a refused resolution changed the case")
	}
	i := slices.IndexFunc(m.Conflicts, func(c casefile.Conflict) bool { return c.Field == "quote" })
	if err := merge.Resolve(m, i, m.Conflicts[i].Theirs); err != nil {
		t.Fatal(err)
	}
	if got, _ := m.Statement(s.ID); got.Quote != "theirs" || len(m.Conflicts) != 1 {
		t.Errorf("after keeping theirs the quote is %q with %d conflicts", got.Quote, len(m.Conflicts))
	}
	if got, _ := snap.Statement(s.ID); got.Quote != "ours" || len(snap.Conflicts) != 2 {
		t.Error("Resolve changed a snapshot taken before it")
	}
	if err := merge.Resolve(m, 0, m.Conflicts[0].Theirs); err != nil || m.Title != "Theirs title" || m.Conflicts != nil {
		t.Errorf("keeping theirs' title: %v, %q, %v", err, m.Title, m.Conflicts)
	}
}

// Diff names what changed, field by field, with the old and new text;
// WriteText is the same text for the same case.
func TestDiffAndText(t *testing.T) {
	base := loaded(t, casefile.Synthetic(20, 9))
	x := loaded(t, base)
	s := x.Statements[2]
	old := s.Quote
	s.Quote = "A new quote\non two lines"
	if err := x.UpdateStatement(s); err != nil {
		t.Fatal(err)
	}
	if err := x.DeleteEvent(x.Events[0].ID, true); err != nil {
		t.Fatal(err)
	}
	changes, err := merge.Diff(base, x)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := merge.WriteDiff(&out, changes); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{
		fmt.Sprintf("changed statement %q (%s)\n", s.Title, s.ID),
		"  - quote: " + old + "\n",
		"  + quote: A new quote\n  +        on two lines\n",
		"removed event ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the diff has no %q:\n%s", want, text)
		}
	}
	var a, b bytes.Buffer
	if merge.WriteText(&a, x) != nil || merge.WriteText(&b, loaded(t, x)) != nil || a.String() != b.String() {
		t.Error("WriteText is not stable")
	}
	if !strings.Contains(a.String(), "  quote: A new quote\n         on two lines\n") {
		t.Errorf("the text form does not hold the quote line by line")
	}
}

// Kept STIX objects, JSON kept verbatim, merge by id like any item: with
// no code of the merge's naming them.
func TestMergeKeptObjects(t *testing.T) {
	obj := func(n int, name string) json.RawMessage {
		return json.RawMessage(fmt.Sprintf(`{"type":"indicator","id":"indicator--%08d-0000-4000-8000-000000000000","name":%q,"pattern":"[x]"}`, n, name))
	}
	base := casefile.Synthetic(10, 1)
	base.Kept = []json.RawMessage{obj(1, "one"), obj(2, "two")}
	base = loaded(t, base)
	x, y := loaded(t, base), loaded(t, base)
	x.Kept[0] = obj(1, "one, ours")
	y.Kept[0] = obj(1, "one, theirs")
	y.Kept[1] = obj(2, "two, theirs")
	y.Kept = append(y.Kept, obj(3, "three"))
	m, found := mustMerge(t, base, x, y)
	var names []string
	for _, raw := range m.Kept {
		var o struct{ Name string }
		if err := json.Unmarshal(raw, &o); err != nil {
			t.Fatal(err)
		}
		names = append(names, o.Name)
	}
	if strings.Join(names, "|") != "one, ours|two, theirs|three" {
		t.Errorf("kept objects merged to %q", names)
	}
	if len(found) != 1 || found[0].Kind != "kept" || found[0].Field != "name" || merge.Text(found[0].Theirs) != "one, theirs" {
		t.Fatalf("want one conflict on the first kept object's name: %+v", found)
	}
	if err := merge.Resolve(m, 0, found[0].Theirs); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(m.Kept[0]), `"name":"one, theirs"`) || m.Conflicts != nil {
		t.Errorf("resolving kept %s with %d conflicts", m.Kept[0], len(m.Conflicts))
	}
}

// Merging without a common ancestor (a file both sides added) merges
// what is the same and makes a conflict of each field that differs.
func TestMergeWithoutAncestor(t *testing.T) {
	x := loaded(t, casefile.Synthetic(20, 2))
	y := loaded(t, x)
	s := y.Statements[4]
	s.Quote = "theirs"
	if err := y.UpdateStatement(s); err != nil {
		t.Fatal(err)
	}
	m, found := mustMerge(t, nil, x, y)
	if len(found) < 1 || !slices.ContainsFunc(found, func(c casefile.Conflict) bool { return c.ID == s.ID && c.Field == "quote" && c.Base == nil }) {
		t.Errorf("want a conflict on the quote, without a base: %+v", found)
	}
	if len(m.Statements) != len(x.Statements) {
		t.Errorf("%d statements, want %d", len(m.Statements), len(x.Statements))
	}
}

// The same field changed both ways, for any statement and any of its
// text fields, is exactly one conflict that keeps both texts.
func TestMergeSameFieldBothWaysProperty(t *testing.T) {
	fields := map[string]func(s *casefile.Statement) *string{
		"quote":   func(s *casefile.Statement) *string { return &s.Quote },
		"title":   func(s *casefile.Statement) *string { return &s.Title },
		"context": func(s *casefile.Statement) *string { return &s.Context },
		"channel": func(s *casefile.Statement) *string { return &s.Channel },
	}
	for seed := range uint64(8) {
		r := rand.New(rand.NewPCG(seed, 1))
		base := loaded(t, casefile.Synthetic(60, seed))
		for name, at := range fields {
			x, y := loaded(t, base), loaded(t, base)
			s := base.Statements[r.IntN(len(base.Statements))]
			sx, sy := s, s
			*at(&sx), *at(&sy) = fmt.Sprintf("ours %d", seed), fmt.Sprintf("theirs %d", seed)
			if x.UpdateStatement(sx) != nil || y.UpdateStatement(sy) != nil {
				t.Fatal("the edits were refused")
			}
			m, found := mustMerge(t, base, x, y)
			if len(found) != 1 || found[0].ID != s.ID || found[0].Field != name ||
				merge.Text(found[0].Ours) != *at(&sx) || merge.Text(found[0].Theirs) != *at(&sy) {
				t.Errorf("seed %d, %s: conflicts %+v", seed, name, found)
				continue
			}
			if got, _ := m.Statement(s.ID); *at(&got) != *at(&sx) {
				t.Errorf("seed %d, %s: the statement holds %q, not ours", seed, name, *at(&got))
			}
		}
	}
}

// A note one analyst changed while the other deleted what it is on (the
// delete taking the note with it) is kept, changed, and so is what it is
// on: nothing either typed is lost.
func TestMergeNoteOnADeletedStatement(t *testing.T) {
	base := loaded(t, casefile.Synthetic(50, 3))
	var n casefile.Note
	for _, x := range base.Notes {
		if x.Target.Kind == casefile.OnStatement {
			n = x
			break
		}
	}
	x, y := loaded(t, base), loaded(t, base)
	if err := x.DeleteStatement(n.Target.ID, true); err != nil {
		t.Fatal(err)
	}
	if _, ok := x.Note(n.ID); ok {
		t.Fatal("the cascade kept the note")
	}
	n.Body += "\n\nTheirs typed this while ours deleted the statement."
	if err := y.UpdateNote(n); err != nil {
		t.Fatal(err)
	}
	m, found := mustMerge(t, base, x, y)
	got, ok := m.Note(n.ID)
	if !ok || !strings.Contains(got.Body, "Theirs typed this") {
		t.Fatalf("the note theirs typed into is lost: %+v", got)
	}
	if _, ok := m.Statement(n.Target.ID); !ok {
		t.Error("the statement the note is on is gone")
	}
	if len(found) < 2 {
		t.Errorf("want conflicts on the note and on its statement: %+v", found)
	}
}

// Conflicts a side still holds are kept through a further merge.
func TestMergeKeepsUnresolvedConflicts(t *testing.T) {
	base := loaded(t, casefile.Synthetic(30, 4))
	x, y := loaded(t, base), loaded(t, base)
	x.Title, y.Title = "x", "y"
	m, _ := mustMerge(t, base, x, y)
	z := loaded(t, base)
	s := z.Statements[3]
	s.Channel = "interview"
	if err := z.UpdateStatement(s); err != nil {
		t.Fatal(err)
	}
	again, found := mustMerge(t, base, loaded(t, m), z)
	if len(found) != 0 || len(again.Conflicts) != 1 || again.Conflicts[0].Field != "title" {
		t.Errorf("found %+v; the case holds %+v", found, again.Conflicts)
	}
	if got, _ := again.Statement(s.ID); got.Channel != "interview" {
		t.Error("theirs' change was not merged")
	}
}
