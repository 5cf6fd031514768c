package casefile

import (
	"image/color"
	"slices"
	"strings"
	"testing"
)

func TestDatePrecision(t *testing.T) {
	tests := []struct {
		d    Date
		want Precision
		name string
	}{
		{Date{}, PrecisionNone, "unknown"},
		{Date{AsStated: "on Wednesday"}, PrecisionNone, "unknown"},
		{Year(2014), PrecisionYear, "year"},
		{Month(2022, 7), PrecisionMonth, "month"},
		{Day(2022, 7, 15), PrecisionDay, "day"},
	}
	for _, tt := range tests {
		if got := tt.d.Precision(); got != tt.want {
			t.Errorf("%#v.Precision() = %v, want %v", tt.d, got, tt.want)
		}
		if got := tt.d.Precision().String(); got != tt.name {
			t.Errorf("%#v.Precision().String() = %q, want %q", tt.d, got, tt.name)
		}
		if got, want := tt.d.IsZero(), tt.want == PrecisionNone; got != want {
			t.Errorf("%#v.IsZero() = %v, want %v", tt.d, got, want)
		}
	}
}

func TestDateCheck(t *testing.T) {
	valid := []Date{
		{},
		{AsStated: "some years ago"},
		Year(1), Year(9999), Month(2022, 12), Day(2022, 7, 15),
		Day(2024, 2, 29), // leap year
		Day(2000, 2, 29), // divisible by 400
		Day(2022, 1, 31), Day(2022, 4, 30),
		{Year: 2014, Qualifier: About}, {Year: 2012, Qualifier: Until}, {Year: 2022, Month: 9, Qualifier: Before},
		{Year: 2013, Qualifier: After, Inferred: true},
		{Year: 2019, Qualifier: Since},
		Range(Day(2022, 8, 20), Day(2022, 8, 22)),
		Range(Day(2022, 8, 20), Month(2022, 9)), // an end less precise than the start
		Range(Day(2022, 8, 20), Month(2022, 8)), // ends some time in the month it starts in
		Range(Day(2022, 8, 20), Year(2022)),
		Range(Year(2022), Day(2022, 8, 20)), // an end more precise than the start
		Range(Date{Year: 2019, Qualifier: About}, Date{Year: 2021, Qualifier: About}),
	}
	for _, d := range valid {
		if err := d.Check(); err != nil {
			t.Errorf("%#v.Check() = %v, want nil", d, err)
		}
	}
	invalid := []struct {
		d    Date
		want string
	}{
		{Date{Month: 7}, "needs a year"},
		{Date{Day: 3}, "needs a year"},
		{Date{Qualifier: About}, "needs a year"},
		{Date{Inferred: true}, "needs a year"},
		{Year(-5), "out of range"},
		{Year(10000), "out of range"},
		{Month(2022, 13), "month 13"},
		{Month(2022, -1), "month -1"},
		{Date{Year: 2022, Day: 5}, "a day needs a month"},
		{Day(2023, 2, 29), "day 29 is not in February 2023"}, // not a leap year
		{Day(1900, 2, 29), "day 29 is not in February 1900"}, // divisible by 100, not 400
		{Day(2022, 4, 31), "day 31 is not in April 2022"},
		{Day(2022, 7, 0x20), "day 32"},
		{Day(2022, 7, -1), "day -1"},
		{Date{Year: 2022, Qualifier: "circa"}, `qualifier "circa"`},
	}
	for _, tt := range invalid {
		err := tt.d.Check()
		if err == nil {
			t.Errorf("%#v.Check() = nil, want an error mentioning %q", tt.d, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%#v.Check() = %q, want it to mention %q", tt.d, err, tt.want)
		}
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		d          Date
		text, full string
	}{
		{Date{}, "date not stated", "date not stated"},
		{Date{AsStated: "on Wednesday"}, "date not stated", "date not stated"},
		{Day(2022, 7, 15), "15 Jul 2022", "15 Jul 2022"},
		{Day(2022, 9, 7), "7 Sep 2022", "7 Sep 2022"},
		{Month(2022, 7), "Jul 2022", "Jul 2022"},
		{Year(2014), "2014", "2014"},
		{Date{Year: 2014, Qualifier: About}, "c. 2014", "c. 2014"},
		{Date{Year: 2012, Qualifier: Until}, "until 2012", "until 2012"},
		{Date{Year: 2022, Month: 9, Qualifier: Before}, "before Sep 2022", "before Sep 2022"},
		{Date{Year: 2013, Month: 1, Day: 2, Qualifier: After}, "after 2 Jan 2013", "after 2 Jan 2013"},
		{Date{Year: 2022, Month: 7, Day: 15, Inferred: true}, "15 Jul 2022", "15 Jul 2022 (inferred)"},
		{Date{Year: 2014, Qualifier: About, Inferred: true}, "c. 2014", "c. 2014 (inferred)"},
		{Date{Year: 2019, Qualifier: Since}, "since 2019", "since 2019"},
		{Date{Year: 2022, Month: 5, Qualifier: Since, Inferred: true}, "since May 2022", "since May 2022 (inferred)"},
		{Range(Day(2022, 8, 20), Day(2022, 8, 22)), "20–22 Aug 2022", "20–22 Aug 2022"},
		{Range(Day(2022, 8, 20), Day(2022, 9, 2)), "20 Aug – 2 Sep 2022", "20 Aug – 2 Sep 2022"},
		{Range(Day(2022, 8, 20), Month(2022, 9)), "20 Aug – Sep 2022", "20 Aug – Sep 2022"},
		{Range(Month(2022, 7), Month(2022, 9)), "Jul–Sep 2022", "Jul–Sep 2022"},
		{Range(Month(2022, 8), Day(2022, 9, 22)), "Aug – 22 Sep 2022", "Aug – 22 Sep 2022"},
		{Range(Year(2019), Year(2021)), "2019–2021", "2019–2021"},
		{Range(Year(2019), Month(2021, 3)), "2019 – Mar 2021", "2019 – Mar 2021"},
		{Range(Day(2021, 12, 20), Day(2022, 1, 5)), "20 Dec 2021 – 5 Jan 2022", "20 Dec 2021 – 5 Jan 2022"},
		{Range(Day(2022, 8, 20), Year(2022)), "20 Aug 2022 – 2022", "20 Aug 2022 – 2022"},
		{Range(Date{Year: 2019, Qualifier: About}, Year(2021)), "c. 2019 – 2021", "c. 2019 – 2021"},
		{Range(Year(2019), Date{Year: 2021, Qualifier: About}), "2019 – c. 2021", "2019 – c. 2021"},
		{Range(Date{Year: 2022, Month: 8, Day: 20, Qualifier: About}, Day(2022, 8, 22)), "c. 20 Aug 2022 – 22 Aug 2022", "c. 20 Aug 2022 – 22 Aug 2022"},
		{Date{Year: 2022, Month: 8, Day: 20, To: RangeEnd{Year: 2022, Month: 8, Day: 22}, Inferred: true}, "20–22 Aug 2022", "20–22 Aug 2022 (inferred)"},
	}
	for _, tt := range tests {
		if got := tt.d.Text(); got != tt.text {
			t.Errorf("%#v.Text() = %q, want %q", tt.d, got, tt.text)
		}
		if got := tt.d.String(); got != tt.full {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.full)
		}
	}
}

