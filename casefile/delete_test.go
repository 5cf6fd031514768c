package casefile

import (
	"errors"
	"reflect"
	"slices"
	"testing"
)

// ids returns the ids of items, in order.
func ids[T identified](items []T) []string {
	out := make([]string, len(items))
	for i, x := range items {
		out[i] = x.itemID()
	}
	return out
}

// refusedInUse checks that err is an *InUseError about item naming exactly
// users, and that the case was left as it was.
func refusedInUse(t *testing.T, err error, c, before *Case, item string, users ...string) {
	t.Helper()
	var iu *InUseError
	if !errors.As(err, &iu) {
		t.Fatalf("got %v, want *InUseError", err)
	}
	if iu.Item != item {
		t.Errorf("InUseError.Item = %q, want %q", iu.Item, item)
	}
	if !slices.Equal(slices.Sorted(slices.Values(iu.Users)), slices.Sorted(slices.Values(users))) {
		t.Errorf("InUseError.Users = %q, want %q", iu.Users, users)
	}
	if !reflect.DeepEqual(c, before) {
		t.Errorf("refused delete changed the case")
	}
}

func TestDeleteActorInUse(t *testing.T) {
	c := sampleCase()
	before := c.Clone()
	err := c.DeleteActor("rama", false)
	refusedInUse(t, err, c, before, `actor "Edi Rama"`,
		`statement "Rama on proportionality"`, `relation "Edi Rama leads Albania"`, `note "Speaks for the government."`)
	wantErr(t, err, `actor "Edi Rama" is still used by`, "delete with everything that depends on it")

	err = c.DeleteActor("alb", false)
	refusedInUse(t, err, c, before, `actor "Albania"`,
		`statement "US supports Albania"`, `statement "Iran rejects the accusation"`, // addressees
		`relation "Edi Rama leads Albania"`, `relation "Albania cut ties with Iran"`, `relation "United States ally of Albania"`,
		`event "Cyberattack on Albanian government services"`, `event "Albania hosts the MEK"`,
		`actor "Edi Rama"`) // affiliation
}

func TestDeleteActorCascade(t *testing.T) {
	fixClock(t, later)
	c := sampleCase()
	if err := c.DeleteActor("rama", true); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Actor("rama"); ok {
		t.Errorf("actor still there")
	}
	if got := ids(c.Statements); !slices.Equal(got, []string{"st-us", "st-mfa"}) {
		t.Errorf("statements = %q; want Rama's removed", got)
	}
	if got := ids(c.Relations); !slices.Equal(got, []string{"rel-cut", "rel-ally"}) {
		t.Errorf("relations = %q; want Rama's removed", got)
	}
	// Notes on the actor and on its statements go; responses lose the link.
	if got := ids(c.Notes); !slices.Equal(got, []string{"n-case", "n-us", "n-ev"}) {
		t.Errorf("notes = %q", got)
	}
	for _, s := range c.Statements {
		if s.RespondsTo != "" {
			t.Errorf("statement %s still responds to %q", s.ID, s.RespondsTo)
		}
	}
	if !c.Modified.Equal(later) {
		t.Errorf("Modified not updated")
	}
	mustValid(t, c)
}

func TestDeleteActorCascadeDropsReferences(t *testing.T) {
	c := sampleCase()
	if err := c.DeleteActor("alb", true); err != nil {
		t.Fatal(err)
	}
	// Statements only addressed to Albania stay, without it.
	if got := ids(c.Statements); !slices.Equal(got, []string{"st-rama", "st-us", "st-mfa"}) {
		t.Errorf("statements = %q; addressing an actor is no reason to delete a statement", got)
	}
	us, _ := c.Statement("st-us")
	mfa, _ := c.Statement("st-mfa")
	if !slices.Equal(us.Addressees, []string{"irn"}) || len(mfa.Addressees) != 0 {
		t.Errorf("addressees = %q and %q; want Albania dropped", us.Addressees, mfa.Addressees)
	}
	if len(c.Relations) != 0 {
		t.Errorf("relations = %q; all three involve Albania", ids(c.Relations))
	}
	if ev, _ := c.Event("ev-attack"); !slices.Equal(ev.Actors, []string{"irn"}) {
		t.Errorf("event actors = %q, want [irn]", ev.Actors)
	}
	if got := ids(c.Events); len(got) != 2 {
		t.Errorf("events = %q; an event is not deleted with its actors", got)
	}
	if rama, _ := c.Actor("rama"); rama.Affiliation != "" {
		t.Errorf("Rama's affiliation = %q, want dropped", rama.Affiliation)
	}
	mustValid(t, c)
}

