package casefile

import (
	"cmp"
	"fmt"
	"strconv"
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
// Since ("since 2019", "from May 2022") is an open end: the thing began then
// and no end is known; After ("after 2013") puts a thing, begun or done,
// some time after the date.
const (
	Exact  Qualifier = ""
	About  Qualifier = "about"
	Before Qualifier = "before"
	After  Qualifier = "after"
	Until  Qualifier = "until"
	Since  Qualifier = "since"
)

// Qualifiers lists the valid qualifiers in the order a form offers them.
var Qualifiers = []Qualifier{Exact, About, Before, After, Until, Since}

// Date is a date stated no more precisely than its source states it: a year,
// a month of a year or a day, possibly qualified ("about 2014", "until 2012",
// "since 2019"), or a range from one to another ("20–22 Aug 2022", "2019–2021",
// "20 Aug – Sep 2022"), whose end, To, may be less precise than its start.
// The zero Date means the date is not known. Inferred marks a date the
// analyst worked out rather than read in the source; AsStated keeps the
// source's own words ("on Wednesday") beside it.
type Date struct {
	Year      int       `json:"year,omitempty"`
	Month     int       `json:"month,omitempty"`
	Day       int       `json:"day,omitempty"`
	Qualifier Qualifier `json:"qualifier,omitempty"`
	// To is the end of a range; the zero RangeEnd means the date is no
	// range. A range starts exactly or about (Qualifier) its start.
	To       RangeEnd `json:"to,omitzero"`
	Inferred bool     `json:"inferred,omitempty"`
	AsStated string   `json:"as_stated,omitempty"`
}

// RangeEnd is the last year, month or day of a date range, at its own
// precision, perhaps only about it ("c. 2021").
type RangeEnd struct {
	Year  int  `json:"year,omitempty"`
	Month int  `json:"month,omitempty"`
	Day   int  `json:"day,omitempty"`
	About bool `json:"about,omitempty"`
}

// IsZero reports whether there is no range end.
func (e RangeEnd) IsZero() bool { return e == RangeEnd{} }

// Date is the end as a date of its own: "Sep 2022", "c. 2021".
func (e RangeEnd) Date() Date {
	d := Date{Year: e.Year, Month: e.Month, Day: e.Day}
	if e.About {
		d.Qualifier = About
	}
	return d
}

// Day returns an exact date at day precision.
func Day(year, month, day int) Date { return Date{Year: year, Month: month, Day: day} }

// Month returns an exact date at month precision.
func Month(year, month int) Date { return Date{Year: year, Month: month} }

// Year returns an exact date at year precision.
func Year(year int) Date { return Date{Year: year} }

// Range returns the range from start to end: Range(Day(2022, 8, 20),
// Day(2022, 8, 22)) is "20–22 Aug 2022". The start's qualifier is kept
// and the end is "about" when end's qualifier is About; Check says
// whether the range holds.
func Range(start, end Date) Date {
	start.To = RangeEnd{Year: end.Year, Month: end.Month, Day: end.Day, About: end.Qualifier == About}
	return start
}

// Precision reports how much of the date (of a range, its start) is known.
func (d Date) Precision() Precision { return precisionOf(d.Year, d.Month, d.Day) }

// Precision reports how much of the range's end is known.
func (e RangeEnd) Precision() Precision { return precisionOf(e.Year, e.Month, e.Day) }

func precisionOf(year, month, day int) Precision {
	switch {
	case year == 0:
		return PrecisionNone
	case month == 0:
		return PrecisionYear
	case day == 0:
		return PrecisionMonth
	default:
		return PrecisionDay
	}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// IsRange reports whether the date is a range with an end of its own.
func (d Date) IsRange() bool { return !d.To.IsZero() }

// Start is the date without its range end: "20 Aug 2022" of "20–22 Aug
// 2022", and the date itself when it is no range.
func (d Date) Start() Date {
	d.To = RangeEnd{}
	return d
}

// End is the last part of the date: a range's end as a date ("Sep 2022"
// of "20 Aug – Sep 2022", inferred as the range is), and otherwise the
// date itself.
func (d Date) End() Date {
	if !d.IsRange() {
		return d
	}
	e := d.To.Date()
	e.Inferred = d.Inferred
	return e
}

// Check reports what is wrong with the date, or nil. The errors say what
// to write instead.
func (d Date) Check() error {
	if d.Year == 0 && (d.Month != 0 || d.Day != 0 || d.Qualifier != Exact || d.Inferred || d.IsRange()) {
		return fmt.Errorf("a month, day, qualifier, range end or inference needs a year")
	}
	if err := checkYMD(d.Year, d.Month, d.Day); err != nil {
		return err
	}
	switch d.Qualifier {
	case Exact, About, Before, After, Until, Since:
	default:
		return fmt.Errorf("qualifier %q is not one of about, before, after, until, since", d.Qualifier)
	}
	if d.IsRange() {
		return d.checkRange()
	}
	return nil
}

func (d Date) checkRange() error {
	e := d.To
	if e.Year == 0 {
		return fmt.Errorf("the range's end needs a year: write it as 20–22 Aug 2022 or 2019–2021")
	}
	if err := checkYMD(e.Year, e.Month, e.Day); err != nil {
		return fmt.Errorf("the range's end: %w", err)
	}
	if d.Qualifier != Exact && d.Qualifier != About {
		return fmt.Errorf("a range cannot be %q a date; give the range alone (20–22 Aug 2022, c. 2019 – 2021), or %s its start without an end", d.Qualifier, d.Qualifier)
	}
	start, end := d.Start(), e.Date()
	if end.latest().Before(start.earliest()) {
		return fmt.Errorf("the range ends (%s) before it starts (%s); put the earlier date first", end.Text(), start.Text())
	}
	if e.Year == d.Year && e.Month == d.Month && e.Day == d.Day {
		return fmt.Errorf("the range ends where it starts (%s); give the one date, or the end it has", start.Text())
	}
	return nil
}

// checkYMD checks a year, month and day; a day needs a month.
func checkYMD(year, month, day int) error {
	if year < 0 || year > 9999 {
		return fmt.Errorf("year %d is out of range 1–9999", year)
	}
	if month < 0 || month > 12 {
		return fmt.Errorf("month %d is not 1–12", month)
	}
	if day != 0 {
		if month == 0 {
			return fmt.Errorf("a day needs a month")
		}
		last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if day < 1 || day > last {
			return fmt.Errorf("day %d is not in %s %d", day, time.Month(month), year)
		}
	}
	return nil
}

// String renders the date with its precision and qualifier and no more:
// "15 Jul 2022", "Jul 2022", "c. 2014", "until 2012", "since 2019",
// "20–22 Aug 2022", "20 Aug – Sep 2022", "date not stated". Inferred dates
// end in " (inferred)".
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
	if d.IsZero() {
		return "date not stated"
	}
	if d.IsRange() {
		return d.rangeText()
	}
	s := ymdText(d.Year, d.Month, d.Day)
	switch d.Qualifier {
	case About:
		return "c. " + s
	case Before, After, Until, Since:
		return string(d.Qualifier) + " " + s
	}
	return s
}

// rangeText words a range, leaving out of the start what it shares with a
// firm end: "20–22 Aug 2022", "Jul–Sep 2022", "20 Aug – Sep 2022", but
// "2019 – Mar 2021", "20 Dec 2021 – 5 Jan 2022", "c. 2019 – c. 2021". The
// dash is spaced unless both sides are single words or the start, shortened,
// is as precise as the end.
func (d Date) rangeText() string {
	e := d.To
	start := ymdText(d.Year, d.Month, d.Day)
	end := ymdText(e.Year, e.Month, e.Day)
	firm := d.Qualifier == Exact && !e.About
	short := false
	if firm && d.Year == e.Year && d.Precision() >= PrecisionMonth && e.Precision() >= PrecisionMonth {
		short = true
		if d.Precision() == PrecisionDay && e.Precision() == PrecisionDay && d.Month == e.Month {
			start = strconv.Itoa(d.Day)
		} else {
			start = ymdText(0, d.Month, d.Day)
		}
	}
	if d.Qualifier == About {
		start = "c. " + start
	}
	if e.About {
		end = "c. " + end
	}
	oneWord := !strings.Contains(start, " ")
	if oneWord && (!strings.Contains(end, " ") || short && d.Precision() == e.Precision()) {
		return start + "–" + end
	}
	return start + " – " + end
}

// ymdText is "15 Jul 2022", "Jul 2022" or "2022"; with year 0, "15 Jul" or
// "Jul".
func ymdText(year, month, day int) string {
	var parts []string
	if day != 0 {
		parts = append(parts, strconv.Itoa(day))
	}
	if month != 0 {
		parts = append(parts, time.Month(month).String()[:3])
	}
	if year != 0 {
		parts = append(parts, strconv.Itoa(year))
	}
	return strings.Join(parts, " ")
}

// Compare orders dates on a timeline by the days they could denote, ranges
// by their whole span:
//
//  1. unknown dates come last;
//  2. then the date whose earliest day (Earliest) comes first;
//  3. of two that start the same day, the one whose latest day (Latest) is
//     later, so that a span comes before the shorter spans it holds: 2022,
//     then Jan 2022, then 1 Jan 2022; "20–22 Aug 2022" before "20 Aug 2022".
//
// Dates of the same span compare equal: qualifiers, inference and the
// source's words do not move a date. OrderKey orders as Compare does.
func (d Date) Compare(o Date) int {
	return cmp.Compare(d.OrderKey(), o.OrderKey())
}

// OrderKey is a number that orders dates as Compare does: a.Compare(b) is
// cmp.Compare(a.OrderKey(), b.OrderKey()). It fits in 44 bits, so that a
// sort may pack an index beside it.
func (d Date) OrderKey() uint64 {
	const dayBits = 22 // 1 Jan 1 to 31 Dec 9999 is under 2^22 days
	const mask = 1<<dayBits - 1
	if d.IsZero() {
		return 1<<(2*dayBits) - 1 // after every date
	}
	// An invalid year (Check refuses it) is kept in range.
	first := min(max(dayNumber(d.earliest()), 0), mask-1)
	last := min(max(dayNumber(d.Latest()), 0), mask)
	return uint64(first)<<dayBits | uint64(mask-last)
}

// dayNumber counts days from 1 January of year 1 (day 0).
func dayNumber(t time.Time) int64 {
	return (t.Unix() - yearOne) / (24 * 60 * 60)
}

var yearOne = time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()

// Bound says how a date bounds one side of what it dates: at its
// earliest day, for the start, or its latest, for the end.
type Bound int

// Bounds, from the firmest.
const (
	// BoundFirm: the side is on the day (month, year) the date gives.
	BoundFirm Bound = iota
	// BoundFuzzy: about that day; it may lie a little beyond.
	BoundFuzzy
	// BoundOpen: no limit is known on that side; it may lie any time
	// beyond the day the date gives ("until 2012" began any time before
	// 2012, "since 2019" has not ended).
	BoundOpen
)

func (b Bound) String() string { return [...]string{"firm", "fuzzy", "open"}[b] }

// StartBound says how firmly the date bounds the start of what it dates,
// at Earliest: open for "before" and "until" a date (and an unknown date),
// fuzzy for "about" one, else firm.
func (d Date) StartBound() Bound {
	switch {
	case d.IsZero() || d.Qualifier == Before || d.Qualifier == Until:
		return BoundOpen
	case d.Qualifier == About:
		return BoundFuzzy
	}
	return BoundFirm
}

// EndBound says how firmly the date bounds the end of what it dates, at
// Latest: open for "after" and "since" a date (and an unknown date), fuzzy
// for "about" one (a range's end: when the end is about), else firm.
func (d Date) EndBound() Bound {
	switch {
	case d.IsZero() || d.Qualifier == After || d.Qualifier == Since:
		return BoundOpen
	case d.IsRange() && d.To.About, !d.IsRange() && d.Qualifier == About:
		return BoundFuzzy
	}
	return BoundFirm
}

// Earliest is the first day the date could denote at its precision: 1
// January of a year, the 1st of a month, or the day; for a range, of its
// start. Latest is the last: 31 December, the month's last day, or the
// day; for a range, of its end. Both are midnight UTC, and the zero time
// for an unknown date. Qualifiers do not move them (as in Compare):
// StartBound and EndBound say whether a side is open or fuzzy, and
// endsBeforeStart what they allow.
func (d Date) Earliest() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return d.earliest()
}

// earliest is Earliest of a known date.
func (d Date) earliest() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// Latest is the last day the date could denote; see Earliest.
func (d Date) Latest() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	if d.IsRange() {
		return d.To.Date().latest()
	}
	return d.latest()
}

// latest is the last day of a known date's start, ignoring any range end.
func (d Date) latest() time.Time {
	switch d.Precision() {
	case PrecisionYear:
		return time.Date(d.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC) // day 0 is the month's last
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// sameDate reports whether two dates give the same time, whatever their
// inference marks and the source's words.
func sameDate(a, b Date) bool {
	a.Inferred, a.AsStated, b.Inferred, b.AsStated = false, "", false, ""
	return a == b
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
	if start.Qualifier == Before || start.Qualifier == Until || end.Qualifier == After || end.Qualifier == Since {
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
		case Since:
			from = start.String()
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
		case Before, After, Since:
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