func TestPeriod(t *testing.T) {
	q := func(d Date, qual Qualifier) Date { d.Qualifier = qual; return d }
	inferred := Day(2022, 9, 7)
	inferred.Inferred = true
	for _, tc := range []struct {
		start, end Date
		want       string
	}{
		{Date{}, Date{}, ""},
		{q(Year(2014), About), Date{}, "from c. 2014"},
		{Date{}, q(Year(2012), Until), "until 2012"},
		{Date{}, Year(2012), "until 2012"},
		{Month(2022, 7), Month(2022, 9), "from Jul 2022 until Sep 2022"},
		{q(inferred, After), Date{}, "began after 7 Sep 2022 (inferred)"},
		{q(Year(2014), Before), q(Year(2020), After), "began before 2014, ended after 2020"},
		{q(Year(2014), Until), Date{}, "began by 2014"},
		{Year(2003), q(Year(2012), Until), "from 2003 until 2012"},
		{q(Year(2019), Since), Date{}, "since 2019"},
		{Range(Day(2022, 8, 20), Day(2022, 8, 22)), Year(2023), "from 20–22 Aug 2022 until 2023"},
	} {
		if got := Period(tc.start, tc.end); got != tc.want {
			t.Errorf("Period(%v, %v) = %q, want %q", tc.start, tc.end, got, tc.want)
		}
	}
}

