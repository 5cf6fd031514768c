package casefile

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// kindOps drives the Add and Update methods of one kind of item the same
// way, so each behaviour is checked for every kind.
type kindOps struct {
	kind    string
	add     func(c *Case, id string) (string, error) // adds a valid item with id ("" for a new one)
	bad     func(c *Case) error                      // adds an item with a dangling reference
	update  func(c *Case, id string) error           // changes a field of the existing item
	updated func(c *Case, id string) bool            // reports whether update's change is there
	badUpd  func(c *Case, id string) error           // updates to a dangling reference
	count   func(c *Case) int
}

var allKinds = []kindOps{
	{
		kind: "source",
		add: func(c *Case, id string) (string, error) {
			s, err := c.AddSource(Source{ID: id, Title: "New source", Date: Year(2022)})
			return s.ID, err
		},
		bad: func(c *Case) error { _, err := c.AddSource(Source{Title: "Bad", Reliability: "Z"}); return err },
		update: func(c *Case, id string) error {
			s, _ := c.Source(id)
			s.Publisher = "Changed"
			return c.UpdateSource(s)
		},
		updated: func(c *Case, id string) bool { s, _ := c.Source(id); return s.Publisher == "Changed" },
		badUpd: func(c *Case, id string) error {
			s, _ := c.Source(id)
			s.URL = "not a url"
			return c.UpdateSource(s)
		},
		count: func(c *Case) int { return len(c.Sources) },
	},
	{
		kind: "actor",
		add: func(c *Case, id string) (string, error) {
			a, err := c.AddActor(Actor{ID: id, Name: "Ministry of Defence", Kind: KindGovernmentBody, Affiliation: "alb",
				Sources: []Citation{{Source: "src-pm"}}})
			return a.ID, err
		},
		bad: func(c *Case) error {
			_, err := c.AddActor(Actor{Name: "Ghost", Kind: KindGroup, Affiliation: "nobody"})
			return err
		},
		update: func(c *Case, id string) error {
			a, _ := c.Actor(id)
			a.Role = "Changed"
			return c.UpdateActor(a)
		},
		updated: func(c *Case, id string) bool { a, _ := c.Actor(id); return a.Role == "Changed" },
		badUpd: func(c *Case, id string) error {
			a, _ := c.Actor(id)
			a.Sources = append(a.Sources, Citation{Source: "no-such-source"})
			return c.UpdateActor(a)
		},
		count: func(c *Case) int { return len(c.Actors) },
	},
	{
		kind: "relation",
		add: func(c *Case, id string) (string, error) {
			r, err := c.AddRelation(Relation{ID: id, From: "irn", To: "alb", Type: RelAttacked, Start: Month(2022, 7)})
			return r.ID, err
		},
		bad: func(c *Case) error {
			_, err := c.AddRelation(Relation{From: "irn", To: "nobody", Type: RelAttacked})
			return err
		},
		update: func(c *Case, id string) error {
			r, _ := c.Relation(id)
			r.Description = "Changed"
			return c.UpdateRelation(r)
		},
		updated: func(c *Case, id string) bool { r, _ := c.Relation(id); return r.Description == "Changed" },
		badUpd: func(c *Case, id string) error {
			r, _ := c.Relation(id)
			r.From = "nobody"
			return c.UpdateRelation(r)
		},
		count: func(c *Case) int { return len(c.Relations) },
	},
	{
		kind: "statement",
		add: func(c *Case, id string) (string, error) {
			s, err := c.AddStatement(Statement{ID: id, Title: "Rama again", Speaker: "rama", Quote: "We will not be intimidated.",
				Date: Day(2022, 9, 8), RespondsTo: "st-mfa", Source: Citation{Source: "src-pm"}, Grading: Grading{"B", 2}})
			return s.ID, err
		},
		bad: func(c *Case) error {
			_, err := c.AddStatement(Statement{Title: "Orphan", Speaker: "nobody", Quote: "…", Source: Citation{Source: "src-pm"}})
			return err
		},
		update: func(c *Case, id string) error {
			s, _ := c.Statement(id)
			s.Channel = "Changed"
			return c.UpdateStatement(s)
		},
		updated: func(c *Case, id string) bool { s, _ := c.Statement(id); return s.Channel == "Changed" },
		badUpd: func(c *Case, id string) error {
			s, _ := c.Statement(id)
			s.RespondsTo = "no-such-statement"
			return c.UpdateStatement(s)
		},
		count: func(c *Case) int { return len(c.Statements) },
	},
	{
		kind: "event",
		add: func(c *Case, id string) (string, error) {
			e, err := c.AddEvent(Event{ID: id, Title: "Embassy closed", Date: Day(2022, 9, 8), Actors: []string{"irn"}})
			return e.ID, err
		},
		bad: func(c *Case) error {
			_, err := c.AddEvent(Event{Title: "Dangling", Actors: []string{"alb", "nobody"}})
			return err
		},
		update: func(c *Case, id string) error {
			e, _ := c.Event(id)
			e.Description = "Changed"
			return c.UpdateEvent(e)
		},
		updated: func(c *Case, id string) bool { e, _ := c.Event(id); return e.Description == "Changed" },
		badUpd: func(c *Case, id string) error {
			e, _ := c.Event(id)
			e.Sources = []Citation{{Source: "nowhere"}}
			return c.UpdateEvent(e)
		},
		count: func(c *Case) int { return len(c.Events) },
	},
	{
		kind: "note",
		add: func(c *Case, id string) (string, error) {
			n, err := c.AddNote(Note{ID: id, Target: Target{OnEvent, "ev-mek"}, Body: "Context for the attack."})
			return n.ID, err
		},
		bad: func(c *Case) error {
			_, err := c.AddNote(Note{Target: Target{OnStatement, "nobody"}, Body: "On nothing"})
			return err
		},
		update: func(c *Case, id string) error {
			n, _ := c.Note(id)
			n.Body = "Changed"
			return c.UpdateNote(n)
		},
		updated: func(c *Case, id string) bool { n, _ := c.Note(id); return n.Body == "Changed" },
		badUpd: func(c *Case, id string) error {
			n, _ := c.Note(id)
			n.Target = Target{OnActor, "nobody"}
			return c.UpdateNote(n)
		},
		count: func(c *Case) int { return len(c.Notes) },
	},
}

