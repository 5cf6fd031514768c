package casefile_test

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/casefile/casefile/casefile"
)

// randomYMD is a real year, month or day, at a random precision.
func randomYMD(r *rand.Rand) casefile.Date {
	d := casefile.Month(1990+r.IntN(40), 1+r.IntN(12))
	d.Day = 1 + r.IntN(d.Latest().Day()) // any day of the month
	switch r.IntN(3) {
	case 0:
		d.Day = 0
	case 1:
		d.Month, d.Day = 0, 0
	}
	return d
}

// randomDate is a random valid date of any kind: unknown, exact, qualified,
// open-ended or a range, perhaps inferred.
func randomDate(r *rand.Rand) casefile.Date {
	for {
		if r.IntN(12) == 0 {
			return casefile.Date{}
		}
		d := randomYMD(r)
		d.Qualifier = casefile.Qualifiers[r.IntN(len(casefile.Qualifiers))]
		if r.IntN(2) == 0 {
			// A range, near its start so that most end after it.
			end := randomYMD(r)
			end.Year = d.Year + r.IntN(3) - 1
			if end.Month != 0 {
				end.Day = min(end.Day, time.Date(end.Year, time.Month(end.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day())
			}
			if r.IntN(4) == 0 {
				end.Qualifier = casefile.About
			}
			d = casefile.Range(d, end)
			d.Qualifier = []casefile.Qualifier{casefile.Exact, casefile.Exact, casefile.About}[r.IntN(3)]
		}
		d.Inferred = r.IntN(4) == 0
		if d.Check() == nil {
			return d
		}
	}
}

// Every valid date reads back from what String renders, and from its JSON.
func TestDatesRoundTripThroughTextAndJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 22))
	kinds := map[string]int{}
	for range 20000 {
		d := randomDate(r)
		switch {
		case d.IsRange():
			kinds["range"]++
		case d.Qualifier == casefile.Since:
			kinds["since"]++
		}
		text := d.String()
		back, err := casefile.ParseDate(text)
		if err != nil || back != d {
			t.Fatalf("%#v renders %q, which reads back as %#v (%v)", d, text, back, err)
		}
		if err := back.Check(); err != nil {
			t.Fatalf("%q reads back as a date Check refuses: %v", text, err)
		}
		data, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var fromJSON casefile.Date
		if err := json.Unmarshal(data, &fromJSON); err != nil || fromJSON != d {
			t.Fatalf("%#v as JSON %s reads back as %#v (%v)", d, data, fromJSON, err)
		}
		if !d.IsRange() && strings.Contains(string(data), `"to"`) {
			t.Fatalf("a date that is no range writes %s", data)
		}
	}
	if kinds["range"] < 1000 || kinds["since"] < 100 {
		t.Errorf("the generator made too few ranges or open ends: %v", kinds)
	}
}

