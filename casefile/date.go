package casefile

import (
	"fmt"
	"strings"
	"time"
)

// Precision says how much of a date is known.
type Precision int

// Precisions, from none to a calendar day.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

func (p Precision) String() string {
	return [...]string{"unknown", "year", "month", "day"}[p]
}

// Qualifier says how a date bounds the thing it dates.
type Qualifier string

// Qualifiers. The empty qualifier means the date is exact at its precision.
const (
	Exact  Qualifier = ""
	About  Qualifier = "about"
	Before Qualifier = "before"
	After  Qualifier = "after"
	Until  Qualifier = "until"
)

// Qualifiers lists the valid qualifiers in the order a form offers them.
var Qualifiers = []Qualifier{Exact, About, Before, After, Until}

// Date is a date stated no more precisely than its source states it: a year,
// a month of a year or a day, possibly qualified ("about 2014", "until 2012").
// The zero Date means the date is not known. Inferred marks a date the
// analyst worked out rather than read in the source; AsStated keeps the
// source's own words ("on Wednesday") beside it.
type Date struct {
	Year      int       `json:"year,omitempty"`
	Month     int       `json:"month,omitempty"`
	Day       int       `json:"day,omitempty"`
	Qualifier Qualifier `json:"qualifier,omitempty"`
	Inferred  bool      `json:"inferred,omitempty"`
	AsStated  string    `json:"as_stated,omitempty"`
}

// Day returns an exact date at day precision.
func Day(year, month, day int) Date { return Date{Year: year, Month: month, Day: day} }

// Month returns an exact date at month precision.
func Month(year, month int) Date { return Date{Year: year, Month: month} }

// Year returns an exact date at year precision.
func Year(year int) Date { return Date{Year: year} }

// Precision reports how much of the date is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	default:
		return PrecisionDay
	}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Check reports what is wrong with the date, or nil.
func (d Date) Check() error {
	if d.Year == 0 && (d.Month != 0 || d.Day != 0 || d.Qualifier != Exact || d.Inferred) {
		return fmt.Errorf("a month, day, qualifier or inference needs a year")
	}
	if d.Year < 0 || d.Year > 9999 {
		return fmt.Errorf("year %d is out of range 1–9999", d.Year)
	}
	if d.Month < 0 || d.Month > 12 {
		return fmt.Errorf("month %d is not 1–12", d.Month)
	}
	if d.Day != 0 {
		if d.Month == 0 {
			return fmt.Errorf("a day needs a month")
		}
		last := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if d.Day < 1 || d.Day > last {
			return fmt.Errorf("day %d is not in %s %d", d.Day, time.Month(d.Month), d.Year)
		}
	}
	switch d.Qualifier {
	case Exact, About, Before, After, Until:
	default:
		return fmt.Errorf("qualifier %q is not one of about, before, after, until", d.Qualifier)
	}
	return nil
}

// String renders the date with its precision and qualifier and no more:
// "15 Jul 2022", "Jul 2022", "c. 2014", "until 2012", "date not stated".
// Inferred dates end in " (inferred)".
func (d Date) String() string {
	s := d.Text()
	if d.Inferred {
		s += " (inferred)"
	}
	return s
}

// Text is String without the inference mark, for displays that mark
// inference some other way (italics, an icon).
func (d Date) Text() string {
	var s string
	switch d.Precision() {
	case PrecisionNone:
		return "date not stated"
	case PrecisionYear:
		s = fmt.Sprintf("%d", d.Year)
	case PrecisionMonth:
		s = fmt.Sprintf("%s %d", time.Month(d.Month).String()[:3], d.Year)
	default:
		s = fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month).String()[:3], d.Year)
	}
	switch d.Qualifier {
	case About:
		return "c. " + s
	case Before, After, Until:
		return string(d.Qualifier) + " " + s
	}
	return s
}

// Compare orders dates on a timeline: unknown dates last, then by the
// earliest day each could denote; a less precise date sorts before a more
// precise one that starts on the same day.
func (d Date) Compare(o Date) int {
	if d.IsZero() || o.IsZero() {
		switch {
		case d.IsZero() && o.IsZero():
			return 0
		case d.IsZero():
			return 1
		default:
			return -1
		}
	}
	for _, p := range [][2]int{{d.Year, o.Year}, {max(d.Month, 1), max(o.Month, 1)}, {max(d.Day, 1), max(o.Day, 1)}, {int(d.Precision()), int(o.Precision())}} {
		if p[0] != p[1] {
			if p[0] < p[1] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Earliest is the first day the date could denote at its precision: 1
// January of a year, the 1st of a month, or the day. Latest is the last:
// 31 December, the month's last day, or the day. Both are midnight UTC, and
// the zero time for an unknown date. Qualifiers do not move them (as in
// Compare); endsBeforeStart says what they allow.
func (d Date) Earliest() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// Latest is the last day the date could denote; see Earliest.
func (d Date) Latest() time.Time {
	switch d.Precision() {
	case PrecisionNone:
		return time.Time{}
	case PrecisionYear:
		return time.Date(d.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC) // day 0 is the month's last
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// endsBeforeStart reports whether something dated from start to end
// certainly ends before it starts: the last day end could denote is before
// the first day start could. So "Aug 2022" may end what began "26 Aug
// 2022". A start "before" or "until" a date may have been any time earlier,
// and an end "after" one any time later, so those never contradict. Unknown
// or invalid dates are not compared (Check reports the invalid ones).
func endsBeforeStart(start, end Date) bool {
	if start.IsZero() || end.IsZero() || start.Check() != nil || end.Check() != nil {
		return false
	}
	if start.Qualifier == Before || start.Qualifier == Until || end.Qualifier == After {
		return false
	}
	return end.Latest().Before(start.Earliest())
}

// Period words the time between two dates, either of which may be unknown,
// without repeating a qualifier: "from c. 2014", "until 2012", "from Jul
// 2022 until Sep 2022", "began after 7 Sep 2022". It is empty when neither
// date is known.
func Period(start, end Date) string {
	bare := func(d Date) string { d.Qualifier = Exact; return d.String() }
	from, until := "", ""
	if !start.IsZero() {
		switch start.Qualifier {
		case Before, After:
			from = "began " + start.String()
		case Until:
			from = "began by " + bare(start)
		default:
			from = "from " + start.String()
		}
	}
	if !end.IsZero() {
		switch end.Qualifier {
		case Until:
			until = end.String()
		case Before, After:
			until = "ended " + end.String()
		default:
			until = "until " + end.String()
		}
	}
	switch {
	case from == "" || until == "":
		return from + until
	case strings.HasPrefix(from, "from ") && strings.HasPrefix(until, "until "):
		return from + " " + until
	default:
		return from + ", " + until
	}
}

// Period words the time the relation held (see the function Period).
func (r Relation) Period() string { return Period(r.Start, r.End) }
