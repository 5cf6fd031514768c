package picture

import (
	"math"
	"strconv"
	"time"
)

// Tick is one mark on the time axis: the start of a day, month or year,
// labelled "7", "Sep" or "2022". A major tick also starts a period of the
// row above (a month, at day ticks; a year, at month ticks), named by
// Context: "Sep 2022", "2022".
type Tick struct {
	Day     float64 // counted from 1 January 1970
	Label   string
	Major   bool
	Context string
}

// TickUnit is what a tick marks.
type TickUnit int

// Tick units, from the finest.
const (
	TickDays TickUnit = iota
	TickMonths
	TickYears
)

type tickStep struct {
	unit TickUnit
	n    int
}

// tickSteps are the spacings the axis chooses from, finest first.
var tickSteps = []tickStep{
	{TickDays, 1}, {TickDays, 2}, {TickDays, 5}, {TickDays, 10},
	{TickMonths, 1}, {TickMonths, 2}, {TickMonths, 3}, {TickMonths, 6},
	{TickYears, 1}, {TickYears, 2}, {TickYears, 5}, {TickYears, 10}, {TickYears, 20}, {TickYears, 50},
	{TickYears, 100}, {TickYears, 200}, {TickYears, 500}, {TickYears, 1000},
}

// tickSpacing is the least room, in units, a tick's label needs.
var tickSpacing = map[TickUnit]float64{TickDays: 20, TickMonths: 30, TickYears: 36}

// Tick label sizes.
const (
	tickTextSize    = 7.0
	contextTextSize = 8.0
)

func (s tickStep) days() float64 {
	switch s.unit {
	case TickMonths:
		return 30.44 * float64(s.n)
	case TickYears:
		return 365.25 * float64(s.n)
	}
	return float64(s.n)
}

// Ticks are the axis's ticks from day from to day to at perDay units a
// day: the finest spacing whose labels have room.
func Ticks(from, to, perDay float64) ([]Tick, TickUnit) {
	if !(perDay > 0) || math.IsInf(from, 0) || math.IsInf(to, 0) || math.IsNaN(from) || math.IsNaN(to) {
		return nil, TickYears
	}
	step := tickSteps[len(tickSteps)-1]
	for _, s := range tickSteps {
		if s.days()*perDay >= tickSpacing[s.unit] {
			step = s
			break
		}
	}
	var out []Tick
	start := dayTime(math.Floor(from))
	const most = 2000 // a guard: the spacing keeps a view to a few dozen
	switch step.unit {
	case TickYears:
		y := floorTo(start.Year(), step.n)
		for ; len(out) < most; y += step.n {
			d := timeDay(yearStart(y))
			if d > to {
				break
			}
			if d >= from {
				out = append(out, Tick{Day: d, Label: strconv.Itoa(y)})
			}
		}
	case TickMonths:
		m := floorTo(start.Year()*12+int(start.Month())-1, step.n)
		for ; len(out) < most; m += step.n {
			t := time.Date(m/12, time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC)
			d := timeDay(t)
			if d > to {
				break
			}
			if d >= from {
				tk := Tick{Day: d, Label: t.Month().String()[:3]}
				if t.Month() == time.January {
					tk.Major, tk.Context = true, strconv.Itoa(t.Year())
				}
				out = append(out, tk)
			}
		}
	default:
		month := time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
		for ; len(out) < most; month = month.AddDate(0, 1, 0) {
			if timeDay(month) > to {
				break
			}
			last := month.AddDate(0, 1, -1).Day()
			for day := 1; day <= last; day += step.n {
				if day > 1 && float64(last-day) < float64(step.n)/2 {
					break // too near the next month's first
				}
				d := timeDay(month) + float64(day-1)
				if d < from || d > to {
					continue
				}
				tk := Tick{Day: d, Label: strconv.Itoa(day)}
				if day == 1 {
					tk.Major, tk.Context = true, month.Format("Jan 2006")
				}
				out = append(out, tk)
			}
		}
	}
	return out, step.unit
}

// contextOf names the period of the axis's upper row that day is in, at
// ticks of unit: its month at day ticks, its year at month ticks, none at
// year ticks.
func contextOf(unit TickUnit, day float64) string {
	t := dayTime(day)
	switch unit {
	case TickDays:
		return t.Format("Jan 2006")
	case TickMonths:
		return strconv.Itoa(t.Year())
	}
	return ""
}

func floorTo(x, n int) int {
	if x >= 0 {
		return x - x%n
	}
	return x - (n+x%n)%n
}

func yearStart(y int) time.Time { return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC) }

// dayTime is the midnight (UTC) that starts day d.
func dayTime(d float64) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

func timeDay(t time.Time) float64 { return float64(t.Unix() / 86400) }
