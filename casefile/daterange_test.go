package casefile_test

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestDateEarliestAndLatest(t *testing.T) {
	for _, tt := range []struct {
		d                casefile.Date
		earliest, latest time.Time
	}{
		{casefile.Year(2022), day(2022, 1, 1), day(2022, 12, 31)},
		{casefile.Month(2024, 2), day(2024, 2, 1), day(2024, 2, 29)}, // a leap year
		{casefile.Month(2023, 2), day(2023, 2, 1), day(2023, 2, 28)},
		{casefile.Month(2022, 12), day(2022, 12, 1), day(2022, 12, 31)},
		{casefile.Day(2022, 8, 26), day(2022, 8, 26), day(2022, 8, 26)},
		{casefile.Date{Year: 2014, Qualifier: casefile.About, Inferred: true}, day(2014, 1, 1), day(2014, 12, 31)},
		{casefile.Date{AsStated: "last summer"}, time.Time{}, time.Time{}},
	} {
		if got := tt.d.Earliest(); !got.Equal(tt.earliest) {
			t.Errorf("%v.Earliest() = %v, want %v", tt.d, got, tt.earliest)
		}
		if got := tt.d.Latest(); !got.Equal(tt.latest) {
			t.Errorf("%v.Latest() = %v, want %v", tt.d, got, tt.latest)
		}
	}
}

// relationFrom is a valid case with one relation from start to end.
func relationFrom(start, end casefile.Date) *casefile.Case {
	c := handCase()
	c.Relations[0].Start, c.Relations[0].End = start, end
	return c
}

func endProblem(c *casefile.Case) string {
	for _, p := range c.Validate() {
		if p.Field == "end" {
			return p.Message
		}
	}
	return ""
}

func TestRelationMayEndLessPreciselyThanItStarts(t *testing.T) {
	q := func(d casefile.Date, q casefile.Qualifier) casefile.Date { d.Qualifier = q; return d }
	for _, tt := range []struct {
		start, end casefile.Date
		want       string // "" when the end is accepted
	}{
		{casefile.Day(2022, 8, 26), casefile.Month(2022, 8), ""},
		{casefile.Day(2022, 8, 26), casefile.Year(2022), ""},
		{casefile.Month(2022, 8), casefile.Day(2022, 8, 1), ""},
		{casefile.Day(2022, 8, 26), casefile.Day(2022, 8, 26), ""},
		{casefile.Day(2022, 8, 26), casefile.Month(2022, 7), "end Jul 2022 is before the start, 26 Aug 2022"},
		{casefile.Day(2022, 8, 26), casefile.Day(2022, 8, 25), "end 25 Aug 2022 is before the start, 26 Aug 2022"},
		{casefile.Year(2022), casefile.Month(2021, 12), "end Dec 2021 is before the start, 2022"},
		// A start before or until a date may be any time earlier; an end after one any time later.
		{q(casefile.Year(2015), casefile.Before), casefile.Year(2010), ""},
		{q(casefile.Year(2015), casefile.Until), casefile.Year(2010), ""},
		{casefile.Year(2015), q(casefile.Year(2010), casefile.After), ""},
		{q(casefile.Year(2015), casefile.After), casefile.Year(2014), "end 2014 is before the start, after 2015"},
		{casefile.Date{}, casefile.Year(2010), ""},
	} {
		if got := endProblem(relationFrom(tt.start, tt.end)); got != tt.want {
			t.Errorf("from %v to %v: end problem %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
}

// TestEndIsRefusedOnlyWhenNoDayOfItCanFollowTheStart checks the rule
// against its definition, day by day, for random exact dates.
func TestEndIsRefusedOnlyWhenNoDayOfItCanFollowTheStart(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2))
	random := func() casefile.Date {
		d := casefile.Day(2020+r.IntN(2), 1+r.IntN(12), 1+r.IntN(28))
		switch r.IntN(3) {
		case 0:
			d.Day = 0
		case 1:
			d.Month, d.Day = 0, 0
		}
		return d
	}
	days := func(d casefile.Date) (from, to time.Time) {
		switch {
		case d.Month == 0:
			return day(d.Year, 1, 1), day(d.Year, 12, 31)
		case d.Day == 0:
			return day(d.Year, d.Month, 1), day(d.Year, d.Month+1, 1).AddDate(0, 0, -1)
		}
		return day(d.Year, d.Month, d.Day), day(d.Year, d.Month, d.Day)
	}
	for range 2000 {
		start, end := random(), random()
		possible := false // some day of the end on or after some day of the start
		sFrom, _ := days(start)
		for e, eTo := days(end); !e.After(eTo); e = e.AddDate(0, 0, 1) {
			possible = possible || !e.Before(sFrom)
		}
		if refused := endProblem(relationFrom(start, end)) != ""; refused == possible {
			t.Errorf("from %v to %v: refused %v, but an end on or after the start is possible: %v", start, end, refused, possible)
		}
	}
}

func TestGradingWithOneHalfNeverReadsAsMinus(t *testing.T) {
	minus := regexp.MustCompile(`-[0-9]|[A-F]-`)
	for _, rel := range append([]casefile.Reliability{""}, casefile.Reliabilities...) {
		for _, cred := range append([]casefile.Credibility{0}, casefile.Credibilities...) {
			g := casefile.Grading{Reliability: rel, Credibility: cred}
			s, code := g.String(), g.Code()
			if minus.MatchString(s) || minus.MatchString(code) || strings.Contains(code, "-") {
				t.Errorf("%#v reads %q, code %q", g, s, code)
			}
			if code != string(rel)+strings.TrimPrefix(string(rune('0'+cred)), "0") {
				t.Errorf("%#v.Code() = %q", g, code)
			}
		}
	}
	for g, want := range map[casefile.Grading]string{
		{Credibility: 3}:                   "credibility 3 — possibly true",
		{Reliability: "B"}:                 "reliability B — usually reliable",
		{Reliability: "B", Credibility: 2}: "B2 — usually reliable, probably true",
		{}:                                 "not graded",
	} {
		if got := g.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", g, got, want)
		}
	}
}