func TestDeleteActorUnused(t *testing.T) {
	c := sampleCase()
	a, err := c.AddActor(Actor{Name: "Bystander", Kind: KindPerson})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.DeleteActor(a.ID, false); err != nil {
		t.Fatalf("deleting an unused actor: %v", err)
	}
	if !reflect.DeepEqual(c.Actors, sampleCase().Actors) {
		t.Errorf("actors = %q, want the sample's", ids(c.Actors))
	}
}

func TestDeleteStatement(t *testing.T) {
	fixClock(t, later)
	c := sampleCase()
	before := c.Clone()
	err := c.DeleteStatement("st-rama", false)
	refusedInUse(t, err, c, before, `statement "Rama on proportionality"`,
		`statement "US supports Albania"`, `statement "Iran rejects the accusation"`, `note "Note the word *proportionate*."`)

	if err := c.DeleteStatement("st-rama", true); err != nil {
		t.Fatal(err)
	}
	if got := ids(c.Statements); !slices.Equal(got, []string{"st-us", "st-mfa"}) {
		t.Errorf("statements = %q", got)
	}
	for _, s := range c.Statements {
		if s.RespondsTo != "" {
			t.Errorf("%s still responds to %q", s.ID, s.RespondsTo)
		}
	}
	if got := ids(c.Notes); slices.Contains(got, "n-st") || len(got) != 4 {
		t.Errorf("notes = %q; want only the note on the statement removed", got)
	}
	if !c.Modified.Equal(later) {
		t.Errorf("Modified not updated")
	}
	mustValid(t, c)

	// st-mfa is used by nothing.
	if err := c.DeleteStatement("st-mfa", false); err != nil {
		t.Errorf("deleting an unused statement: %v", err)
	}
}

func TestDeleteEvent(t *testing.T) {
	c := sampleCase()
	before := c.Clone()
	err := c.DeleteEvent("ev-attack", false)
	refusedInUse(t, err, c, before, `event "Cyberattack on Albanian government services"`, `note "Services were down for days."`)
	if err := c.DeleteEvent("ev-attack", true); err != nil {
		t.Fatal(err)
	}
	if got := ids(c.Events); !slices.Equal(got, []string{"ev-mek"}) {
		t.Errorf("events = %q", got)
	}
	if _, ok := c.Note("n-ev"); ok {
		t.Errorf("note on the event survived")
	}
	mustValid(t, c)
	if err := c.DeleteEvent("ev-mek", false); err != nil {
		t.Errorf("deleting an unused event: %v", err)
	}
}

