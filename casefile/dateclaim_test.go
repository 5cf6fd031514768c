package casefile_test

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/casefile/casefile/casefile"
)

// montenegro is a case whose attack its sources date differently: 20 Aug
// 2022 per N1, 22 Aug 2022 per silicon.co.uk, as the Montenegro attack was.
func montenegro() *casefile.Case {
	c := handCase()
	c.Sources = append(c.Sources,
		casefile.Source{ID: "src-n1", Title: "Cyberattack on government servers", Publisher: "N1", Date: casefile.Day(2022, 8, 26)},
		casefile.Source{ID: "src-silicon", Title: "Montenegro hit by ransomware", Publisher: "silicon.co.uk", Date: casefile.Day(2022, 8, 31), Marking: casefile.TLPGreen})
	c.Events[0].Date = casefile.Date{}
	c.Events[0].Dates = []casefile.DateClaim{
		{Date: casefile.Day(2022, 8, 22), Source: "src-silicon"},
		{Date: casefile.Day(2022, 8, 20), Source: "src-n1"},
	}
	return c
}

func TestConflictingDatesValidateAndReadPerSource(t *testing.T) {
	c := montenegro()
	if ps := c.Validate(); ps != nil {
		t.Fatalf("a conflict of two sources: %v", ps)
	}
	e := c.Events[0]
	if got, want := e.DateText(c), "22 Aug 2022 per silicon.co.uk; 20 Aug 2022 per N1"; got != want {
		t.Errorf("DateText = %q, want %q", got, want)
	}
	// The earliest claim orders the event, whichever is listed first.
	if got := e.OrderDate(); got != casefile.Day(2022, 8, 20) {
		t.Errorf("OrderDate = %v, want the earliest claim, 20 Aug 2022", got)
	}
	// An event with one date reads and orders by it.
	one := casefile.Event{Date: casefile.Month(2022, 7)}
	if one.DateText(c) != "Jul 2022" || one.OrderDate() != casefile.Month(2022, 7) {
		t.Errorf("an event of one date reads %q and orders by %v", one.DateText(c), one.OrderDate())
	}
}

func TestClaimNamesUsePublishersUnlessShared(t *testing.T) {
	sources := map[string]casefile.Source{
		"a": {ID: "a", Title: "Morning report", Publisher: "N1"},
		"b": {ID: "b", Title: "Evening report", Publisher: "N1"},
		"c": {ID: "c", Title: "Ransomware in Podgorica", Publisher: "silicon.co.uk"},
		"d": {ID: "d", Title: "Untitled wire"},
	}
	find := func(id string) (casefile.Source, bool) { s, ok := sources[id]; return s, ok }
	claims := []casefile.DateClaim{{Source: "a"}, {Source: "b"}, {Source: "c"}, {Source: "d"}, {Source: "gone"}, {Source: "a"}}
	got := casefile.ClaimNames(claims, find)
	want := []string{"Morning report", "Evening report", "silicon.co.uk", "Untitled wire", "gone", "Morning report"}
	if !slices.Equal(got, want) {
		t.Errorf("ClaimNames = %q, want %q", got, want)
	}
	inferred := casefile.Day(2022, 8, 20)
	inferred.Inferred = true
	text := casefile.ClaimsText([]casefile.DateClaim{{Date: inferred, Source: "c"}, {Date: casefile.Range(casefile.Day(2022, 8, 21), casefile.Day(2022, 8, 22)), Source: "d"}}, find)
	if want := "20 Aug 2022 (inferred) per silicon.co.uk; 21–22 Aug 2022 per Untitled wire"; text != want {
		t.Errorf("ClaimsText = %q, want %q", text, want)
	}
}

