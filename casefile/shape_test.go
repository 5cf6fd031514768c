package casefile_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/casefile/casefile/casefile"
)

// handCase is a small valid case such as an analyst writes by hand.
func handCase() *casefile.Case {
	at := time.Date(2022, 9, 7, 9, 0, 0, 0, time.UTC)
	return &casefile.Case{
		ID: "case-1", Title: "Albania cuts ties with Iran", Created: at, Modified: at, Marking: casefile.TLPAmber,
		Sources: []casefile.Source{
			{ID: "src-pm", Title: "Statement of the Prime Minister", Date: casefile.Day(2022, 9, 7), Reliability: "B"},
			{ID: "src-mfa", Title: "Iran MFA reaction", Date: casefile.Month(2022, 9)},
		},
		Actors: []casefile.Actor{
			{ID: "alb", Name: "Albania", Kind: casefile.KindState},
			{ID: "rama", Name: "Edi Rama", Kind: casefile.KindPerson, Role: "Kryeministër i Shqipërisë", Affiliation: "alb"},
			{ID: "irn", Name: "Iran", Kind: casefile.KindState},
		},
		Relations: []casefile.Relation{
			{ID: "rel-leads", From: "rama", To: "alb", Type: casefile.RelLeads, Start: casefile.Year(2013)},
		},
		Statements: []casefile.Statement{
			{ID: "st-rama", Title: "Rama on proportionality", Speaker: "rama", Quote: "This extreme response … is fully proportionate.",
				Date: casefile.Day(2022, 9, 7), Source: casefile.Citation{Source: "src-pm"}, Grading: casefile.Grading{Reliability: "B", Credibility: 1}},
			{ID: "st-mfa", Title: "Iran rejects the accusation", Speaker: "irn", Quote: "Iran strongly condemns and rejects the accusation.",
				Date: casefile.Date{Year: 2022, Month: 9, Qualifier: casefile.About}, Source: casefile.Citation{Source: "src-mfa"}},
		},
		Events: []casefile.Event{{ID: "ev-attack", Title: "Cyberattack", Date: casefile.Month(2022, 7), Actors: []string{"alb", "irn"}}},
		Notes: []casefile.Note{
			{ID: "n-rama", Target: casefile.Target{Kind: casefile.OnActor, ID: "rama"}, Body: "Speaks for the government.", Created: at, Modified: at},
		},
	}
}

