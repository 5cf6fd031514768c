package casefile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var (
	created = time.Date(2022, 9, 7, 9, 0, 0, 0, time.UTC)
	later   = time.Date(2022, 9, 8, 10, 30, 0, 0, time.UTC)
)

// fixClock makes edits stamp t as their modified time for the rest of the test.
func fixClock(t *testing.T, at time.Time) {
	t.Helper()
	prev := Now
	Now = func() time.Time { return at }
	t.Cleanup(func() { Now = prev })
}

// sampleCase is a small valid case in which every kind of reference occurs:
// affiliation, relation ends, speaker, addressees, responds_to, event
// actors, citations and notes on each target kind.
func sampleCase() *Case {
	return &Case{
		ID: "case-1", Title: "Albania cuts ties with Iran", Summary: "Albania expelled Iran's diplomats after a cyberattack.",
		Analyst: "A. Analyst", Created: created, Modified: created, Marking: TLPAmber, Tags: []string{"cyber", "diplomacy"},
		Sources: []Source{
			{ID: "src-pm", Title: "Statement of the Prime Minister", Publisher: "Kryeministria", Date: Day(2022, 9, 7),
				URL: "https://kryeministria.al/statement", Reliability: "B"},
			{ID: "src-wh", Title: "Statement by NSC Spokesperson", Publisher: "The White House", Date: Day(2022, 9, 7), Reliability: "A"},
			{ID: "src-mfa", Title: "Iran MFA reaction", Date: Month(2022, 9)},
		},
		Actors: []Actor{
			{ID: "alb", Name: "Albania", Kind: KindState, Sources: []Citation{{Source: "src-pm"}}},
			{ID: "rama", Name: "Edi Rama", Kind: KindPerson, Role: "Prime Minister of Albania", Affiliation: "alb",
				Aliases: []string{"Rama"}, Sources: []Citation{{Source: "src-pm", Locator: "para. 1"}}},
			{ID: "irn", Name: "Iran", Kind: KindState, Sources: []Citation{{Source: "src-mfa"}}},
			{ID: "mfa", Name: "Iranian Ministry of Foreign Affairs", Kind: KindGovernmentBody, Affiliation: "irn"},
			{ID: "usa", Name: "United States", Kind: KindState, Sources: []Citation{{Source: "src-wh"}}},
		},
		Relations: []Relation{
			{ID: "rel-leads", From: "rama", To: "alb", Type: RelLeads, Start: Year(2013), Sources: []Citation{{Source: "src-pm"}}},
			{ID: "rel-cut", From: "alb", To: "irn", Type: RelCutTiesWith, Start: Day(2022, 9, 7), Sources: []Citation{{Source: "src-pm"}}},
			{ID: "rel-ally", From: "usa", To: "alb", Type: RelAllyOf, Start: Date{Year: 2009, Qualifier: About}, Inferred: true},
		},
		Statements: []Statement{
			{ID: "st-rama", Title: "Rama on proportionality", Speaker: "rama", Addressees: []string{"irn"},
				Quote: "This extreme response … is fully proportionate to the gravity and risk of the cyberattack.",
				Date:  Date{Year: 2022, Month: 9, Day: 7, AsStated: "today"}, Channel: "video statement",
				Source: Citation{Source: "src-pm"}, Grading: Grading{"B", 1}},
			{ID: "st-us", Title: "US supports Albania", Speaker: "usa", Addressees: []string{"alb", "irn"},
				Quote: "The United States strongly condemns Iran’s cyberattack against Albania.", Date: Day(2022, 9, 7),
				RespondsTo: "st-rama", Source: Citation{Source: "src-wh"}, Grading: Grading{"A", 2}, Marking: TLPGreen},
			{ID: "st-mfa", Title: "Iran rejects the accusation", Speaker: "mfa", Addressees: []string{"alb"},
				Quote: "Iran strongly condemns and rejects the accusation.", Date: Date{Year: 2022, Month: 9, Qualifier: About},
				RespondsTo: "st-rama", Source: Citation{Source: "src-mfa", Locator: "para. 2"}},
		},
		Events: []Event{
			{ID: "ev-attack", Title: "Cyberattack on Albanian government services", Date: Date{Year: 2022, Month: 7, Day: 15},
				Actors: []string{"alb", "irn"}, Sources: []Citation{{Source: "src-pm"}}, Grading: Grading{"B", 2}},
			{ID: "ev-mek", Title: "Albania hosts the MEK", Date: Date{Year: 2013, Qualifier: After}, Actors: []string{"alb"}},
		},
		Notes: []Note{
			{ID: "n-case", Target: Target{Kind: OnCase}, Body: "## Bottom line\n\nFirst severance over a cyberattack.", Author: "A. Analyst",
				Created: created, Modified: created},
			{ID: "n-rama", Target: Target{OnActor, "rama"}, Body: "Speaks for the government.", Created: created, Modified: created},
			{ID: "n-st", Target: Target{OnStatement, "st-rama"}, Body: "Note the word *proportionate*.", Created: created, Modified: created,
				Marking: TLPAmber},
			{ID: "n-us", Target: Target{OnStatement, "st-us"}, Body: "Attribution by an ally.", Created: created, Modified: created},
			{ID: "n-ev", Target: Target{OnEvent, "ev-attack"}, Body: "Services were down for days.", Created: created, Modified: created},
		},
	}
}

// mustValid fails the test unless c validates.
func mustValid(t *testing.T, c *Case) {
	t.Helper()
	if ps := c.Validate(); ps != nil {
		t.Fatalf("case does not validate:\n%v", ps)
	}
}

// writeFile writes content to name in a new temporary folder.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// wantErr fails the test unless err is non-nil and contains every fragment.
func wantErr(t *testing.T, err error, fragments ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one mentioning %q", fragments)
	}
	for _, f := range fragments {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not mention %q", err, f)
		}
	}
}