func TestConflictingDatesProblems(t *testing.T) {
	inferred := casefile.Day(2022, 8, 20)
	inferred.Inferred = true
	for _, tt := range []struct {
		name  string
		spoil func(e *casefile.Event)
		field string
		want  string // "" when valid
	}{
		{"valid", func(*casefile.Event) {}, "", ""},
		{"three sources, two agreeing", func(e *casefile.Event) {
			e.Dates = append(e.Dates, casefile.DateClaim{Date: casefile.Day(2022, 8, 20), Source: "src-pm"})
		}, "", ""},
		{"one source contradicting itself", func(e *casefile.Event) { e.Dates[0].Source = "src-n1" }, "", ""},
		{"a date beside the claims", func(e *casefile.Event) { e.Date = casefile.Month(2022, 8) },
			"date", "date Aug 2022 is given beside the dates the sources claim; clear it, or give it as one source's date"},
		{"the source's words beside the claims", func(e *casefile.Event) { e.Date = casefile.Date{AsStated: "last week"} },
			"date", `date keeps the source's words "last week" beside the dates the sources claim; clear them`},
		{"one claim", func(e *casefile.Event) { e.Dates = e.Dates[:1] },
			"dates", "dates holds one source's date; add the date another source gives, or give the one date as the date"},
		{"a claim of no date", func(e *casefile.Event) { e.Dates[1].Date = casefile.Date{} },
			"dates", "dates claim 2 gives no date; enter the date its source gives"},
		{"a claim of no real day", func(e *casefile.Event) { e.Dates[1].Date = casefile.Day(2022, 2, 30) },
			"dates", "dates claim 2 is not a valid date: day 30 is not in February 2022"},
		{"a claim of no source", func(e *casefile.Event) { e.Dates[0].Source = "" },
			"dates", "dates claim 1 (22 Aug 2022) names no source; choose the source that gives it"},
		{"a claim of a missing source", func(e *casefile.Event) { e.Dates[0].Source = "rama" },
			"dates", `dates claim 1 (22 Aug 2022): source "rama" does not exist; choose an existing source`},
		{"a claim repeated", func(e *casefile.Event) {
			e.Dates = append(e.Dates, casefile.DateClaim{Date: inferred, Source: "src-n1"})
		},
			"dates", "dates claim 3 repeats claim 2 (20 Aug 2022 (inferred), the same source); remove one"},
		{"claims that agree", func(e *casefile.Event) { e.Dates[0].Date = inferred },
			"dates", "dates all give 20 Aug 2022: the sources agree; give it as the date"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := montenegro()
			tt.spoil(&c.Events[0])
			ps := c.Validate()
			if tt.want == "" {
				if ps != nil {
					t.Fatalf("problems %v, want none", ps)
				}
				return
			}
			if len(ps) != 1 || ps[0].Field != tt.field || ps[0].Message != tt.want || ps[0].ID != "ev-attack" {
				t.Errorf("problems %#v\nwant one of field %q: %q", ps, tt.field, tt.want)
			}
		})
	}
}

func TestStatementsCarryConflictingDatesToo(t *testing.T) {
	c := montenegro()
	st := &c.Statements[1]
	st.Date = casefile.Date{}
	st.Dates = []casefile.DateClaim{{Date: casefile.Month(2022, 9), Source: "src-mfa"}, {Date: casefile.Day(2022, 8, 31), Source: "src-silicon"}}
	if ps := c.Validate(); ps != nil {
		t.Fatal(ps)
	}
	if got := st.DateText(c); got != "Sep 2022 per Iran MFA reaction; 31 Aug 2022 per silicon.co.uk" {
		t.Errorf("DateText = %q", got)
	}
	st.Dates = st.Dates[:1]
	if got := c.Validate().Field("dates"); !strings.Contains(got, "holds one source's date") {
		t.Errorf("a statement of one claim: %q", got)
	}
}

// A file's problem with a claim names where in the file it is.
func TestConflictingDatesProblemHasItsPlace(t *testing.T) {
	text := strings.Replace(encodeCase(t, montenegro()), `"source": "src-n1"
          }
        ],`, `"source": "src-nobody"
          }
        ],`, 1)
	_, err := casefile.Decode([]byte(text))
	var ps casefile.Problems
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("Decode: %v", err)
	}
	p := ps[0]
	if p.Path != "case.events[0].dates" || p.Line == 0 || !strings.Contains(p.Message, `source "src-nobody" does not exist`) {
		t.Errorf("problem %#v, want one at case.events[0].dates with a line", p)
	}
}