func encodeCase(t *testing.T, c *casefile.Case) string {
	t.Helper()
	var b bytes.Buffer
	if err := casefile.Encode(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// edit replaces the one occurrence of old in s, failing the test when there
// is not exactly one, and returns the line and column (in characters) of
// the first byte of mark within new: where the test expects a problem.
func edit(t *testing.T, s *string, old, new, mark string) (line, column int) {
	t.Helper()
	if n := strings.Count(*s, old); n != 1 {
		t.Fatalf("%q occurs %d times in the file, want once", old, n)
	}
	i := strings.Index(*s, old) + strings.Index(new, mark)
	*s = strings.Replace(*s, old, new, 1)
	before := (*s)[:i]
	start := strings.LastIndexByte(before, '\n') + 1
	return strings.Count(before, "\n") + 1, utf8.RuneCountInString(before[start:]) + 1
}

func problemsOf(t *testing.T, data string) casefile.Problems {
	t.Helper()
	c, err := casefile.Decode([]byte(data))
	var ps casefile.Problems
	if c != nil || !errors.As(err, &ps) {
		t.Fatalf("Decode = %v, %v; want no case and Problems", c, err)
	}
	return ps
}

func TestLoadReportsEveryProblemAtOnce(t *testing.T) {
	data := encodeCase(t, handCase())
	type want struct {
		casefile.Problem
		mark string
	}
	var wants []want
	add := func(p casefile.Problem, old, new, mark string) {
		p.Line, p.Column = edit(t, &data, old, new, mark)
		wants = append(wants, want{p, mark})
	}
	add(casefile.Problem{Item: "case", Field: "created", Path: "case.created",
		Message: `created holds "yesterday" where an RFC 3339 time belongs, e.g. "2022-09-07T09:00:00Z"`},
		"\n    \"created\": \"2022-09-07T09:00:00Z\"", "\n    \"created\": \"yesterday\"", `"yesterday"`)
	add(casefile.Problem{Item: `source "Iran MFA reaction"`, ID: "src-mfa", Field: "date", Path: "case.sources[1].date",
		Message: `case.sources[1].date holds text where a date object belongs, e.g. {"year": 2022, "month": 9}`},
		"\"date\": {\n          \"year\": 2022,\n          \"month\": 9\n        }", `"date": "Sep 2022"`, `"Sep`)
	// After non-ASCII text on the same line: the column counts characters.
	add(casefile.Problem{Item: `actor "Edi Rama"`, ID: "rama", Field: "colour", Path: "case.actors[1]",
		Message: `case.actors[1] has an unknown field "colour"; it may come from a newer Casefile or have been mistyped by hand, and the file is not opened lest that data be lost`},
		`"role": "Kryeministër i Shqipërisë",`, `"role": "Kryeministër i Shqipërisë", "colour": "red",`, `"colour"`)
	add(casefile.Problem{Item: `statement "Rama on proportionality"`, ID: "st-rama", Field: "grading", Path: "case.statements[0].grading.credibility",
		Message: `case.statements[0].grading.credibility holds text where a whole number belongs, e.g. 2`},
		`"credibility": 1`, `"credibility": "1"`, `"1"`)
	// A problem Validate finds in what did decode, placed in the file too.
	add(casefile.Problem{Item: `statement "Iran rejects the accusation"`, ID: "st-mfa", Field: "speaker", Path: "case.statements[1].speaker",
		Message: `speaker "nobody" does not exist; choose an existing actor`},
		`"speaker": "irn"`, `"speaker": "nobody"`, `"nobody"`)
	add(casefile.Problem{Item: `note "Speaks for the government."`, ID: "n-rama", Field: "target", Path: "case.notes[0].target",
		Message: `case.notes[0].target holds text where a target object belongs, e.g. {"kind": "actor", "id": "rama"}`},
		"\"target\": {\n          \"kind\": \"actor\",\n          \"id\": \"rama\"\n        }", `"target": "actor:rama"`, `"actor:rama"`)

	ps := problemsOf(t, data)
	t.Logf("Decode's error:\n%v", ps)
	if len(ps) != len(wants) {
		t.Fatalf("%d problems, want %d:\n%v", len(ps), len(wants), ps)
	}
	for i, w := range wants {
		if ps[i] != w.Problem {
			t.Errorf("problem %d:\n got %#v\nwant %#v", i, ps[i], w.Problem)
		}
	}
	if !strings.HasPrefix(ps.Error(), "6 problems:\n  case: created holds") ||
		!strings.Contains(ps.Error(), "\n  "+wants[4].Item+": "+wants[4].Message+" (line ") {
		t.Errorf("Error() does not list one problem a line:\n%s", ps.Error())
	}
}

func TestLoadDropsWhatDoesNotDecodeWithoutFollowOnProblems(t *testing.T) {
	for _, tt := range []struct {
		name, old, new, want string
	}{
		{"a wrong kind of required text", `"speaker": "rama"`, `"speaker": 5`,
			`statement "Rama on proportionality": case.statements[0].speaker holds a number where text belongs`},
		{"an item that is not an object", "{\n        \"id\": \"rama\",", "\"Edi Rama\", {\"id\": \"rama2\",",
			`actor: case.actors[1] holds text where an actor object belongs`},
		{"a list that is not a list", "", `"actors": {"alb": "Albania"},`,
			`case: actors holds an object where a list of actors belongs`},
		{"a misspelt field", `"quote": "This extreme`, `"qoute": "This extreme`,
			`statement "Rama on proportionality": case.statements[0] has an unknown field "qoute" (did you mean "quote"?)`},
		{"a misspelt field in a date", `"year": 2013`, `"yaer": 2013`,
			`relation "Edi Rama leads Albania": case.relations[0].start has an unknown field "yaer" (did you mean "year"?)`},
		{"a part of a date", `"year": 2013`, `"year": "2013"`,
			`relation "Edi Rama leads Albania": case.relations[0].start.year holds text where a whole number belongs, e.g. 2022`},
		{"an id referred to", "\"id\": \"rama\",\n        \"name\"", "\"id\": 7,\n        \"name\"",
			`actor "Edi Rama": case.actors[1].id holds a number where text belongs`},
		{"a marking", `"marking": "TLP:AMBER"`, `"marking": 1`, `case: marking holds a number where text belongs, e.g. "TLP:AMBER"`},
		{"a citation", `"source": "src-pm"`, `"source": ["src-pm"]`,
			`statement "Rama on proportionality": case.statements[0].source.source holds a list where text belongs`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := encodeCase(t, handCase())
			if tt.old == "" { // the whole list of actors
				i, j := strings.Index(data, `"actors": [`), strings.Index(data, `"relations": [`)
				tt.old = data[i:j]
			}
			edit(t, &data, tt.old, tt.new, "")
			ps := problemsOf(t, data)
			if len(ps) != 1 || !strings.HasPrefix(ps[0].String(), tt.want) {
				t.Errorf("problems:\n%v\nwant only one, starting %q", ps, tt.want)
			}
		})
	}
}

func TestLoadReportsEveryUnknownFieldAndStillRefusesTheFile(t *testing.T) {
	data := encodeCase(t, handCase())
	edit(t, &data, `"case": {`, `"case": {"colour": 1, "flags": [], `, "")
	edit(t, &data, `"name": "Iran",`, `"name": "Iran", "capital": "Tehran",`, "")
	c, err := casefile.Decode([]byte(data))
	if c != nil || err == nil {
		t.Fatal("a file with unknown fields loaded")
	}
	ps := problemsOf(t, data)
	var got []string
	for _, p := range ps {
		got = append(got, p.Item+" "+p.Path+" "+p.Field)
	}
	if want := []string{"case case colour", "case case flags", `actor "Iran" case.actors[2] capital`}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("problems %q, want %q", got, want)
	}
	if !strings.Contains(ps[0].Message, "lest that data be lost") || strings.Contains(ps[1].Message+ps[2].Message, "lest") {
		t.Errorf("the reason should be given once, with the first:\n%v", ps)
	}
}

