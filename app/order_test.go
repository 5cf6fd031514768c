package app

import (
	"slices"
	"testing"

	"github.com/casefile/casefile/casefile"
)

func TestChronologicalOrdersAsDateCompare(t *testing.T) {
	c := casefile.Synthetic(3000, 7)
	c.Statements[5].Date = casefile.Date{} // undated
	c.Statements[9].Date = casefile.Date{}
	c.Statements[11].Date = casefile.Year(2001)
	c.Statements[12].Date = casefile.Day(2001, 1, 1)
	c.Statements[13].Date = casefile.Month(2001, 1)
	date := func(i int) casefile.Date { return c.Statements[i].Date }

	want := make([]int, len(c.Statements))
	for i := range want {
		want[i] = i
	}
	slices.SortStableFunc(want, func(a, b int) int { return date(a).Compare(date(b)) })
	if got := chronological(len(c.Statements), date); !slices.Equal(got, want) {
		t.Errorf("chronological differs from a stable sort by Date.Compare")
	}
	got := chronological(len(c.Statements), date)
	if last := got[len(got)-2:]; last[0] != 5 || last[1] != 9 {
		t.Errorf("undated statements end the list as %v, want [5 9]", last)
	}
}
