package casefile

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestValidateSampleIsValid(t *testing.T) {
	mustValid(t, sampleCase())
	if err := sampleCase().Validate().Err(); err != nil {
		t.Errorf("Err() of no problems = %v, want nil", err)
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	c := sampleCase()
	c.Statements[0].Speaker = "x"
	c.Statements[1].Source = Citation{}
	c.Statements[2].Grading = Grading{"Q", 9}
	c.Actors[3].Affiliation = "mfa"
	c.Relations[1].End = Year(2020) // before its start in 2022
	c.Events[1].Date = Date{Year: 2023, Month: 2, Day: 29}
	c.Notes[1].Target = Target{OnEvent, "rama"} // rama is an actor, not an event
	c.Sources[2].URL = "kryeministria.al"

	// Validate gives no place in a file: Path, Line and Column stay empty.
	p := func(item, id, field, msg string) Problem {
		return Problem{Item: item, ID: id, Field: field, Message: msg}
	}
	want := []Problem{
		p(`source "Iran MFA reaction"`, "src-mfa", "url", `url "kryeministria.al" is not a full address like https://example.org/article`),
		p(`actor "Iranian Ministry of Foreign Affairs"`, "mfa", "affiliation", "affiliation is the actor itself"),
		p(`relation "Albania cut ties with Iran"`, "rel-cut", "end", "end 2020 is before the start, 7 Sep 2022"),
		p(`statement "Rama on proportionality"`, "st-rama", "speaker", `speaker "x" does not exist; choose an existing actor`),
		p(`statement "US supports Albania"`, "st-us", "source", "source is empty; cite the source the quote comes from"),
		p(`statement "Iran rejects the accusation"`, "st-mfa", "grading", `grading reliability "Q" is not A–F`),
		p(`event "Albania hosts the MEK"`, "ev-mek", "date", "date is not a valid date: day 29 is not in February 2023"),
		p(`note "Speaks for the government."`, "n-rama", "target", `target "rama" does not exist; choose an existing event`),
	}
	got := c.Validate()
	if !slices.Equal(got, want) {
		t.Errorf("Validate() =\n%v\nwant\n%v", got, Problems(want))
	}

	msg := got.Error()
	if !strings.HasPrefix(msg, "8 problems:\n") {
		t.Errorf("Error() starts %q, want a count", strings.SplitN(msg, "\n", 2)[0])
	}
	for _, p := range want {
		if !strings.Contains(msg, "\n  "+p.Item+": "+p.Message) {
			t.Errorf("Error() lacks the line %q", p.Item+": "+p.Message)
		}
	}
	if got.Field("speaker") != want[3].Message || got.Field("quote") != "" {
		t.Errorf("Field(speaker) = %q, Field(quote) = %q", got.Field("speaker"), got.Field("quote"))
	}
}

func TestValidateSingleProblemMessage(t *testing.T) {
	c := sampleCase()
	c.Statements[0].Speaker = "x"
	err := c.Validate().Err()
	const want = `statement "Rama on proportionality": speaker "x" does not exist; choose an existing actor`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
	var ps Problems
	if !errors.As(err, &ps) || ps[0].Field != "speaker" || ps[0].ID != "st-rama" {
		t.Errorf("error %#v is not Problems naming field and id", err)
	}
}

func TestValidateChecks(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(c *Case)
		want  string
	}{
		{"case id", func(c *Case) { c.ID = "" }, "case: id is empty"},
		{"case title", func(c *Case) { c.Title = " " }, "case: title is empty; enter a title"},
		{"case marking", func(c *Case) { c.Marking = "" }, `case: marking "" is not one of TLP:CLEAR`},
		{"duplicate id across kinds", func(c *Case) { c.Events[0].ID = "rama" },
			`event "Cyberattack on Albanian government services": id "rama" is also used by actor "Edi Rama"; ids must be unique`},
		{"empty id", func(c *Case) { c.Sources[0].ID = "" }, `source "Statement of the Prime Minister": id is empty`},
		{"source title", func(c *Case) { c.Sources[1].Title = "" }, `source "src-wh": title is empty`},
		{"source date", func(c *Case) { c.Sources[1].Date = Month(2022, 13) }, `source "Statement by NSC Spokesperson": date is not a valid date: month 13`},
		{"source reliability", func(c *Case) { c.Sources[1].Reliability = "G" }, `reliability "G" is not A–F`},
		{"actor name", func(c *Case) { c.Actors[4].Name = "" }, `actor "usa": name is empty`},
		{"actor kind", func(c *Case) { c.Actors[4].Kind = "country" }, `actor "United States": kind "country" is not one of`},
		{"actor affiliation", func(c *Case) { c.Actors[1].Affiliation = "st-rama" },
			`actor "Edi Rama": affiliation "st-rama" does not exist; choose an existing actor`},
		{"actor citation", func(c *Case) { c.Actors[0].Sources = []Citation{{Locator: "p. 3"}} },
			`actor "Albania": sources has a citation with no source`},
		{"relation self", func(c *Case) { c.Relations[0].To = "rama" }, `relation "Edi Rama leads Edi Rama": to is the same actor as from`},
		{"relation type", func(c *Case) { c.Relations[0].Type = "" }, `relation "Edi Rama  Albania": type is empty`},
		{"relation to", func(c *Case) { c.Relations[0].To = "" }, `to is empty`},
		{"relation start", func(c *Case) { c.Relations[0].Start = Date{Month: 3} }, "start is not a valid date: a month, day, qualifier, range end or inference needs a year"},
		{"relation end since", func(c *Case) { c.Relations[0].End = Date{Year: 2020, Qualifier: Since} },
			`relation "Edi Rama leads Albania": end cannot be since a date; give the start as since it`},
		{"relation range ends before it starts", func(c *Case) { c.Relations[0].Start = Range(Day(2022, 8, 22), Day(2022, 8, 20)) },
			"start is not a valid date: the range ends (20 Aug 2022) before it starts (22 Aug 2022); put the earlier date first"},
		{"statement quote", func(c *Case) { c.Statements[0].Quote = "\n" }, `statement "Rama on proportionality": quote is empty`},
		{"statement addressee", func(c *Case) { c.Statements[0].Addressees = []string{"irn", "nobody"} },
			`addressees "nobody" does not exist; choose an existing actor`},
		{"statement responds to itself", func(c *Case) { c.Statements[1].RespondsTo = "st-us" }, "responds_to is the statement itself"},
		{"statement responds to an event", func(c *Case) { c.Statements[1].RespondsTo = "ev-mek" },
			`responds_to "ev-mek" does not exist; choose an existing statement`},
		{"statement source", func(c *Case) { c.Statements[1].Source.Source = "rama" }, `source "rama" does not exist; choose an existing source`},
		{"statement marking", func(c *Case) { c.Statements[1].Marking = TLPRed },
			`statement "US supports Albania": marking TLP:RED is above the case's TLP:AMBER; raise the case's marking or lower this item's`},
		{"statement marking unknown", func(c *Case) { c.Statements[1].Marking = "TLP:WHITE" }, `marking "TLP:WHITE" is not one of`},
		{"event title", func(c *Case) { c.Events[0].Title = "" }, `event "ev-attack": title is empty`},
		{"event grading", func(c *Case) { c.Events[0].Grading.Credibility = 7 }, "grading credibility 7 is not 1–6"},
		{"note target kind", func(c *Case) { c.Notes[0].Target.Kind = "relation" }, `target kind "relation" is not one of case, actor, statement, event`},
		{"note without target id", func(c *Case) { c.Notes[1].Target.ID = "" }, "target names no actor; choose one"},
		{"note on another case", func(c *Case) { c.Notes[0].Target.ID = "case-2" }, `target names case "case-2", not this case`},
		{"note marking", func(c *Case) { c.Notes[2].Marking = TLPAmberStrict }, "marking TLP:AMBER+STRICT is above the case's TLP:AMBER"},
		{"invalid UTF-8", func(c *Case) { c.Notes[2].Body = "bad \xff byte" }, "body is not valid UTF-8 text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := sampleCase()
			tt.spoil(c)
			ps := c.Validate()
			if len(ps) == 0 {
				t.Fatalf("no problem found, want %q", tt.want)
			}
			if !strings.Contains(ps.Error(), tt.want) {
				t.Errorf("problems:\n%v\nwant one containing %q", ps, tt.want)
			}
		})
	}
}

func TestValidateAcceptsNoteOnCaseNamingItself(t *testing.T) {
	c := sampleCase()
	c.Notes[0].Target.ID = c.ID
	mustValid(t, c)
}

func TestValidateAcceptsFileURL(t *testing.T) {
	c := sampleCase()
	c.Sources[0].URL = "file:///home/analyst/report.pdf"
	mustValid(t, c)
}

func TestValidateEmptyAndDuplicateIDsTogether(t *testing.T) {
	c := sampleCase()
	c.Sources[0].ID, c.Events[0].ID = "", ""
	c.Notes[4].ID = "n-case"
	var got []string
	for _, p := range c.Validate() {
		if p.Field == "id" {
			got = append(got, p.String())
		}
	}
	want := []string{
		`source "Statement of the Prime Minister": id is empty; every item needs a unique id`,
		`event "Cyberattack on Albanian government services": id is empty; every item needs a unique id`,
		`note "n-case": id "n-case" is also used by note "n-case"; ids must be unique`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("id problems:\n%q\nwant\n%q", got, want)
	}
}