func TestDeleteSource(t *testing.T) {
	c := sampleCase()
	before := c.Clone()
	err := c.DeleteSource("src-pm", false)
	refusedInUse(t, err, c, before, `source "Statement of the Prime Minister"`,
		`statement "Rama on proportionality"`, `actor "Albania"`, `actor "Edi Rama"`,
		`relation "Edi Rama leads Albania"`, `relation "Albania cut ties with Iran"`,
		`event "Cyberattack on Albanian government services"`)

	if err := c.DeleteSource("src-pm", true); err != nil {
		t.Fatal(err)
	}
	if got := ids(c.Sources); !slices.Equal(got, []string{"src-wh", "src-mfa"}) {
		t.Errorf("sources = %q", got)
	}
	// A quote needs its source: the statement goes, with its note and the
	// links of its responses.
	if got := ids(c.Statements); !slices.Equal(got, []string{"st-us", "st-mfa"}) {
		t.Errorf("statements = %q", got)
	}
	if _, ok := c.Note("n-st"); ok {
		t.Errorf("note on the deleted statement survived")
	}
	for _, s := range c.Statements {
		if s.RespondsTo != "" {
			t.Errorf("%s still responds to %q", s.ID, s.RespondsTo)
		}
	}
	// Other items just lose the citation.
	if got := ids(c.Actors); len(got) != 5 {
		t.Errorf("actors = %q; citing a source is no reason to delete an actor", got)
	}
	for _, a := range c.Actors {
		if slices.ContainsFunc(a.Sources, func(ct Citation) bool { return ct.Source == "src-pm" }) {
			t.Errorf("actor %s still cites the source", a.ID)
		}
	}
	if r, _ := c.Relation("rel-cut"); len(r.Sources) != 0 {
		t.Errorf("relation still cites %v", r.Sources)
	}
	if e, _ := c.Event("ev-attack"); len(e.Sources) != 0 {
		t.Errorf("event still cites %v", e.Sources)
	}
	mustValid(t, c)
}

func TestDeleteRelationAndNote(t *testing.T) {
	fixClock(t, later)
	c := sampleCase()
	if err := c.DeleteRelation("rel-cut"); err != nil {
		t.Fatal(err)
	}
	if err := c.DeleteNote("n-case"); err != nil {
		t.Fatal(err)
	}
	if got := ids(c.Relations); !slices.Equal(got, []string{"rel-leads", "rel-ally"}) {
		t.Errorf("relations = %q", got)
	}
	if _, ok := c.Note("n-case"); ok {
		t.Errorf("note survived")
	}
	if !c.Modified.Equal(later) {
		t.Errorf("Modified not updated")
	}
	mustValid(t, c)
}

func TestDeleteMissing(t *testing.T) {
	c := sampleCase()
	before := c.Clone()
	for i, err := range []error{
		c.DeleteActor("gone", true), c.DeleteStatement("gone", true), c.DeleteEvent("gone", true),
		c.DeleteSource("gone", true), c.DeleteRelation("gone"), c.DeleteNote("gone"), c.DeleteNote(""),
	} {
		var nf *NotFoundError
		if !errors.As(err, &nf) {
			t.Errorf("delete %d: got %v, want *NotFoundError", i, err)
		}
	}
	if !reflect.DeepEqual(c, before) {
		t.Errorf("deleting missing items changed the case")
	}
}

func TestInUseErrorShortensLongLists(t *testing.T) {
	e := &InUseError{Item: `actor "A"`, Users: []string{"u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"}}
	wantErr(t, e, `actor "A" is still used by u1, u2, u3, u4, u5, 3 more;`)
	if len(e.Users) != 8 || e.Users[5] != "u6" {
		t.Errorf("Error() changed the Users slice: %q", e.Users)
	}
	short := &InUseError{Item: `actor "A"`, Users: []string{"u1", "u2", "u3", "u4", "u5", "u6"}}
	wantErr(t, short, "u1, u2, u3, u4, u5, u6;")
}

func TestCloneIsDeep(t *testing.T) {
	c := sampleCase()
	d := c.Clone()
	if !reflect.DeepEqual(c, d) {
		t.Fatalf("clone differs from the original")
	}
	d.Tags[0] = "x"
	d.Actors[1].Aliases[0] = "x"
	d.Actors[0].Sources[0].Source = "x"
	d.Relations[0].Sources[0].Source = "x"
	d.Statements[0].Addressees[0] = "x"
	d.Events[0].Actors[0] = "x"
	d.Events[0].Sources[0].Source = "x"
	d.Sources[0].Title = "x"
	d.Notes[0].Body = "x"
	if !reflect.DeepEqual(c, sampleCase()) {
		t.Errorf("changing the clone changed the original")
	}
	// A cascading delete on the clone leaves the original alone.
	d = c.Clone()
	if err := d.DeleteActor("alb", true); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, sampleCase()) {
		t.Errorf("deleting from the clone changed the original")
	}
}