func TestReleaseWithholdsTheDatesOfWithheldSources(t *testing.T) {
	// Released at GREEN: the event and silicon.co.uk are kept, N1 is
	// withheld, and so is the date it claims.
	c := montenegro()
	c.Events[0].Marking = casefile.TLPGreen
	r, _ := casefile.Release(c, casefile.TLPGreen)
	if ps := r.Validate(); ps != nil {
		t.Fatalf("the release does not validate: %v", ps)
	}
	e, ok := r.Event("ev-attack")
	if !ok {
		t.Fatal("the GREEN event was withheld")
	}
	want := []casefile.DateClaim{{Date: casefile.Day(2022, 8, 22), Source: "src-silicon"}}
	if !reflect.DeepEqual(e.Dates, want) || !e.Date.IsZero() {
		t.Errorf("released dates %v (date %v), want only silicon.co.uk's", e.Dates, e.Date)
	}
	if got := e.DateText(r); got != "22 Aug 2022 per silicon.co.uk" {
		t.Errorf("a lone claim left by a release reads %q, want it still per its source", got)
	}
	// Both sources withheld: no date is left.
	c.Sources[3].Marking = casefile.TLPAmber // silicon.co.uk
	r, _ = casefile.Release(c, casefile.TLPGreen)
	if e, _ := r.Event("ev-attack"); e.Dates != nil || e.DateText(r) != "date not stated" {
		t.Errorf("with both sources withheld the event keeps %v", e.Dates)
	}
	if c.Events[0].Dates == nil || len(c.Events[0].Dates) != 2 {
		t.Error("releasing changed the case released")
	}
}

func TestDeletingASourceDropsTheDatesItClaims(t *testing.T) {
	c := montenegro()
	err := c.DeleteSource("src-n1", false)
	var inUse *casefile.InUseError
	if !errors.As(err, &inUse) || !slices.Contains(inUse.Users, `event "Cyberattack"`) {
		t.Fatalf("deleting a source that dates an event: %v", err)
	}
	c.Statements[0].Dates = []casefile.DateClaim{{Date: casefile.Day(2022, 9, 7), Source: "src-n1"}, {Date: casefile.Day(2022, 9, 8), Source: "src-pm"},
		{Date: casefile.Day(2022, 9, 6), Source: "src-silicon"}}
	c.Statements[0].Date = casefile.Date{}
	if err := c.DeleteSource("src-n1", true); err != nil {
		t.Fatal(err)
	}
	if ps := c.Validate(); ps != nil {
		t.Fatalf("after the delete: %v", ps)
	}
	// The one date left is no longer in conflict: it is the event's date.
	if e := c.Events[0]; e.Dates != nil || e.Date != casefile.Day(2022, 8, 22) {
		t.Errorf("the event is now dated %v, %v; want 22 Aug 2022 alone", e.Date, e.Dates)
	}
	if st := c.Statements[0]; len(st.Dates) != 2 || !st.Date.IsZero() {
		t.Errorf("the statement keeps %v", st.Dates)
	}
}

func TestCloneCopiesTheClaims(t *testing.T) {
	c := montenegro()
	c.Statements[0].Dates = []casefile.DateClaim{{Date: casefile.Day(2022, 9, 7), Source: "src-n1"}, {Date: casefile.Day(2022, 9, 8), Source: "src-pm"}}
	c.Statements[0].Date = casefile.Date{}
	d := c.Clone()
	d.Events[0].Dates[0].Source = "changed"
	d.Statements[0].Dates[0].Source = "changed"
	if c.Events[0].Dates[0].Source == "changed" || c.Statements[0].Dates[0].Source == "changed" {
		t.Error("a clone shares its claims with the case")
	}
}