func TestLoadMigratedFileReportsEveryProblemWithoutPlaces(t *testing.T) {
	v1, err := os.ReadFile(filepath.Join("testdata", "v1.casefile"))
	if err != nil {
		t.Fatal(err)
	}
	data := string(v1)
	edit(t, &data, `"kind": "person"`, `"kind": 7`, "")
	edit(t, &data, `"quote": "We stand firm."`, `"quote": ["We stand firm."]`, "")
	edit(t, &data, `"title": "Undated report"`, `"title": "Undated report", "extra": true`, "")
	edit(t, &data, `"speaker": "rama", "quote"`, `"speaker": "nobody", "quote"`, "")
	ps := problemsOf(t, data)
	if len(ps) != 4 {
		t.Fatalf("%d problems, want 4:\n%v", len(ps), ps)
	}
	for _, p := range ps {
		if p.Line != 0 || p.Column != 0 || strings.Contains(p.String(), "line") {
			t.Errorf("%v gives a place in the migrated data, which is not the file's text", p)
		}
		if p.Path == "" {
			t.Errorf("%v has no path", p)
		}
	}
	for _, want := range []string{`case.actors[1].kind holds a number`, `case.statements[1].quote holds a list`,
		`case.sources[1] has an unknown field "extra"`, `speaker "nobody" does not exist`} {
		if !strings.Contains(ps.Error(), want) {
			t.Errorf("problems do not mention %q:\n%v", want, ps)
		}
	}
}