func TestAddAssignsIDAndStamps(t *testing.T) {
	for _, k := range allKinds {
		t.Run(k.kind, func(t *testing.T) {
			fixClock(t, later)
			c := sampleCase()
			n := k.count(c)
			id1, err := k.add(c, "")
			if err != nil {
				t.Fatalf("add: %v", err)
			}
			id2, err := k.add(c, "")
			if err != nil {
				t.Fatalf("second add: %v", err)
			}
			if id1 == "" || id2 == "" || id1 == id2 {
				t.Errorf("ids %q and %q: want two distinct new ids", id1, id2)
			}
			if k.count(c) != n+2 {
				t.Errorf("count = %d, want %d", k.count(c), n+2)
			}
			if !c.Modified.Equal(later) {
				t.Errorf("Modified = %v, want %v", c.Modified, later)
			}
			mustValid(t, c)

			id, err := k.add(c, "my-id")
			if err != nil || id != "my-id" {
				t.Errorf("add with id: got %q, %v; want the given id kept", id, err)
			}
		})
	}
}

func TestAddNoteStampsTimes(t *testing.T) {
	fixClock(t, later)
	c := sampleCase()
	n, err := c.AddNote(Note{Target: Target{Kind: OnCase}, Body: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if !n.Created.Equal(later) || !n.Modified.Equal(later) {
		t.Errorf("note created %v, modified %v; want both %v", n.Created, n.Modified, later)
	}
	stored, _ := c.Note(n.ID)
	if !reflect.DeepEqual(stored, n) {
		t.Errorf("stored note %+v differs from returned %+v", stored, n)
	}
}

func TestAddRefusesDuplicateIDs(t *testing.T) {
	// Ids are unique across kinds, not only within one.
	for _, k := range allKinds {
		for _, taken := range []string{"rama", "st-rama", "src-pm", "n-case", "rel-cut", "ev-mek"} {
			c := sampleCase()
			before := c.Clone()
			_, err := k.add(c, taken)
			wantErr(t, err, k.kind+" id \""+taken+"\" is already used")
			if !reflect.DeepEqual(c, before) {
				t.Errorf("%s with taken id %q changed the case", k.kind, taken)
			}
		}
	}
}

func TestAddDuplicateIDMessage(t *testing.T) {
	c := sampleCase()
	_, err := c.AddSource(Source{ID: "rama", Title: "x"})
	wantErr(t, err, `source id "rama" is already used by an actor; leave the id empty to get a new one`)
	_, err = c.AddActor(Actor{ID: "st-us", Name: "x", Kind: KindState})
	wantErr(t, err, `actor id "st-us" is already used by a statement;`)
}

func TestAddRefusesInvalidItemLeavingCaseUnchanged(t *testing.T) {
	for _, k := range allKinds {
		t.Run(k.kind, func(t *testing.T) {
			fixClock(t, later)
			c := sampleCase()
			before := c.Clone()
			err := k.bad(c)
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("got %v, want Problems", err)
			}
			if !strings.HasPrefix(ps[0].Item, k.kind+" ") {
				t.Errorf("problem names %q, want the new %s", ps[0].Item, k.kind)
			}
			if !reflect.DeepEqual(c, before) {
				t.Errorf("refused add changed the case")
			}
		})
	}
}

func TestUpdate(t *testing.T) {
	ids := map[string]string{"source": "src-mfa", "actor": "mfa", "relation": "rel-ally", "statement": "st-mfa", "event": "ev-mek", "note": "n-us"}
	for _, k := range allKinds {
		t.Run(k.kind, func(t *testing.T) {
			fixClock(t, later)
			c := sampleCase()
			id := ids[k.kind]
			if err := k.update(c, id); err != nil {
				t.Fatalf("update: %v", err)
			}
			if !k.updated(c, id) {
				t.Errorf("update did not take")
			}
			if !c.Modified.Equal(later) {
				t.Errorf("Modified = %v, want %v", c.Modified, later)
			}
			mustValid(t, c)

			before := c.Clone()
			fixClock(t, later.Add(1e9*3600))
			if err := k.badUpd(c, id); err == nil {
				t.Errorf("update to a dangling reference was accepted")
			}
			if !reflect.DeepEqual(c, before) {
				t.Errorf("refused update changed the case")
			}
		})
	}
}

func TestUpdateMissingItem(t *testing.T) {
	c := sampleCase()
	before := c.Clone()
	errs := []error{
		c.UpdateSource(Source{ID: "gone", Title: "x"}),
		c.UpdateActor(Actor{ID: "gone", Name: "x", Kind: KindState}),
		c.UpdateRelation(Relation{ID: "gone"}),
		c.UpdateStatement(Statement{ID: "gone"}),
		c.UpdateEvent(Event{ID: "gone"}),
		c.UpdateNote(Note{ID: "gone"}),
		c.UpdateActor(Actor{Name: "no id", Kind: KindState}),
	}
	for i, err := range errs {
		var nf *NotFoundError
		if !errors.As(err, &nf) {
			t.Errorf("update %d: got %v, want *NotFoundError", i, err)
		}
	}
	wantErr(t, errs[0], `source "gone" does not exist`)
	if !reflect.DeepEqual(c, before) {
		t.Errorf("updates of missing items changed the case")
	}
}

func TestUpdateNoteStampsModified(t *testing.T) {
	fixClock(t, later)
	c := sampleCase()
	n, _ := c.Note("n-rama")
	n.Body = "Revised."
	if err := c.UpdateNote(n); err != nil {
		t.Fatal(err)
	}
	got, _ := c.Note("n-rama")
	if !got.Modified.Equal(later) || !got.Created.Equal(created) || got.Body != "Revised." {
		t.Errorf("note after update: %+v; want body revised, created kept, modified %v", got, later)
	}
}

func TestSetCaseDetails(t *testing.T) {
	fixClock(t, later)
	c := sampleCase()
	if err := c.SetCaseDetails("New title", "New summary", "B. Analyst", TLPRed, []string{"x"}); err != nil {
		t.Fatal(err)
	}
	if c.Title != "New title" || c.Summary != "New summary" || c.Analyst != "B. Analyst" || c.Marking != TLPRed ||
		!slices.Equal(c.Tags, []string{"x"}) || !c.Modified.Equal(later) {
		t.Errorf("case details not set: %+v", c)
	}

	// Lowering the case's marking below an item's is refused.
	before := c.Clone()
	err := c.SetCaseDetails("New title", "", "", TLPClear, nil)
	wantErr(t, err, `statement "US supports Albania": marking TLP:GREEN is above the case's TLP:CLEAR`)
	if !reflect.DeepEqual(c, before) {
		t.Errorf("refused change altered the case")
	}
	wantErr(t, c.SetCaseDetails("  ", "", "", TLPRed, nil), "title is empty")
	wantErr(t, c.SetCaseDetails("t", "", "", "TLP:PURPLE", nil), `"TLP:PURPLE"`)
	if !reflect.DeepEqual(c, before) {
		t.Errorf("refused change altered the case")
	}
}

func TestNew(t *testing.T) {
	fixClock(t, created)
	c := New("Title", "Analyst")
	if c.ID == "" || c.Title != "Title" || c.Analyst != "Analyst" || c.Marking != TLPClear ||
		!c.Created.Equal(created) || !c.Modified.Equal(created) {
		t.Errorf("New = %+v", c)
	}
	mustValid(t, c)
	if New("a", "b").ID == c.ID {
		t.Errorf("two new cases share an id")
	}
}