// Compare is a total order on spans, consistent with the earliest day a
// date can denote, and OrderKey orders as it does.
func TestDateCompareIsATotalOrderByEarliestDay(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	dates := make([]casefile.Date, 300)
	for i := range dates {
		dates[i] = randomDate(r)
	}
	sign := func(n int) int { return max(-1, min(1, n)) }
	for _, a := range dates {
		if a.Compare(a) != 0 {
			t.Fatalf("%v is not equal to itself", a)
		}
		if !a.IsZero() && a.Latest().Before(a.Earliest()) {
			t.Fatalf("%v ends (%v) before it starts (%v)", a, a.Latest(), a.Earliest())
		}
		for _, b := range dates {
			ab := a.Compare(b)
			if sign(ab) != -sign(b.Compare(a)) {
				t.Fatalf("%v.Compare(%v) = %d but the reverse is %d", a, b, ab, b.Compare(a))
			}
			switch {
			case a.IsZero() || b.IsZero():
				if want := sign(btoi(a.IsZero()) - btoi(b.IsZero())); ab != want {
					t.Fatalf("%v.Compare(%v) = %d; unknown dates come last", a, b, ab)
				}
			case a.Earliest().Before(b.Earliest()):
				if ab >= 0 {
					t.Fatalf("%v starts before %v but compares %d", a, b, ab)
				}
			case a.Earliest().Equal(b.Earliest()) && a.Latest().After(b.Latest()):
				if ab >= 0 {
					t.Fatalf("%v holds %v, which starts the same day, but compares %d", a, b, ab)
				}
			case a.Earliest().Equal(b.Earliest()) && a.Latest().Equal(b.Latest()):
				if ab != 0 {
					t.Fatalf("%v and %v span the same days but compare %d", a, b, ab)
				}
			}
			if (ab < 0) != (a.OrderKey() < b.OrderKey()) || (ab == 0) != (a.OrderKey() == b.OrderKey()) {
				t.Fatalf("OrderKey orders %v and %v otherwise than Compare", a, b)
			}
		}
	}
	for range 20000 { // transitivity
		a, b, c := dates[r.IntN(len(dates))], dates[r.IntN(len(dates))], dates[r.IntN(len(dates))]
		if a.Compare(b) <= 0 && b.Compare(c) <= 0 && a.Compare(c) > 0 {
			t.Fatalf("%v ≤ %v ≤ %v but %v > %v", a, b, c, a, c)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestRangesOrderBySpan(t *testing.T) {
	ordered := []casefile.Date{
		casefile.Year(2022),
		casefile.Range(casefile.Month(2022, 8), casefile.Day(2022, 9, 1)),  // from 1 Aug
		casefile.Range(casefile.Day(2022, 8, 20), casefile.Month(2022, 9)), // 20 Aug – Sep 2022
		casefile.Range(casefile.Day(2022, 8, 20), casefile.Day(2022, 8, 22)),
		casefile.Day(2022, 8, 20),
		casefile.Range(casefile.Day(2022, 8, 21), casefile.Year(2023)),
		{},
	}
	for i := 1; i < len(ordered); i++ {
		if ordered[i-1].Compare(ordered[i]) >= 0 {
			t.Errorf("%v does not come before %v", ordered[i-1], ordered[i])
		}
	}
}

func TestDateBounds(t *testing.T) {
	q := func(d casefile.Date, q casefile.Qualifier) casefile.Date { d.Qualifier = q; return d }
	for _, tt := range []struct {
		d          casefile.Date
		start, end casefile.Bound
	}{
		{casefile.Year(2014), casefile.BoundFirm, casefile.BoundFirm},
		{q(casefile.Year(2014), casefile.About), casefile.BoundFuzzy, casefile.BoundFuzzy},
		{q(casefile.Year(2012), casefile.Until), casefile.BoundOpen, casefile.BoundFirm},
		{q(casefile.Year(2012), casefile.Before), casefile.BoundOpen, casefile.BoundFirm},
		{q(casefile.Year(2013), casefile.After), casefile.BoundFirm, casefile.BoundOpen},
		{q(casefile.Year(2019), casefile.Since), casefile.BoundFirm, casefile.BoundOpen},
		{casefile.Range(casefile.Year(2019), casefile.Year(2021)), casefile.BoundFirm, casefile.BoundFirm},
		{casefile.Range(q(casefile.Year(2019), casefile.About), casefile.Year(2021)), casefile.BoundFuzzy, casefile.BoundFirm},
		{casefile.Range(casefile.Year(2019), q(casefile.Year(2021), casefile.About)), casefile.BoundFirm, casefile.BoundFuzzy},
		{casefile.Date{}, casefile.BoundOpen, casefile.BoundOpen},
	} {
		if s, e := tt.d.StartBound(), tt.d.EndBound(); s != tt.start || e != tt.end {
			t.Errorf("%v: bounds %v, %v; want %v, %v", tt.d, s, e, tt.start, tt.end)
		}
	}
	r := casefile.Range(casefile.Day(2022, 8, 20), casefile.Month(2022, 9))
	r.Inferred = true
	if r.Earliest() != day(2022, 8, 20) || r.Latest() != day(2022, 9, 30) {
		t.Errorf("%v spans %v to %v", r, r.Earliest(), r.Latest())
	}
	if r.Start().String() != "20 Aug 2022 (inferred)" || r.End().String() != "Sep 2022 (inferred)" {
		t.Errorf("%v starts %v and ends %v", r, r.Start(), r.End())
	}
	if d := casefile.Day(2022, 8, 20); d.Start() != d || d.End() != d {
		t.Errorf("a date that is no range is its own start and end")
	}
}

func TestParseDate(t *testing.T) {
	q := func(d casefile.Date, q casefile.Qualifier) casefile.Date { d.Qualifier = q; return d }
	inferred := casefile.Day(2022, 9, 7)
	inferred.Inferred = true
	for text, want := range map[string]casefile.Date{
		"":                       {},
		"date not stated":        {},
		"15 Jul 2022":            casefile.Day(2022, 7, 15),
		"15 july 2022":           casefile.Day(2022, 7, 15),
		"July 15, 2022":          casefile.Day(2022, 7, 15),
		"Sept. 2022":             casefile.Month(2022, 9),
		"2022-07-15":             casefile.Day(2022, 7, 15),
		"2022-07":                casefile.Month(2022, 7),
		"c. 2014":                q(casefile.Year(2014), casefile.About),
		"c.2014":                 q(casefile.Year(2014), casefile.About),
		"around 2014":            q(casefile.Year(2014), casefile.About),
		"Until 2012":             q(casefile.Year(2012), casefile.Until),
		"since 2019":             q(casefile.Year(2019), casefile.Since),
		"from May 2022":          q(casefile.Month(2022, 5), casefile.Since),
		"7 Sep 2022 (inferred)":  inferred,
		"20–22 Aug 2022":         casefile.Range(casefile.Day(2022, 8, 20), casefile.Day(2022, 8, 22)),
		"20-22 Aug 2022":         casefile.Range(casefile.Day(2022, 8, 20), casefile.Day(2022, 8, 22)),
		"20 - 22 Aug 2022":       casefile.Range(casefile.Day(2022, 8, 20), casefile.Day(2022, 8, 22)),
		"20 Aug to 22 Aug 2022":  casefile.Range(casefile.Day(2022, 8, 20), casefile.Day(2022, 8, 22)),
		"2022-08-20/2022-08-22":  casefile.Range(casefile.Day(2022, 8, 20), casefile.Day(2022, 8, 22)),
		"20 Aug – Sep 2022":      casefile.Range(casefile.Day(2022, 8, 20), casefile.Month(2022, 9)),
		"between 2019 and 2021":  casefile.Range(casefile.Year(2019), casefile.Year(2021)),
		"Between 2019 and 2021":  casefile.Range(casefile.Year(2019), casefile.Year(2021)),
		"from 2019 to 2021":      casefile.Range(casefile.Year(2019), casefile.Year(2021)),
		"2019-2021":              casefile.Range(casefile.Year(2019), casefile.Year(2021)),
		"c. 2019 – c. 2021":      casefile.Range(q(casefile.Year(2019), casefile.About), q(casefile.Year(2021), casefile.About)),
		"Jul–Sep 2022":           casefile.Range(casefile.Month(2022, 7), casefile.Month(2022, 9)),
		"20 Dec 2021 – 5 Jan 22": casefile.Range(casefile.Day(2021, 12, 20), casefile.Day(22, 1, 5)),
	} {
		got, err := casefile.ParseDate(text)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %#v, %v; want %#v", text, got, err, want)
		}
	}
	for text, want := range map[string]string{
		"next Tuesday":          `"next Tuesday" is not a date Casefile reads`,
		"15 Jul":                `"15 Jul" is not a date`,
		"20–22 Aug":             `"20–22 Aug" is not a date`,
		"2019 – before 2021":    `a range's end can only be about a date`,
		"between 2019 and soon": `is not a date`,
		"2022-07-xx":            `is not a date`,
	} {
		if _, err := casefile.ParseDate(text); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseDate(%q) error %v, want one containing %q", text, err, want)
		}
	}
	// A qualifier before a range reads, and Check says what to do.
	d, err := casefile.ParseDate("since 2019 – 2021")
	if err != nil || d.Check() == nil || !strings.Contains(d.Check().Error(), `a range cannot be "since" a date`) {
		t.Errorf(`"since 2019 – 2021" reads as %v (%v), checked %v`, d, err, d.Check())
	}
}