func TestDateCompare(t *testing.T) {
	// In timeline order; equal neighbours are marked.
	ordered := []Date{
		Year(2012),
		{Year: 2012, Qualifier: About}, // qualifiers do not move a date
		Month(2012, 1),
		Day(2012, 1, 1),
		Day(2012, 1, 2),
		Month(2012, 2),
		Day(2012, 2, 1),
		Year(2013),
		Day(2022, 7, 15),
		{},
	}
	equal := map[int]bool{0: true} // ordered[0] and ordered[1] compare equal
	for i := range ordered {
		for j := range ordered {
			want := 0
			switch {
			case i < j && !(equal[i] && j == i+1):
				want = -1
			case i > j && !(equal[j] && i == j+1):
				want = 1
			}
			if got := ordered[i].Compare(ordered[j]); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
	shuffled := []Date{{}, Day(2022, 7, 15), Year(2013), Month(2012, 2), Year(2012), Day(2012, 1, 2)}
	slices.SortStableFunc(shuffled, Date.Compare)
	want := []Date{Year(2012), Day(2012, 1, 2), Month(2012, 2), Year(2013), Day(2022, 7, 15), {}}
	if !slices.Equal(shuffled, want) {
		t.Errorf("sorted = %v, want %v", shuffled, want)
	}
}

func TestGradingString(t *testing.T) {
	tests := []struct {
		g          Grading
		code, text string
	}{
		{Grading{}, "", "not graded"},
		{Grading{"B", 2}, "B2", "B2 — usually reliable, probably true"},
		{Grading{"A", 1}, "A1", "A1 — completely reliable, confirmed by other sources"},
		{Grading{"F", 6}, "F6", "F6 — reliability cannot be judged, truth cannot be judged"},
		// One half alone: no "-" that reads as minus.
		{Grading{Reliability: "C"}, "C", "reliability C — fairly reliable"},
		{Grading{Credibility: 4}, "4", "credibility 4 — doubtful"},
		{Grading{Credibility: 3}, "3", "credibility 3 — possibly true"},
	}
	for _, tt := range tests {
		if got := tt.g.Code(); got != tt.code {
			t.Errorf("%#v.Code() = %q, want %q", tt.g, got, tt.code)
		}
		if got := tt.g.String(); got != tt.text {
			t.Errorf("%#v.String() = %q, want %q", tt.g, got, tt.text)
		}
	}
}

func TestGradingCheck(t *testing.T) {
	for _, g := range []Grading{{}, {"A", 1}, {"F", 6}, {Reliability: "D"}, {Credibility: 3}} {
		if err := g.Check(); err != nil {
			t.Errorf("%#v.Check() = %v, want nil", g, err)
		}
	}
	for _, tt := range []struct {
		g    Grading
		want string
	}{
		{Grading{"G", 1}, `reliability "G"`},
		{Grading{"b", 1}, `reliability "b"`},
		{Grading{"A", 7}, "credibility 7"},
		{Grading{"A", -1}, "credibility -1"},
	} {
		wantErr(t, tt.g.Check(), tt.want)
	}
}

func TestMarkingRankAndMax(t *testing.T) {
	for i, m := range []Marking{TLPClear, TLPGreen, TLPAmber, TLPAmberStrict, TLPRed} {
		if got := m.Rank(); got != i+1 {
			t.Errorf("%s.Rank() = %d, want %d", m, got, i+1)
		}
		if !m.Valid() || m.Check() != nil {
			t.Errorf("%s is not valid", m)
		}
	}
	for _, m := range []Marking{"", "TLP:WHITE", "tlp:red", "RED"} {
		if m.Rank() != 0 || m.Valid() {
			t.Errorf("%q: Rank %d, Valid %v; want 0, false", m, m.Rank(), m.Valid())
		}
	}
	if err := Marking("").Check(); err != nil {
		t.Errorf(`Marking("").Check() = %v; an item may have no marking`, err)
	}
	wantErr(t, Marking("TLP:WHITE").Check(), `"TLP:WHITE"`)

	for _, tt := range []struct{ a, b, want Marking }{
		{TLPClear, TLPRed, TLPRed},
		{TLPRed, TLPClear, TLPRed},
		{TLPAmber, TLPAmberStrict, TLPAmberStrict},
		{TLPGreen, TLPGreen, TLPGreen},
		{"", TLPGreen, TLPGreen},
		{TLPGreen, "", TLPGreen},
		{"", "", ""},
	} {
		if got := tt.a.Max(tt.b); got != tt.want {
			t.Errorf("%q.Max(%q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMarkingColor(t *testing.T) {
	// FIRST TLP 2.0 colours, text on black.
	for _, tt := range []struct {
		m    Marking
		want color.NRGBA
	}{
		{TLPRed, color.NRGBA{0xFF, 0x2B, 0x2B, 0xFF}},
		{TLPAmber, color.NRGBA{0xFF, 0xC0, 0x00, 0xFF}},
		{TLPAmberStrict, color.NRGBA{0xFF, 0xC0, 0x00, 0xFF}},
		{TLPGreen, color.NRGBA{0x33, 0xFF, 0x00, 0xFF}},
		{TLPClear, color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}},
	} {
		if got := tt.m.Color(); got != tt.want {
			t.Errorf("%s.Color() = %v, want %v", tt.m, got, tt.want)
		}
		if got := tt.m.Background(); got != (color.NRGBA{0, 0, 0, 0xFF}) {
			t.Errorf("%s.Background() = %v, want black", tt.m, got)
		}
	}
}

func TestEffectiveMarking(t *testing.T) {
	c := &Case{Marking: TLPAmber}
	if got := c.EffectiveMarking(""); got != TLPAmber {
		t.Errorf("EffectiveMarking(\"\") = %q, want the case's %q", got, TLPAmber)
	}
	if got := c.EffectiveMarking(TLPGreen); got != TLPGreen {
		t.Errorf("EffectiveMarking(TLP:GREEN) = %q, want TLP:GREEN", got)
	}
}