func TestSyntaxErrorNamesTheCharacterTyped(t *testing.T) {
	good := encodeCase(t, handCase())
	for _, tt := range []struct{ old, new, mark, want string }{
		{`"title": "Albania cuts ties with Iran",`, `“title”: "Albania cuts ties with Iran",`, "“",
			`“ (a curly quotation mark) where " belongs; JSON takes only straight quotation marks`},
		{`"title": "Albania cuts ties with Iran",`, `"title": ’Albania cuts ties with Iran’,`, "’",
			`’ (a curly apostrophe) where " belongs`},
		{`"title": "Albania cuts ties with Iran",`, "\"title\":\u00a0\"Albania cuts ties with Iran\",", "\u00a0",
			`U+00A0 (a no-break space) where a plain space belongs`},
		// The column counts characters, not bytes: ë takes two.
		{`"role": "Kryeministër i Shqipërisë",`, `"role": "Kryeministër i Shqipërisë" é,`, "é",
			`invalid character 'é' after object key:value pair; it may be damaged`},
		{`"title": "Albania cuts ties with Iran",`, `"title": 'Albania cuts ties with Iran',`, "'",
			`' (an apostrophe) where " belongs; JSON quotes text only with double quotation marks`},
	} {
		data := good
		line, column := edit(t, &data, tt.old, tt.new, tt.mark)
		_, err := casefile.Decode([]byte(data))
		want := fmt.Sprintf("the file is not valid JSON at line %d, column %d: %s", line, column, tt.want)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Decode with %s: %v\nwant it to mention %q", tt.new, err, want)
		}
		if err != nil && strings.Contains(err.Error(), `\x`) {
			t.Errorf("%q names a byte, not the character", err)
		}
	}
}

func TestDuplicateIDIsReportedOnceAndReferencesStillResolve(t *testing.T) {
	c := handCase()
	c.Statements[1].ID = "rama" // shares the actor's id; the note, relation and statement refer to the actor
	ps := c.Validate()
	if len(ps) != 1 || ps[0].String() != `statement "Iran rejects the accusation": id "rama" is also used by actor "Edi Rama"; ids must be unique` {
		t.Errorf("problems:\n%v\nwant only the duplicate", ps)
	}

	// In a file, it is placed at the second item's id.
	data := encodeCase(t, handCase())
	line, column := edit(t, &data, `"id": "st-mfa"`, `"id": "rama"`, `"rama"`)
	ps = problemsOf(t, data)
	if len(ps) != 1 || ps[0].Line != line || ps[0].Column != column || ps[0].Path != "case.statements[1].id" {
		t.Errorf("problems:\n%#v\nwant one at case.statements[1].id, line %d, column %d", ps, line, column)
	}

	// Two statements with one id cannot be told apart by it: the second's
	// duplicate is placed, a problem of either is still given, unplaced.
	data = encodeCase(t, handCase())
	line, _ = edit(t, &data, `"id": "st-mfa"`, `"id": "st-rama"`, `"st-rama"`)
	edit(t, &data, `"speaker": "irn"`, `"speaker": "nobody"`, "")
	ps = problemsOf(t, data)
	if len(ps) != 2 || ps[0].Line != line || ps[0].Field != "id" || ps[1].Field != "speaker" || ps[1].Line != 0 {
		t.Errorf("problems:\n%#v\nwant the duplicate at line %d and the speaker unplaced", ps, line)
	}
}

func TestValidFileLoadsAsBefore(t *testing.T) {
	c := handCase()
	got, err := casefile.Decode([]byte(encodeCase(t, c)))
	if err != nil {
		t.Fatal(err)
	}
	if encodeCase(t, got) != encodeCase(t, c) {
		t.Error("a valid file does not load as it was saved")
	}
}

func TestLoadReportsACaseOfTheWrongKindOrNoneBesideOtherProblems(t *testing.T) {
	for data, want := range map[string]string{
		`{"format": "casefile", "version": 3, "case": [], "extra": 1}`: "case: the case holds a list where a case object belongs (line 1, column 46)\n" +
			`  file: the file has an unknown field "extra"`,
		`{"format": "casefile", "version": 3, "extra": 1}`: `file: the file has an unknown field "extra"`,
	} {
		data = strings.Replace(data, `"version": 3`, `"version": `+strconv.Itoa(casefile.FormatVersion), 1)
		ps := problemsOf(t, data)
		if !strings.Contains(ps.Error(), want) {
			t.Errorf("%s:\n%v\nwant it to contain %q", data, ps, want)
		}
		if !strings.Contains(data, `"case"`) && !strings.Contains(ps.Error(), `file: the file has no "case"; it is not a complete case file`) {
			t.Errorf("%s:\n%v\nwant it to say there is no case", data, ps)
		}
	}
}
